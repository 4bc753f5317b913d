"""People shot in a murder-suicide told only as shot: the word itself says they died.

'A man shot his wife and then himself in a murder-suicide' uses no death word, so
the reader finds two people shot and nobody killed.  But a murder-suicide is a
killing and the killer's suicide: the one he shot and he himself are dead.  Not an
'attempted murder-suicide', nor one only suspected ('possible', 'apparent' is kept:
police call a plain case 'an apparent murder-suicide').  Used by casualties.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.sentences import Sentence
from wirewatch.core.extraction.stated_figures import MURDER_SUICIDE_RE

_NOT_CARRIED_OUT_RE = re.compile(
    r"\b(?:attempted|possible|failed|potential|suspected|planned|not\s+an?|no)\s+"
    r"(?:\w+\s+)?$",
    re.IGNORECASE,
)
_SELF_RE = re.compile(r"\b(?:him|her)self\b", re.IGNORECASE)


def murder_suicide_shootings(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The shooting of others and of himself, told in a sentence naming it a murder-suicide
    and telling no death: the others and the shooter read as killed."""
    text = sentence.text
    match = MURDER_SUICIDE_RE.search(text)
    if match is None or _NOT_CARRIED_OUT_RE.search(text, 0, match.start()):
        return []
    if any(m.field in ("killed", "wounded") for m in mentions):
        return []
    shot = [m for m in mentions if m.field == "shot"]
    himself = [m for m in shot if m.category == "perpetrator" and _SELF_RE.search(m.phrase)]
    others = [m for m in shot if m.category != "perpetrator" and not m.part]
    if len(himself) != 1 or len(others) != 1:
        return []
    victims = replace(others[0], field="killed")
    shooter = replace(himself[0], field="killed", value=1, singular=True)
    return [victims, shooter]
