"""Asides after a group of victims that name or describe its members, not more people.

'two officers, Juan Perez and Luis Gomez, were killed', 'two women, one 18 years old, and
a man', 'the victim, Tom Ruiz, 17, died': the phrases inside the aside are the people the
group already counted, or the one person just told, so they are dropped or merged into it
rather than added. Split from the victim phrase finder (`victims.py`), which runs these
over the phrases it has found.
"""

from __future__ import annotations

import re
from dataclasses import replace

from wirewatch.core.extraction.victim_phrase import VictimPhrase

_MEMBER_BY_AGE_RE = re.compile(
    r"(?:one|another|two|three|four)\s+(?:aged\s+)?\d{1,2}(?:\s+years?\s+old)?",
    re.IGNORECASE,
)


_ASIDE_OPENING_RE = re.compile(r"(?:,|[—–]|\s-)\s*$")


def ages_of_members_kept_in(text: str, phrases: list[VictimPhrase]) -> list[VictimPhrase]:
    """'two women, one 18 years old, and a man', 'four men - one 29, another 52 -': a count
    with an age and no noun, in an aside after a group, tells the age of one of the group,
    not one more person; the group's phrase runs on over it."""
    kept: list[VictimPhrase] = []
    for phrase in phrases:
        member = bool(
            _MEMBER_BY_AGE_RE.fullmatch(text, phrase.start, phrase.end)
            and _ASIDE_OPENING_RE.search(text, 0, phrase.start)
        )
        if not member:
            kept.append(phrase)
        elif kept and kept[-1].value >= 2:
            kept[-1] = replace(kept[-1], end=phrase.end)
    return kept


_ASIDE_END_RE = re.compile(r"[,;](?:\s|$)|(?<!\b[A-Z])\.(?:\s|$)|$")


_VERB_RE = re.compile(
    r"\b(?:was|were|is|are|killed|died|dead|wounded|injured|shot|hurt)\b", re.IGNORECASE
)


_ONE_AND_THE_OTHER_RE = re.compile(r"\s*one\b.*\band\s+the\s+other\b", re.IGNORECASE | re.DOTALL)


def without_appositive_members(text: str, phrases: list[VictimPhrase]) -> list[VictimPhrase]:
    """'two officers, Juan Perez and Luis Gomez, were killed', 'two women, one a nurse and
    the other a cook, were killed': the aside names the people already counted, so its
    phrases are dropped rather than added to the count."""
    dropped: set[int] = set()
    for phrase in phrases:
        if phrase.singular or phrase.value < 2 or not re.match(r"\s*,", text[phrase.end :]):
            continue
        opening = text.index(",", phrase.end)
        end = _ASIDE_END_RE.search(text, opening + 1)
        closing = end.start() if end else -1
        if not 0 < closing - opening <= 100 or (
            text[closing : closing + 1] != "," and _VERB_RE.search(text, opening, closing)
        ):
            continue  # "two soldiers, a policeman and a child were killed": a list
        inside = [p for p in phrases if opening < p.start and p.end <= closing]
        if not inside:
            continue
        aside = text[opening + 1 : closing]
        if (
            _ONE_AND_THE_OTHER_RE.match(aside)
            and phrase.value == 2
            or (
                not any(p.headless or p.part for p in inside)
                and sum(p.value for p in inside) == phrase.value
                and re.search(r"\band\b", aside)
                and not _VERB_RE.search(aside)
            )
        ):
            dropped.update(id(p) for p in inside)
    return _named_in_apposition(text, [p for p in phrases if id(p) not in dropped])


_AGE_PREFIX_RE = re.compile(r"^(?:\d{1,3}|[a-z]+)-year-old\s+", re.IGNORECASE)


_DETERMINER_START_RE = re.compile(r"(?:a|an|one|the|his|her|their|its)\b", re.IGNORECASE)


def _named_in_apposition(text: str, phrases: list[VictimPhrase]) -> list[VictimPhrase]:
    """'the victim, Tom Ruiz, 17, died', 'a man, Ed Cole, and his wife, Ann Cole, were
    killed': a name right after a person told by a noun is that person's name, so the
    two are one phrase; so is 'the daughter of the mayor'."""
    merged: list[VictimPhrase] = []
    for phrase in phrases:
        noun = merged[-1] if merged else None
        if noun is not None and (
            _names(text, noun, phrase)
            or _of_someone(text, noun, phrase)
            or _kin_named(text, noun, phrase)
            or _resumed_by_a_pronoun(text, noun, phrase)
        ):
            merged[-1] = replace(noun, end=phrase.end)
        else:
            merged.append(phrase)
    return merged


_RESUMING_PRONOUN_RE = re.compile(r",\s*(?:he|she)$", re.IGNORECASE)


def _resumed_by_a_pronoun(text: str, noun: VictimPhrase, pronoun: VictimPhrase) -> bool:
    """'As for the little boy, he was taken to hospital', 'a bullet hit the girl, she is
    fine': 'he' or 'she' right after a comma that follows one person resumes that person."""
    return (
        noun.singular
        and noun.value == 1
        and bool(_RESUMING_PRONOUN_RE.fullmatch(text[noun.end : pronoun.end]))
    )


def _kin_named(text: str, noun: VictimPhrase, name: VictimPhrase) -> bool:
    """'his wife Ana Soto', 'the photographer Luis Vera', 'and photographer Luis Vera': the
    name right after a person's noun (a lower-case word) is that person's."""
    return (
        noun.singular
        and name.singular
        and name.anaphoric
        and text[noun.end - 1 : noun.end].islower()
        and text[name.start : name.start + 1].isupper()
        and not text.isupper()
        and bool(re.fullmatch(r"\s+", text[noun.end : name.start]))
    )


def _of_someone(text: str, noun: VictimPhrase, other: VictimPhrase) -> bool:
    """'the daughter of the mayor': the one person is the daughter; the mayor only says
    whose."""
    return (
        noun.singular
        and other.singular
        and bool(_DETERMINER_START_RE.match(text, noun.start))
        and bool(_DETERMINER_START_RE.match(text, other.start))
        and bool(re.fullmatch(r"\s+of\s+", text[noun.end : other.start]))
    )


def _names(text: str, noun: VictimPhrase, name: VictimPhrase) -> bool:
    """True when `name` is a proper name set off by commas right after the `noun` phrase."""
    head = text[noun.start : noun.end]
    tail = _AGE_PREFIX_RE.sub("", text[name.start : name.end])  # "24-year-old Ed Cole"
    return (
        noun.singular
        and name.singular
        and bool(_DETERMINER_START_RE.match(head))
        and tail[:1].isupper()
        and not _DETERMINER_START_RE.match(tail)
        and bool(re.fullmatch(r"\s*,\s*", text[noun.end : name.start]))
    )
