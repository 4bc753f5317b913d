"""Finding the broker and Redis: the environment wins, then a running `wirewatch up`."""

from __future__ import annotations

import os

import pytest

from wirewatch.runtime.embedded import RuntimeState, write_state
from wirewatch.runtime.endpoints import kafka_bootstrap, redacted, redis_url
from wirewatch.runtime.errors import RuntimeNotFound
from wirewatch.settings import Settings


def test_configured_addresses_win(tmp_path) -> None:
    settings = Settings(kafka_bootstrap="k:9092", redis_url="redis://r/0", state_dir=str(tmp_path))
    write_state(str(tmp_path), RuntimeState("other:1", "redis://other/0", os.getpid()))
    assert (kafka_bootstrap(settings), redis_url(settings)) == ("k:9092", "redis://r/0")


def test_a_running_up_is_found_without_flags(tmp_path) -> None:
    write_state(str(tmp_path), RuntimeState("127.0.0.1:5555", "redis://x/0", os.getpid()))
    settings = Settings(kafka_bootstrap=None, redis_url=None, state_dir=str(tmp_path))
    assert kafka_bootstrap(settings) == "127.0.0.1:5555"
    assert redis_url(settings) == "redis://x/0"


def test_a_stale_state_file_is_ignored(tmp_path) -> None:
    write_state(str(tmp_path), RuntimeState("127.0.0.1:5555", "redis://x/0", 2**22 + 12345))
    settings = Settings(kafka_bootstrap=None, redis_url=None, state_dir=str(tmp_path))
    with pytest.raises(RuntimeNotFound):
        kafka_bootstrap(settings)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("redis://:s3cret@cache:6380/0", "redis://:***@cache:6380/0"),
        ("rediss://app:s3cret@cache/1?ssl_ca_certs=/ca.pem", "rediss://app:***@cache/1?ssl_ca_certs=/ca.pem"),
        ("redis://127.0.0.1:6379/0", "redis://127.0.0.1:6379/0"),
    ],
)
def test_printed_redis_urls_hide_their_password(url, shown) -> None:
    assert redacted(url) == shown


def test_the_runtime_file_is_readable_by_its_owner_only(tmp_path) -> None:
    path = write_state(str(tmp_path), RuntimeState("k:1", "redis://:pw@r/0", os.getpid()))
    assert path.stat().st_mode & 0o077 == 0
