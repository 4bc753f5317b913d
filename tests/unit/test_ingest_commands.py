"""`wirewatch ingest` files/stdin/feeds, with an in-memory publisher in place of Kafka."""

from __future__ import annotations

import io
import json
import sys

import pytest

from wirewatch.core.models import Article
from wirewatch.ingest import commands, service
from wirewatch.ingest.seen_store import MemorySeenStore
from wirewatch.runtime import logs
from wirewatch.runtime.errors import BrokerUnavailable
from wirewatch.settings import Settings


class MemoryPublisher:
    def __init__(self) -> None:
        self.published: list[Article] = []
        self.broker_up = True
        self.started = self.stopped = False

    async def start(self) -> None:
        self.started = True

    async def stop(self) -> None:
        self.stopped = True

    async def publish(self, articles: list[Article]) -> None:
        if not self.broker_up:
            raise BrokerUnavailable("down")
        self.published.extend(articles)

    async def ready(self) -> bool:
        return self.broker_up


@pytest.fixture
def publisher(monkeypatch) -> MemoryPublisher:
    memory = MemoryPublisher()
    monkeypatch.setattr(commands, "_publisher", lambda settings: memory)
    monkeypatch.setattr(commands, "get_settings",
                        lambda: Settings(ingest_max_batch=2, ingest_max_text_chars=1000))
    monkeypatch.setattr(service, "_seen_store", lambda settings: (MemorySeenStore(), None))
    # The process-wide JSON logging setup is not this test's business (it rewires the root).
    monkeypatch.setattr(logs, "configure_logging", lambda level: None)
    return memory


def _jsonl(tmp_path, *rows: str):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _run(paths=(), feeds=(), fmt=None, once=True):
    return commands.run_ingest(list(paths), False, list(feeds), 60.0, once, fmt)


def test_jsonl_file_is_published_in_batches(publisher, tmp_path):
    rows = [json.dumps({"id": f"a{i}", "text": f"Story {i}."}) for i in range(5)]
    assert _run([_jsonl(tmp_path, *rows)]) == 0
    assert [a.id for a in publisher.published] == ["a0", "a1", "a2", "a3", "a4"]
    assert all(a.received_at is not None for a in publisher.published)
    assert publisher.stopped


def test_bad_lines_are_reported_with_file_and_line_and_the_rest_published(
    publisher, tmp_path, capsys
):
    path = _jsonl(tmp_path, '{"id": "a", "text": "Fine."}', '{"id": "b"}', "{oops")
    assert _run([path]) == 0
    err = capsys.readouterr().err
    assert f"{path}:2: missing_text" in err
    assert f"{path}:3: invalid_json" in err
    assert "2 input error(s)" in err
    assert [a.id for a in publisher.published] == ["a"]


def test_nothing_published_exits_1(publisher, tmp_path):
    assert _run([_jsonl(tmp_path, '{"id": "b"}')]) == 1


def test_missing_file_is_reported_and_exits_1(publisher, tmp_path, capsys):
    assert _run([tmp_path / "absent.jsonl"]) == 1
    assert "absent.jsonl: unreadable" in capsys.readouterr().err


def test_too_long_text_is_skipped(publisher, tmp_path, capsys):
    assert _run([_jsonl(tmp_path, json.dumps({"text": "x" * 1001}))]) == 1
    assert "text_too_long" in capsys.readouterr().err


def test_stdin_is_read_with_the_given_format(publisher, monkeypatch):
    data = b"Three people were hurt in a fire.\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert _run(["-"], fmt="text") == 0
    assert publisher.published[0].content_type == "text"


def test_unknown_format_is_usage_error(publisher, tmp_path):
    assert _run([_jsonl(tmp_path, "{}")], fmt="docx") == 2


def test_nothing_to_do_is_usage_error(publisher):
    assert _run() == 2


def test_broker_that_stays_away_exits_1(publisher, tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(commands, "PUBLISH_DEADLINE_S", 0.0)
    publisher.broker_up = False
    assert _run([_jsonl(tmp_path, '{"text": "Fine."}')]) == 1
    assert "broker unavailable" in capsys.readouterr().err


def test_feed_polled_once_is_published(publisher, tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_bytes(b"<rss><channel><title>T</title><item><title>Quake</title>"
                     b"<link>https://n.example/q</link><description>Buildings fell."
                     b"</description></item></channel></rss>")
    assert _run([feed]) == 0
    assert publisher.published[0].url == "https://n.example/q"


def test_unreachable_feed_polled_once_exits_1(publisher):
    assert _run(feeds=["http://127.0.0.1:1/feed.rss"]) == 1
