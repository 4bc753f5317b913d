"""Accuracy and speed of the place, date, event-type and actor readers on ../shared/eval.

Applies each reader to the whole text of each item (no incident segmentation), so these are
the readers' own figures; the full extractor is measured by `wirewatch eval`.

    .venv/bin/python bench/measure_places_dates.py [--eval-dir ../shared/eval] [--limit N]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter
from datetime import date, datetime
from pathlib import Path

from rapidfuzz import fuzz

from wirewatch.core.extraction.actors import find_actors, find_victims
from wirewatch.core.extraction.dates import resolve_event_date
from wirewatch.core.extraction.event_types import classify_event
from wirewatch.core.extraction.gazetteer import canonical_admin1, gazetteer, name_key
from wirewatch.core.extraction.places import locate

GTD_PREFIX_RE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}:\s*")
DEFAULT_EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"


def country_code(name: str | None) -> str | None:
    """Gold country name -> ISO alpha-2 via the gazetteer's country names."""
    if not name:
        return None
    name = name.strip("() ").split(":")[0].split("/")[0].strip("() ")  # MUC: "(PERU: LIMA (CITY))"
    for place in gazetteer().index.get(name_key(name), []):
        if place.kind == "country":
            return place.cc
    import pycountry

    try:
        return pycountry.countries.search_fuzzy(name)[0].alpha_2
    except LookupError:
        return None


def same_admin1(gold: str | None, found: str | None) -> bool:
    """Admin1 names agree after folding and affix stripping (spellings differ across sources)."""
    if not gold or not found:
        return False
    a, b = name_key(canonical_admin1(gold)), name_key(canonical_admin1(found))
    return a == b or fuzz.ratio(a, b) >= 80 or (min(len(a), len(b)) >= 4 and (a in b or b in a))


def load(path: Path, limit: int | None) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle]
    return rows[:limit] if limit else rows


def measure_set(name: str, rows: list[dict], text_of, published_of, show: int) -> dict:
    """Country/admin1/date hit rates for one set; prints up to `show` misses per field."""
    hits: Counter = Counter()
    totals: Counter = Counter()
    misses: dict[str, list[str]] = {"country": [], "admin1": [], "date": []}
    for row in rows:
        text = text_of(row)
        loc = locate(text)
        gold_cc = country_code(row.get("country"))
        if gold_cc:
            totals["country"] += 1
            ok = loc.country_code == gold_cc
            hits["country"] += ok
            if not ok:
                misses["country"].append(
                    f"{row['id']}: gold {gold_cc} got {loc.country_code} ({loc.name})"
                )
        gold_admin1 = row.get("admin1") or row.get("state")
        if gold_admin1:
            totals["admin1"] += 1
            ok = same_admin1(gold_admin1, loc.admin1)
            hits["admin1"] += ok
            if not ok:
                misses["admin1"].append(
                    f"{row['id']}: gold {gold_admin1} got {loc.admin1} ({loc.name})"
                )
        gold_date = row.get("date")
        if gold_date and published_of is not None:
            totals["date"] += 1
            found, _ = resolve_event_date(text, published_of(row))
            ok = found == date.fromisoformat(gold_date)
            hits["date"] += ok
            if found is not None:  # ACLED has no publication date: some notes give no date at all
                totals["date_when_given"] += 1
                hits["date_when_given"] += ok
            if not ok:
                misses["date"].append(f"{row['id']}: gold {gold_date} got {found}")
    result = {field: round(100.0 * hits[field] / totals[field], 1) for field in totals}
    print(f"{name:14s} n={len(rows):5d} " + "  ".join(f"{k}={v}%" for k, v in result.items()))
    for field, items in misses.items():
        for line in items[:show]:
            print(f"    miss {field}: {line}")
    return result


# ACLED's pre-2019 event types folded into the current ones (ACLED codebook 2019 changes).
ACLED_OLD_TYPES = {"Remote violence": "Explosions/Remote violence"}


def measure_event_types(rows: list[dict]) -> None:
    """event_type / sub_event_type agreement with ACLED coders (strategic developments left out)."""
    hits = total = sub_hits = sub_total = 0
    for row in rows:
        gold = row.get("event_type") or ""
        gold = "Battles" if gold.startswith("Battle") else ACLED_OLD_TYPES.get(gold, gold)
        if not gold or gold.startswith("Strategic"):
            continue
        found, sub = classify_event(row["text"])
        total += 1
        hits += found == gold or (gold == "Riots/Protests" and found in ("Riots", "Protests"))
        if row.get("sub_event_type"):
            sub_total += 1
            sub_hits += sub == row["sub_event_type"]
    print(
        f"acled event_type={100 * hits / total:.1f}% (n={total})  "
        f"sub_event_type={100 * sub_hits / sub_total:.1f}% (n={sub_total})"
    )


def measure_speed(rows: list[dict]) -> float:
    """Articles per second for all four readers over long articles (one core)."""
    started = time.process_time()  # CPU time: other processes on the machine do not count
    for row in rows:
        text = row["text"]
        locate(text)
        resolve_event_date(text, datetime.fromisoformat(row["doc_dct"]))
        classify_event(text)
        find_actors(text)
        find_victims(text)
    return len(rows) / (time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--eval-dir", type=Path, default=DEFAULT_EVAL)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=0, help="misses to print per field")
    args = parser.parse_args()
    d = args.eval_dir
    started = time.perf_counter()
    gazetteer()
    print(f"gazetteer build {time.perf_counter() - started:.1f}s")
    acled = load(d / "acled_notes.jsonl", args.limit)
    measure_event_types(acled)
    measure_set(
        "acled_notes",
        acled,
        lambda r: r["text"],
        lambda r: None,
        args.show,
    )
    measure_set(
        "gtd_summaries",
        load(d / "gtd_summaries.jsonl", args.limit),
        lambda r: GTD_PREFIX_RE.sub("", r["text"]),
        None,
        args.show,
    )
    measure_set(
        "muc4_single",
        load(d / "muc4_single.jsonl", args.limit),
        lambda r: r["text"],
        None,
        args.show,
    )
    gva = load(d / "gva_articles.jsonl", args.limit)
    measure_set(
        "gva_articles",
        gva,
        lambda r: r["text"],
        lambda r: datetime.fromisoformat(r["doc_dct"]) if r.get("doc_dct") else None,
        args.show,
    )
    long_articles = sorted(gva, key=lambda r: -len(r["text"]))[:300]
    mean_chars = sum(len(r["text"]) for r in long_articles) / len(long_articles)
    rate = measure_speed(long_articles)
    print(f"speed: {rate:.0f} articles/s CPU time (longest 300 gva, mean {mean_chars:.0f} chars)")


if __name__ == "__main__":
    main()
