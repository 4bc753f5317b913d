"""Faust workers for the stream stages: one thin agent each, plus /metrics and health.

The agent reads raw bytes (so poison records reach our decoder, not Faust's) in
small batches (`take_events`), hands each record to the stage in order, sends
what the stage returns without waiting, and waits for the broker's
acknowledgement of the whole batch's output before Faust acks (and so commits)
the batch: a crash redelivers rather than loses, and the producer can put many
records in one request instead of one round trip per record. Agents run with
concurrency 1 (Faust can commit past an in-flight message otherwise).
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

import faust
import mode.loop
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from wirewatch.runtime.delivery import send_all
from wirewatch.runtime.endpoints import kafka_bootstrap, redis_url
from wirewatch.runtime.faust_tuning import apply_fetch_wait
from wirewatch.runtime.kafka import faust_credentials
from wirewatch.runtime.logs import configure_logging, logging_config
from wirewatch.runtime.metrics import CONSUMER_LAG, DEAD_LETTERS, READY, STAGE_SECONDS
from wirewatch.runtime.stage import Outgoing, PoisonMessage, StageHandler, dead_letter, encode
from wirewatch.settings import Settings, get_settings
from wirewatch.topology import DEADLETTER, TopicSpec, topic_name

log = logging.getLogger(__name__)


def build_stage(name: str, settings: Settings, send: Any) -> StageHandler:
    """The stage handler for a service name."""
    url = redis_url(settings)
    if name == "extract":
        from wirewatch.extract.agent import ExtractStage

        return ExtractStage(settings, url)
    if name == "dedup":
        from wirewatch.dedup.agent import DedupStage

        return DedupStage(settings, url)
    if name == "alert":
        from wirewatch.alert.agent import AlertStage

        return AlertStage(settings, url, send)
    raise ValueError(f"unknown stage {name!r}")


def metrics_port(name: str, settings: Settings) -> int:
    """The /metrics port of a stage service."""
    return {
        "extract": settings.extract_metrics_port,
        "dedup": settings.dedup_metrics_port,
        "alert": settings.alert_metrics_port,
    }[name]


def build_app(name: str, settings: Settings) -> faust.App:
    """A Faust app running stage `name` at-least-once, with its web pages."""
    apply_fetch_wait(settings.fetch_max_wait_ms)
    app = faust.App(
        f"{settings.topic_prefix}wirewatch-{name}",
        broker=f"kafka://{kafka_bootstrap(settings)}",
        broker_credentials=faust_credentials(settings),
        store="memory://",
        processing_guarantee="at_least_once",
        topic_allow_declare=False,
        topic_disable_leader=True,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.broker_session_timeout_s,
        broker_heartbeat_interval=min(1.0, settings.broker_session_timeout_s / 6),
        broker_commit_interval=0.5,
        producer_acks=-1,
        producer_linger=settings.producer_linger_ms / 1000,
        producer_max_request_size=16 * 1024 * 1024,
        web_enabled=True,
        web_bind=settings.metrics_host,
        web_port=metrics_port(name, settings),
        web_in_thread=False,
    )
    channels: dict[str, Any] = {}

    def channel(spec: TopicSpec) -> Any:
        if spec.name not in channels:
            channels[spec.name] = app.topic(
                topic_name(spec, settings.topic_prefix), key_type=bytes, value_type=bytes,
                key_serializer="raw", value_serializer="raw",
            )
        return channels[spec.name]

    async def send(out: Outgoing) -> asyncio.Future:
        """Hand `out` to the producer; the returned future resolves on the broker's ack."""
        return await channel(out.topic).send(
            key=out.key.encode(), value=encode(out.value), force=True
        )

    async def send_acked(out: Outgoing) -> None:
        await send_all([out], send)

    stage = build_stage(name, settings, send_acked)
    _add_agent(app, name, stage, channel(stage.source), send, settings)
    _add_pages(app, stage)
    _add_lag_timer(app)
    return app


def _add_agent(app: faust.App, name: str, stage: StageHandler, source: Any, send: Any,
               settings: Settings) -> None:
    @app.agent(source, concurrency=1, name=f"wirewatch.{name}")
    async def process(stream: Any) -> None:
        await stage.start()
        try:
            async for events in stream.take_events(
                settings.stage_batch_max, within=settings.stage_batch_wait_ms / 1000
            ):
                outgoing: list[Outgoing] = []
                for event in events:
                    outgoing += await _process_one(name, stage, event.message)
                await send_all(outgoing, send)
        finally:
            await stage.stop()


async def _process_one(name: str, stage: StageHandler, message: Any) -> list[Outgoing]:
    """What one record produces: the stage's messages, or its dead letter."""
    started = time.perf_counter()
    try:
        return await stage.handle(message.value)
    except PoisonMessage as exc:
        return [_dead_letter(name, message, exc.reason, exc.error)]
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001 - a bug on one record must not stop the stream
        log.exception("stage failed on a record", extra={"stage": name})
        return [_dead_letter(name, message, "processing_error", repr(exc))]
    finally:
        STAGE_SECONDS.labels(name).observe(time.perf_counter() - started)


def _dead_letter(name: str, message: Any, reason: str, error: str) -> Outgoing:
    letter = dead_letter(
        name, message.topic, message.partition, message.offset, message.key, message.value,
        reason, error,
    )
    DEAD_LETTERS.labels(name, reason).inc()
    log.warning("dead letter", extra={"stage": name, "reason": reason, "offset": message.offset})
    return Outgoing(DEADLETTER, name, letter)


def _add_pages(app: faust.App, stage: StageHandler) -> None:
    @app.page("/metrics")
    async def metrics(web: Any, request: Any) -> Any:
        return web.bytes(generate_latest(), headers={"Content-Type": CONTENT_TYPE_LATEST})

    @app.page("/healthz")
    async def healthz(web: Any, request: Any) -> Any:
        return web.json({"status": "alive"})

    @app.page("/readyz")
    async def readyz(web: Any, request: Any) -> Any:
        body = await _readiness(app, stage)
        return web.json(body, status=200 if body["ready"] else 503)

    @app.timer(5.0)
    async def refresh_ready() -> None:
        await _readiness(app, stage)


async def _readiness(app: faust.App, stage: StageHandler) -> dict[str, Any]:
    """Ready = partitions assigned and Redis answering; also kept in the wirewatch_ready gauge."""
    assigned = len(app.consumer.assignment()) if app.consumer else 0
    redis_ok = await stage.ready()
    ok = assigned > 0 and redis_ok
    READY.set(1 if ok else 0)
    return {"ready": ok, "partitions_assigned": assigned, "redis": redis_ok}


def _add_lag_timer(app: faust.App) -> None:
    @app.timer(5.0)
    async def consumer_lag() -> None:
        consumer = app.consumer
        for tp in consumer.assignment():
            high = consumer.highwater(tp)
            committed = consumer._committed_offset.get(tp)  # noqa: SLF001 - no public accessor
            if high is not None:
                lag = max(high - (committed or 0), 0)
                CONSUMER_LAG.labels(tp.topic, str(tp.partition)).set(lag)


def run_worker(name: str) -> int:
    """Run stage `name` until stopped; returns the process exit code."""
    settings = get_settings()
    configure_logging(settings.log_level)
    if settings.event_loop == "uvloop":
        mode.loop.use("uvloop")
    app = build_app(name, settings)
    worker = faust.Worker(
        app, loglevel=settings.log_level, quiet=True, redirect_stdouts=False,
        logging_config=logging_config(settings.log_level),
    )
    worker.execute_from_commandline()
    return 0
