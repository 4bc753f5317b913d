"""What every benchmark run needs: a fresh broker and Redis, the services, and readings.

The services run exactly as in production (`python -m wirewatch ...`, one process
each) through the integration-test harness; this module adds what a benchmark
reads from them: resident memory per process, Redis memory by key family, and
the stage counters on /metrics.
"""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import tempfile
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import httpx
from redis.asyncio import Redis

REPO = Path(__file__).resolve().parents[2]
if str(REPO) not in sys.path:  # the harness lives in tests/integration
    sys.path.insert(0, str(REPO))

from tests.integration.pipeline import SERVICE_ARGS, Pipeline  # noqa: E402
from wirewatch.runtime.embedded import (  # noqa: E402
    EmbeddedProcess,
    free_port,
    start_broker,
    start_redis,
)

STAGES = ("extract", "dedup", "alert")

REDIS_FAMILIES = {
    "a": "article fingerprint (hash: signature, size, original)",
    "x": "exact-text marker",
    "b": "LSH buckets of one day of arrival (hash)",
    "i": "incident (JSON)",
    "n": "proper names of an incident's reports",
    "c": "day-dated candidate index (zset per country)",
    "cc": "coarse candidate index (zset per country)",
    "ai": "article -> incident ids",
    "pd": "copies waiting for their original",
    "alerted": "alert ledger tier",
}
"""Key families of dedup/store.py and alert/ledger.py, by the part after the namespace."""


@dataclass
class Servers:
    """A broker and a Redis started for one benchmark, stopped by PID."""

    broker: EmbeddedProcess
    redis: EmbeddedProcess
    log_dir: Path

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.broker.port}"

    @property
    def redis_url(self) -> str:
        return f"redis://127.0.0.1:{self.redis.port}/0"

    def stop(self) -> None:
        self.broker.stop()
        self.redis.stop()


def start_servers(label: str) -> Servers:
    """A fresh Tansu and Redis (Tansu's memory store grows without bound: one per run)."""
    log_dir = Path(tempfile.mkdtemp(prefix=f"wwbench-{label}-"))
    broker = start_broker(log_path=log_dir / "broker.log")
    redis = start_redis(log_path=log_dir / "redis.log")
    return Servers(broker, redis, log_dir)


@dataclass
class Services:
    """The stage services of one scenario (and ingest, when it can serve)."""

    pipeline: Pipeline
    handles: list[str] = field(default_factory=list)
    has_ingest: bool = False
    warmup_s: float = 0.0

    def pids(self) -> dict[str, int]:
        return {h: p.pid for h, p in self.pipeline.procs.items()}


TUNED_WORKER = Path(__file__).resolve().parent / "tuned_worker.py"


