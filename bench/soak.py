"""Soak: 100,000 articles through the whole pipeline at a steady rate, watched over time.

    nohup .venv/bin/python bench/soak.py [--articles 100000] [--rate 50] > soak.log &
    kill -TERM <its pid>   # stops feeding, stops every process it started

Generated alerting events (two differently worded reports each, every event in
its own city-day, dates advancing through the years) are fed at a steady rate
to the four services (one process each). Every 10 s it samples the resident
memory of every process (services, broker, Redis), Redis used_memory and key
count, consumer lag and stage counters. At the end it accounts for every
article: each must appear on `incidents.raw`, and `alerts` must hold exactly one
alert per event (no loss, duplicates counted). Results: bench/results/soak.json.
Not part of CI: it takes about articles/rate seconds (33 min at the defaults).

Redis keys expire after WIREWATCH_DEDUP_WINDOW_DAYS by wall clock. The window
may be fractional, so the default soak runs with a 10-minute window (0.007 days):
a soak of half an hour passes it three times and shows the plateau beyond it,
where memory must stop growing with the article count (alert-ledger entries live
two windows).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
import time
from pathlib import Path

import orjson
from aiokafka import AIOKafkaConsumer, TopicPartition
from pipebench.articles import alerting_events
from pipebench.infra import (
    cpu_seconds,
    metric_sum,
    redis_memory,
    rss_bytes,
    stage_counts,
    start_servers,
)
from pipebench.pipeline_run import close_config, open_config
from pipebench.soak_summary import render, summarise

RESULTS = Path(__file__).resolve().parent / "results"
SAMPLE_EVERY_S = 10.0


async def sample(services, servers, sent: int, started: float) -> dict:
    """One reading of every process, Redis, lag and the stage counters."""
    pids = {**services.pids(), "broker": servers.broker.pid, "redis": servers.redis.pid}
    counts = await stage_counts(services.pipeline, services.handles)
    lag = await lag_by_stage(services)
    mem = await redis_memory(servers.redis_url)
    return {"t_s": round(time.perf_counter() - started, 1), "sent": sent,
            "rss_mb": {h: round((rss_bytes(p) or 0) / 2**20, 1) for h, p in pids.items()},
            "cpu_s": {h: round(cpu_seconds(p) or 0, 1) for h, p in pids.items()},
            "redis_used_mb": round(mem["used_memory"] / 2**20, 2), "redis_keys": mem["keys"],
            "lag": lag, **{k: int(v) for k, v in counts.items()}}


async def lag_by_stage(services) -> dict[str, float]:
    """wirewatch_consumer_lag_messages summed per stage (the workers refresh it every 5 s)."""
    import httpx

    out: dict[str, float] = {}
    async with httpx.AsyncClient(timeout=30.0) as client:
        for handle in services.handles:
            if handle == "ingest":
                continue
            text = (await client.get(f"{services.pipeline.url(handle)}/metrics")).text
            stage = handle.split("#")[0]
            out[stage] = out.get(stage, 0) + metric_sum(text, "wirewatch_consumer_lag_messages")
    return out


async def feed(feeder, rows: list[dict], rate: float, progress: list[int],
               stop_at: float | None = None) -> float:
    """Send `rows` at `rate`/s in batches of one tick (10 per second granularity);
    stop early at `stop_at` (epoch seconds), so a soak always ends with its accounting."""
    import httpx

    tick = 0.1
    per_tick = max(1, round(rate * tick))
    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=60.0) as client:
        for n, i in enumerate(range(0, len(rows), per_tick)):
            if stop_at is not None and time.time() > stop_at:
                break
            delay = started + n * tick - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            await feeder.send(client, rows[i:i + per_tick])
            progress[0] = min(i + per_tick, len(rows))
    return progress[0] / (time.perf_counter() - started)


async def read_all(bootstrap: str, topic: str, partitions: int,
                   timeout: float = 600.0) -> list[bytes]:
    """Every record of a topic from the start up to the high watermark each fetch reports
    (Tansu's ListOffsets(latest) is wrong; the Fetch high watermark is right)."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, enable_auto_commit=False,
                                fetch_max_wait_ms=50, max_partition_fetch_bytes=8 * 2**20)
    await consumer.start()
    records: list[bytes] = []
    try:
        parts = [TopicPartition(topic, p) for p in range(partitions)]
        consumer.assign(parts)
        await consumer.seek_to_beginning(*parts)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            got = await consumer.getmany(timeout_ms=1000, max_records=10_000)
            for batch in got.values():
                records.extend(r.value for r in batch)
            marks = [consumer.highwater(tp) for tp in parts]
            if None in marks:
                continue
            positions = [await consumer.position(tp) for tp in parts]
            if all(pos >= mark for pos, mark in zip(positions, marks, strict=True)):
                break
    finally:
        await consumer.stop()
    return records


