"""Where an incident happened: the most precise place named, geocoded offline.

`locate(text, focus)` reads the place mentions (place_mentions.py), decides which country the
text is about (explicit country names, demonyms, regions and unambiguous towns vote), resolves
each ambiguous name inside that country first and by population second, then picks the mention
nearest the focus span (the incident's sentences), preferring towns over regions over countries.
With no usable mention near the focus it falls back on the dateline ("KABUL (Reuters) -",
"SAN SALVADOR, 9 JAN 90 (DPA) --"), then on the article as a whole, then on demonyms and the
home country of a named armed group ("al-Shabaab" -> Somalia) at country precision.

Also read: US state qualifiers ("Hermitage, Tenn.", "Nashville, TN"), region and country
qualifiers ("Petrovskoye, Donetsk", "Ilorin (Borgu LGA, Niger)", "Bamako, Mali" - a strong pair
that outweighs namesakes elsewhere), containers ("Karak in Dar'a"), US counties (admin2),
landmarks that are not the place ("north of Baghdad"), sides that are not the place ("forces of
Armenia", "Kenyan troops"), place words inside armed-group names ("Boko Haram"), national forces
and missions that only operate at home ("FARDC", "OSCE SMM": data/place_names.json
country_hint_names), and transliteration variants ("Ar-Raqqa" for "Ar Raqqah", weak
evidence). The publishing site's home, when its host name tells it (source_home.py), votes
like a state qualifier. Datelines and source tags are read in place_datelines.py, qualifiers
and containers in place_qualifiers.py, hints from named forces and groups in place_hints.py.
The analysis of a text is cached, so asking once per incident
costs one ranking each. The numeric weights below were set by measurement with
bench/measure_places_dates.py; they are relative (support of a mention against its position).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from wirewatch.core.extraction.gazetteer import Place, gazetteer, name_key, place_names
from wirewatch.core.extraction.place_datelines import (
    agency_tag,
    dateline_mentions,
    names_a_source,
    reacting_from,
)
from wirewatch.core.extraction.place_hints import (
    REGION_HINT_VOTE,
    actor_country_hints,
    hinted_regions,
    outside_group_names,
)
from wirewatch.core.extraction.place_mentions import (
    Mention,
    cue_sets,
    find_mentions,
    is_upper_case_text,
)
from wirewatch.core.extraction.place_qualifiers import link_qualifiers
from wirewatch.core.extraction.region_type_words import region_by_type_word
from wirewatch.core.extraction.villages import cued_village
from wirewatch.core.models import Location

NEAR_FOCUS_CHARS = 250
EVENTFUL_BONUS = 0.5
EVENTFUL_VOTE = 1.5  # measured: 2.5 cost MUC-4 and GVA
KIND_PRECISION = {"city": "point", "admin2": "admin2", "admin1": "admin1", "country": "country"}
IN_FOCUS_REGION_PENALTY = 1.0
"""Off the text's main region inside the incident's own sentences: a venue named like a town
elsewhere ("the San Miguel Arena" in a Houston story). Measured: GVA state 85.4 -> 87.2%."""
IN_FOCUS_ABROAD_BESIDE_HOME_PENALTY = 4.5
REPEAT_BONUS = 0.4
REPEATS_COUNTED = 3
"""A place named again and again is the story's place: +0.4 per repeat, up to 3, and a bare
one-word town named 3+ times is no longer suspected of being a surname. Measured with the
region penalty: GVA state 87.2 -> 87.7%, MUC-4 country 79.7 -> 81.3%."""
KIND_BONUS = {"city": 1.2, "admin2": 1.0, "admin1": 0.8, "country": 0.0}
KIND_VOTE = {"country": 2.0, "admin1": 1.5, "admin2": 1.2, "city": 1.0}


@cache
def _country_cue_patterns() -> list[tuple[str, re.Pattern]]:
    cues = place_names()["country_cues"]
    return [(cc, re.compile(r"\b(?:" + "|".join(words) + r")\b")) for cc, words in cues.items()]


US_CALL_SIGN_RE = re.compile(r"\((?!KFOR\))[KW][A-Z]{3}\)|\b[KW][A-Z]{2,3}-(?:TV|FM|AM|DT)\b")
"""A US broadcaster's call sign (they begin with K or W): 'CHELSEA (WHDH) -', 'WOOD-TV
reports'. Local news names its station; the station's country is the story's. KFOR in
parentheses is NATO's Kosovo force."""
CALL_SIGN_VOTE = 2.0
CALL_SIGNS_COUNTED = 2


