"""Is this newly read incident one we already know? Scoring and the merge rule.

Reports of one event disagree on details (an early toll, a district name versus
a city), while two different bombings in one province in one week agree on
most of them. So the rule is built from *anchors* that two different events
rarely share — the same precise place and the same day — and from *conflicts*
that one event never shows — two cities far apart, dates days apart, a toll of
3 against a toll of 60. Type alone never merges; a coarse place or date needs
corroboration (equal tolls, a shared actor or victim name).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz

from wirewatch.core.event_types import types_compatible
from wirewatch.core.incident_merge import merge_incident
from wirewatch.core.models import Incident, Location

__all__ = ["IncidentMatcher", "MatchScore", "merge_incident"]

PRECISE_PLACES = ("point", "admin2")
"""Location precisions that pin an event down to a town or district."""

DATE_TOLERANCE_DAYS = {"day": 1, "week": 7, "month": 31, "year": 366}
"""How far apart two dates of a precision may be and still name one event."""

SAME_PLACE_KM = 5.0
"""Geocoded points this close are one place (a town and its centre)."""
NEAR_PLACE_KM = 40.0
"""Points this close may be one place (a city and its suburb, a dateline and the
scene) - as strong as a shared province: it needs a detail to agree as well.
Measured: with 25 km as "same place", distinct same-day shootings in one metro
area (city and suburb) were merged."""
DIFFERENT_PLACE_KM = 100.0
"""Precise points this far apart are two places."""

NAME_MATCH = 88
"""rapidfuzz ratio at which two place names are one name (spelling variants)."""

TOLL_CONFLICT_FACTOR = 3
TOLL_CONFLICT_MARGIN = 5
"""Tolls conflict when the larger exceeds 3 x the smaller + 5: tolls rise as
reports come in (3 -> 12 is normal), but 3 against 60 are two events."""

PLACE_STRONG, PLACE_ADMIN1, PLACE_COUNTRY, PLACE_UNKNOWN = 3, 2, 1, 0
DATE_STRONG, DATE_WINDOW, DATE_UNKNOWN = 2, 1, 0


@dataclass(frozen=True)
class MatchScore:
    """How a new incident compares with one candidate, and why."""

    place: int
    date: int
    corroboration: int
    conflicts: tuple[str, ...] = ()
    reasons: tuple[str, ...] = field(default=())
    shared_names: int = 0
    date_gap: int | None = None

    @property
    def score(self) -> float:
        """A single number for ranking candidates that all pass the rule."""
        return self.place * 2 + self.date * 2 + self.corroboration - 100 * len(self.conflicts)


def _norm(name: str | None) -> str:
    return " ".join((name or "").casefold().replace("-", " ").split())


def _same_name(a: str | None, b: str | None) -> bool | None:
    """True/False when both names are known, None when either is missing."""
    if not a or not b:
        return None
    return fuzz.ratio(_norm(a), _norm(b)) >= NAME_MATCH


def _distance_km(a: Location, b: Location) -> float | None:
    """Great-circle distance, only between places geocoded to a town or district."""
    if None in (a.lat, a.lon, b.lat, b.lon):
        return None
    if a.precision not in PRECISE_PLACES or b.precision not in PRECISE_PLACES:
        return None
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2
    ) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _country(loc: Location) -> str | None:
    return (loc.country_code or "").upper() or _norm(loc.country) or None


def compare_places(a: Location, b: Location) -> tuple[int, list[str]]:
    """(strength, conflicts) of two locations: a conflict means two different places."""
    ca, cb = _country(a), _country(b)
    if ca and cb and ca != cb:
        return PLACE_UNKNOWN, ["country"]
    if _same_name(a.admin1, b.admin1) is False:
        return PLACE_UNKNOWN, ["admin1"]
    km = _distance_km(a, b)
    names = _same_name(a.name, b.name)
    if km is not None:
        if km <= SAME_PLACE_KM or (names and km <= NEAR_PLACE_KM):
            return PLACE_STRONG, []
        if km > DIFFERENT_PLACE_KM:
            return PLACE_UNKNOWN, ["distance"]
        if km <= NEAR_PLACE_KM:
            return PLACE_ADMIN1, []
    if names and km is None:
        return PLACE_STRONG, []
    if names is False and a.precision == "point" and b.precision == "point" and km is None:
        return PLACE_UNKNOWN, ["place_name"]
    if a.admin1 and _same_name(a.admin1, b.admin1):
        return PLACE_ADMIN1, []
    if ca and ca == cb:
        return PLACE_COUNTRY, []
    return PLACE_UNKNOWN, []


def compare_dates(a: Incident, b: Incident) -> tuple[int, list[str]]:
    """(strength, conflicts) of two event dates under their precisions."""
    return compare_days(a.event_date, a.date_precision, b.event_date, b.date_precision)


def compare_days(
    a: date | None, precision_a: str | None, b: date | None, precision_b: str | None
) -> tuple[int, list[str]]:
    """`compare_dates` on bare dates and precisions (None precision: a day)."""
    if a is None or b is None:
        return DATE_UNKNOWN, []
    gap = abs((a - b).days)
    pa, pb = precision_a or "day", precision_b or "day"
    tolerance = max(DATE_TOLERANCE_DAYS[pa], DATE_TOLERANCE_DAYS[pb])
    if pa == pb == "day":
        if gap <= 1:
            return DATE_STRONG, []
        return (DATE_WINDOW, []) if gap == 2 else (DATE_UNKNOWN, ["date"])
    if gap <= tolerance:
        return DATE_WINDOW, []
    return DATE_UNKNOWN, ["date"]


def _toll_rose(new: Incident, earlier: Incident, field: str) -> bool:
    """The later report's figure is the higher one: a toll rising (12 dead, then 56),
    which at the same precise place, the same day and with a shared detail is the
    update of one event, however steep, rather than a second event."""
    if field not in ("killed", "wounded"):
        return False
    later, before = getattr(new, field), getattr(earlier, field)
    return later is not None and before is not None and later > before


def tolls_conflict(a: int | None, b: int | None) -> bool:
    """True when two figures cannot be two reports of one toll (see TOLL_CONFLICT_*)."""
    if a is None or b is None:
        return False
    low, high = sorted((a, b))
    return high > TOLL_CONFLICT_FACTOR * low + TOLL_CONFLICT_MARGIN


DISTINCTIVE_TOLL = 2
"""Equal tolls corroborate only from 2 up: one dead or one wounded is the commonest
report of all (measured on local news: equal tolls of 1 joined as many different
same-province incidents as same ones)."""

GENERIC_PARTY_WORDS = frozenset(
    [
        "police", "forces", "military", "army", "soldiers", "troops", "security", "officers",
        "gunmen", "gunman", "attackers", "militants", "rebels", "insurgents", "unidentified",
        "unknown", "armed", "group", "civilians", "people", "residents", "children", "women",
        "men", "students", "protesters", "rioters", "villagers", "workers"
    ]
)
"""Words of actor/victim labels that fit most events: sharing them proves nothing."""

NAMES_FOR_ONE = 2
NAMES_FOR_TWO = 4
"""Proper names two reports must share to count as one (two) corroborating details
(measured: 54% of same-incident pairs share >= 2, 3.1% of look-alike pairs; >= 4: 22% vs 0.4%)."""


def _specific(labels: list[str]) -> list[str]:
    """Labels that name someone in particular (not "police", "civilians")."""
    return [x for x in labels if not set(_norm(x).split()) <= GENERIC_PARTY_WORDS]


def _names_overlap(a: list[str], b: list[str]) -> bool | None:
    """Whether two lists of specific actor/victim names share one; None when either is empty."""
    a, b = _specific(a), _specific(b)
    if not a or not b:
        return None
    return any(fuzz.token_set_ratio(_norm(x), _norm(y)) >= 90 for x in a for y in b)


def _is_personal_name(text: str) -> bool:
    """A victim written as a name ("Ana Diaz") rather than a group ("police officers")."""
    parts = text.split()
    return len(parts) >= 2 and all(p[:1].isupper() for p in parts[:2])


def corroborate(
    a: Incident, b: Incident, shared_names: int = 0
) -> tuple[int, list[str], list[str]]:
    """(count, reasons, conflicts) from tolls, actors, victims and names in the reports."""
    count, reasons, conflicts = 0, [], []
    for name in ("killed", "wounded"):
        x, y = getattr(a, name), getattr(b, name)
        if tolls_conflict(x, y):
            conflicts.append(name)
        elif x is not None and x == y and x >= DISTINCTIVE_TOLL:
            count, reasons = count + 1, [*reasons, f"same_{name}"]
    if _names_overlap(a.actors, b.actors):
        count, reasons = count + 1, [*reasons, "actor"]
    victims = _names_overlap(a.victims, b.victims)
    if victims:
        count, reasons = count + 1, [*reasons, "victim"]
    elif victims is False and any(map(_is_personal_name, a.victims)) and any(
        map(_is_personal_name, b.victims)
    ):
        conflicts.append("victim_names")
    if shared_names >= NAMES_FOR_ONE:
        count += 2 if shared_names >= NAMES_FOR_TWO else 1
        reasons.append(f"names:{shared_names}")
    return count, reasons, conflicts


PLACE_CONFLICTS = frozenset({"country", "admin1", "distance", "place_name"})
NAMES_OVERRIDE = 4
MISREAD_DATE_DAYS = 7
"""Extracted places and dates are sometimes wrong (a dateline taken for the scene,
a weekday resolved against the wrong week). When two reports share 4+ proper
names and agree on the other anchor, a place or a date conflict is more likely
a misreading than a second event. Measured on same-state local news pairs:
same day + 4 shared names + a place conflict: 83 same-incident pairs, 1 other;
same place + 4 shared names + dates <= 7 days apart: 24 same, 4 others."""


def _misread_but_same(match: MatchScore) -> bool:
    """One event despite a conflict that extraction errors explain (see NAMES_OVERRIDE)."""
    if match.shared_names < NAMES_OVERRIDE:
        return False
    conflicts = set(match.conflicts)
    if conflicts <= PLACE_CONFLICTS:
        return match.date == DATE_STRONG
    if conflicts == {"date"}:
        gap = match.date_gap if match.date_gap is not None else MISREAD_DATE_DAYS + 1
        return match.place == PLACE_STRONG and gap <= MISREAD_DATE_DAYS
    return False


MEDIUM_PLACE_SAME_DAY_DETAILS = 2
"""Details needed when only the province or metro area and the day (+-1) agree. One
detail joined different shootings in one city a day apart (one equal toll, two shared
names). Measured end to end with event days read from the lead: GVA precision / recall
0.899 / 0.761 -> 0.913 / 0.756 (false pairs 267 -> 226, true 2,375 -> 2,358);
gva-gold and ECB+ unchanged."""


class IncidentMatcher:
    """Scores a new incident against candidates and picks the one it reports, if any.

    The rule (`is_same`), strongest anchors first:
    - same precise place and same day: one event unless details conflict;
    - same precise place within a coarser date window: one event only with one
      corroborating detail;
    - same province or metro area (`PLACE_ADMIN1`) on the same or next day, and anything
      vaguer (no date, country only): only with two corroborating details. A big city
      has several shootings a day, and one shared detail (an equal toll, a common name)
      joined different ones (see MEDIUM_PLACE_SAME_DAY_DETAILS);
    - any conflict (place, date, type, toll, named victims) keeps them apart,
      except a place or date conflict that 4+ shared proper names show to be a
      misreading (`_misread_but_same`).
    """

    def score(self, new: Incident, candidate: Incident, shared_names: int = 0) -> MatchScore:
        """Compare on place, date, type and details; conflicts are listed, not hidden.

        `shared_names`: proper names the new report shares with the candidate's
        reports (see `wirewatch.core.proper_names`).
        """
        place, conflicts = compare_places(new.location, candidate.location)
        date, date_conflicts = compare_dates(new, candidate)
        count, reasons, detail_conflicts = corroborate(new, candidate, shared_names)
        if place == PLACE_STRONG and date == DATE_STRONG and count >= 1:
            detail_conflicts = [c for c in detail_conflicts if not _toll_rose(new, candidate, c)]
        conflicts = conflicts + date_conflicts + detail_conflicts
        if not types_compatible(new.event_type, candidate.event_type):
            conflicts.append("event_type")
        gap = None
        if new.event_date and candidate.event_date:
            gap = abs((new.event_date - candidate.event_date).days)
        return MatchScore(
            place, date, count, tuple(conflicts), tuple(reasons), shared_names, gap
        )

    @staticmethod
    def is_same(match: MatchScore) -> bool:
        """The merge rule (see the class docstring)."""
        if match.conflicts:
            return _misread_but_same(match)
        if match.place == PLACE_STRONG and match.date == DATE_STRONG:
            return True
        if (match.place, match.date) == (PLACE_STRONG, DATE_WINDOW):
            return match.corroboration >= 1
        if (match.place, match.date) == (PLACE_ADMIN1, DATE_STRONG):
            return match.corroboration >= MEDIUM_PLACE_SAME_DAY_DETAILS
        if match.place >= PLACE_COUNTRY or match.date >= DATE_WINDOW:
            return match.corroboration >= 2
        return False

    def best_match(
        self, new: Incident, candidates: list[Incident], shared_names: dict[str, int] | None = None
    ) -> Incident | None:
        """The candidate the new incident reports (highest score among those passing).

        `shared_names` maps candidate id -> names its reports share with the new one.
        """
        shared = shared_names or {}
        passing = [(self.score(new, c, shared.get(c.id, 0)), c) for c in candidates]
        passing = [(m, c) for m, c in passing if self.is_same(m)]
        if not passing:
            return None
        return max(passing, key=lambda pair: (pair[0].score, pair[1].id))[1]
