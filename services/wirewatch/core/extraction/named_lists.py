"""People named one by one as the subject of a casualty verb: one person per name.

'Ann Corliss, 34, Tom Reyes, 29, and Mia Fox were pronounced dead' tells three dead,
though no number is written: a list of names (each maybe with its age) joined by commas
and a closing 'and' is that many people. Used by casualties.py.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.sentences import Sentence
from wirewatch.core.extraction.surnames import may_be_a_name

_PLURAL_VERB_TAIL_RE = re.compile(
    r"(?:,\s*)?\s+(?:(?:were|have\s+been|had\s+been)\s+(?:(?:\w+ly|also|all|both|later|then|"
    r"pronounced|declared|found|shot\s+and)\s+){0,3}|(?:(?:all|both|also|later)\s+)?)$",
    re.IGNORECASE,
)
"""'... were later pronounced ', '... all ': between the last name and the verb."""
_LIST_SPLIT_RE = re.compile(r"\s*[,;]\s*(?:and\s+)?|\s+and\s+")
_AGE_RE = re.compile(
    r"(?:age[sd]?\s+)?\d{1,3}(?:\s+and\s+pregnant)?|"
    r"(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)\s+(?:years?|months?)\s+old",
    re.IGNORECASE,
)
"""An age between names: '34', 'aged 29', '29 and pregnant', 'eight years old'."""
_AGE_BETWEEN_COMMAS_RE = re.compile(rf"(?<=,)\s*(?:{_AGE_RE.pattern})\s*(?=,|$)", re.IGNORECASE)
_NAMED_ITEM_RE = re.compile(
    r"(?:\d{1,3}-year-old\s+)?(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})"
)
_NOT_NAME_WORDS = frozenset((
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
    "police", "officers", "deputies", "both", "all", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "several", "many", "some",
))
_DIED_WORDS = ("died", "dies", "passed away", "succumbed")


def named_subjects(sentence: Sentence, trigger: re.Match[str]) -> Mention | None:
    """The dead told by a list of two to eight names opening the sentence, before a
    plural passive ('were killed', 'were pronounced dead') or 'died'."""
    before = sentence.text[: trigger.start()]
    tail = _PLURAL_VERB_TAIL_RE.search(before)
    if tail is None:
        return None
    if not tail.group(0).strip(" ,").lower().startswith(("were", "have", "had")) and (
        trigger.group(0).lower() not in _DIED_WORDS
    ):
        return None  # a bare list before 'killed' is an active clause's subject
    subject = before[: tail.start()].strip().lstrip("\"“'‘ ")
    if " and " not in subject:
        return None
    ageless = _AGE_BETWEEN_COMMAS_RE.sub("", subject)  # '31 and pregnant' holds an 'and'
    items = [i for i in _LIST_SPLIT_RE.split(ageless) if i and not _AGE_RE.fullmatch(i)]
    if not 2 <= len(items) <= 8 or not all(_is_a_named_person(item) for item in items):
        return None
    start = sentence.text.index(subject)
    return Mention.in_sentence(
        sentence, "killed", len(items), "generic", start, trigger.end(), anaphoric=True
    )


def _is_a_named_person(item: str) -> bool:
    """'Dana Ruiz', '19-year-old Tom Reyes', or one surname rare in English ('Okafor')."""
    match = _NAMED_ITEM_RE.fullmatch(item)
    if match is None:
        return False
    words = match.group("name").split()
    if any(word.lower() in _NOT_NAME_WORDS for word in words):
        return False
    return len(words) > 1 or may_be_a_name(words[0])
