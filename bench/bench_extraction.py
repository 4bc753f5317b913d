"""Extraction throughput on one core: articles per second, warm, single process.

    .venv/bin/python bench/bench_extraction.py [--limit N] [--set gva_articles]

Reads ../shared/eval/<set>.jsonl when present (the brief's target: >= 50 GVA
articles/s on one core), else repeats a built-in synthetic story. Reports the
median of three passes in CPU time (what one core does, whatever else runs on a
shared machine) and wall-clock time, and the slowest single article.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.extraction.warm_up import warm_up_extractor
from wirewatch.core.models import Article
from wirewatch.evaluation.extraction import article_for, rows_of

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
TARGET_PER_CPU_SECOND = 50
"""The extraction issue's target: GVA articles per second on one core."""
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


def one_pass(batch: list[Article]) -> tuple[float, float, float]:
    """(articles per wall second, per CPU second, slowest article in CPU seconds)."""
    slowest = 0.0
    started, cpu_started = time.perf_counter(), time.process_time()
    for article in batch:
        t0 = time.process_time()
        extract_incidents(article)
        slowest = max(slowest, time.process_time() - t0)
    wall = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    return len(batch) / wall, len(batch) / cpu, slowest


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--set", default="gva_articles")
    args = parser.parse_args()
    batch = articles(args.set, args.limit)
    warm_up_extractor()
    passes = [one_pass(batch) for _ in range(3)]
    wall = statistics.median(p[0] for p in passes)
    cpu = statistics.median(p[1] for p in passes)
    slowest = max(p[2] for p in passes)
    print(f"{args.set}: {len(batch)} articles, {cpu:.0f} articles per CPU-second on one core "
          f"({wall:.0f}/s wall clock; median of 3), slowest article {slowest * 1000:.0f} ms CPU")
    print(f"ratio to the target of {TARGET_PER_CPU_SECOND}/s: {cpu / TARGET_PER_CPU_SECOND:.2f}; "
          f"this machine's pure-Python yardstick: {machine_yardstick_ms():.1f} ms")


def machine_yardstick_ms() -> float:
    """Best of five CPU timings of sum(range(10**6)): a figure to set throughput against when
    comparing runs on different machines (one session's machine ran it twice as slowly)."""
    timings = []
    for _ in range(5):
        started = time.process_time()
        sum(range(10**6))
        timings.append(time.process_time() - started)
    return min(timings) * 1000


if __name__ == "__main__":
    main()