class BenchPipeline(Pipeline):
    """The test harness, except that BENCH_* knobs start stages through tuned_worker.py."""

    def start(self, name: str, replica: int = 0) -> str:
        if name == "ingest" or not any(k.startswith("BENCH_") for k in self.extra_env):
            return super().start(name, replica)
        handle = name if replica == 0 else f"{name}#{replica}"
        port = free_port()
        log = open(self.log_dir / f"{handle}.log", "ab")  # noqa: SIM115 - lives with the process
        self.procs[handle] = subprocess.Popen(
            [sys.executable, str(TUNED_WORKER), *SERVICE_ARGS[name]], env=self.env(name, port),
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
        self.ports[handle] = port
        return handle


def new_pipeline(servers: Servers, partitions: int, extra_env: dict[str, str]) -> Pipeline:
    """A harness with its own topic prefix and Redis namespace."""
    namespace = f"b{uuid.uuid4().hex[:8]}"
    log_dir = servers.log_dir / namespace
    log_dir.mkdir(parents=True, exist_ok=True)
    return BenchPipeline(servers.bootstrap, servers.redis_url, namespace, log_dir,
                         partitions=partitions, extra_env=extra_env)


async def start_services(pipeline: Pipeline, extract_replicas: int = 1,
                         with_ingest: bool = True) -> Services:
    """Topics, then extract (xN), dedup, alert and, if it serves, ingest; wait until ready."""
    await pipeline.create_topics()
    services = Services(pipeline)
    for replica in range(extract_replicas):
        services.handles.append(pipeline.start("extract", replica))
    services.handles += [pipeline.start("dedup"), pipeline.start("alert")]
    await pipeline.wait_ready(*services.handles, timeout=180)
    if with_ingest:
        services.has_ingest = await _try_ingest(pipeline)
        if services.has_ingest:
            services.handles.append("ingest")
    return services


async def _try_ingest(pipeline: Pipeline) -> bool:
    """Start `wirewatch ingest --serve`; False when this checkout cannot serve yet."""
    pipeline.start("ingest")
    try:
        await pipeline.wait_ready("ingest", timeout=60)
    except (RuntimeError, TimeoutError) as exc:
        print(f"  ingest API unavailable ({str(exc).splitlines()[0][:120]}); "
              "publishing directly with ArticlePublisher", file=sys.stderr)
        proc = pipeline.procs.pop("ingest", None)
        if proc is not None and proc.poll() is None:
            from wirewatch.runtime.embedded import stop_pid

            stop_pid(proc.pid)
        return False
    return True


def rss_bytes(pid: int) -> int | None:
    """Resident set size of a process (VmRSS in /proc), None when it is gone."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    found = re.search(r"^VmRSS:\s+(\d+)\s+kB", text, re.M)
    return int(found.group(1)) * 1024 if found else None


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process so far."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


async def redis_memory(url: str) -> dict[str, int]:
    """Redis INFO memory: used_memory and the dataset part of it."""
    client = Redis.from_url(url)
    try:
        info = await client.info("memory")
        keys = await client.dbsize()
    finally:
        await client.aclose()
    return {"used_memory": int(info["used_memory"]),
            "used_memory_dataset": int(info.get("used_memory_dataset", 0)), "keys": int(keys)}


async def redis_families(url: str, namespace: str, sample: int = 300) -> dict[str, dict]:
    """Keys and estimated bytes per key family (MEMORY USAGE on a sample of each)."""
    client = Redis.from_url(url)
    counts: dict[str, int] = {}
    samples: dict[str, list[bytes]] = {}
    try:
        async for key in client.scan_iter(match=f"{namespace}:*", count=5000):
            family = key.decode().split(":")[1]
            counts[family] = counts.get(family, 0) + 1
            bucket = samples.setdefault(family, [])
            if len(bucket) < sample:
                bucket.append(key)
        result = {}
        for family, keys in samples.items():
            sizes = [await client.memory_usage(k, samples=0) or 0 for k in keys]
            mean = sum(sizes) / len(sizes)
            result[family] = {"keys": counts[family], "mean_bytes": round(mean),
                              "est_bytes": round(mean * counts[family])}
    finally:
        await client.aclose()
    return result


_SAMPLE = re.compile(r'^(\w+)(?:\{([^}]*)\})?\s+([-+0-9.eE]+|NaN|\+Inf)$', re.M)


def metric_sum(text: str, name: str, **labels: str) -> float:
    """Sum of a metric's samples whose labels include `labels`."""
    total = 0.0
    for found in _SAMPLE.finditer(text):
        if found.group(1) != name:
            continue
        got = dict(re.findall(r'(\w+)="([^"]*)"', found.group(2) or ""))
        if all(got.get(k) == v for k, v in labels.items()):
            total += float(found.group(3))
    return total


async def stage_counts(pipeline: Pipeline, handles: list[str]) -> dict[str, float]:
    """Messages handled so far per stage (summed over replicas), from /metrics."""
    counts = {s: 0.0 for s in STAGES}
    counts["incidents_out"] = 0.0
    async with httpx.AsyncClient(timeout=30.0) as client:
        for handle in handles:
            stage = handle.split("#")[0]
            if stage not in STAGES:
                continue
            text = await _scrape(client, pipeline.url(handle))
            counts[stage] += metric_sum(text, "wirewatch_stage_duration_seconds_count",
                                        stage=stage)
            counts[f"{stage}_seconds"] = counts.get(f"{stage}_seconds", 0.0) + metric_sum(
                text, "wirewatch_stage_duration_seconds_sum", stage=stage)
            if stage == "dedup":
                counts["incidents_out"] += (
                    metric_sum(text, "wirewatch_incidents_total", outcome="created")
                    + metric_sum(text, "wirewatch_incidents_total", outcome="merged"))
    return counts


async def _scrape(client: httpx.AsyncClient, url: str, attempts: int = 5) -> str:
    """A /metrics page; a worker busy on a long article may answer late, so retry."""
    for attempt in range(attempts):
        try:
            return (await client.get(f"{url}/metrics")).text
        except httpx.HTTPError:
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(1.0)
    return ""


async def wait_counts(pipeline: Pipeline, handles: list[str], articles: int,
                      timeout: float) -> dict[str, float]:
    """Poll /metrics until dedup has every article and alert every incident version."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        counts = await stage_counts(pipeline, handles)
        done = counts["dedup"] >= articles and counts["alert"] >= counts["incidents_out"]
        if done or asyncio.get_running_loop().time() > deadline:
            counts["complete"] = float(done)
            return counts
        await asyncio.sleep(0.25)
