"""Extraction throughput on one core: articles per second, warm, single process.

    .venv/bin/python bench/bench_extraction.py [--limit N] [--set gva_articles]

Reads ../shared/eval/<set>.jsonl when present (the brief's target: >= 50 GVA
articles/s), else repeats a built-in synthetic story. Reports the median of
three passes and the slowest single article.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.models import Article
from wirewatch.evaluation.extraction import WARM_UP_TEXT, article_for, rows_of

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
SYNTHETIC = (
    "Two men were shot and one of them died outside a store on Main Street late Friday, "
    "police said. The second victim, a 24-year-old, was taken to a hospital in stable "
    "condition. Officers arrested a suspect on Saturday. " * 6
)


def articles(set_name: str, limit: int) -> list[Article]:
    path = EVAL / f"{set_name}.jsonl"
    if path.exists():
        return [article_for(set_name, row) for row in rows_of(path, limit)]
    return [Article(id=f"synthetic-{n}", text=SYNTHETIC) for n in range(limit)]


def one_pass(batch: list[Article]) -> tuple[float, float]:
    """(articles per second, slowest article in seconds) for one pass over `batch`."""
    slowest = 0.0
    started = time.perf_counter()
    for article in batch:
        t0 = time.perf_counter()
        extract_incidents(article)
        slowest = max(slowest, time.perf_counter() - t0)
    return len(batch) / (time.perf_counter() - started), slowest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--set", default="gva_articles")
    args = parser.parse_args()
    batch = articles(args.set, args.limit)
    extract_incidents(Article(id="warm-up", text=WARM_UP_TEXT))
    passes = [one_pass(batch) for _ in range(3)]
    rate = statistics.median(p[0] for p in passes)
    slowest = max(p[1] for p in passes)
    print(f"{args.set}: {len(batch)} articles, {rate:.0f} articles/s (median of 3), "
          f"slowest article {slowest * 1000:.0f} ms")


if __name__ == "__main__":
    main()
