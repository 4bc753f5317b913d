"""`wirewatch ingest`: publish articles from files or stdin, poll feeds, or serve the API.

    run_ingest(paths, serve, feeds, every, once, content_format) -> exit code

Files ("-" is stdin) are parsed with `parse_any` (format from --format, else
guessed from name and content) and published in batches of
`ingest_max_batch`, with a progress bar on a terminal. JSON Lines files are
read line by line: a bad line is reported on stderr as `file:line: reason:
message` and skipped, the rest still goes out. Exit codes:

    0  something was published (or the service/poller ran and stopped cleanly)
    1  nothing was published (every input failed, or the broker stayed away);
       with --feed --once: every feed poll failed
    2  bad usage (nothing to do, unknown --format)

The Kafka publisher (`wirewatch.runtime.kafka.ArticlePublisher`) is imported
lazily, so parsing needs no broker libraries loaded.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console
from rich.progress import Progress

from wirewatch.core.models import Article
from wirewatch.ingest.formats import (
    JSONL,
    MAX_INPUT_BYTES,
    ParseError,
    canonical_format,
    detect_format,
    iter_jsonl,
    parse_any,
)
from wirewatch.ingest.publishing import Publisher
from wirewatch.runtime.errors import BrokerUnavailable
from wirewatch.runtime.metrics import ARTICLES_RECEIVED, ARTICLES_REJECTED
from wirewatch.settings import Settings, get_settings

log = logging.getLogger(__name__)

PUBLISH_DEADLINE_S = 120.0
"""How long a file ingest waits for an absent broker before giving up (exit 1)."""


@dataclass
class FileReport:
    """What reading the inputs gave: articles to publish and the errors met."""

    articles: list[Article] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def _read(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
    with Path(path).open("rb") as handle:
        return handle.read(MAX_INPUT_BYTES + 1)


def read_inputs(paths: list[str], fmt: str | None, max_text_chars: int) -> FileReport:
    """Parse every input; errors are collected as "file[:line]: reason: message"."""
    report = FileReport()
    for path in paths:
        name = "<stdin>" if path == "-" else path
        try:
            data = _read(path)
        except OSError as exc:
            report.errors.append(f"{name}: unreadable: {exc.strerror or exc}")
            continue
        chosen = fmt or detect_format(data, None if path == "-" else path)
        items = (list(iter_jsonl(data)) if chosen == JSONL and len(data) <= MAX_INPUT_BYTES
                 else _whole(data, chosen))
        for item in items:
            if isinstance(item, ParseError):
                where = f"{name}:{item.line}" if item.line else name
                report.errors.append(f"{where}: {item.reason}: {item.message}")
                ARTICLES_REJECTED.labels(item.reason).inc()
            elif len(item.text) > max_text_chars:
                report.errors.append(f"{name}: text_too_long: article {item.id!r}")
                ARTICLES_REJECTED.labels("text_too_long").inc()
            else:
                report.articles.append(item)
    return report


def _whole(data: bytes, fmt: str) -> list[Article | ParseError]:
    try:
        return list(parse_any(data, fmt))
    except ParseError as exc:
        return [exc]


async def publish_with_retry(publisher: Publisher, batch: list[Article], deadline: float) -> None:
    """Publish, retrying with backoff while the broker is away, until `deadline` (monotonic)."""
    delay = 0.5
    while True:
        try:
            await publisher.publish(batch)
            return
        except BrokerUnavailable:
            if time.monotonic() + delay > deadline:
                raise
            log.warning("broker unavailable, retrying", extra={"retry_in_s": delay})
            await asyncio.sleep(delay)
            delay = min(delay * 2, 10.0)


async def publish_files(
    publisher: Publisher, articles: list[Article], batch_size: int, show_progress: bool
) -> int:
    """Publish in batches; the number published (stops at the first lasting broker outage)."""
    published = 0
    deadline = time.monotonic() + PUBLISH_DEADLINE_S
    with Progress(disable=not show_progress, transient=True) as progress:
        task = progress.add_task("publishing", total=len(articles))
        for start in range(0, len(articles), max(1, batch_size)):
            now = datetime.now(UTC)
            batch = [a.model_copy(update={"received_at": now})
                     for a in articles[start:start + batch_size]]
            try:
                await publish_with_retry(publisher, batch, deadline)
            except BrokerUnavailable as exc:
                print(f"broker unavailable, stopped after {published}: {exc}", file=sys.stderr)
                break
            published += len(batch)
            ARTICLES_RECEIVED.labels("file").inc(len(batch))
            progress.update(task, advance=len(batch))
    return published


def _publisher(settings: Settings) -> Publisher:
    from wirewatch.runtime.kafka import ArticlePublisher

    return ArticlePublisher.from_settings(settings)


async def _ingest_files(publisher, paths: list[str], fmt: str | None, settings: Settings) -> int:
    report = read_inputs(paths, fmt, settings.ingest_max_text_chars)
    for error in report.errors:
        print(error, file=sys.stderr)
    if report.errors:
        print(f"{len(report.errors)} input error(s)", file=sys.stderr)
    if not report.articles:
        return 0
    published = await publish_files(publisher, report.articles, settings.ingest_max_batch,
                                     show_progress=sys.stderr.isatty())
    Console(stderr=True).print(f"published {published} of {len(report.articles)} article(s)")
    return published


async def _main(paths, serve, feeds, every, once, fmt, settings: Settings) -> int:
    from wirewatch.ingest.service import run_feeds, run_service

    publisher = _publisher(settings)
    await publisher.start()
    try:
        published = await _ingest_files(publisher, paths, fmt, settings) if paths else 0
        if paths and not (serve or feeds):
            return 0 if published else 1
        stop = asyncio.Event()
        jobs = []
        if feeds:
            jobs.append(run_feeds(publisher, feeds, every, once and not serve, settings, stop))
        if serve:
            jobs.append(run_service(publisher, settings, stop))
        outcomes = await asyncio.gather(*jobs)
        polled = outcomes[0] if feeds else []
        if feeds and once and not serve and all(r.outcome == "failed" for r in polled):
            return 1
        return 0
    finally:
        await publisher.stop()


def run_ingest(
    paths: list[str], serve: bool, feeds: list[str], every: float, once: bool,
    content_format: str | None,
) -> int:
    """The `wirewatch ingest` command (see module doc for exit codes)."""
    paths = [str(path) for path in paths]
    fmt = canonical_format(content_format) if content_format else None
    if content_format and fmt is None:
        print(f"unknown --format {content_format!r}", file=sys.stderr)
        return 2
    if not (paths or serve or feeds):
        print("nothing to ingest: give files (or -), --feed URL, or --serve", file=sys.stderr)
        return 2
    settings = get_settings()
    from wirewatch.runtime.errors import RuntimeNotFound

    if serve or feeds:
        from wirewatch.runtime.logs import configure_logging

        configure_logging(settings.log_level)

    try:
        return asyncio.run(_main(paths, serve, feeds, every, once, fmt, settings))
    except RuntimeNotFound as exc:
        print(str(exc), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
