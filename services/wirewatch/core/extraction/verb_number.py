"""A singular verb takes a singular subject: the people listed before it are not all its own.

'Her son, who played with his brother and sister, was shot and killed' and 'Ann Ruiz and
Tom Ruiz, who was also killed, ...' put several people before a casualty verb, but 'was'
says that one person died: the phrase next to the verb ('sister', 'Tom Ruiz') or a
subject no phrase read ('Teen who shot 4, including 2 officers, is killed'). Used by
casualties.py on the subjects of passive and 'dead' triggers.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.victim_phrase import VictimPhrase

_SINGULAR_VERB_GAP_RE = re.compile(
    r"[\s,]*(?:\d{1,3}\s*,\s*)?(?:(?:of|from)\s+(?:[\w.'-]+\s+){1,3})?(?:who\s+)?"
    r"(?:was|is|has\s+been)(?:\s+(?!and\b|or\b)[a-z]+){0,3}\s*",
)
"""Between the last listed person and the trigger: ', who was also ', ' was shot and ',
', 41, of Sun City was '."""
_SINGULAR_TRIGGER_RE = re.compile(r"(?:dies|has\s+died)\b", re.IGNORECASE)
"""'... dies', '... has died': a singular verb in the trigger itself."""
_ADDED_BEFORE_RE = re.compile(
    r"\b(?:in\s+addition\s+to|besides|along\s+with|together\s+with|as\s+well\s+as)\s+$",
    re.IGNORECASE,
)
"""'In addition to five attackers, one officer was killed': those before are added."""
_OBJECT_OF_A_VERB_RE = re.compile(
    r"\b(?:killed|killing|shot|shooting|wounded|wounding|injured|injuring|murdered)\s+$",
    re.IGNORECASE,
)
"""'Gunmen killed a soldier and a policeman was also killed': the list is an earlier verb's
object, read there already."""


def singular_subject(
    text: str, group: list[VictimPhrase], trigger: re.Match[str]
) -> list[VictimPhrase]:
    """The subject of a singular casualty verb: of several people listed before it, only
    the one next to it ([] when even that one is more than one person)."""
    if len(group) < 2 or sum(p.value for p in group) < 2 or any(p.part for p in group):
        return group
    last = group[-1]
    before = text[: group[0].start]
    if (
        last.end > trigger.start()
        or _ADDED_BEFORE_RE.search(before)
        or _OBJECT_OF_A_VERB_RE.search(before)
    ):
        return group
    gap = text[last.end : trigger.start()]
    singular = _SINGULAR_VERB_GAP_RE.fullmatch(gap) or (
        _SINGULAR_TRIGGER_RE.match(trigger.group(0)) and re.fullmatch(r"[\s,\d]*", gap)
    )
    if not singular:
        return group
    return [last] if last.value == 1 else []
