"""Deaths told with a cause that is no attack: a road crash, an illness, an overdose.

A shooting story may say that a relative 'died from cancer' the week before, that the
man it remembers 'was killed in a motorcycle accident', or carry a link 'Two killed in
county crash'. Those deaths belong to no violent incident, so their figures are not read.
Aircraft are left out on purpose: a downed plane or helicopter may be an attack's work.
Only in a story of violence: a crash story ('A bus crash killed 30 people') is an Accident
incident whose toll is its news.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.mentions import Mention

_VEHICLE = r"(?:car|auto|automobile|motorcycle|motorbike|traffic|vehicle|road|train|bus|boating)"
_ADJECTIVES = r"(?:(?!after\b|before\b|following\b|during\b|with\b|and\b)[\w-]+\s+){0,2}?"
_CAUSE_AFTER_RE = re.compile(
    rf"^(?:(?!shoot|shot|gun|stab)[^.;:]){{0,30}}?\bin\s+(?:(?:a|an|the)\s+{_ADJECTIVES}"
    rf"(?:{_VEHICLE}[\s-]+(?:crash|accident|collision|wreck)|crash|collision|wreck)"
    r"|(?:[A-Z][\w-]*\s+){1,3}(?:crash|wreck))\b|^[^.;:]{0,12}?\b(?:of|from)\s+"
    r"(?:(?:a|an|his|her)\s+)?(?:[\w-]+\s+)?"
    r"(?:cancer|natural\s+causes|illness|(?:drug\s+)?overdose|heart\s+attack)\b",
    re.IGNORECASE,
)
"""'killed in a high-speed motorcycle accident', 'killed in County crash', 'died from cancer'."""
_CAUSE_BEFORE_RE = re.compile(
    r"\b(?:crash(?:es)?|wrecks?|train)\s+$|\b" + _VEHICLE + r"\s+(?:crash(?:es)?|accidents?)"
    r"[^.;]{0,40}$",
    re.IGNORECASE,
)
"""'train kills woman', 'motorcycle crashes, caused 48 deaths'."""


_VIOLENCE_RE = re.compile(
    r"\b(?:shot|shoot\w*|gun\w*|stabb\w*|murder\w*|homicides?|slain)\b", re.IGNORECASE
)


def tells_of_violence(text: str) -> bool:
    """Whether a story speaks of shooting, stabbing or murder anywhere, so that a crash or an
    illness it mentions is an aside rather than its news."""
    return bool(_VIOLENCE_RE.search(text))


def of_another_cause(mention: Mention) -> bool:
    """True for a death whose sentence gives it a cause that is no attack."""
    if mention.field != "killed":
        return False
    text = mention.sentence.text
    start = mention.start - mention.sentence.start
    end = mention.end - mention.sentence.start
    return bool(_CAUSE_AFTER_RE.search(text[end:]) or _CAUSE_BEFORE_RE.search(text[:start]))
