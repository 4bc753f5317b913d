"""Ingest alone: how fast it accepts one article per POST, and where its time goes.

    .venv/bin/python bench/ingest_probe.py [--rates 20 50]

Starts a fresh Tansu and only `wirewatch ingest --serve`, POSTs generated
articles one per request at each steady rate for 15 s while py-spy samples the
service, and prints the rate achieved, POST p50/p99, ingest CPU per POST and
the profile summary (share of the event loop spent waiting).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

from pipebench.articles import alerting_events
from pipebench.feeding import Feeder
from pipebench.infra import REPO, cpu_seconds, new_pipeline, start_servers
from pipebench.pipeline_run import NO_RATE_LIMIT
from pipebench.profiling import record, summarise


async def probe(rates: list[int]) -> list[dict]:
    servers = start_servers("ingestprobe")
    results = []
    try:
        pipeline = new_pipeline(servers, 2, dict(NO_RATE_LIMIT))
        await pipeline.create_topics()
        pipeline.start("ingest")
        await pipeline.wait_ready("ingest")
        feeder = Feeder(pipeline.url("ingest"), None)
        pid = pipeline.procs["ingest"].pid
        for rate in rates:
            rows = alerting_events(rate * 15, prefix=f"p{rate}")
            cpu0 = cpu_seconds(pid) or 0.0
            out_dir = REPO / "bench" / "results" / "profiles" / f"ingest_{rate}"
            sampling = asyncio.create_task(record({"ingest": pid}, 10, out_dir))
            achieved = await feeder.steady(rows, rate)
            paths = await sampling
            cpu = (cpu_seconds(pid) or 0.0) - cpu0
            results.append({"rate_asked": rate, "rate_sent": round(achieved, 1),
                            **feeder.take_post_summary(),
                            "cpu_ms_per_post": round(1000 * cpu / len(rows), 2),
                            "profile": summarise(paths["ingest"]) if paths else None})
            print(json.dumps(results[-1]), flush=True)
        pipeline.stop_all()
    finally:
        servers.stop()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rates", type=int, nargs="*", default=[20, 50])
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "ingest.json")
    args = parser.parse_args()
    results = asyncio.run(probe(args.rates))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=1))


if __name__ == "__main__":
    main()
