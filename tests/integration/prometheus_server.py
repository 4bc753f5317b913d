"""A real Prometheus server for tests: scrapes given targets every second on 127.0.0.1.

It runs the `prometheus` binary (Debian package `prometheus`) with a temporary
config and storage directory, waits for `/-/ready`, answers PromQL through the
HTTP API, and is stopped by its PID.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
import yaml

INSTALL_HINT = "apt-get install -y --no-install-recommends prometheus"
POLL_SECONDS = 0.2


def prometheus_binary() -> str:
    """The prometheus binary; skips the test without it, except under CI where it must exist."""
    found = shutil.which("prometheus")
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the prometheus binary is missing under CI ({INSTALL_HINT})")
        pytest.skip(f"the prometheus binary is not installed ({INSTALL_HINT})")
    return found


def free_port() -> int:
    """A loopback port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def scrape_config(targets: list[str], job: str) -> dict:
    """A config scraping `targets` every second under one job name."""
    return {
        "global": {"scrape_interval": "1s", "scrape_timeout": "1s", "evaluation_interval": "1s"},
        "scrape_configs": [{"job_name": job, "static_configs": [{"targets": targets}]}],
    }


class PrometheusServer:
    """One running prometheus process and the HTTP API to query it."""

    def __init__(self, process: subprocess.Popen[bytes], url: str, log_path: Path) -> None:
        self.process = process
        self.url = url
        self.log_path = log_path

    def log_tail(self) -> str:
        """The last lines Prometheus logged, for failure messages."""
        lines = self.log_path.read_text(encoding="utf-8", errors="replace").splitlines()
        return "\n".join(lines[-20:])

    def wait_ready(self, timeout: float) -> None:
        """Return once /-/ready answers 200; fail with the log if it exits or times out."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"prometheus exited early:\n{self.log_tail()}")
            try:
                if httpx.get(f"{self.url}/-/ready", timeout=1.0).status_code == 200:
                    return
            except httpx.TransportError:
                pass
            time.sleep(POLL_SECONDS)
        raise TimeoutError(f"prometheus not ready after {timeout}s:\n{self.log_tail()}")

    def query(self, promql: str) -> list[dict]:
        """The instant-vector result of a PromQL query."""
        response = httpx.get(f"{self.url}/api/v1/query", params={"query": promql}, timeout=5.0)
        response.raise_for_status()
        body = response.json()
        assert body["status"] == "success", body
        return body["data"]["result"]

    def wait_for_value(self, promql: str, expected: float, timeout: float) -> float:
        """Poll the query until its single value equals `expected`; return the last value seen."""
        deadline = time.monotonic() + timeout
        last = float("nan")
        while time.monotonic() < deadline:
            result = self.query(promql)
            if len(result) == 1:
                last = float(result[0]["value"][1])
                if last == expected:
                    return last
            time.sleep(POLL_SECONDS)
        return last

    def stop(self) -> None:
        """Stop this process (by its PID), killing it if it ignores SIGTERM."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


@contextmanager
def running_prometheus(
    targets: list[str], job: str, ready_timeout: float = 30.0
) -> Iterator[PrometheusServer]:
    """A Prometheus scraping `targets` every second, stopped on exit."""
    binary = prometheus_binary()
    with tempfile.TemporaryDirectory(prefix="wirewatch-prometheus-") as tmp:
        workdir = Path(tmp)
        config = workdir / "prometheus.yml"
        config.write_text(yaml.safe_dump(scrape_config(targets, job)), encoding="utf-8")
        port = free_port()
        log_path = workdir / "prometheus.log"
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [
                    binary,
                    f"--config.file={config}",
                    f"--storage.tsdb.path={workdir / 'data'}",
                    f"--web.listen-address=127.0.0.1:{port}",
                    "--log.level=warn",
                ],
                stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, cwd=workdir,
            )
        server = PrometheusServer(process, f"http://127.0.0.1:{port}", log_path)
        try:
            server.wait_ready(ready_timeout)
            yield server
        finally:
            server.stop()
