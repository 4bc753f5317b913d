"""Redis with a password and TLS, configured only by WIREWATCH_REDIS_URL (rediss://).

A real redis-server is started here with TLS only (no plain port) and a
password, using a throwaway self-signed certificate made with openssl.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from redis.exceptions import AuthenticationError, ConnectionError, ResponseError

from wirewatch.core.models import ArticleExtraction, Incident, Location
from wirewatch.dedup.processing import process_extraction
from wirewatch.dedup.store import IncidentStore
from wirewatch.runtime.embedded import EmbeddedProcess, free_port, redis_binary, wait_for_port
from wirewatch.runtime.endpoints import redacted
from wirewatch.runtime.redis_client import connect_redis

pytestmark = pytest.mark.integration

PASSWORD = "tls-test-Secret-42"
NOW = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)


def _certificate(directory: Path) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed: cannot make a test certificate")
    cert, key = directory / "cert.pem", directory / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    return cert, key


@pytest.fixture(scope="module")
def tls_redis(tmp_path_factory) -> Iterator[tuple[int, Path]]:
    directory = tmp_path_factory.mktemp("redis-tls")
    cert, key = _certificate(directory)
    port = free_port()
    proc = subprocess.Popen(
        [redis_binary(), "--bind", "127.0.0.1", "--port", "0", "--tls-port", str(port),
         "--tls-cert-file", str(cert), "--tls-key-file", str(key), "--tls-ca-cert-file",
         str(cert), "--tls-auth-clients", "no", "--requirepass", PASSWORD, "--save", "",
         "--appendonly", "no"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    try:
        wait_for_port("127.0.0.1", port, timeout=10)
    except Exception:
        proc.kill()
        output = proc.communicate()[0].decode(errors="replace")
        pytest.skip(f"this redis-server cannot serve TLS: {output[-300:]}")
    yield port, cert
    EmbeddedProcess("redis-tls", proc.pid, "127.0.0.1", port).stop()


def _url(port: int, cert: Path, password: str = PASSWORD) -> str:
    return f"rediss://:{password}@127.0.0.1:{port}/0?ssl_ca_certs={cert}"


async def test_dedup_state_works_over_tls_with_a_password(tls_redis, namespace):
    port, cert = tls_redis
    redis = connect_redis(_url(port, cert))
    try:
        store = IncidentStore(redis, namespace)
        incident = Incident(id="r1#0", article_id="r1", event_type="Attack", killed=4,
                            location=Location(name="Kelbar", country_code="XQ", lat=1, lon=2,
                                              precision="point"),
                            event_date=date(2026, 3, 8), date_precision="day")
        created = await process_extraction(
            store, ArticleExtraction(id="r1", incidents=[incident], published_at=NOW), NOW)
        assert [i.killed for i in await store.get([created[0].id])] == [4]
    finally:
        await redis.aclose()


async def test_a_wrong_password_is_refused(tls_redis):
    port, cert = tls_redis
    redis = connect_redis(_url(port, cert, password="not-it"))
    try:
        with pytest.raises((AuthenticationError, ResponseError)):
            await redis.ping()
    finally:
        await redis.aclose()


async def test_plain_text_is_refused_by_a_tls_only_server(tls_redis):
    port, _ = tls_redis
    redis = connect_redis(f"redis://:{PASSWORD}@127.0.0.1:{port}/0")
    try:
        with pytest.raises(ConnectionError):
            await redis.ping()
    finally:
        await redis.aclose()


def test_the_url_as_printed_carries_no_password(tls_redis):
    port, cert = tls_redis
    assert PASSWORD not in redacted(_url(port, cert))
