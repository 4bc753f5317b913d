"""The whole pipeline as separate processes: sustained rate, end-to-end latency, memory.

One configuration (extract replicas, environment knobs) gets fresh services on
the run's broker and Redis, then four scenarios in turn, each with its own
articles (their events are years apart, so scenarios never merge):
  gva burst        GVA articles as fast as ingest takes them: sustained articles/s
  alerting burst   generated alerting events as fast as possible: rate and latency when saturated
  steady 50/s      generated alerting events, one POST each: latency
  steady max       the same at 80% of the alerting burst rate: latency near the ceiling
Completion is read from the services' /metrics stage counters.
"""

from __future__ import annotations

import asyncio
import os
import time
from datetime import UTC, datetime

from pipebench.articles import alerting_events, gva_articles
from pipebench.feeding import AlertWatch, Feeder, latency_summary
from pipebench.infra import (
    REPO,
    Servers,
    Services,
    cpu_seconds,
    new_pipeline,
    redis_families,
    redis_memory,
    rss_bytes,
    stage_counts,
    start_services,
    wait_counts,
)
from pipebench.profiling import record, summarise
from wirewatch.runtime.kafka import ArticlePublisher

NO_RATE_LIMIT = {"WIREWATCH_INGEST_RATE_LIMIT_PER_MINUTE": "100000000",
                 "WIREWATCH_LOG_LEVEL": "WARNING"}


async def open_config(servers: Servers, extract_replicas: int, env: dict[str, str],
                      partitions: int = 2) -> tuple[Services, Feeder, AlertWatch]:
    """Fresh services for one configuration, a feeder and an alert watcher."""
    pipeline = new_pipeline(servers, partitions, {**NO_RATE_LIMIT, **env})
    services = await start_services(pipeline, extract_replicas)
    publisher = None
    if not services.has_ingest:
        publisher = ArticlePublisher(servers.bootstrap, pipeline.settings)
        await publisher.start()
    feeder = Feeder(pipeline.url("ingest") if services.has_ingest else None, publisher)
    watch = AlertWatch(servers.bootstrap, pipeline.prefix + "alerts", partitions)
    await watch.start()
    services.warmup_s = await warm_up(services, feeder)
    return services, feeder, watch


async def warm_up(services: Services, feeder: Feeder) -> float:
    """Feed a few articles and wait for them: the extractor loads its gazetteer and tables
    on its first article (tens of seconds), which is start-up, not throughput."""
    rows = alerting_events(20, start=datetime(2090, 1, 4, tzinfo=UTC), prefix="warm")
    started = time.perf_counter()
    await feeder.burst(rows)
    await wait_counts(services.pipeline, services.handles, len(rows), timeout=600)
    took = time.perf_counter() - started
    print(f"  warm-up took {took:.1f} s", flush=True)
    return round(took, 1)


async def close_config(services: Services, feeder: Feeder, watch: AlertWatch) -> None:
    await watch.stop()
    await feeder.close()
    services.pipeline.stop_all()


async def burst(services: Services, feeder: Feeder, rows: list[dict],
                timeout: float = 900) -> dict:
    """Feed `rows` at once; sustained articles/s from the first send to the last alert stage."""
    before = await stage_counts(services.pipeline, services.handles)
    feeder.take_post_summary()
    cpu0 = {h: cpu_seconds(p) for h, p in services.pids().items()}
    started = time.perf_counter()
    feed_s = await feeder.burst(rows)
    target = before["dedup"] + len(rows)
    counts = await wait_counts(services.pipeline, services.handles, int(target), timeout)
    elapsed = time.perf_counter() - started
    cpu = {h: round((cpu_seconds(p) or 0) - (cpu0.get(h) or 0), 1)
           for h, p in services.pids().items()}
    stage_ms = {s: round(1000 * (counts[f"{s}_seconds"] - before[f"{s}_seconds"])
                         / max(counts[s] - before[s], 1), 2) for s in ("extract", "dedup", "alert")}
    return {"articles": len(rows), "feed_s": round(feed_s, 1), "elapsed_s": round(elapsed, 1),
            "stage_ms_per_message": stage_ms,
            "load_avg_1m": round(os.getloadavg()[0], 2),
            "per_s": round(len(rows) / elapsed, 1), "complete": bool(counts["complete"]),
            "incident_versions": int(counts["incidents_out"] - before["incidents_out"]),
            "cpu_s_by_process": cpu}


async def latency_run(services: Services, feeder: Feeder, watch: AlertWatch, rows: list[dict],
                      rate: float | None) -> dict:
    """Feed alerting events (burst when rate is None) and time each alert from its send."""
    if rate is None:
        result = await burst(services, feeder, rows)
    else:
        achieved = await feeder.steady(rows, rate)
        result = {"articles": len(rows), "rate_asked": round(rate, 1),
                  "rate_sent": round(achieved, 1)}
    ids = [r["id"] for r in rows]
    result.update(feeder.take_post_summary())
    result["all_alerted"] = await watch.wait_for(set(ids), timeout=60)
    result.update(latency_summary(feeder.sent_at, watch.alerts, ids))
    return result


