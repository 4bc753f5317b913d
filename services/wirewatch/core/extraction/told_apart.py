"""Whether two people told hit or dead are one person, by sex and by who fired.

A man told dead and a woman told shot are two people; a boy who shot himself and the boy
told dead are one, unless the dead is a baby, who cannot have fired. Used by the killed
tally (`tally.py`, the shooter who shot only himself) and the wounded tally
(`wounded_tally.py`, the one hit who is not one of the dead).
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.lexicon import sex_words
from wirewatch.core.extraction.mentions import Mention

_INFANT_RE = re.compile(
    r"\b(?:baby|infant|toddler|newborn|\d+-month-old|[12]-year-old)\b", re.IGNORECASE
)


_NOT_THE_PERSON_RE = re.compile(
    r"\b(?:his|her|hers|him|himself|herself)\b|\b[\w-]+['’]s\b", re.IGNORECASE
)
"""Words naming someone else than the one hit: 'killed his daughter', "his girlfriend's baby"."""


# "he shot her": the pronoun is the shooter; "she was (allegedly) shot": the one hit.
_SHOOTER_PRONOUN_RE = re.compile(
    r"\b(?:he|she)\b(?!(?:\s+\w+ly)?\s+(?:was|had\s+been|has\s+been)\s+(?:\w+ly\s+)?shot\b)",
    re.IGNORECASE,
)


def _sex(phrase: str) -> str:
    """The sex of the person a phrase names, leaving out words for someone else ('his
    daughter', "her son's car")."""
    return sex_words(_NOT_THE_PERSON_RE.sub(" ", phrase))


def other_sex_than_the_dead(mention: Mention, mentions: list[Mention]) -> bool:
    """'A man was killed ... a woman was shot in the leg': one hit whose sex is not that of
    any of the dead, each told one by one as a man (or as a woman), is not one of them."""
    dead = [m for m in mentions if m.field == "killed" and not m.zero and m.value > 0]
    if (
        not dead
        or mention.category == "perpetrator"
        or not all(m.singular and m.category != "perpetrator" for m in dead)
    ):
        return False
    sex = _sex(_SHOOTER_PRONOUN_RE.sub(" ", mention.phrase))  # "he shot": the shooter
    dead_sexes = {_sex(m.phrase) for m in dead} - {""}
    return (
        sex in ("f", "m")
        and len(dead_sexes) == 1
        and sex not in dead_sexes
        and dead_sexes <= {"f", "m"}
    )


def shot_only_himself(
    victims: list[Mention], perpetrators: list[Mention], mentions: list[Mention]
) -> bool:
    """'the 10-year-old died ... the boy fatally shot himself': one who shot nobody else,
    told dead twice. Not when the other dead is of the other sex ('a girl was killed ...
    he shot himself') or a baby, who cannot have fired."""
    alone = all(
        n.category == "perpetrator" or n.sentence is not m.sentence
        for m in perpetrators
        for n in mentions
        if n.field in ("killed", "wounded", "shot")
    )
    return (
        alone
        and not any(_INFANT_RE.search(m.phrase) for m in victims)
        and all(_same_sex(v.phrase, p.phrase) for v in victims for p in perpetrators)
    )


def _same_sex(one: str, other: str) -> bool:
    """False only when one phrase names a woman or girl and the other a man or boy."""
    return {sex_words(one), sex_words(other)} != {"f", "m"}
