"""`wirewatch eval dedup DIR`: pairwise scores of deduplication on labelled sets.

Each set's documents go through the offline dedupe (cleaning, article index,
extraction, matching, real Redis) in publication order, in a namespace of
their own that is deleted afterwards. Then every labelled pair is judged:

  two documents are "the same incident" when one is a copy of the other (same
  duplicate root) or their MAIN incidents (first extracted) got the same
  canonical id.

  or they were filed under the same STORY (core/story.py: the articles'
  full-text tf-idf vectors, within the window of publication time).

Only the main incident counts: an article that recalls an older event in
passing is not a report of it. Stories cover what incidents cannot: articles
with no extracted incident (ECB+ celebrity and business news, extractor
misses) and follow-ups whose event was misread. Topic words weigh little in a
story match: they are common in the rolling vocabulary.

`gva-gold` feeds the gold place/date/toll/type of each GVA document in place
of the extractor: it measures the matcher and store alone, an upper bound for
what a better extractor would reach.
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import orjson
from rich.console import Console
from rich.table import Table

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.models import Article, Incident, Location
from wirewatch.dedup.article_index import ArticleIndex
from wirewatch.dedup.offline import Verdict, dedupe_article
from wirewatch.dedup.store import IncidentStore, connect_redis
from wirewatch.settings import get_settings

TARGETS = {
    "gva": {"precision": 0.90, "recall": 0.75},
    "ecbplus": {"cross_event_merged_max": 0.05, "recall": 0.60},
}
"""Targets from the dedup issue (#4)."""

SETS = {"gva": "gva_dedup", "ecbplus": "ecbplus"}
"""Set name -> file stem (`<stem>_docs.jsonl`, `<stem>_pairs.jsonl`)."""


@dataclass(frozen=True)
class DedupScores:
    """Pairwise outcome counts on one set."""

    name: str
    docs: int
    tp: int
    fp: int
    fn: int
    tn: int
    seconds: float = 0.0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def cross_event_merged(self) -> float:
        """Share of different-event pairs wrongly judged the same."""
        return self.fp / (self.fp + self.tn) if self.fp + self.tn else 0.0


def read_jsonl(path: Path) -> list[dict]:
    """Every row of a JSONL file."""
    with path.open("rb") as handle:
        return [orjson.loads(line) for line in handle if line.strip()]


def load_set(
    directory: Path, name: str, limit: int | None, every: int = 1
) -> tuple[list[dict], list[dict]]:
    """(docs in publication order, pairs), restricted to a deterministic sample of topics.

    `every` keeps every k-th topic in sorted order (a spread-out sample for a
    fast test run); `limit` then keeps the first `limit` of those.
    """
    stem = SETS[name.removesuffix("-gold")]
    docs = read_jsonl(directory / f"{stem}_docs.jsonl")
    pairs = read_jsonl(directory / f"{stem}_pairs.jsonl")
    if limit is not None or every > 1:
        topics = set(sorted({d["topic_id"] for d in docs})[::every][:limit])
        docs = [d for d in docs if d["topic_id"] in topics]
        pairs = [p for p in pairs if p["topic_id"] in topics]
    order = sorted(range(len(docs)), key=lambda i: (docs[i].get("doc_dct") or "9999", i))
    return [docs[i] for i in order], pairs


def article_of(doc: dict) -> Article:
    """A labelled document as the article ingest would produce."""
    dct = doc.get("doc_dct")
    return Article(
        id=doc["doc_id"], text=doc["text"], title=doc.get("title"),
        url=doc.get("url") or doc.get("doc_url"),
        published_at=datetime.fromisoformat(dct) if dct else None,
    )


def gold_incident(doc: dict) -> Incident:
    """A GVA document's gold attributes as the one incident it reports."""
    city, _, state = (doc.get("location") or "").rpartition(",")
    event_day = doc.get("event_date")
    return Incident(
        id=f"{doc['doc_id']}#0", article_id=doc["doc_id"], event_type=doc.get("event_type"),
        location=Location(
            name=city.strip() or None, admin1=state.strip() or None, country_code="US",
            precision="point" if city.strip() else "admin1",
        ),
        event_date=date.fromisoformat(event_day) if event_day else None,
        date_precision="day" if event_day else None,
        killed=doc.get("killed"), wounded=doc.get("wounded"),
    )


def judge(verdicts: dict[str, Verdict], pairs: Iterable[dict], name: str) -> DedupScores:
    """Pairwise counts: same = same duplicate root, same main incident id or same story."""
    def same(a: Verdict, b: Verdict) -> bool:
        if (a.duplicate_of or a.id) == (b.duplicate_of or b.id):
            return True
        if a.incident_ids and b.incident_ids and a.incident_ids[0] == b.incident_ids[0]:
            return True
        return a.story_id is not None and a.story_id == b.story_id

    counts = {"tp": 0, "fp": 0, "fn": 0, "tn": 0}
    for pair in pairs:
        a, b = verdicts.get(pair["doc_a"]), verdicts.get(pair["doc_b"])
        if a is None or b is None:
            continue
        predicted, gold = same(a, b), bool(pair["same_event"])
        key = ("tp" if gold else "fp") if predicted else ("fn" if gold else "tn")
        counts[key] += 1
    return DedupScores(name, len(verdicts), **counts)


async def dedupe_docs(
    docs: list[dict], extract: Callable[[Article], list[Incident]],
    redis_url: str | None = None,
) -> dict[str, Verdict]:
    """Run documents through dedup in a throw-away Redis namespace."""
    settings = get_settings()
    namespace = f"wirewatch-eval-{uuid.uuid4().hex[:12]}"
    redis = connect_redis(redis_url)
    index = ArticleIndex.from_settings(redis, settings, namespace)
    store = IncidentStore.from_settings(redis, settings, namespace)
    try:
        verdicts = {}
        for doc in docs:
            verdict = await dedupe_article(article_of(doc), index, store, extract)
            verdicts[doc["doc_id"]] = verdict
        return verdicts
    finally:
        async for key in redis.scan_iter(match=f"{namespace}:*", count=1000):
            await redis.unlink(key)
        await redis.aclose()


def score_set(
    directory: Path, name: str, limit: int | None = None, redis_url: str | None = None,
    every: int = 1,
) -> DedupScores:
    """Scores of one set: `gva`, `gva-gold` or `ecbplus` (Redis from settings by default).

    The scores carry the wall time taken (extraction included).
    """
    started = time.perf_counter()
    docs, pairs = load_set(directory, name, limit, every)
    if name == "gva-gold":
        by_id = {d["doc_id"]: d for d in docs}
        def extract(article: Article) -> list[Incident]:
            return [gold_incident(by_id[article.id])]
    else:
        extract = extract_incidents
    scores = judge(asyncio.run(dedupe_docs(docs, extract, redis_url)), pairs, name)
    return replace(scores, seconds=round(time.perf_counter() - started, 1))


def _table(scores: list[DedupScores]) -> Table:
    table = Table(title="Deduplication, pairwise on labelled within-topic pairs")
    columns = ("set", "docs", "pairs", "precision", "recall", "F1", "cross-event merged", "seconds")
    for column in columns:
        table.add_column(column, justify="left" if column == "set" else "right")
    for s in scores:
        table.add_row(
            s.name, str(s.docs), str(s.tp + s.fp + s.fn + s.tn), f"{s.precision:.3f}",
            f"{s.recall:.3f}", f"{s.f1:.3f}", f"{s.cross_event_merged:.3f}", f"{s.seconds:.0f}",
        )
    return table


def targets_met(scores: DedupScores) -> bool:
    """Whether a set reaches the targets of issue #4 (sets without targets pass)."""
    target = TARGETS.get(scores.name, {})
    return (
        scores.precision >= target.get("precision", 0.0)
        and scores.recall >= target.get("recall", 0.0)
        and scores.cross_event_merged <= target.get("cross_event_merged_max", 1.0)
    )


def run_dedup_eval(directory: Path, limit: int | None) -> int:
    """Score every set present in `directory`, print one table; 1 if a target is missed."""
    names = [n for n in ("gva", "gva-gold", "ecbplus")
             if (directory / f"{SETS[n.removesuffix('-gold')]}_docs.jsonl").exists()]
    if not names:
        Console(stderr=True).print(f"no dedup sets in {directory}")
        return 2
    scores = [score_set(directory, name, limit) for name in names]
    console = Console()
    console.print(_table(scores))
    missed = [s.name for s in scores if not targets_met(s)]
    for name in missed:
        console.print(f"target missed: {name} {TARGETS[name]}")
    return 1 if missed else 0
