"""Qualifiers and containers: a region or city written beside a town picks the town's namesake.

"Petrovskoye, Donetsk", "Ilorin (Borgu LGA, Niger)" and "Bamako, Mali" qualify a town; "Karak
in Dar'a" and "the Chalala area of Lusaka" contain one. Either way the named area decides among
the town's namesakes, or, when it holds none of them, is itself the better answer.
"""

from __future__ import annotations

import math
import re

from wirewatch.core.extraction.gazetteer import Place, name_key
from wirewatch.core.extraction.place_mentions import Mention

QUALIFIER_GAP_RE = re.compile(
    r"(?:\s+(?i:district|province|county|governorate|department|municipality|prefecture|lga|"
    r"zone|state|region))?\s*(?:,|\(|,\s*\()\s*$|\s*\([^()]{0,40}?,\s*$"
)
"""The gap between a town or district and the region that qualifies it: a comma or a bracket,
maybe after the district's area word ("Surobi district, Kabul")."""


LIST_GOES_ON_RE = re.compile(r"(?:,\s*[A-Z][\w'-]*(?:\s[A-Z][\w'-]*)?)+,?\s+and\s+[A-Z]")
"""', Matn and Zahle' after 'Sidon, Tripoli': the names are a list, not a town and its region."""


def _qualifying_region(text: str, town: Mention, later: list[Mention]) -> Mention | None:
    """The region that qualifies a town: 'Petrovskoye, Donetsk', 'Sirte (Surt)',
    'Ilorin (Borgu LGA, Niger)'; not the next item of a list ('Sidon, Tripoli and Tyre')."""
    for region in later[:3]:
        gap = text[town.end : region.start]
        if region.loose or not QUALIFIER_GAP_RE.fullmatch(gap):
            continue
        if gap.lstrip().startswith(",") and LIST_GOES_ON_RE.match(text, region.end):
            continue
        if any(p.kind in ("admin1", "admin2", "country") for p in region.candidates):
            return region
    return None


