"""Before/after runs of the Faust and client knobs, one fresh set of services per variant.

    .venv/bin/python bench/tuning_ab.py [--alerting 1500] [--gva 600]

Each variant starts extract, dedup, alert (one process each) and ingest through
bench/pipebench/tuned_worker.py with its BENCH_* overrides, warms up, then
measures an alerting burst (short generated reports: the per-message overhead)
and a GVA burst (real articles: extraction-heavy), and the latency of a steady
rate. Results: bench/results/tuning.json. Variants run in turn on one broker
and Redis, so they see the same machine.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
from pathlib import Path

from pipebench.articles import alerting_events, gva_articles
from pipebench.infra import start_servers
from pipebench.pipeline_run import burst, close_config, latency_run, open_config, scenario_start

RESULTS = Path(__file__).resolve().parent / "results"

VARIANTS: dict[str, dict[str, str]] = {
    "as committed": {},
    "linger 5 ms (before d00706d)": {"BENCH_PRODUCER_LINGER": "0.005"},
    "producer linger 0": {"BENCH_PRODUCER_LINGER": "0"},
    "uvloop": {"BENCH_UVLOOP": "1"},
    "linger 0 + uvloop": {"BENCH_PRODUCER_LINGER": "0", "BENCH_UVLOOP": "1"},
    "linger 0 + uvloop + commit 2.8 s": {"BENCH_PRODUCER_LINGER": "0", "BENCH_UVLOOP": "1",
                                         "BENCH_COMMIT_INTERVAL": "2.8"},
}
"""Knob sets by name; `--variants a b a b` interleaves repeats so drift hits both alike."""


async def run_variant(servers, label: str, env: dict[str, str], index: int, sizes: dict) -> dict:
    env = {"BENCH_VARIANT": label, **env}
    services, feeder, watch = await open_config(servers, 1, env)
    out: dict = {"variant": label, "env": env}
    try:
        rows = alerting_events(sizes["alerting"], start=scenario_start(10 + 3 * index),
                               prefix=f"ab{index}")
        out["alerting_burst"] = await burst(services, feeder, rows)
        print(f"[{label}] alerting {out['alerting_burst']}", flush=True)
        gva = gva_articles()
        part = gva[index * sizes["gva"]:(index + 1) * sizes["gva"]]
        out["gva_burst"] = await burst(services, feeder, part)
        print(f"[{label}] gva {out['gva_burst']}", flush=True)
        rows = alerting_events(sizes["steady"] * 20, start=scenario_start(11 + 3 * index),
                               prefix=f"as{index}")
        out["steady"] = await latency_run(services, feeder, watch, rows, sizes["steady"])
        print(f"[{label}] steady {out['steady']}", flush=True)
    finally:
        await close_config(services, feeder, watch)
    return out


async def run(sizes: dict, names: list[str]) -> list[dict]:
    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)  # clean stop
    servers = start_servers("tuning")
    try:
        return [await run_variant(servers, name, VARIANTS[name], i, sizes)
                for i, name in enumerate(names)]
    finally:
        servers.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--alerting", type=int, default=1500)
    parser.add_argument("--gva", type=int, default=600)
    parser.add_argument("--steady", type=int, default=20, help="steady rate, articles/s")
    parser.add_argument("--variants", nargs="*",
                        default=["as committed", "producer linger 0", "linger 0 + uvloop",
                                 "linger 0 + uvloop + commit 2.8 s"])
    parser.add_argument("--out", type=Path, default=RESULTS / "tuning.json")
    args = parser.parse_args(argv)
    sizes = {"alerting": args.alerting, "gva": args.gva, "steady": args.steady}
    results = asyncio.run(run(sizes, args.variants))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2))
    for r in results:
        a, g, s = r["alerting_burst"], r["gva_burst"], r["steady"]
        print(f"{r['variant']:<36} alerting {a['per_s']:>6}/s  gva {g['per_s']:>6}/s  "
              f"stage ms {a['stage_ms_per_message']}  steady p50 {s['p50_ms']} p99 {s['p99_ms']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
