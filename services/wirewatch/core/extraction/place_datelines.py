"""Datelines and sources: where a wire report was filed, and names that are not places there.

A dateline ("KABUL (Reuters) -", "SAN SALVADOR, 9 JAN 90 (DPA) --") names a well-known city
that usually is the event's; one that names its country for readers abroad ("LISBON
(PORTUGAL)") is a bureau's. A station or agency tag ("(RADIO VENCEREMOS)") is a source, and a
government shown reacting ("THE HONDURAN GOVERNMENT DENOUNCED ...") is not where it happened.
"""

from __future__ import annotations

import re

from wirewatch.core.extraction.gazetteer import Place, gazetteer, name_key
from wirewatch.core.extraction.place_mentions import Mention, us_state_qualifiers

# A dateline: an upper-case (or Title Case) place at the start of a line, optionally ", Region",
# a date and an "(AGENCY)" tag, then a dash. Wire styles: AP/Reuters/AFP/DPA/FBIS.
DATELINE_RE = re.compile(
    r"(?m)^[ \t]*(?:\(\w[\w .]{0,20}\)\s*[-\u2014\u2013]+\s*)?"
    r"(?P<place>[A-Z][A-Za-z'\u2019. -]{1,40}?)"
    r"(?:,\s*(?P<region>[A-Z][A-Za-z. ]{1,30}?)|\s*\((?P<country>[A-Z][A-Za-z. ]{2,30})\))?"
    r"(?:,?\s*\d{1,2}\s+[A-Z]{3}\s+\d{2,4})?"
    r"\s*(?:\([\w .,/-]{1,40}\))?\s*(?:--|\u2014|\u2013|-\s)"
)
DATELINE_SCAN_CHARS = 600


def dateline_match(text: str) -> re.Match | None:
    """The dateline when a line near the top opens with one."""
    for match in DATELINE_RE.finditer(text[:DATELINE_SCAN_CHARS]):
        place = match.group("place").strip()
        line = match.group(0)
        if place.isupper() or line.rstrip().endswith(("--", "\u2014")) or "(" in line:
            return match
    return None


def dateline_mentions(text: str) -> list[Mention]:
    """The dateline's place, resolved inside the country it names ("SAN JOSE (COSTA RICA)")."""
    match = dateline_match(text)
    if match is None:
        return []
    found = []
    country = _dateline_country(match.group("country"))
    for group in ("place", "region"):
        part = (match.group(group) or "").strip()
        key = name_key(part)
        places = gazetteer().index.get(key)
        if group == "region" and found and key in us_state_qualifiers():
            places = None  # "SALEM, Ore. --": the state abbreviation, not a town called Ore
        if places:
            if country:
                places = [p for p in places if p.cc == country] or places
            start = match.start(group)
            found.append(_dateline_mention(start, part, places, bureau=country is not None))
        elif key in us_state_qualifiers() and found:
            found[0].state = us_state_qualifiers()[key]
    return found


def _dateline_mention(start: int, part: str, places: list[Place], bureau: bool) -> Mention:
    """'LISBON (PORTUGAL), 4 FEB' names its country for readers abroad: a bureau's city,
    where the report was filed, not where the news happened (measured on MUC-4: the event
    was in the bureau's country in 10 of 60 such reports). It counts as a plain mention."""
    if bureau:
        return Mention(start, start + len(part), part, list(places), 0.5, bureau=True)
    return Mention(start, start + len(part), part, list(places), 2.0, dateline=True)


REACTION_RE = re.compile(
    r"(?i)\s+(?:government|foreign\s+ministry|foreign\s+minister|embassy|president|"
    r"authorities)\b[^.]{0,80}?\b(?:denounc|condemn|deplor|regrett?|repudiat|"
    r"express(?:ed|es)?\s+(?:its|his|her|their)\s+(?:condolences|sympathy|solidarity|"
    r"indignation|concern))"
)
"""'THE HONDURAN GOVERNMENT TODAY DENOUNCED ...': that country reacts; the event is elsewhere."""


SOURCE_BEFORE_RE = re.compile(r"(?i)\b(?:radio|television|network|agency)\s+$")


def agency_tag(text: str) -> tuple[int, int]:
    """Where the dateline's "(AGENCY)" tag after the place is; (0, 0) without a dateline."""
    dateline = dateline_match(text)
    if dateline is None:
        return 0, 0
    return max(dateline.end(g) for g in ("place", "region", "country")), dateline.end()


def names_a_source(text: str, m: Mention, agency_tag: tuple[int, int]) -> bool:
    """'(RADIO VENCEREMOS)', 'RADIO FARABUNDO MARTI': a station's name, not a place."""
    if SOURCE_BEFORE_RE.search(text[max(0, m.start - 12) : m.start]):
        return True
    return agency_tag[0] <= m.start < agency_tag[1]


def reacting_from(text: str, mentions: list[Mention]) -> set[str]:
    """Countries whose government the text shows reacting to the event."""
    return {
        m.candidates[0].cc
        for m in mentions
        if m.demonym and m.candidates and REACTION_RE.match(text, m.end)
    }


def _dateline_country(name: str | None) -> str | None:
    for place in gazetteer().index.get(name_key(name or ""), ()):
        if place.kind == "country":
            return place.cc
    return None
