"""Generated wire reports for stream tests: many events, several reports each, known answers.

Events in the same city are five weeks apart (beyond the dedup window) and
every text names its own market, so the right number of incidents and alerts
is known in advance. Reports of one event use
different wording (and sometimes a different early toll) so dedup must match
them by place and date, not by text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

CITIES = [
    ("Kano", "Nigeria"), ("Maiduguri", "Nigeria"), ("Mogadishu", "Somalia"),
    ("Kismayo", "Somalia"), ("Kabul", "Afghanistan"), ("Jalalabad", "Afghanistan"),
    ("Quetta", "Pakistan"), ("Peshawar", "Pakistan"), ("Mosul", "Iraq"), ("Kirkuk", "Iraq"),
    ("Bamako", "Mali"), ("Gao", "Mali"), ("Ouagadougou", "Burkina Faso"),
    ("Niamey", "Niger"), ("Goma", "Democratic Republic of the Congo"), ("Juba", "South Sudan"),
    ("Aden", "Yemen"), ("Sanaa", "Yemen"), ("Aleppo", "Syria"), ("Homs", "Syria"),
]

WORDINGS = [
    "Gunmen attacked the {market} market in {city}, {country}, on {weekday}, killing {killed} "
    "people and wounding {wounded}, police said.",
    "At least {killed} people were killed and {wounded} injured when armed men opened fire "
    "on the crowded {market} market in {city}, {country}, on {weekday}, officials said.",
    "Officials in {city}, {country}, said {killed} people died and {wounded} were hurt when "
    "attackers raided the {market} market on {weekday}.",
]
MARKETS = ["Grain", "Cattle", "Fish", "Night", "Poultry", "Vegetable", "Textile", "Spice",
           "Fruit", "Livestock", "Charcoal", "Cloth", "Salt", "Timber", "Shoe"]
"""Trade names, not place names: these tests are about delivery, not geocoding."""
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@dataclass(frozen=True)
class SyntheticEvent:
    """One generated real-world event and the reports written about it."""

    key: str
    killed: int
    reports: list[dict]


def generate_events(count: int, reports_each: int, start: datetime | None = None,
                    min_killed: int = 3, max_killed: int = 30) -> list[SyntheticEvent]:
    """`count` events, each with `reports_each` differently worded reports."""
    start = start or datetime(2026, 3, 2, 6, 0, tzinfo=UTC)
    events = []
    span = max_killed - min_killed + 1
    for n in range(count):
        city, country = CITIES[n % len(CITIES)]
        day = start + timedelta(days=35 * (n // len(CITIES)) + (n % 7))
        killed = min_killed + (n * 7) % span
        reports = []
        for r in range(reports_each):
            published = day + timedelta(hours=6 + r)
            text = WORDINGS[r % len(WORDINGS)].format(
                city=city, country=country, weekday=WEEKDAYS[day.weekday()],
                market=MARKETS[n % len(MARKETS)],
                killed=killed, wounded=2 + n % 5,
            )
            reports.append({
                "id": f"syn-{n}-{r}", "text": text,
                "published_at": published.isoformat().replace("+00:00", "Z"),
                "source": f"agency-{r}",
            })
        events.append(SyntheticEvent(f"syn-{n}", killed, reports))
    return events


def interleave(events: list[SyntheticEvent]) -> list[dict]:
    """All reports in publication order."""
    reports = [r for e in events for r in e.reports]
    return sorted(reports, key=lambda r: r["published_at"])
