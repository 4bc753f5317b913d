"""What every stream stage shares: decoding with reasons, outgoing messages, dead letters.

A stage turns one incoming record into zero or more outgoing messages. Input it
cannot read is a `PoisonMessage` with a machine-readable reason; the worker turns
that into a dead letter carrying the original bytes, and the stream goes on.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol, TypeVar

import orjson
from pydantic import BaseModel, ValidationError

from wirewatch.core.models import SCHEMA_VERSION, DeadLetter, Message, stable_id
from wirewatch.topology import TopicSpec

M = TypeVar("M", bound=Message)

MAX_RECORD_BYTES = 8 * 1024 * 1024
"""A record larger than this is poison, whatever it holds."""


class PoisonMessage(Exception):
    """A record this stage can never process: retrying will not help."""

    def __init__(self, reason: str, error: str) -> None:
        super().__init__(f"{reason}: {error}")
        self.reason = reason
        self.error = error


@dataclass(frozen=True)
class Outgoing:
    """A message a stage wants sent, with its topic and key."""

    topic: TopicSpec
    key: str
    value: BaseModel


class StageHandler(Protocol):
    """The thin part of a Faust agent: start dependencies, then decode and handle records."""

    name: str
    source: TopicSpec

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def ready(self) -> bool: ...

    async def handle(self, raw: bytes | None) -> list[Outgoing]: ...


def decode(model: type[M], raw: bytes | None, max_bytes: int = MAX_RECORD_BYTES) -> M:
    """Parse a record into `model`, or raise PoisonMessage saying why not."""
    if not raw:
        raise PoisonMessage("empty", "record has no value")
    if len(raw) > max_bytes:
        raise PoisonMessage("too_large", f"{len(raw)} bytes exceeds {max_bytes}")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PoisonMessage("invalid_utf8", str(exc)) from exc
    try:
        data = orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise PoisonMessage("invalid_json", str(exc)) from exc
    if not isinstance(data, dict):
        raise PoisonMessage("invalid_schema", "record is not a JSON object")
    version = data.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise PoisonMessage("unsupported_schema_version", f"schema_version {version!r}")
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise PoisonMessage("invalid_schema", _short_errors(exc)) from exc


def _short_errors(exc: ValidationError) -> str:
    parts = [f"{'.'.join(map(str, e['loc'])) or '<root>'}: {e['msg']}" for e in exc.errors()]
    return "; ".join(parts[:5])


def dead_letter(
    stage: str, topic: str, partition: int | None, offset: int | None, key: bytes | None,
    raw: bytes | None, reason: str, error: str,
) -> DeadLetter:
    """The dead letter for a record; its id is stable, so a redelivery is recognisable."""
    position = f"{topic}/{partition}/{offset}" if offset is not None else stable_id(
        repr(raw)[:10_000]
    )
    return DeadLetter(
        id="dl-" + stable_id(stage, position),
        stage=stage,
        topic=topic,
        partition=partition,
        offset=offset,
        key=key.decode("utf-8", "replace") if key else None,
        reason=reason,
        error=error[:2000],
        original_base64=base64.b64encode(raw or b"").decode("ascii"),
        failed_at=datetime.now(UTC),
    )


def encode(value: BaseModel) -> bytes:
    """The wire form of a message: compact JSON."""
    return value.model_dump_json().encode("utf-8")


def now_utc() -> datetime:
    """The current time, timezone-aware."""
    return datetime.now(UTC)


def to_json_line(value: BaseModel) -> str:
    """One message as a JSON line."""
    return orjson.dumps(value.model_dump(mode="json")).decode()
