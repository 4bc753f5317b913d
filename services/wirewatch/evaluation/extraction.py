"""`wirewatch eval extraction DIR`: score the extractor on the labelled sets, one table.

Scoring conventions (from the data cards in DIR/cards):
- counts are exact-match on the main (first) incident; a missing figure counts as
  0 on both sides, because GVA and GTD record "none reported" as 0 and a report
  that names no wounded is read as none; a gold null (MUC-4 vague keys, ACLED
  wounded, which ACLED never codes) is not scored;
- countries are compared as ISO codes via pycountry (names, codes, upper case);
- admin1 and place names are compared without accents, case and words like
  "province" or "governorate";
- alert decision: killed >= 10, precision/recall over GTD, Wikipedia and ACLED;
- GTD summaries lose their leading "MM/DD/YYYY:" before extraction (the card says
  it makes dates trivial), and GVA articles get their crawl date as publication
  date and their web address as URL, as ingest would give them; speed is
  articles per CPU-second of this one process (one core), so that other work
  on a shared machine does not distort it.
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import orjson

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.extraction.warm_up import warm_up_extractor
from wirewatch.core.models import Article, Incident
from wirewatch.evaluation.normalise import admin1_matches, country_code

SETS = ("gva_articles", "muc4_single", "gtd_summaries", "acled_notes", "wikipedia_incidents")
ALERT_SETS = frozenset({"gtd_summaries", "wikipedia_incidents", "acled_notes"})
ALERT_THRESHOLD = 10
METRICS = ("killed", "wounded", "country", "admin1", "date")
_GTD_PREFIX_RE = re.compile(r"^\s*\d{1,2}/\d{1,2}/\d{4}\s*:\s*")
CONFIDENCE_BANDS = (0.0, 0.5, 0.7, 0.8, 0.9, 1.01)


@dataclass
class SetScore:
    """Hits and trials per metric for one labelled set, plus timing."""

    name: str
    rows: int = 0
    hits: dict[str, int] = field(default_factory=dict)
    trials: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def add(self, metric: str, ok: bool | None) -> None:
        if ok is None:
            return
        self.trials[metric] = self.trials.get(metric, 0) + 1
        self.hits[metric] = self.hits.get(metric, 0) + int(ok)

    def rate(self, metric: str) -> float | None:
        trials = self.trials.get(metric, 0)
        return self.hits.get(metric, 0) / trials if trials else None


@dataclass
class AlertScore:
    """Confusion counts of the killed >= threshold decision."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, gold: int | None, predicted: int | None) -> None:
        if gold is None:
            return
        want, got = gold >= ALERT_THRESHOLD, (predicted or 0) >= ALERT_THRESHOLD
        self.tp += want and got
        self.fp += got and not want
        self.fn += want and not got


def rows_of(path: Path, limit: int | None) -> Iterator[dict]:
    """The JSON rows of a JSONL file, at most `limit`."""
    with path.open("rb") as handle:
        for count, line in enumerate(handle):
            if limit is not None and count >= limit:
                return
            if line.strip():
                yield orjson.loads(line)


def article_for(set_name: str, row: dict) -> Article:
    """The Article the extractor sees for one labelled row."""
    text = row["text"]
    if set_name == "gtd_summaries":
        text = _GTD_PREFIX_RE.sub("", text)
    published = None
    if set_name == "gva_articles" and row.get("doc_dct"):
        published = datetime.fromisoformat(row["doc_dct"]).replace(tzinfo=UTC)
    url = row.get("doc_url") or row.get("url")
    return Article(id=row["id"], text=text or " ", published_at=published, url=url)