def _country_votes(text: str, mentions: list[Mention]) -> Counter:
    """How strongly the text points at each country."""
    votes: Counter = Counter()
    if not is_upper_case_text(text):
        for cc, pattern in _country_cue_patterns():
            votes[cc] += min(3, len(set(pattern.findall(text))))
        signs = set(US_CALL_SIGN_RE.findall(text))
        votes["US"] += CALL_SIGN_VOTE * min(CALL_SIGNS_COUNTED, len(signs))
    named = _named_countries(mentions)
    for m in mentions:
        if m.contained_elsewhere:
            continue  # a namesake its writer placed elsewhere ("Karak in Dar'a") says nothing
        ccs = {p.cc for p in m.candidates}
        if m.state is not None:
            votes["US"] += 2.0
            continue  # "SALISBURY, N.C.": not a vote for Salisbury, Rhodesia
        nation = next((p for p in m.candidates if p.kind == "country"), None)
        if nation is not None and all(p.kind in ("country", "city") for p in m.candidates):
            ccs = {nation.cc}  # "El Salvador": the country before any town of that name
        named_region = region_by_type_word(m)
        if named_region is not None:
            ccs, nation = {named_region.cc}, None  # "Lagos State": not Lagos, Portugal
        if len(ccs) != 1:
            if nation is not None:
                continue  # "Georgia": the country or the US state, the rest of the text decides
            biggest = _likeliest_namesake(m, named)
            votes[biggest.cc] += 3.0 if m.dateline and _well_known(biggest) else 0.3
            continue
        kind = nation.kind if nation is not None else m.candidates[0].kind
        if named_region is not None:
            kind = "admin1"
        weight = KIND_VOTE[kind] if not m.demonym else 0.7 if m.support > 0.2 else 0.5
        weight = m.vote if m.vote is not None else weight
        if m.loose:
            weight *= 0.3  # a spelling variant only: may be another place's name
        if m.eventful and not m.dateline:
            weight *= EVENTFUL_VOTE  # named where the violence is told, not in the reactions
        if m.qualified:
            weight += 2.0  # "Bamako, Mali" / "Petrovskoye, Donetsk": a town placed by its writer
        if kind == "city" and m.support < 0.6:
            weight *= 0.5  # a bare town name may be a namesake abroad
        votes[next(iter(ccs))] += weight * (1.5 if m.dateline else 1.0)
    return votes


def _named_countries(mentions: list[Mention]) -> set[str]:
    """Countries the text names outright (not as an adjective)."""
    return {
        m.candidates[0].cc
        for m in mentions
        if not m.demonym and len(m.candidates) == 1 and m.candidates[0].kind == "country"
    }


NAMESAKE_RATIO = 10


def _likeliest_namesake(m: Mention, named: set[str]) -> Place:
    """Of a name's places, the biggest in a country the text names ("LA RIOJA ... ARGENTINA"
    is Argentina's province, not Spain's) unless it is a small namesake of a far bigger place
    (Bogota, New Jersey in a story that names the US); else the biggest."""
    biggest = max(m.candidates, key=lambda p: p.population)
    in_named = [
        p
        for p in m.candidates
        if p.cc in named and p.population * NAMESAKE_RATIO >= biggest.population
    ]
    return max(in_named, key=lambda p: p.population) if in_named else biggest


WELL_KNOWN_POPULATION = 100_000


def _well_known(place: Place) -> bool:
    """A dateline names a well-known city: 'ALBION -' is a small town of anywhere."""
    return place.population >= WELL_KNOWN_POPULATION


