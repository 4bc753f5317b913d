"""The dead introduced one by one by full name and age: each is another person.

Stories of a shooting with several dead often give no count and name the dead one
sentence at a time: 'Ann Corliss, 34, was shot in the chest and pronounced dead at
the scene.  Tom Reyes, 29, was taken to a hospital, where he died.'  Each death is
told as one person, and the tally, which never adds one-person figures (the same
person is told many times), would count one.  A full name followed by an age in
commas introduces a person, so deaths told of different such persons are that many
dead.  Used by tally.py as a floor under the victims it counts.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.mentions import Mention
from wirewatch.core.extraction.numbers import SMALL_COUNT

_NAME = r"[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}"
_INTRODUCED_RE = re.compile(rf"(?P<name>{_NAME}),\s+(?:age\s+)?\d{{1,2}},")
"""'Ann Corliss, 34,', 'Tom J. Reyes, age 29,': a person brought in by name and age."""
_COUNT_RE = re.compile(rf"\b(?:{SMALL_COUNT})\b", re.IGNORECASE)
_PRONOUN_RE = re.compile(r"(?:he|she)\b", re.IGNORECASE)
_NOT_A_FIRST_NAME = frozenset(("The", "A", "An", "Police", "Officer", "Officers", "Sgt", "Det"))


def _introduced_name(text: str) -> str | None:
    """The surname of the person a sentence or phrase opens with, if brought in by name
    and age; None otherwise."""
    match = _INTRODUCED_RE.match(text)
    if match is None:
        return None
    words = match.group("name").split()
    if words[0] in _NOT_A_FIRST_NAME:
        return None
    return words[-1]


def _dead_person(mention: Mention) -> str | None:
    """Whom a one-person death tells of: the person its phrase opens with ('Ann Corliss,
    34, ... was pronounced dead'), or, for 'he'/'she', the person its sentence opens with
    ('Tom Reyes, 29, was taken to a hospital, where he died')."""
    if mention.value != 1 or not mention.singular or mention.category == "perpetrator":
        return None
    if (name := _introduced_name(mention.phrase)) is not None:
        return name
    if _PRONOUN_RE.match(mention.phrase):
        return _introduced_name(mention.sentence.text.lstrip())
    return None


def _is_a_count(mention: Mention) -> bool:
    """'1 dead', 'one person died', 'two were killed': a count of the dead told outright."""
    return (
        mention.category != "perpetrator"
        and not mention.zero
        and _dead_person(mention) is None
        and (not mention.singular or bool(_COUNT_RE.search(mention.phrase)))
    )


def named_dead(mentions: list[Mention]) -> list[Mention]:
    """One death per person introduced by name and age and told dead, each in a sentence of
    its own, one right after the other; [] unless there are two or more such persons and
    no count of the dead is told (a count is the story's own figure: '1 dead ... A, 32, was
    pronounced dead ... B, 22, was shot to death' runs on to other shootings). Deaths told
    far apart, or with another death between them, belong to a round-up of other events."""
    killed = [m for m in mentions if m.field == "killed"]
    if any(_is_a_count(m) for m in killed):
        return []
    named: list[Mention] = []
    seen: set[str] = set()
    for mention in killed:
        name = _dead_person(mention)
        if name is None:
            if named and mention.sentence is not named[-1].sentence:
                break  # another death between the named
            continue
        if name in seen or (named and mention.sentence is named[-1].sentence):
            continue
        if named and mention.sentence.start - named[-1].sentence.end > _NEAR:
            break
        seen.add(name)
        named.append(mention)
    return named if len(named) >= 2 else []


_NEAR = 300
"""Characters between two named deaths' sentences: the next paragraph, not further."""
