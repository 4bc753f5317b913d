"""`wirewatch ingest` as a process against the real broker and Redis: files and feeds."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.integration.pipeline import Pipeline
from wirewatch.core.models import Article

pytestmark = pytest.mark.integration

FEED = (b"<rss version='2.0'><channel><title>Test wire</title>"
        b"<item><title>Ferry fire</title><link>https://n.example/ferry</link>"
        b"<description>A fire on a ferry injured six passengers.</description></item>"
        b"<item><title>Bridge collapse</title><link>https://n.example/bridge</link>"
        b"<description>Two workers died when a bridge span fell.</description></item>"
        b"</channel></rss>")


@pytest.fixture
async def pipeline(kafka_bootstrap, redis_url, namespace, tmp_path):
    pipe = Pipeline(kafka_bootstrap, redis_url, namespace, tmp_path)
    await pipe.create_topics()
    yield pipe
    pipe.stop_all()


@pytest.fixture
def feed_url():
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's name
            self.send_response(200)  # no validators: the sent-entry store must do the work
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(FEED)))
            self.end_headers()
            self.wfile.write(FEED)

        def log_message(self, *args) -> None:
            return None

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/feed.rss"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _ingest(pipeline: Pipeline, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wirewatch", "ingest", *args],
        env=pipeline.env("ingest", 0), capture_output=True, text=True, timeout=120,
    )


async def _articles(pipeline: Pipeline, count: int) -> list[Article]:
    records = await pipeline.read_topic("articles", lambda rs: len(rs) >= count, timeout=30)
    return [Article.model_validate_json(r) for r in records]


async def test_file_articles_reach_the_topic_and_bad_lines_are_reported(pipeline, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "f1", "text": "Three were hurt."}) + "\n{broken\n"
                    + json.dumps({"id": "f2", "text": "One died."}) + "\n")
    done = _ingest(pipeline, str(path))
    assert done.returncode == 0, done.stderr
    assert f"{path}:2: invalid_json" in done.stderr
    articles = await _articles(pipeline, 2)
    assert sorted(a.id for a in articles) == ["f1", "f2"]
    assert all(a.received_at is not None for a in articles)


async def test_a_second_feed_run_resumes_and_sends_nothing_again(pipeline, feed_url):
    first = _ingest(pipeline, "--feed", feed_url, "--once")
    second = _ingest(pipeline, "--feed", feed_url, "--once")
    assert first.returncode == 0 and second.returncode == 0, first.stderr + second.stderr
    assert "published (2 new)" in first.stderr
    assert "unchanged (0 new)" in second.stderr
    articles = await _articles(pipeline, 3)
    assert sorted(a.title for a in articles) == ["Bridge collapse", "Ferry fire"]