def _admin1_votes(mentions: list[Mention]) -> Counter:
    """How strongly the text points at each (country, admin1): named regions, US state
    qualifiers, and towns whose name is unambiguous (or dominated by one big namesake)."""
    votes: Counter = Counter()
    for m in mentions:
        if m.demonym:
            continue
        if m.state is not None:
            votes[("US", m.state.name)] += 2.0
        regions = {(p.cc, p.admin1) for p in m.candidates if p.admin1}
        if len(regions) == 1:
            weight = 1.5 if m.candidates[0].kind == "admin1" else 1.0
            votes[next(iter(regions))] += weight * (0.3 if m.loose else 1.0)
        elif regions:
            ranked = sorted(m.candidates, key=lambda p: -p.population)
            if ranked[0].admin1 and ranked[0].population > 10 * ranked[1].population:
                votes[(ranked[0].cc, ranked[0].admin1)] += 0.6
    return votes


def _candidate_score(place: Place, m: Mention, votes: Counter, regions: Counter) -> float:
    total = sum(votes.values()) or 1.0
    score = 4.0 * votes.get(place.cc, 0.0) / total
    score += 3.0 * regions.get((place.cc, place.admin1), 0.0) / (sum(regions.values()) or 1.0)
    score += math.log10(place.population + 10) / 2.5
    if place.kind == "country" and all(p.kind in ("country", "city") for p in m.candidates):
        score += 3.0  # "Cuba" is the island state before it is Cuba, Missouri
    if m.dateline:
        score += math.log10(place.population + 10)  # a dateline is a well-known city
    if m.type_word:
        admin1_words = cue_sets()[2]
        if place.kind == "admin1" and m.type_word in admin1_words:
            score += 3.0
        elif place.kind == "city" and m.type_word not in admin1_words:
            score += 1.0
    elif place.kind == "city":
        score += 0.3
    if m.state is not None:
        score += 5.0 if place.cc == "US" and place.admin1 == m.state.name else -5.0
    return score


def _resolve(
    mentions: list[Mention], votes: Counter, regions: Counter
) -> list[tuple[Mention, Place]]:
    """Each mention's best candidate in the light of the country and region votes."""
    resolved = []
    for m in mentions:
        best = max(m.candidates, key=lambda p: _candidate_score(p, m, votes, regions))
        if m.state is not None and (best.cc, best.admin1) != ("US", m.state.name):
            best = m.state  # "Sanborn, ND": a town too small for the gazetteer, in a known state
        resolved.append((m, best))
    return _one_sense_per_name(resolved)


def _one_sense_per_name(resolved: list[tuple[Mention, Place]]) -> list[tuple[Mention, Place]]:
    """A name means one place throughout a story: the best-supported reading ("Salisbury, N.C."
    in the dateline) is given to the bare repeats ("Salisbury police")."""
    best_by_name: dict[str, tuple[float, Place]] = {}
    for m, place in resolved:
        key = name_key(m.text)
        if key not in best_by_name or m.support > best_by_name[key][0]:
            best_by_name[key] = (m.support, place)
    out = []
    for m, place in resolved:
        _, preferred = best_by_name[name_key(m.text)]
        out.append((m, preferred if any(p is preferred for p in m.candidates) else place))
    return out


@dataclass(frozen=True)
class Context:
    """What the whole text points at: its main country and main first-level region."""

    top_cc: str | None
    top_share: float
    top_region: tuple[str, str] | None
    region_share: float
    repeats: Counter = field(default_factory=Counter, hash=False, compare=False)


NAMESAKE_TOWN_POPULATION = 500_000
NAMESAKE_SHARE = 0.5


def _namesake_abroad(m: Mention, place: Place, context: Context) -> bool:
    """A small town outside the text's main country that no qualifier placed there: most
    likely a namesake of a place at home too small for the gazetteer."""
    return (
        place.kind == "city"
        and place.cc != context.top_cc
        and place.population < NAMESAKE_TOWN_POPULATION
        and not m.qualified
        and context.top_share >= NAMESAKE_SHARE
    )


