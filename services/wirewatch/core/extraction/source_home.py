"""Where a news site is at home, read from its web address.

Local news names its own city or state in its host name ("nbcphiladelphia",
"chicagotribune", "floridatoday"), and a local paper's stories are mostly
about its area. That is weak evidence for telling namesakes apart ("Lexington"
in a Kentucky paper is Lexington, Ky.), never a place of its own: regional
papers also cover the next state. Archive snapshots are unwrapped to the site
they captured.
"""

from __future__ import annotations

import re
from functools import cache
from urllib.parse import urlsplit

from wirewatch.core.extraction.gazetteer import Place, gazetteer, name_key

HOME_CITY_POPULATION = 100_000
"""Only big cities name sites ("renton" inside "trentonian" is noise)."""
MIN_NAME_LETTERS = 4
MIN_CITY_LETTERS = 5
"""States as short as "ohio" and "iowa" are read; shorter city names inside a longer word
are too often a syllable. (Longer ones still can be: "trento" in "trentonian".)"""
DOMINANCE = 3
"""A city names a site only when it is this many times bigger than any namesake."""
_HOST_RE = re.compile(r"[a-z0-9.-]+")
_ARCHIVED_RE = re.compile(r"/web/\d+[a-z_]*/(?P<url>.+)$")
_HOST_NOISE = frozenset({"www", "m", "amp", "mobile", "news", "com", "org", "net"})


@cache
def _home_names() -> dict[str, Place | None]:
    """Letters-only spellings of US states and big cities -> the place; None for a name no
    one place dominates ("springfield"; "portsmouth": England's, and Virginia's nearly as
    big), so that a shorter name inside it is not taken instead ("kansas" in "kansascity")."""
    names: dict[str, Place | None] = {}
    for key, places in gazetteer().index.items():
        letters = key.replace(" ", "")
        if len(letters) < MIN_NAME_LETTERS or not letters.isalpha():
            continue
        own = [p for p in places if name_key(p.name) == key]
        cities = sorted((p for p in own if p.kind == "city"), key=lambda p: -p.population)
        states = [p for p in own if p.kind == "admin1" and p.cc == "US"]
        big = cities[0] if cities and cities[0].population >= HOME_CITY_POPULATION else None
        if states and (big is None or big.cc != "US"):
            names[letters] = states[0]  # a US site naming "virginia" means the state
        elif big is not None and len(letters) >= MIN_CITY_LETTERS:
            second = cities[1].population if len(cities) > 1 else 0
            names[letters] = big if big.population >= DOMINANCE * second else None
    return names


def site_host(url: str | None) -> str | None:
    """The host of a URL, or of the page an archive snapshot captured."""
    if not url:
        return None
    parts = urlsplit(url if "//" in url else f"//{url}")
    archived = _ARCHIVED_RE.search(parts.path)
    if archived:
        return site_host(archived.group("url"))
    host = (parts.hostname or "").lower()
    return host if _HOST_RE.fullmatch(host) else None


def home_place(url: str | None) -> Place | None:
    """The state or big city a site's host name opens with, else closes with, if any
    ("chicago.suntimes.com" -> Chicago; "nbcphiladelphia.com" -> Philadelphia)."""
    host = site_host(url)
    if not host:
        return None
    labels = [label.replace("-", "") for label in host.split(".")[:-1]]
    labels = [label for label in labels if label not in _HOST_NOISE]
    for opening in (True, False):
        for label in labels:
            place = _longest_name(label, opening)
            if place is not None:
                return place
    return None


def _longest_name(label: str, opening: bool) -> Place | None:
    names = _home_names()
    for size in range(len(label), MIN_NAME_LETTERS - 1, -1):
        piece = label[:size] if opening else label[-size:]
        if piece in names:
            return names[piece]
    return None
