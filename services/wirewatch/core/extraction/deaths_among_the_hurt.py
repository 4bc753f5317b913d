"""Deaths among people told hurt: 'one of the wounded later died', 'two of the injured died
at the hospital', 'one of the five people hospitalized has died'.

One reading for both tallies. Such a death moves a person from the wounded to the killed:
the wounded figure counts the people hurt who survived, as GVA (a victim who died is coded
killed, not injured) and GTD (nwound, the non-fatally injured) count them. The killed tally
adds the dead to a toll told before them beside the hurt (`later_deaths.py`); the wounded
tally takes the same people off the wounded (`wounded_tally.py`), and takes off the dead
of a group of hurt told with no toll ('five were wounded ... two of the wounded died').
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.mentions import Mention

_OF_THE_SURVIVORS_RE = re.compile(r"\bof\s+the\s+(?:\w+\s+)?survivors\b", re.IGNORECASE)
_OF_THE_HURT_RE = re.compile(
    r"\bof\s+(?:the|those)\s+(?:\w+\s+)?(?:injured|wounded|hurt)\b(?!\s+(?:in|by|at)\b)",
    re.IGNORECASE,
)
_HURT_GROUP_RE = re.compile(
    r"\b(?:injured|wounded|hospitali[sz]ed|hurt|shot|victims)\b", re.IGNORECASE
)
"""'One of the five people hospitalized has died': a sentence naming a group of the hurt."""


def of_the_survivors(mention: Mention) -> bool:
    """'One of the survivors was later killed': a death among people who lived through it."""
    return bool(_OF_THE_SURVIVORS_RE.search(mention.phrase))


def named_of_the_hurt(mention: Mention) -> bool:
    """'One of the injured died', 'two of the wounded later died': dead named as some of
    the hurt (or of the survivors) by the words of their own figure."""
    return bool(_OF_THE_HURT_RE.search(mention.phrase)) or of_the_survivors(mention)


def died_among_the_hurt(mention: Mention) -> bool:
    """A death told as a part of a group of hurt its sentence names, not 'one fatally' (a
    part of those hit, told as dead from the start)."""
    return (
        mention.field == "killed"
        and not mention.zero
        and mention.part
        and "fatally" not in mention.phrase.lower()
        and bool(_HURT_GROUP_RE.search(mention.sentence.text))
    )


def moved_from_the_hurt(killed: list[Mention]) -> int:
    """How many of the dead the killed tally counted were added as hurt people who died
    after the toll was told: they are no longer among the wounded."""
    return sum(
        m.value
        for m in killed
        if m.field == "killed" and m.additive and not m.zero and _OF_THE_HURT_RE.search(m.phrase)
    )
