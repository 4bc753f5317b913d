"""Articles to feed: the GVA evaluation articles, and generated alerting events.

GVA articles are real local-news pages (the extractor's real workload); where
the shared evaluation data is absent, generated reports stand in. Generated
events each happen in a distinct city on a distinct day with at least 10
killed, so each one raises exactly one alert and the expected count is known.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

GVA = Path(__file__).resolve().parents[3] / "shared" / "eval" / "gva_articles.jsonl"

CITIES = [
    ("Kano", "Nigeria"), ("Maiduguri", "Nigeria"), ("Mogadishu", "Somalia"),
    ("Kismayo", "Somalia"), ("Kabul", "Afghanistan"), ("Jalalabad", "Afghanistan"),
    ("Quetta", "Pakistan"), ("Peshawar", "Pakistan"), ("Mosul", "Iraq"), ("Kirkuk", "Iraq"),
    ("Bamako", "Mali"), ("Gao", "Mali"), ("Ouagadougou", "Burkina Faso"), ("Niamey", "Niger"),
    ("Goma", "Democratic Republic of the Congo"), ("Juba", "South Sudan"), ("Aden", "Yemen"),
    ("Sanaa", "Yemen"), ("Aleppo", "Syria"), ("Homs", "Syria"), ("Lagos", "Nigeria"),
    ("Kaduna", "Nigeria"), ("Baghdad", "Iraq"), ("Basra", "Iraq"), ("Kandahar", "Afghanistan"),
    ("Herat", "Afghanistan"), ("Karachi", "Pakistan"), ("Lahore", "Pakistan"),
    ("Damascus", "Syria"), ("Idlib", "Syria"), ("Khartoum", "Sudan"), ("Tripoli", "Libya"),
    ("Benghazi", "Libya"), ("Bangui", "Central African Republic"), ("Mopti", "Mali"),
    ("Timbuktu", "Mali"), ("Bunia", "Democratic Republic of the Congo"),
    ("Beni", "Democratic Republic of the Congo"), ("Taiz", "Yemen"), ("Dhaka", "Bangladesh"),
    ("Manila", "Philippines"), ("Kharkiv", "Ukraine"),
    ("Odesa", "Ukraine"), ("Gaza", "Palestine"), ("Beirut", "Lebanon"), ("Nairobi", "Kenya"),
    ("Garissa", "Kenya"), ("Mombasa", "Kenya"),
]
"""Cities the offline gazetteer resolves to a point (checked by hand before use)."""

VENUES = ["market", "bus station", "checkpoint", "mosque", "wedding party", "football pitch"]
SPEAKERS = ["police", "officials", "a local official", "hospital staff", "witnesses"]
WORDINGS = [
    "Gunmen attacked a {venue} in {city}, {country}, on {weekday}, killing {killed} people "
    "and wounding {wounded}, {speaker} said.",
    "At least {killed} people were killed and {wounded} injured when armed men opened fire "
    "at a {venue} in {city}, {country}, on {weekday}, {speaker} said.",
    "A bomb exploded at a {venue} in {city}, {country}, on {weekday}, killing {killed} "
    "people and injuring {wounded} others, according to {speaker}.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_BETWEEN_VISITS = 3
"""A city sees a new event every 3 days: reports of one event may differ by a day,
two events in one city may not look like one."""


def gva_articles(limit: int | None = None) -> list[dict]:
    """GVA evaluation articles as ingest bodies (generated ones if the data is absent)."""
    if not GVA.exists():
        return alerting_events(limit or 2000)
    rows = []
    with GVA.open() as handle:
        for line in handle:
            d = json.loads(line)
            dct = d.get("doc_dct")
            rows.append({"id": d["id"], "text": d["text"], "title": d.get("title"),
                         "published_at": f"{dct}T12:00:00Z" if dct else None,
                         "source": "gva"})
            if limit and len(rows) >= limit:
                break
    return rows


def alerting_events(count: int, reports_each: int = 1, start: datetime | None = None,
                    prefix: str = "ev") -> list[dict]:
    """Reports of `count` distinct events (10-40 killed each), in publication order."""
    start = start or datetime(2027, 1, 4, tzinfo=UTC)
    reports = []
    for n in range(count):
        city, country = CITIES[n % len(CITIES)]
        day = start + timedelta(days=DAYS_BETWEEN_VISITS * (n // len(CITIES)))
        killed = 10 + (n * 7) % 31
        for r in range(reports_each):
            published = day + timedelta(hours=8 + 2 * r, minutes=n % 60)
            text = WORDINGS[(n + r) % len(WORDINGS)].format(
                venue=VENUES[(n // 7) % len(VENUES)], city=city, country=country,
                weekday=WEEKDAYS[day.weekday()], killed=killed, wounded=2 + (n // 3) % 17,
                speaker=SPEAKERS[(n + r) % len(SPEAKERS)],
            )
            reports.append({
                "id": f"{prefix}-{n}-{r}", "text": text, "source": f"agency-{r}",
                "published_at": published.isoformat().replace("+00:00", "Z"),
            })
    return sorted(reports, key=lambda a: a["published_at"])