def _whole_events(rows: list[dict]) -> list[dict]:
    """The reports fed, less the events cut short by an early stop (counted apart)."""
    reports: dict[str, int] = {}
    for r in rows:
        event = r["id"].rsplit("-", 1)[0]
        reports[event] = reports.get(event, 0) + 1
    return [r for r in rows if reports[r["id"].rsplit("-", 1)[0]] == 2]


def account(rows: list[dict], raw: list[bytes], alerts: list[bytes]) -> dict:
    """Losses and duplicates: every article on incidents.raw, one alert per event."""
    sent = {r["id"] for r in rows}
    on_raw = [orjson.loads(r)["id"] for r in raw]
    events = {r["id"].rsplit("-", 1)[0] for r in rows}
    parsed = [orjson.loads(a) for a in alerts]
    alert_ids = [a["id"] for a in parsed
                 if a["sources"] and a["sources"][0]["article_id"].rsplit("-", 1)[0] in events]
    incidents = {a.split(":")[0] for a in alert_ids}
    return {"articles_sent": len(sent), "articles_on_incidents_raw": len(set(on_raw) & sent),
            "articles_lost": len(sent - set(on_raw)),
            "incidents_raw_redeliveries": len(on_raw) - len(set(on_raw)),
            "events": len(events), "alerts": len(alert_ids),
            "distinct_alerts": len(set(alert_ids)), "alerted_incidents": len(incidents),
            "duplicate_alerts": len(alert_ids) - len(set(alert_ids)),
            "alerts_missing": max(len(events) - len(incidents), 0),
            "alerts_extra": max(len(incidents) - len(events), 0)}


async def soak(articles: int, rate: float, window_days: float, out: Path,
               stop_at: float | None) -> dict:
    task = asyncio.current_task()
    assert task is not None
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, task.cancel)  # clean stop
    servers = start_servers("soak")
    # The name memory (core/story_names.py) outlives the window by design (a year by
    # default); the soak shrinks it with the window so that flatness stays measurable.
    env = {"WIREWATCH_DEDUP_WINDOW_DAYS": str(window_days),
           "WIREWATCH_DEDUP_NAME_MEMORY_DAYS": str(window_days)}
    rows = alerting_events(articles // 2, reports_each=2, prefix="soak")
    result: dict = {"articles": len(rows), "rate": rate, "window_days": window_days,
                    "samples": []}
    try:
        services, feeder, watch = await open_config(servers, 1, env)
        result["feed_mode"] = feeder.mode
        started = time.perf_counter()
        progress = [0]
        feeding = asyncio.create_task(feed(feeder, rows, rate, progress, stop_at))
        try:
            while True:
                await asyncio.sleep(SAMPLE_EVERY_S)
                s = await sample(services, servers, min(progress[0], len(rows)), started)
                result["samples"].append(s)
                print(json.dumps(s), flush=True)
                out.write_text(json.dumps(result, indent=1))
                if feeding.done() and s["dedup"] >= progress[0] and s["alert"] >= s[
                        "incidents_out"]:
                    break
                if time.perf_counter() - started > len(rows) / rate * 3 + 600:
                    result["timed_out"] = True
                    break
            result["rate_sent"] = round(await feeding, 1)
            prefix, parts = services.pipeline.prefix, services.pipeline.partitions
            raw = await read_all(servers.bootstrap, prefix + "incidents.raw", parts)
            alerts = await read_all(servers.bootstrap, prefix + "alerts", parts)
            result["articles_fed"] = progress[0]
            result["accounting"] = account(_whole_events(rows[:progress[0]]), raw, alerts)
        finally:
            await close_config(services, feeder, watch)
    finally:
        servers.stop()
    out.write_text(json.dumps(result, indent=1))
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--rate", type=float, default=50.0, help="articles per second")
    parser.add_argument("--window-days", type=float, default=0.007,
                        help="WIREWATCH_DEDUP_WINDOW_DAYS for the services (default ~10 min)")
    parser.add_argument("--stop-feeding-after", type=float, default=None,
                        help="minutes: stop feeding then, drain and account for what was sent")
    parser.add_argument("--out", type=Path, default=RESULTS / "soak.json")
    parser.add_argument("--summarise", type=Path, default=None,
                        help="only print the summary of an earlier soak's JSON")
    args = parser.parse_args(argv)
    if args.summarise:
        data = json.loads(args.summarise.read_text())
        print(render(summarise(data["samples"])))
        print(json.dumps(data.get("accounting"), indent=1))
        return 0
    args.out.parent.mkdir(parents=True, exist_ok=True)
    stop_at = time.time() + 60 * args.stop_feeding_after if args.stop_feeding_after else None
    result = asyncio.run(soak(args.articles, args.rate, args.window_days, args.out, stop_at))
    result["summary"] = summarise(result["samples"])
    args.out.write_text(json.dumps(result, indent=1))
    print(render(result["summary"]))
    print(json.dumps(result.get("accounting"), indent=1))
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
