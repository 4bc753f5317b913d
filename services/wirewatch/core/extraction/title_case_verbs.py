"""A capitalised casualty verb before a number in a title-case headline: 'Gunman Kills 3,'.

A number after a capitalised word and before a comma reads as that person's age ('Ed Cole
21,'). In a title-case headline the capitalised word may be the verb itself ('Teen Gunman
Kills 3, Flees', 'Driver Wounds 2, Police Say'), and the number then counts its victims.
Used by victims.py before it drops such a number as an age.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.lexicon import TRIGGER_RE

_LAST_CAPITALISED_WORD_RE = re.compile(r"(?-i:[A-Z][a-z'’]+)\s*$")


def follows_a_capitalised_verb(before: str) -> bool:
    """True when `before` (the text up to a number) ends in a capitalised casualty verb."""
    word = _LAST_CAPITALISED_WORD_RE.search(before)
    return bool(word and TRIGGER_RE.fullmatch(word.group(0).rstrip()))
