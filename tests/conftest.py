"""Session fixtures: one real broker (Tansu) and one real Redis for the whole test run.

Both are started here on free loopback ports and stopped by PID at the end, so
the suite needs nothing running beforehand, on a laptop or in CI. Each test
gets its own topic prefix and Redis namespace.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from wirewatch.runtime.embedded import (
    PORT_RANGE_ENV,
    EmbeddedProcess,
    start_broker,
    start_redis,
)

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
PORTS_PER_WORKER = 1000


def _own_port_range() -> None:
    """Give each pytest-xdist worker its own ports (below the kernel's ephemeral range):
    two workers picking "free" ports at once could otherwise start servers on the same
    one, and a test would talk to the other worker's service."""
    worker = os.environ.get("PYTEST_XDIST_WORKER", "")
    if worker.startswith("gw") and worker[2:].isdigit():
        low = 20000 + int(worker[2:]) * PORTS_PER_WORKER
        os.environ[PORT_RANGE_ENV] = f"{low}-{low + PORTS_PER_WORKER - 1}"


_own_port_range()


@pytest.fixture(scope="session")
def broker() -> Iterator[EmbeddedProcess]:
    """A fresh Tansu broker for this test session."""
    process = start_broker()
    yield process
    process.stop()


@pytest.fixture(scope="session")
def redis_server() -> Iterator[EmbeddedProcess]:
    """A fresh Redis for this test session."""
    process = start_redis()
    yield process
    process.stop()


@pytest.fixture(scope="session")
def kafka_bootstrap(broker: EmbeddedProcess) -> str:
    return f"127.0.0.1:{broker.port}"


@pytest.fixture(scope="session")
def redis_url(redis_server: EmbeddedProcess) -> str:
    return f"redis://127.0.0.1:{redis_server.port}/0"


@pytest.fixture
def namespace() -> str:
    """A unique prefix for this test's topics and Redis keys."""
    return f"t{uuid.uuid4().hex[:10]}"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip with a clear message where it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test reads the project's shared data")
    return path


def in_ci() -> bool:
    """True under CI, where nothing may be skipped for a missing service."""
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under `pytest -n N --dist loadgroup` (scripts/test), keep each test file on one worker.

    Files share module-scoped fixtures (the eval runs, a Prometheus, a TLS Redis)
    that must be built once; a file whose tests are long and independent opts out
    with `SPREAD_ACROSS_WORKERS = True`, so its tests run side by side.
    """
    for item in items:
        module = getattr(item, "module", None)
        if module is not None and not getattr(module, "SPREAD_ACROSS_WORKERS", False):
            item.add_marker(pytest.mark.xdist_group(module.__name__))
