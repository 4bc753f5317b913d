"""Regions named only by a compass point ("South-West", "Eastern", "Centre"), read as a region
only where they stand alone.

Several countries call first-level regions by a bare compass word: Cameroon's "South-West",
Saudi Arabia's "Eastern", Burkina Faso's "Centre". In text such a word is as often the first or
last word of a longer name the gazetteer does not know ("West Hararge" zone, "Eastern
Sharqiya" town, "Valikamam South-West" division): joined to a capitalised neighbour word, it is
part of that name, not the region of a country the text may never mention.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.gazetteer import Place

COMPASS_PART_RE = re.compile(
    r"(?i)^(?:north|south|east|west|centre|center|central|northern|southern|eastern|western|"
    r"middle|upper|lower)$"
)
NEIGHBOUR_BEFORE_RE = re.compile(r"([A-Z][\w'\u2019]*)[ -]$")
NEIGHBOUR_AFTER_RE = re.compile(r"[ -]([A-Z][\w'\u2019]*)")
SENTENCE_START_RE = re.compile(r"(?:^|[.!?:;\"\n]\s*)$")
CUE_WORDS = frozenset({"In", "At", "Near", "The", "On", "From", "To", "Of", "And", "Or"})


def only_compass_words(name: str) -> bool:
    """'South-West', 'Eastern', 'North Central': a name made of compass words alone."""
    parts = [p for p in re.split(r"[\s-]+", name) if p]
    return bool(parts) and all(COMPASS_PART_RE.match(p) for p in parts)


def compass_region_in_longer_name(text: str, start: int, end: int, places: list[Place]) -> bool:
    """A region named only by compass words, written against a capitalised word that is not a
    cue ("Valikamam South-West", "West Hararge"): part of a longer name, not the region."""
    if not places or any(p.kind != "admin1" for p in places):
        return False
    if not only_compass_words(text[start:end]):
        return False
    after = NEIGHBOUR_AFTER_RE.match(text, end)
    if after and after.group(1) not in CUE_WORDS and not after.group(1).isupper():
        return True
    before = NEIGHBOUR_BEFORE_RE.search(text, max(0, start - 40), start)
    if before is None or before.group(1) in CUE_WORDS or before.group(1).isupper():
        return False
    return SENTENCE_START_RE.search(text, max(0, before.start() - 3), before.start()) is None