def _places_itself(m: Mention, place: Place) -> bool:
    """A town or region at home, or a force that only operates at home ("OSCE SMM",
    "FARDC"). Not a nationality ("Israeli forces") nor an armed group's home, which say who
    acted, not where; nor the country named outright, which a note names as often as the
    neighbour an attack came from ("mines left by militants from Libya")."""
    if m.demonym:
        return m.vote is not None
    return place.kind != "country"


def _mention_rank(
    m: Mention, place: Place, focus, context: Context, length: int, home_in_focus: bool = False
) -> float:
    score = min(m.support, 2.0) + KIND_BONUS[place.kind]
    named = context.repeats[place]
    if place.kind == "city" and m.support < 0.6 and named < REPEATS_COUNTED:
        score -= 1.5  # a bare one-word town name is as often a surname or a word
    score += REPEAT_BONUS * min(named - 1, REPEATS_COUNTED)
    if m.demonym:
        score -= 2.0
    in_focus = focus is not None and not m.bureau and focus[0] <= m.start < focus[1]
    if context.top_cc and place.cc != context.top_cc:
        # Off the text's main country: fine inside the focus (a background event abroad),
        # unless it is a small town nobody placed abroad (a namesake of one too small for the
        # gazetteer: "Montfort" in a Wisconsin story is not Montfort, Limburg), or the focus
        # also names a place in the main country (then the place abroad is where the news
        # was heard or reacted to).
        namesake = _namesake_abroad(m, place, context)
        abroad_in_focus = IN_FOCUS_ABROAD_BESIDE_HOME_PENALTY if home_in_focus else 1.0
        score -= (abroad_in_focus if in_focus and not namesake else 6.0) * context.top_share
    elif context.top_region and (place.cc, place.admin1) != context.top_region:
        # "Roxbury" in a Boston story is not Roxbury, Wis., even in the incident's sentences.
        score -= (IN_FOCUS_REGION_PENALTY if in_focus else 3.0) * context.region_share
    if m.dateline and place.cc == context.top_cc:
        score += 2.0  # the bureau's city, when the story is about its country
    if focus is None and m.eventful:
        score += EVENTFUL_BONUS  # no focus given: the place in a sentence that tells of violence
    if focus is not None:
        lo, hi = focus
        if in_focus:
            score += 4.0
        elif not m.bureau and lo - NEAR_FOCUS_CHARS <= m.start < hi + NEAR_FOCUS_CHARS:
            score += 1.5
        score += 1.0 * (1.0 - m.start / max(length, 1))  # else the article's lead place
    else:
        score += 3.0 * (1.0 - m.start / max(length, 1))  # the lead names the main event
    return score


EVENT_WORDS_RE = re.compile(
    r"(?i)\b(?:kill|dead|death|die|wound|injur|attack|bomb|explo|shot|shoot|gunm[ae]n|massacr|"
    r"assassinat|murder|kidnap|abduct|clash|fighting|ambush|raid|blast|fire[ds]? on|riot|protest)"
)
SENTENCE_EDGE_RE = re.compile(r"[.!?]\s|\n\s*\n")


def _mark_eventful(text: str, mentions: list[Mention]) -> None:
    """Flag mentions whose sentence tells of violence: where an unfocused reading should look."""
    for m in mentions:
        lo = max(0, m.start - 300)
        edges = [e.end() for e in SENTENCE_EDGE_RE.finditer(text, lo, m.start)]
        start = edges[-1] if edges else lo
        after = SENTENCE_EDGE_RE.search(text, m.end, m.end + 300)
        end = after.start() if after else min(len(text), m.end + 300)
        m.eventful = bool(EVENT_WORDS_RE.search(text, start, end))


def _location(place: Place, m: Mention) -> Location:
    if m.state is not None and place is m.state:
        return Location(
            name=m.text,
            country="United States",
            country_code="US",
            admin1=m.state.name,
            lat=m.state.lat,
            lon=m.state.lon,
            precision="admin1",
        )
    country = gazetteer().countries.get(place.cc)
    return Location(
        name=place.name,
        country=country.name if country else None,
        country_code=place.cc,
        admin1=place.admin1,
        admin2=place.admin2,
        lat=place.lat,
        lon=place.lon,
        precision=KIND_PRECISION[place.kind],
    )


