"""A batch's output is acknowledged as a whole, and resent whole when the broker fails."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from aiokafka.errors import KafkaTimeoutError

from wirewatch.core.models import DeadLetter
from wirewatch.runtime import retry
from wirewatch.runtime.delivery import send_all
from wirewatch.runtime.stage import Outgoing
from wirewatch.topology import DEADLETTER

WHEN = datetime(2026, 11, 26, tzinfo=UTC)


def _outgoing(n: int) -> list[Outgoing]:
    return [
        Outgoing(DEADLETTER, f"k{i}", DeadLetter(id=f"d{i}", stage="t", topic="x",
                                                  reason="r", error="e", original_base64="",
                                                  failed_at=WHEN))
        for i in range(n)
    ]


class FlakyBroker:
    """Acks through futures the test resolves; fails the first `failures` acks it hands out."""

    def __init__(self, failures: int = 0) -> None:
        self.failures = failures
        self.enqueued: list[str] = []

    async def enqueue(self, out: Outgoing) -> asyncio.Future[object]:
        self.enqueued.append(out.key)
        ack: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        if self.failures:
            self.failures -= 1
            ack.set_exception(KafkaTimeoutError())
        else:
            ack.set_result(None)
        return ack


async def test_every_message_is_enqueued_before_any_ack_is_awaited() -> None:
    order: list[str] = []
    loop = asyncio.get_running_loop()

    async def enqueue(out: Outgoing) -> asyncio.Future[object]:
        order.append(f"enqueue {out.key}")
        ack: asyncio.Future[object] = loop.create_future()
        ack.add_done_callback(lambda _, key=out.key: order.append(f"acked {key}"))
        loop.call_soon(ack.set_result, None)
        return ack

    await send_all(_outgoing(3), enqueue)
    assert order[:3] == ["enqueue k0", "enqueue k1", "enqueue k2"]
    assert sorted(order[3:]) == ["acked k0", "acked k1", "acked k2"]


async def test_a_failed_ack_resends_the_whole_batch(monkeypatch) -> None:
    async def no_wait(_: float) -> None:
        return None

    monkeypatch.setattr(retry.asyncio, "sleep", no_wait)
    broker = FlakyBroker(failures=1)
    await send_all(_outgoing(3), broker.enqueue)
    assert broker.enqueued == ["k0", "k1", "k2", "k0", "k1", "k2"]


async def test_nothing_to_send_touches_nothing() -> None:
    broker = FlakyBroker()
    await send_all([], broker.enqueue)
    assert broker.enqueued == []
