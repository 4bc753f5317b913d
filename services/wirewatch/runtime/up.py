"""`wirewatch up`: the whole pipeline on one machine, as separate processes.

Starts the embedded broker and Redis unless WIREWATCH_KAFKA_BOOTSTRAP /
WIREWATCH_REDIS_URL point at reachable ones, creates the topics, runs the four
services as child processes, prints one `ready` line with every URL, optionally
feeds a file, then prints alerts as they arrive. Everything it started is
stopped by PID when it ends.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlparse

import httpx

from wirewatch.alert.follower import follow_alerts
from wirewatch.runtime.embedded import (
    EmbeddedProcess,
    RuntimeState,
    clear_state,
    free_port,
    port_open,
    start_broker,
    start_redis,
    stop_pid,
    write_state,
)
from wirewatch.runtime.endpoints import redacted
from wirewatch.runtime.kafka import ensure_topics
from wirewatch.settings import Settings, get_settings

SERVICES = ("ingest", "extract", "dedup", "alert")
READY_TIMEOUT_S = 120.0
SAMPLE_FEED = Path(__file__).resolve().parent.parent / "samples" / "wire-sample.jsonl"


def _reachable(url: str | None, default_port: int) -> bool:
    if not url:
        return False
    first = url.split(",")[0]
    parsed = urlparse(first if "://" in first else f"tcp://{first}")
    return port_open(parsed.hostname or "127.0.0.1", parsed.port or default_port)


def _service_ports(settings: Settings) -> dict[str, int]:
    wanted = {
        "ingest": settings.ingest_port, "extract": settings.extract_metrics_port,
        "dedup": settings.dedup_metrics_port, "alert": settings.alert_metrics_port,
    }
    return {name: port if not port_open("127.0.0.1", port) else free_port()
            for name, port in wanted.items()}


def _command(name: str) -> list[str]:
    base = [sys.executable, "-m", "wirewatch"]
    return base + {"ingest": ["ingest", "--serve"], "extract": ["extract", "--serve"],
                   "dedup": ["dedup"], "alert": ["alert"]}[name]


def _child_env(settings: Settings, bootstrap: str, redis: str, ports: dict[str, int]) -> dict:
    env = dict(os.environ)
    env.update({
        "WIREWATCH_KAFKA_BOOTSTRAP": bootstrap, "WIREWATCH_REDIS_URL": redis,
        "WIREWATCH_INGEST_PORT": str(ports["ingest"]),
        "WIREWATCH_EXTRACT_METRICS_PORT": str(ports["extract"]),
        "WIREWATCH_DEDUP_METRICS_PORT": str(ports["dedup"]),
        "WIREWATCH_ALERT_METRICS_PORT": str(ports["alert"]),
    })
    return env


def _wait_ready(ports: dict[str, int], procs: dict[str, subprocess.Popen]) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    pending = dict(ports)
    with httpx.Client(timeout=2.0) as client:
        while pending and time.monotonic() < deadline:
            for name, port in list(pending.items()):
                if procs[name].poll() is not None:
                    raise RuntimeError(f"service {name} exited with {procs[name].returncode}")
                try:
                    if client.get(f"http://127.0.0.1:{port}/readyz").status_code == 200:
                        del pending[name]
                except httpx.HTTPError:
                    pass
            time.sleep(0.25)
    if pending:
        raise RuntimeError(f"services not ready after {READY_TIMEOUT_S}s: {sorted(pending)}")


def _endpoints(settings: Settings, stack: ExitStack, logs: Path) -> tuple[str, str, list]:
    started: list[EmbeddedProcess] = []
    bootstrap = settings.kafka_bootstrap
    if not _reachable(bootstrap, 9092):
        broker = start_broker(log_path=logs / "broker.log")
        stack.callback(broker.stop)
        started.append(broker)
        bootstrap = f"127.0.0.1:{broker.port}"
    redis = settings.redis_url
    if not _reachable(redis, 6379):
        server = start_redis(log_path=logs / "redis.log")
        stack.callback(server.stop)
        started.append(server)
        redis = f"redis://127.0.0.1:{server.port}/0"
    return bootstrap, redis, started


def run_up(feed: Path | None, follow: bool, idle_timeout: float) -> int:
    """Run everything; returns the exit code."""
    settings = get_settings()
    logs = Path(settings.state_dir).expanduser() / "logs"
    logs.mkdir(parents=True, exist_ok=True)
    with ExitStack() as stack:
        bootstrap, redis, started = _endpoints(settings, stack, logs)
        pids = {p.name: p.pid for p in started}
        write_state(settings.state_dir, RuntimeState(
            bootstrap, redis, os.getpid(), pids.get("broker"), pids.get("redis")))
        stack.callback(clear_state, settings.state_dir, os.getpid())
        asyncio.run(ensure_topics(bootstrap, settings))
        ports = _service_ports(settings)
        env = _child_env(settings, bootstrap, redis, ports)
        procs = _start_services(env, logs, stack)
        _wait_ready(ports, procs)
        _print_ready(bootstrap, redis, ports, logs)
        if feed is not None:
            subprocess.run(_feed_command(feed), env=env, check=False)
        child_settings = Settings(kafka_bootstrap=bootstrap, redis_url=redis,
                                  topic_prefix=settings.topic_prefix)
        idle = None if follow else idle_timeout
        try:
            count = asyncio.run(follow_alerts(child_settings, sys.stdout, False, True, idle))
        except KeyboardInterrupt:
            count = -1
        if count >= 0:
            print(f"{count} alerts")
    return 0


def _feed_command(feed: Path) -> list[str]:
    return [sys.executable, "-m", "wirewatch", "ingest", str(feed)]


def _start_services(env: dict, logs: Path, stack: ExitStack) -> dict[str, subprocess.Popen]:
    procs: dict[str, subprocess.Popen] = {}
    for name in SERVICES:
        log_file = stack.enter_context((logs / f"{name}.log").open("ab"))
        proc = subprocess.Popen(_command(name), env=env, stdout=log_file,
                                stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        stack.callback(stop_pid, proc.pid, 15.0)
        procs[name] = proc
    return procs


def _print_ready(bootstrap: str, redis: str, ports: dict[str, int], logs: Path) -> None:
    metrics = " ".join(f"{n}=http://127.0.0.1:{p}/metrics" for n, p in ports.items())
    print(
        f"wirewatch ready: ingest API http://127.0.0.1:{ports['ingest']}/articles | "
        f"metrics {metrics} | kafka {bootstrap} | redis {redacted(redis)} | logs {logs}",
        flush=True,
    )