HOME_VOTE = 2.0
"""Votes of the publishing site's home (source_home.py) for its country and its region: a
US state qualifier's worth. Measured on GVA: 1.0 gave state +18 rows, 2.0 +21, 3.5 +23;
voting only for the region inside the text's main country, +16."""


@lru_cache(maxsize=16)
def _analyse(
    text: str, home: Place | None = None
) -> tuple[tuple[tuple[Mention, Place], ...], Context | None]:
    """Mentions resolved once per text: the extractor asks again for every incident's focus.
    `home` is where the publishing site is at home, if known."""
    dateline = dateline_mentions(text)
    taken = {(m.start, m.end) for m in dateline}
    tag = agency_tag(text)
    found = [
        m
        for m in find_mentions(text)
        if (m.start, m.end) not in taken and not names_a_source(text, m, tag)
    ]
    if reacting_from(text, found) & {p.cc for m in dateline for p in m.candidates}:
        dateline = []  # a bureau abroad reporting its government's reaction to the event
    mentions = dateline + found
    mentions = outside_group_names(text, mentions)
    mentions += actor_country_hints(text)
    if not mentions:
        return (), None
    link_qualifiers(text, mentions)
    _mark_eventful(text, mentions)
    votes = _country_votes(text, mentions)
    regions = _admin1_votes(mentions)
    for region in hinted_regions(text):
        regions[region] += REGION_HINT_VOTE
    if home is not None:
        votes[home.cc] += HOME_VOTE
        regions[(home.cc, home.admin1 or home.name)] += HOME_VOTE
    top_cc, top_votes = votes.most_common(1)[0] if votes else (None, 0.0)
    top_share = top_votes / (sum(votes.values()) or 1.0)
    top_region, region_votes = regions.most_common(1)[0] if regions else (None, 0.0)
    region_share = region_votes / (sum(regions.values()) or 1.0)
    resolved = _resolve(mentions, votes, regions)
    repeats = Counter(place for m, place in resolved if not m.demonym)
    context = Context(top_cc, top_share, top_region, region_share, repeats)
    return tuple(resolved), context


def locate(text: str, focus: tuple[int, int] | None = None, home: Place | None = None) -> Location:
    """The most precise place the text names for the event in `focus` (or the whole text);
    `home`: where the publishing site is at home (a weak vote between namesakes)."""
    resolved, context = _analyse(text, home)
    if not resolved:
        return Location()
    home_in_focus = focus is not None and any(
        p.cc == context.top_cc and not m.bureau and focus[0] <= m.start < focus[1]
        for m, p in resolved
    )
    ranked = sorted(
        resolved,
        key=lambda mp: (
            _mention_rank(mp[0], mp[1], focus, context, len(text), home_in_focus),
            -mp[0].start,
        ),
        reverse=True,
    )
    m, place = ranked[0]
    if _namesake_abroad(m, place, context):
        # "near Petrovskoye" in a note the monitors' name places in Ukraine: a village too
        # small for the gazetteer, so the main country, not Russia's Petrovskoye
        m, place = next(
            ((n, p) for n, p in ranked if p.cc == context.top_cc and _places_itself(n, p)),
            (m, place),
        )
    village = _village_instead(text, m, place, context)
    if village is not None:
        return _location(village, m)
    return _location(place, m)


def _village_instead(text: str, m: Mention, place: Place, context: Context) -> Place | None:
    """A village too small for the gazetteer (villages.py), when the text names no place it
    knows in its country (the best reading is the country itself), or when the only town it
    names lies outside the regions a named mission reports on (a monitors' note on shelling
    near a village that shares its name with a town in another oblast)."""
    hinted = {region for region in hinted_regions(text) if region[0] == place.cc}
    if place.kind == "country":
        return cued_village(text, place.cc, hinted or None)
    if (
        place.kind == "city"
        and hinted
        and (place.cc, place.admin1) not in hinted
        and place.cc == context.top_cc
    ):
        return cued_village(text, place.cc, hinted, name=m.text)
    return None
