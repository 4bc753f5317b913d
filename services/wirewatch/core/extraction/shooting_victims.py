"""People named as shooting victims by a count, with no verb of hurt: 'officers located four
shooting victims', 'two other gunshot victims arrived at the hospital'.

The noun itself tells they were hit, so they are people shot (the tally takes the dead
among them). 'Another' or 'a third' shooting victim adds to those told before; 'three other
shooting victims' does not (measured: it often restates the survivors of a total told
before). Not a part ('two of the shooting victims'), not a running figure ('ninety gunshot
victims so far', a span of time as `background.py` reads it) and not one only supposed
('there may be a fourth shooting victim').
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.background import SPAN_AFTER_RE
from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.numbers import SMALL_COUNT, number_value
from wirewatch.core.extraction.sentences import Sentence

COUNTED_VICTIMS_RE = re.compile(
    rf"\b(?:(?P<count>{SMALL_COUNT})\s+(?P<other>other\s+)?(?:gunshot|shooting)\s+victims"
    r"|(?P<another>another|a\s+(?:second|third|fourth|fifth))\s+(?:gunshot|shooting)\s+victim)\b",
    re.IGNORECASE,
)
_PART_BEFORE_RE = re.compile(r"\b(?:of|among|including)\s+(?:the\s+)?$", re.IGNORECASE)
_HEDGE_BEFORE_RE = re.compile(
    r"\b(?:may|might|could|possibly|perhaps|whether)\b[^.;,]{0,25}$", re.IGNORECASE
)
"""'there may be a fourth shooting victim': a victim only supposed, not yet found."""

def counted_shooting_victims(sentence: Sentence, others: list[Mention]) -> list[Mention]:
    """Each counted group of shooting victims the sentence names and no figure of it reads."""
    found = []
    text = sentence.text
    for match in COUNTED_VICTIMS_RE.finditer(text):
        head = text[: match.start()]
        if (_PART_BEFORE_RE.search(head) or _HEDGE_BEFORE_RE.search(head)
                or SPAN_AFTER_RE.search(text[match.end() :])):
            continue
        if any(
            m.start < sentence.start + match.end() and sentence.start + match.start() < m.end
            for m in others
        ):
            continue  # a figure of the sentence reads these people already
        value = 1 if match.group("another") else number_value(match.group("count"))
        if not value:
            continue
        additive = bool(match.group("another"))
        found.append(
            Mention.in_sentence(
                sentence,
                "shot",
                value,
                "generic",
                match.start(),
                match.end(),
                additive=additive,
                singular=value == 1,
            )
        )
    return found