def scenario_start(index: int) -> datetime:
    """Event dates for scenario `index`: far apart from every other scenario's."""
    return datetime(2027 + 3 * index, 1, 4, tzinfo=UTC)


async def profiled_burst(services: Services, feeder: Feeder, rows: list[dict],
                         label: str) -> dict:
    """A burst while py-spy samples every worker: where each process spends its time."""
    out_dir = REPO / "bench" / "results" / "profiles" / label.replace(" ", "_")
    sampling = asyncio.create_task(record(services.pids(), 20, out_dir))
    run = await burst(services, feeder, rows)
    paths = await sampling
    return {"burst": run, "workers": {h: summarise(p) for h, p in paths.items()}}


async def run_config(servers: Servers, label: str, extract_replicas: int,
                     env: dict[str, str], sizes: dict[str, int], profile: bool = False) -> dict:
    """All four scenarios on one configuration's fresh services."""
    services, feeder, watch = await open_config(servers, extract_replicas, env)
    out: dict = {"label": label, "extract_replicas": extract_replicas, "env": env,
                 "feed_mode": feeder.mode, "warmup_s": services.warmup_s}
    try:
        gva = gva_articles()
        print(f"[{label}] gva burst ({sizes['gva']} articles)", flush=True)
        out["gva_burst"] = await burst(services, feeder, gva[:sizes["gva"]])
        print(f"[{label}]   {out['gva_burst']}", flush=True)
        if profile:
            rest = gva[sizes["gva"]:sizes["gva"] + sizes["profile"]]
            out["profile"] = await profiled_burst(services, feeder, rest, label)
            print(f"[{label}]   profiled {out['profile']['burst']}", flush=True)
        rows = alerting_events(sizes["alert_burst"], start=scenario_start(0), prefix="b")
        out["alerting_burst"] = await latency_run(services, feeder, watch, rows, None)
        print(f"[{label}]   alerting burst {out['alerting_burst']}", flush=True)
        rows = alerting_events(int(50 * sizes["steady_s"]), start=scenario_start(1), prefix="s")
        out["steady_50"] = await latency_run(services, feeder, watch, rows, 50.0)
        print(f"[{label}]   steady 50/s {out['steady_50']}", flush=True)
        high = 0.8 * out["alerting_burst"]["per_s"]
        rows = alerting_events(int(high * sizes["steady_s"]), start=scenario_start(2),
                               prefix="m")
        out["steady_max"] = await latency_run(services, feeder, watch, rows, high)
        print(f"[{label}]   steady {high:.0f}/s {out['steady_max']}", flush=True)
        out["rss_mb"] = rss_table(services)
    finally:
        await close_config(services, feeder, watch)
    return out


def rss_table(services: Services) -> dict[str, float]:
    """Resident memory of each service process, MB."""
    return {h: round((rss_bytes(p) or 0) / 2**20, 1) for h, p in services.pids().items()}


async def memory_run(servers: Servers, marks: list[int], env: dict[str, str]) -> dict:
    """RSS per process and Redis memory after each mark of generated articles (2 reports/event)."""
    services, feeder, watch = await open_config(servers, 1, env)
    namespace = services.pipeline.namespace
    results = []
    fed = 0
    try:
        base = await redis_memory(servers.redis_url)
        for mark in marks:
            events = (mark - fed) // 2
            rows = alerting_events(events, reports_each=2, start=scenario_start(5 + len(results)),
                                   prefix=f"mem{mark}")
            run = await burst(services, feeder, rows, timeout=3600)
            fed += len(rows)
            mem = await redis_memory(servers.redis_url)
            families = await redis_families(servers.redis_url, namespace)
            results.append({"articles": fed, "per_s": run["per_s"], "complete": run["complete"],
                            "rss_mb": rss_table(services),
                            "redis_used_mb": round(mem["used_memory"] / 2**20, 1),
                            "redis_growth_mb": round(
                                (mem["used_memory"] - base["used_memory"]) / 2**20, 1),
                            "redis_keys": mem["keys"], "families": families,
                            **per_item(families, fed)})
            print(f"[memory] {results[-1]}", flush=True)
            await asyncio.sleep(0)
    finally:
        await close_config(services, feeder, watch)
    return {"marks": results}


def per_item(families: dict[str, dict], articles: int) -> dict:
    """Redis bytes per article fingerprint and per remembered incident, from key families."""
    def est(*names: str) -> int:
        return sum(families.get(n, {}).get("est_bytes", 0) for n in names)

    incidents = families.get("i", {}).get("keys", 0)
    return {
        "bytes_per_article_fingerprint": round(est("a", "x", "b") / max(articles, 1)),
        "bytes_per_article_record": round(est("ai") / max(articles, 1)),
        "bytes_per_incident": round(est("i", "n", "c", "cc", "alerted") / max(incidents, 1)),
        "incidents": incidents,
    }
