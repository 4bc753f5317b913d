"""A test harness that runs the real services as separate processes, as in production.

Each service is `python -m wirewatch ...` with its own env: the session's broker
and Redis, the test's topic prefix and Redis namespace, free ports. Waiting is
always on an observable condition (a /readyz answer, a record on a topic) with
a deadline, never a fixed sleep.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import httpx
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer, TopicPartition

from wirewatch.runtime.embedded import free_port, stop_pid
from wirewatch.runtime.kafka import ensure_topics
from wirewatch.settings import Settings

SERVICE_ARGS = {
    "ingest": ["ingest", "--serve"],
    "extract": ["extract", "--serve"],
    "dedup": ["dedup"],
    "alert": ["alert"],
}
PORT_ENV = {
    "ingest": "WIREWATCH_INGEST_PORT",
    "extract": "WIREWATCH_EXTRACT_METRICS_PORT",
    "dedup": "WIREWATCH_DEDUP_METRICS_PORT",
    "alert": "WIREWATCH_ALERT_METRICS_PORT",
}


class Pipeline:
    """The four services for one test, plus ways to feed them and read their topics."""

    def __init__(self, bootstrap: str, redis_url: str, namespace: str, log_dir: Path,
                 partitions: int = 1, extra_env: dict[str, str] | None = None) -> None:
        self.bootstrap = bootstrap
        self.redis_url = redis_url
        self.namespace = namespace
        self.prefix = f"{namespace}."
        self.log_dir = log_dir
        self.partitions = partitions
        self.extra_env = extra_env or {}
        self.procs: dict[str, subprocess.Popen] = {}
        self.ports: dict[str, int] = {}

    @property
    def settings(self) -> Settings:
        return Settings(kafka_bootstrap=self.bootstrap, redis_url=self.redis_url,
                        topic_prefix=self.prefix, topic_partitions=self.partitions,
                        redis_namespace=self.namespace)

    def env(self, name: str, port: int) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("WIREWATCH_")}
        env.update({
            "WIREWATCH_KAFKA_BOOTSTRAP": self.bootstrap,
            "WIREWATCH_REDIS_URL": self.redis_url,
            "WIREWATCH_TOPIC_PREFIX": self.prefix,
            "WIREWATCH_TOPIC_PARTITIONS": str(self.partitions),
            "WIREWATCH_REDIS_NAMESPACE": self.namespace,
            "WIREWATCH_STATE_DIR": str(self.log_dir / "state"),
            "WIREWATCH_BROKER_SESSION_TIMEOUT_S": "3",
            PORT_ENV[name]: str(port),
            **self.extra_env,
        })
        return env

    async def create_topics(self) -> None:
        await ensure_topics(self.bootstrap, self.settings)

    def start(self, name: str, replica: int = 0) -> str:
        """Start one service process; returns its handle name (e.g. `dedup`, `dedup#1`)."""
        handle = name if replica == 0 else f"{name}#{replica}"
        port = free_port()
        log = open(self.log_dir / f"{handle}.log", "ab")  # noqa: SIM115 - lives with the process
        self.procs[handle] = subprocess.Popen(
            [sys.executable, "-m", "wirewatch", *SERVICE_ARGS[name]], env=self.env(name, port),
            stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        )
        self.ports[handle] = port
        return handle

    async def start_all(self, names: tuple[str, ...] = tuple(SERVICE_ARGS)) -> None:
        await self.create_topics()
        for name in names:
            self.start(name)
        await self.wait_ready(*names)

    async def wait_ready(self, *handles: str, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        pending = set(handles)
        async with httpx.AsyncClient(timeout=2.0) as client:
            while pending:
                for handle in list(pending):
                    self._check_alive(handle)
                    try:
                        resp = await client.get(f"{self.url(handle)}/readyz")
                        if resp.status_code == 200:
                            pending.discard(handle)
                    except httpx.HTTPError:
                        pass
                if time.monotonic() > deadline:
                    raise TimeoutError(f"not ready: {sorted(pending)}; logs in {self.log_dir}")
                await asyncio.sleep(0.2)

    def _check_alive(self, handle: str) -> None:
        proc = self.procs[handle]
        if proc.poll() is not None:
            log = (self.log_dir / f"{handle.split('#')[0]}.log")
            tail = log.read_text(errors="replace")[-3000:] if log.exists() else ""
            raise RuntimeError(f"{handle} exited with {proc.returncode}:\n{tail}")

    def url(self, handle: str) -> str:
        return f"http://127.0.0.1:{self.ports[handle]}"

    def kill(self, handle: str) -> None:
        """SIGKILL a service: no chance to commit or say goodbye."""
        proc = self.procs.pop(handle)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)

    def stop_all(self) -> None:
        for proc in self.procs.values():
            stop_pid(proc.pid, timeout=10)
        self.procs.clear()

    async def post_articles(self, body: object, headers: dict | None = None) -> httpx.Response:
        async with httpx.AsyncClient(timeout=30.0) as client:
            return await client.post(f"{self.url('ingest')}/articles", json=body,
                                     headers=headers or {})

    async def produce_raw(self, topic: str, value: bytes, key: bytes | None = None) -> None:
        producer = AIOKafkaProducer(bootstrap_servers=self.bootstrap,
                                    max_request_size=16 * 1024 * 1024)
        await producer.start()
        try:
            await producer.send_and_wait(self.prefix + topic, value=value, key=key)
        finally:
            await producer.stop()

    async def read_topic(self, topic: str, until: Callable[[list[bytes]], bool],
                         timeout: float = 60.0) -> list[bytes]:
        """Every record of `topic` from the start, read until `until(records)` or the deadline."""
        name = self.prefix + topic
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, enable_auto_commit=False,
                                    fetch_max_wait_ms=50)
        await consumer.start()
        records: list[bytes] = []
        try:
            parts = [TopicPartition(name, p) for p in range(self.partitions)]
            consumer.assign(parts)
            await consumer.seek_to_beginning(*parts)
            deadline = time.monotonic() + timeout
            while not until(records) and time.monotonic() < deadline:
                for batch in (await consumer.getmany(timeout_ms=200)).values():
                    records.extend(r.value for r in batch)
        finally:
            await consumer.stop()
        return records

    async def metrics(self, handle: str) -> str:
        async with httpx.AsyncClient(timeout=5.0) as client:
            return (await client.get(f"{self.url(handle)}/metrics")).text