IN_GAP_RE = re.compile(
    r",?\s+in\s+(?:the\s+)?(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?\s+)?"
    r"(?:(?:countryside|outskirts|suburbs|parts?|hinterland)\s+of\s+(?:the\s+)?)?"
)
"""'Karak in Dar'a', 'Tafas in the western countryside of Dar'a': the next place holds the town."""
PART_OF_GAP_RE = re.compile(
    r",?\s+(?:area|neighbou?rhood|district|suburb|quarter|township|locality|section|town|village)\s+"
    r"(?:of|in)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""'Chalala area of Lusaka': the town is a part of the next place, so a namesake of it
elsewhere is not meant."""


def _is_area(m: Mention) -> bool:
    """A region or country, which a town written 'in' it lies inside."""
    return (
        not m.loose
        and not m.demonym
        and any(p.kind in ("admin1", "admin2", "country") for p in m.candidates)
    )


def _narrow_by_container(text: str, town: Mention, later: list[Mention]) -> None:
    """ "Karak in Dar'a", "Kailenge in Walikale": when the next place contains one of the town's
    namesakes, that namesake is meant. No penalty otherwise ("in" also joins other phrases)."""
    if not later:
        return
    gap = text[town.end : later[0].start]
    part_of = PART_OF_GAP_RE.fullmatch(gap) is not None
    if not part_of and not IN_GAP_RE.fullmatch(gap):
        return
    outer = later[0]
    areas = {(p.cc, p.admin1) for p in outer.candidates if p.kind != "country" and p.admin1}
    countries = {p.cc for p in outer.candidates if p.kind == "country"}
    inside = [
        p
        for p in town.candidates
        if p is not None
        and p.kind != "country"
        and ((p.cc, p.admin1) in areas or p.cc in countries)
        and all(p is not q for q in outer.candidates)
    ]
    if not inside and part_of:
        inside = _beside(town.candidates, outer.candidates)
    if not inside and (part_of or _is_area(outer)):
        # a namesake elsewhere ("Karak in Dar'a"): the place it is a part of is the answer
        town.support -= MISPLACED_NAMESAKE_PENALTY
        town.contained_elsewhere = True
        outer.support += 1.0
        return
    if inside:
        town.candidates = inside
        town.qualified = True
        town.support += 0.5
        wanted = {p.cc for p in inside}, {(p.cc, p.admin1) for p in inside}
        outer.candidates = [
            p
            for p in outer.candidates
            if p.cc in wanted[0] and (p.kind == "country" or (p.cc, p.admin1) in wanted[1])
        ] or outer.candidates


MISPLACED_NAMESAKE_PENALTY = 3.0
BESIDE_KM = 12.0
"""A quarter this close to a city's centre is a part of it, whatever region holds it."""


def _beside(towns: list[Place], outer: list[Place]) -> list[Place]:
    """Of a quarter's namesakes, those a few km from the city it is written a part of ("the
    X neighbourhood of Y"): a quarter past a border or a region's line is still the one
    meant, and the region that holds it is its own (a suburb across a city's boundary)."""
    cities = [q for q in outer if q.kind == "city" and q.lat is not None]
    return [
        p
        for p in towns
        if p.kind == "city"
        and p.lat is not None
        and p.lon is not None
        and any(_km(p, q) <= BESIDE_KM for q in cities)
    ]


def _km(a: Place, b: Place) -> float:
    """Distance in km, flat-earth: good enough at city scale."""
    dy = (a.lat - b.lat) * 111.0
    dx = (a.lon - b.lon) * 111.0 * math.cos(math.radians((a.lat + b.lat) / 2))
    return math.hypot(dx, dy)


def _narrow_to_towns_region(region: Mention, towns: list[Place]) -> None:
    """'As Sawadiyah, Al Bayda': the region that placed a district is the district's region,
    not its namesake abroad (Al Bayda, Libya), in the votes and wherever it is named alone."""
    areas = {(p.cc, p.admin1) for p in towns}
    inside = [
        p
        for p in region.candidates
        if p.kind != "country" and ((p.cc, p.name) in areas or (p.cc, p.admin1) in areas)
    ]
    if inside:
        region.candidates = inside


def link_qualifiers(text: str, mentions: list[Mention]) -> None:
    """Let a region written right after a town pick the town's namesake (or overrule it)."""
    misplaced: set[str] = set()
    for n, town in enumerate(mentions):
        region = _qualifying_region(text, town, mentions[n + 1 :])
        if region is None:
            _narrow_by_container(text, town, mentions[n + 1 : n + 2])
            continue
        countries = {p.cc for p in region.candidates if p.kind == "country"}
        in_country = [p for p in town.candidates if p.cc in countries and p.kind != "country"]
        if in_country:
            # "Bamako, Mali": a strong pair; the named country outweighs namesakes elsewhere.
            town.candidates, town.support = in_country, town.support + 1.5
            region.demonym, region.support = False, region.support + 1.0
            town.qualified = region.qualified = True
            continue
        areas = {(p.cc, p.name) for p in region.candidates if p.kind == "admin1"}
        areas |= {(p.cc, p.admin1) for p in region.candidates if p.kind == "admin2"}
        region.type_word = region.type_word or "region"
        matching = [p for p in town.candidates if (p.cc, p.admin1) in areas]
        if matching:
            town.candidates = matching
            town.support += 1.0
            town.qualified = True
            _narrow_to_towns_region(region, matching)
        else:
            town.support -= MISPLACED_NAMESAKE_PENALTY  # the named region is the better answer
            region.support += 1.0
            misplaced.add(name_key(town.text))
    _demote_repeats(mentions, misplaced)


def _demote_repeats(mentions: list[Mention], misplaced: set[str]) -> None:
    """'Kashtanove, Donetsk ... shots near Kashtanove': once the writer has placed a town in a
    region where the gazetteer has no such town, its bare repeats name the same village too
    small for the gazetteer, not the namesake elsewhere."""
    for m in mentions:
        if name_key(m.text) in misplaced and not m.qualified and m.support > 0:
            m.support -= MISPLACED_NAMESAKE_PENALTY