def score_row(score: SetScore, set_name: str, row: dict, main: Incident | None) -> None:
    """Add one row's outcomes to `score`."""
    for metric in ("killed", "wounded"):
        gold = row.get(metric)
        if gold is not None:
            predicted = getattr(main, metric) if main else None
            score.add(metric, (predicted or 0) == gold)
    location = main.location if main else None
    if row.get("country"):
        gold_cc = country_code(row["country"])
        got = country_code(location.country_code or location.country) if location else None
        score.add("country", gold_cc is not None and got == gold_cc)
    gold_admin1 = row.get("state") or (row.get("admin1") if set_name == "acled_notes" else None)
    if gold_admin1:
        got_admin1 = location.admin1 if location else None
        cc = location.country_code if location else None
        score.add(
            "admin1", got_admin1 is not None and admin1_matches(got_admin1, gold_admin1, cc)
        )
    if row.get("date") and set_name in ("gva_articles", "acled_notes"):
        gold_day = date.fromisoformat(row["date"])
        score.add("date", bool(main and main.event_date == gold_day))


def evaluate_set(
    directory: Path,
    set_name: str,
    limit: int | None,
    alerts: AlertScore,
    calibration: list[tuple[float, bool]],
) -> SetScore | None:
    """Run the extractor over one set and score it; None when the file is absent."""
    path = directory / f"{set_name}.jsonl"
    if not path.exists():
        return None
    score = SetScore(set_name)
    for row in rows_of(path, limit):
        article = article_for(set_name, row)
        started = time.process_time()
        incidents = extract_incidents(article)
        score.seconds += time.process_time() - started
        score.rows += 1
        main = incidents[0] if incidents else None
        score_row(score, set_name, row, main)
        if set_name in ALERT_SETS:
            alerts.add(row.get("killed"), main.killed if main else None)
        if row.get("killed") is not None and main is not None:
            calibration.append((main.confidence, (main.killed or 0) == row["killed"]))
    return score


def format_table(scores: list[SetScore], alerts: AlertScore) -> str:
    """One plain-text table: a row per set, then alert precision/recall and speed."""
    header = f"{'set':<22}{'rows':>6}" + "".join(f"{m:>9}" for m in METRICS) + f"{'art/s':>9}"
    lines = [header, "-" * len(header)]
    for score in scores:
        cells = []
        for metric in METRICS:
            rate = score.rate(metric)
            cells.append(f"{'-':>9}" if rate is None else f"{rate * 100:>8.1f}%")
        speed = score.rows / score.seconds if score.seconds else 0.0
        lines.append(f"{score.name:<22}{score.rows:>6}" + "".join(cells) + f"{speed:>9.0f}")
    precision = alerts.tp / (alerts.tp + alerts.fp) if alerts.tp + alerts.fp else 0.0
    recall = alerts.tp / (alerts.tp + alerts.fn) if alerts.tp + alerts.fn else 0.0
    lines.append("-" * len(header))
    lines.append(
        f"alert killed>={ALERT_THRESHOLD} (gtd+wikipedia+acled): precision {precision:.3f} "
        f"recall {recall:.3f}  (tp {alerts.tp}, fp {alerts.fp}, fn {alerts.fn})"
    )
    return "\n".join(lines)


def format_calibration(calibration: list[tuple[float, bool]]) -> str:
    """Killed exact-match accuracy per confidence band (is the confidence honest?)."""
    parts = []
    for low, high in zip(CONFIDENCE_BANDS, CONFIDENCE_BANDS[1:], strict=False):
        band = [ok for conf, ok in calibration if low <= conf < high]
        if band:
            mean = sum(c for c, _ in calibration if low <= c < high) / len(band)
            parts.append(
                f"[{low:.1f},{min(high, 1.0):.1f}) n={len(band)} conf={mean:.2f} "
                f"acc={sum(band) / len(band):.2f}"
            )
    return "calibration (killed exact): " + "; ".join(parts)


def run_extraction_eval(directory: Path, limit: int | None) -> int:
    """Score every set present in `directory`; print the table; 1 if none was found."""
    alerts = AlertScore()
    calibration: list[tuple[float, bool]] = []
    warm_up_extractor()
    scores = [
        s
        for name in SETS
        if (s := evaluate_set(directory, name, limit, alerts, calibration)) is not None
    ]
    if not scores:
        print(f"no labelled sets found in {directory}")
        return 1
    print(format_table(scores, alerts))
    print(format_calibration(calibration))
    return 0
