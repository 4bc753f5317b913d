"""`wirewatch alerts`: print alerts from the `alerts` topic, readable or as JSON lines.

The follower reads without a consumer group (every partition assigned), so any
number of analysts can follow the same topic without stealing each other's
messages. Starting "now" filters by record timestamp: Tansu's end offset lags
by one batch, and a timestamp filter is exact on any broker.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from typing import TextIO

from aiokafka import AIOKafkaConsumer, TopicPartition
from pydantic import ValidationError

from wirewatch.core.models import Alert
from wirewatch.runtime.endpoints import kafka_bootstrap
from wirewatch.runtime.kafka import security_options
from wirewatch.settings import Settings, get_settings
from wirewatch.topology import ALERTS, topic_name

DEFAULT_IDLE_SECONDS = 3.0
"""Without --follow, stop once no alert has come for this long."""


def format_alert(alert: Alert) -> str:
    """One alert as an analyst reads it: severity, toll, what, where, when, why we believe it."""
    parts = (alert.location.name, alert.location.admin1, alert.location.country)
    place = ", ".join(dict.fromkeys(p for p in parts if p)) or "unknown place"
    toll = f"{_count(alert.killed)} killed, {_count(alert.wounded)} wounded"
    kind = alert.sub_event_type or alert.event_type or "incident"
    head = "ESCALATION " if alert.escalation else ""
    lines = [
        f"[{head}{alert.severity.upper()}] {toll} | {kind} | {place}"
        f" ({alert.location.country_code or '??'}) | {alert.event_date or 'date unknown'}",
        f"  incident {alert.incident_id} v{alert.incident_version}"
        f" | actors: {', '.join(alert.actors) or 'unknown'}"
        f" | sources: {len(alert.sources)}",
    ]
    lines += [f"  {e.field} {e.value}: \"{e.sentence.strip()}\"" for e in alert.evidence[:3]]
    return "\n".join(lines)


def _count(value: int | None) -> str:
    return "?" if value is None else str(value)


async def follow_alerts(
    settings: Settings, out: TextIO, as_json: bool, from_beginning: bool,
    idle_timeout: float | None,
) -> int:
    """Print alerts until `idle_timeout` seconds pass without one (None: forever)."""
    topic = topic_name(ALERTS, settings.topic_prefix)
    consumer = AIOKafkaConsumer(
        bootstrap_servers=kafka_bootstrap(settings), enable_auto_commit=False,
        fetch_max_wait_ms=100, **security_options(settings),
    )
    await consumer.start()
    started_ms = int(time.time() * 1000)
    printed = 0
    try:
        await consumer.topics()  # loads cluster metadata: an unsubscribed topic has none yet
        numbers = consumer.partitions_for_topic(topic) or set()
        if not numbers:
            print(f"topic {topic!r} does not exist (yet)", file=sys.stderr)
        partitions = [TopicPartition(topic, p) for p in sorted(numbers)]
        consumer.assign(partitions)
        await consumer.seek_to_beginning(*partitions)
        last_seen = time.monotonic()
        while idle_timeout is None or time.monotonic() - last_seen < idle_timeout:
            batches = await consumer.getmany(timeout_ms=200)
            for records in batches.values():
                for record in records:
                    if not from_beginning and record.timestamp < started_ms:
                        continue
                    printed += _print_record(record.value, out, as_json)
                    last_seen = time.monotonic()
    finally:
        await consumer.stop()
    return printed


def _print_record(value: bytes | None, out: TextIO, as_json: bool) -> int:
    try:
        alert = Alert.model_validate_json(value or b"")
    except ValidationError:
        print(f"(unreadable alert record: {len(value or b'')} bytes)", file=sys.stderr)
        return 0
    out.write((alert.model_dump_json() if as_json else format_alert(alert)) + "\n")
    out.flush()
    return 1


def run_follower(
    as_json: bool, from_beginning: bool, follow: bool, timeout: float | None
) -> int:
    """The `wirewatch alerts` command."""
    idle = timeout if timeout is not None else (None if follow else DEFAULT_IDLE_SECONDS)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(follow_alerts(get_settings(), sys.stdout, as_json, from_beginning, idle))
    return 0
