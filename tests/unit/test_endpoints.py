"""Finding the broker and Redis: the environment wins, then a running `wirewatch up`."""

from __future__ import annotations

import os

import pytest

from wirewatch.runtime.embedded import RuntimeState, write_state
from wirewatch.runtime.endpoints import kafka_bootstrap, redis_url
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
