"""Plain statements of a death that the trigger readers miss.

Local crime copy often tells a death in a shape the subject readers cannot parse:
a name-less headline noun with an age ("Boy, 8, dies from gunshot wound"), a counted
subject broken by dashes ("2 people -- including a girl -- were shot dead"), a pair
under 'both' ("Both Lane and Reed died"), or a name whose death is told in a relative
clause ("Reed, who was pronounced dead at the hospital"). Each shape names exactly
who died, so each is read only when nothing else in the sentence already gave a dead
figure (the richer readers win when they speak).
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.numbers import SMALL_COUNT, number_value
from wirewatch.core.extraction.sentences import Sentence

_PERSON_NOUN = r"(?:boy|girl|man|woman|teen|teenager|toddler|child|baby|infant)"
_AGED_NOUN_DIES_RE = re.compile(
    rf"\b{_PERSON_NOUN}\s*,\s*\d{{1,3}}\s*,\s+dies\b",
    re.IGNORECASE,
)
"""'Boy, 8, dies': a headline noun with its age and a present 'dies' is one death."""
_LINK_LABEL_RE = re.compile(r"^\W*(?:[A-Z]{2,}(?:\s+[A-Z]{2,})*)\s*:")
"""'STORY: Man, 20, dies after ...', 'RELATED: ...': a link to another story, not this one."""

_DASH = r"\s*[—–]+\s*|\s+-{1,2}\s+"
_DASHED_COUNT_RE = re.compile(
    rf"(?:^|\s)(?P<count>{SMALL_COUNT})\s+(?:people|persons|men|women|teens|children)"
    rf"(?:{_DASH})including\b[^—–]{{1,80}}?(?:{_DASH})"
    r"(?:were|have\s+been)\s+(?:shot\s+dead|killed|shot\s+and\s+killed|found\s+dead)\b",
    re.IGNORECASE,
)
"""'2 people -- including a girl -- were shot dead': the aside hides the count."""

_NAME = r"[A-Z][a-z'’-]+"
_BOTH_NAMED_DIED_RE = re.compile(
    rf"\bBoth\s+{_NAME}\s+and\s+{_NAME}\s+"
    r"(?:died|were\s+(?:killed|pronounced\s+dead|fatally\s+shot))\b"
)
"""'Both Lane and Reed died': two surnames under 'both'."""

_WHO_WAS_PRONOUNCED_RE = re.compile(
    rf"(?<![.!?]\s)(?<!^)\b(?P<name>{_NAME}),\s+who\s+was\s+(?:later\s+)?"
    r"pronounced\s+(?:dead|deceased)\b"
)
"""'..., Reed, who was pronounced dead at the hospital': a name mid-sentence whose death
the relative clause tells (a sentence-initial capital may be any word, so not there)."""

_TITLED_NAME_DIED_RE = re.compile(
    rf"\b(?:Mr|Mrs|Ms|Miss)\.?\s+{_NAME}\s+(?:later\s+)?(?:succumbed|died)\b"
)
"""'Mrs. Reed succumbed to her injuries': a courtesy title makes a lone surname a person."""

_AND_LATER_PRONOUNCED_RE = re.compile(
    r",?\s+and\s+was\s+later\s+pronounced\s+(?:dead|deceased)\b", re.IGNORECASE
)
"""'Reed sustained a gunshot wound ..., and was later pronounced deceased': the last verb
of a chain whose subject the shot reader already counted as one person."""


def plain_deaths(sentence: Sentence, mentions: list[Mention]) -> list[Mention]:
    """The dead told by one of the plain shapes above, if no reader gave a dead figure."""
    if any(m.field == "killed" for m in mentions):
        return []
    text = sentence.text
    readers = (_aged_noun_dies, _dashed_count, _both_named, _who_was_pronounced, _titled_died)
    for reader in readers:
        found = reader(sentence, text)
        if found:
            return found
    return _shot_then_pronounced(sentence, text, mentions)


def _aged_noun_dies(sentence: Sentence, text: str) -> list[Mention]:
    match = _AGED_NOUN_DIES_RE.search(text)
    if match is None or _LINK_LABEL_RE.match(text):
        return []
    return [_dead(sentence, 1, match.start(), match.end(), singular=True)]


def _dashed_count(sentence: Sentence, text: str) -> list[Mention]:
    match = _DASHED_COUNT_RE.search(text)
    value = number_value(match.group("count")) if match else None
    if not value:
        return []
    return [_dead(sentence, value, match.start("count"), match.end())]


def _both_named(sentence: Sentence, text: str) -> list[Mention]:
    match = _BOTH_NAMED_DIED_RE.search(text)
    if match is None:
        return []
    return [_dead(sentence, 2, match.start(), match.end())]


def _who_was_pronounced(sentence: Sentence, text: str) -> list[Mention]:
    match = _WHO_WAS_PRONOUNCED_RE.search(text)
    if match is None:
        return []
    return [_dead(sentence, 1, match.start("name"), match.end(), singular=True)]


def _titled_died(sentence: Sentence, text: str) -> list[Mention]:
    match = _TITLED_NAME_DIED_RE.search(text)
    if match is None:
        return []
    return [_dead(sentence, 1, match.start(), match.end(), singular=True)]


def _shot_then_pronounced(sentence: Sentence, text: str, mentions: list[Mention]) -> list[Mention]:
    """One person counted as shot or hurt whose chained last verb tells the death."""
    hurt = [m for m in mentions if m.field in ("shot", "wounded")]
    if len(hurt) != 1 or hurt[0].value != 1:
        return []
    offset = hurt[0].end - sentence.start
    match = _AND_LATER_PRONOUNCED_RE.search(text, max(offset, 0))
    if match is None:
        return []
    start = hurt[0].start - sentence.start
    return [_dead(sentence, 1, start, match.end(), singular=True)]


def _dead(sentence: Sentence, value: int, start: int, end: int, **flags: bool) -> Mention:
    return Mention.in_sentence(sentence, "killed", value, "generic", start, end, **flags)
