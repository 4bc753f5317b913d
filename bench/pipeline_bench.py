"""Pipeline benchmark: ceiling, extraction alone, the services as processes, memory.

    .venv/bin/python bench/pipeline_bench.py [--quick | --full]

One run on this machine measures, in order: extraction alone in this process
(GVA evaluation articles, one core) with a per-module profile; the ceiling (raw
aiokafka produce -> consume of the same articles through a fresh Tansu); the
four services as separate processes with one worker each and with two extract
replicas (sustained articles/s, end-to-end latency ingest -> alert at 50/s and
near the highest rate); and memory (RSS per process, Redis by key family)
after 10,000 articles (and 100,000 with --full). It prints a table and writes
bench/results/pipeline.json. Not part of CI: it takes minutes and wants the
machine to itself.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
from pathlib import Path

from pipebench.articles import gva_articles
from pipebench.ceiling import measure_ceiling
from pipebench.extraction_alone import measure_extraction, profile_extraction
from pipebench.infra import start_servers
from pipebench.pipeline_run import memory_run, run_config
from pipebench.report import machine, ratios, render

RESULTS = Path(__file__).resolve().parent / "results"

SIZES = {
    "quick": {"gva": 600, "profile": 600, "alert_burst": 1000, "steady_s": 20,
              "memory": [2000]},
    "default": {"gva": 1200, "profile": 600, "alert_burst": 1500, "steady_s": 30,
                "memory": [10_000]},
    "full": {"gva": 2400, "profile": 1250, "alert_burst": 3000, "steady_s": 60,
             "memory": [10_000, 100_000]},
}

CONFIGS = [
    ("1 worker each", 1, {}),
    ("2 extract replicas", 2, {}),
]


async def run(sizes: dict, configs: list) -> dict:
    """Every measurement, in one process, on fresh servers."""
    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)  # clean stop
    result: dict = {"machine": machine(), "sizes": sizes}
    rows = gva_articles()
    print(f"extraction alone on {len(rows)} articles ...", flush=True)
    result["extraction_alone"] = measure_extraction(rows)
    result["extraction_profile"] = profile_extraction(rows)
    servers = start_servers("bench")
    try:
        print("ceiling ...", flush=True)
        result["ceiling"] = await measure_ceiling(servers.bootstrap, rows)
        result["pipeline"] = []
        for n, (label, replicas, env) in enumerate(configs):
            result["pipeline"].append(
                await run_config(servers, label, replicas, env, sizes, profile=n == 0))
    finally:
        servers.stop()
    result["ratios"] = ratios(result)
    if not sizes["memory"]:
        return result
    servers = start_servers("memory")
    try:
        result["memory"] = await memory_run(servers, sizes["memory"], {})
    finally:
        servers.stop()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--quick", action="store_true", help="a short run (about 5 minutes)")
    size.add_argument("--full", action="store_true", help="also measure memory at 100k")
    parser.add_argument("--no-memory", action="store_true",
                        help="skip the memory run (bench/soak.py samples memory over time)")
    parser.add_argument("--out", type=Path, default=RESULTS / "pipeline.json")
    args = parser.parse_args(argv)
    sizes = dict(SIZES["quick" if args.quick else "full" if args.full else "default"])
    if args.no_memory:
        sizes["memory"] = []
    result = asyncio.run(run(sizes, CONFIGS))
    print()
    print(render(result))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2, default=str))
    print(f"\nwritten to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
