"""Killings told as nouns: 'the assassination of Minister X', "a teen's fatal shooting".

A killing named as a thing has no verb to count victims by: its victims are the person
(or list of persons) after 'of', or the one whose killing it is ("Judge Ruiz's murder").
'the murder' alone refers back to an event already counted and gives no figure. Split
from the sentence reader (`casualties.py`), which calls `is_event_noun` on each trigger
and `killing_of_someone` on those that are nouns with no victim phrase after them.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.lexicon import EVENT_NOUNS
from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.numbers import SMALL_COUNT
from wirewatch.core.extraction.sentences import Sentence

_NOUN_DETERMINER_RE = re.compile(
    r"\b(?:the|this|his|her|their|its|a|an|in|for|over|after|with|following|investigat(?:e|es|ed|ing)|"
    r"prob(?:e|es|ed|ing)|[\w]+['’]s?)\s+"
    r"(?:\d{1,2}\s+[a-z]+\s+|[a-z]+\s+\d{1,2}\s+|(?:brutal|abominable|cowardly|heinous|"
    r"horrific|senseless|savage|gruesome|cold-blooded|apparent|alleged|multiple|double|"
    r"triple|violent|tragic|vile|barbaric|cruel|vicious|treacherous|despicable|ruthless|"
    r"dastardly|accidental|apparently\s+accidental|overnight|weekend|late-night|"
    r"early-morning)\s+)?$",
    re.IGNORECASE,
)


_OF_SOMEONE_RE = re.compile(
    r"\s+of\s+(?!these\b|those\b)(?!(?:the\s+)?(?:\w+\s+)?(?:people|civilians|persons|men|women|children|"
    r"innocents?|dozens|hundreds|thousands|many|several|more|some)\b)"
    r"(?:[\w.'’-]+\s+){0,7}?[\w.'’-]+(?=\s*(?:[,.;]|$|\s+(?:in|on|at|by|last|and|who|was|which|"
    r"near|during|as|for|with|outside|inside|from|today|yesterday|tonight)\b))"
    r"(?P<second>\s+and\s+(?:his|her|their)\s+[\w'’-]+(?-i:(?:\s+[A-Z][\w'’-]+){0,3}))?",
    re.IGNORECASE,
)


_GERUND_OBJECT_RE = re.compile(rf"\s+(?:the|a|an|his|her|their|{SMALL_COUNT})\s", re.IGNORECASE)
"""'charged with killing two teenagers': the gerund takes an object, so it is a verb."""


def is_event_noun(text: str, trigger: re.Match[str]) -> bool:
    """'the assassination', "a teen's fatal shooting": a killing named as a thing."""
    words = trigger.group(0).lower().split()
    if words[-2:] == ["to", "death"]:
        return False
    if words[-1].endswith("ing") and _GERUND_OBJECT_RE.match(text, trigger.end()):
        return False
    if words[-1] not in EVENT_NOUNS and not (
        words[0] in ("fatal", "deadly", "death") or words[-1] in ("death", "deaths")
    ):
        return False
    return bool(_NOUN_DETERMINER_RE.search(text[: trigger.start()]))


def killing_of_someone(sentence: Sentence, trigger: re.Match[str]) -> list[Mention]:
    """'the assassination of Minister X (and his driver)', "a teen's fatal shooting",
    'a fatal shooting': one person (or two); plural names give no figure."""
    text = sentence.text
    if trigger.group(0).lower().endswith("s"):
        listed = _listed_victims(text, trigger.end())
        if listed is None:
            return []  # "the murders of X, Y and others": a list this reading cannot count
        return [
            Mention.in_sentence(
                sentence,
                "killed",
                listed,
                "generic",
                trigger.start(),
                trigger.end(),
                anaphoric=True,
            )
        ]
    match = _OF_SOMEONE_RE.match(text, trigger.end())
    if match is None:
        if not re.match(
            r"(?:fatal|deadly)\s+(?:\S+\s+)*\w+[^s]$|death\s+investigation$", trigger.group(0), re.I
        ) and not _someones_killing(text, trigger):
            return []  # "the murder" alone refers back to an event already counted
        return [
            Mention.in_sentence(
                sentence,
                "killed",
                1,
                "generic",
                trigger.start(),
                trigger.end(),
                singular=True,
                anaphoric=True,
            )
        ]
    return named_killing(sentence, 2 if match.group("second") else 1, trigger.start(), match.end())


def named_killing(sentence: Sentence, value: int, start: int, end: int) -> list[Mention]:
    """One or two named people killed, told by a noun ('the murder of A and his wife'):
    anaphoric, because a name read again later is the same person."""
    return [
        Mention.in_sentence(
            sentence,
            "killed",
            value,
            "generic",
            start,
            end,
            singular=value == 1,
            anaphoric=True,
        )
    ]


_LIST_AFTER_OF_RE = re.compile(r"\s+of\s+(?P<list>[^.;:()]+)", re.IGNORECASE)


_APPOSITION_RE = re.compile(r"^(?:the|a|an)\s|\sof\s+the\s", re.IGNORECASE)


_NAME_PARTICLES = frozenset({"of", "de", "la", "del", "van", "von", "al", "bin", "da", "dos"})


_LIST_END_RE = re.compile(
    r"\s+(?:were|was|is|are|has|have|had|which|who|that|in|at|on|by|during|for|as|last|"
    r"this|took|remain|remains)\b.*$",
    re.IGNORECASE | re.DOTALL,
)


_LIST_ITEM_RE = re.compile(r"^(?:of\s+)?(?:[A-Za-z][\w.'’-]*\s+){0,7}[A-Za-z][\w.'’-]*$")


_NOT_A_PERSON_RE = re.compile(
    r"\b(?:\w+s|others?|people|persons|men|women|children|all|many|several|some|more|dozens|"
    r"hundreds|thousands|civilians|them|these|those|\d+)$",
    re.IGNORECASE,
)


def _listed_victims(text: str, end: int) -> int | None:
    """'the murders of Carlos Ruiz, Colonel Ana Vega, and Senator Luis Mora': one death per
    person listed (three); None unless it is a list of two to six single persons (an item
    ending in a plural or a number, "others", "civilians", makes it uncountable)."""
    match = _LIST_AFTER_OF_RE.match(text, end)
    if match is None:
        return None
    listed = _LIST_END_RE.sub("", match.group("list")).strip()
    items = [item.strip() for item in listed.split(",")]
    last = items.pop()
    if re.match(r"and\s+", last, re.IGNORECASE):
        items.append(last[4:].strip())  # "A, B, and Senator and Candidate C": C is one
    else:
        items += re.split(r"\s+and\s+", last, maxsplit=1, flags=re.IGNORECASE)  # "A, B and C"
    if not 2 <= len(items) <= 6:
        return None
    if any(
        not _LIST_ITEM_RE.match(item)
        or _NOT_A_PERSON_RE.search(item)
        or _APPOSITION_RE.search(item)
        for item in items
    ):
        return None  # "Ana Cano, director of the Herald, and ...": appositions, not persons
    if not text.isupper() and any(
        word[0].islower() and word not in _NAME_PARTICLES for item in items for word in item.split()
    ):
        return None  # in mixed case a listed person is written with capitals
    return len(items)


_POSSESSOR_RE = re.compile(
    r"(?:\b(?!(?:It|Its|This|That|The)\b)[A-Z][\w-]*|\b\d+-year-old|\b(?:friend|son|daughter|"
    r"teen|teenager|boy|girl|man|woman|child|toddler|brother|sister|mother|father|wife|husband|"
    r"girlfriend|boyfriend|cousin|student|officer|deputy|infant|baby|victim))['’][sS]\s+$"
)


_KILLING_NOUN_RE = re.compile(
    r"(?:murder|killing|assassination|slaying|(?:shooting|stabbing)\s+death)$", re.IGNORECASE
)


_NOUN_PHRASE_END_RE = re.compile(
    r"\s*(?:[,.;:)\"”]|$)|\s+(?:in|on|at|by|last|and|or|was|is|has|had|which|that|near|"
    r"during|as|for|with|took|shocked|remains|led|sparked|prompted|caused)\b",
    re.IGNORECASE,
)


def _someones_killing(text: str, trigger: re.Match[str]) -> bool:
    """ "Judge Ruiz's murder", "a 5-year-old's shooting death": one person's killing, one
    death; not "Smith's murder trial", where the noun only qualifies another."""
    return bool(
        _KILLING_NOUN_RE.match(trigger.group(0))
        and _POSSESSOR_RE.search(text[max(0, trigger.start() - 40) : trigger.start()])
        and _NOUN_PHRASE_END_RE.match(text, trigger.end())
    )
