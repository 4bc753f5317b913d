"""A batch's output is acknowledged as a whole, and resent whole when the broker fails."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from aiokafka.errors import KafkaTimeoutError

from wirewatch.core.models import DeadLetter
from wirewatch.runtime import retry
from wirewatch.runtime.delivery import InOrderAcks, send_all
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
    monkeypatch.setattr(retry.Backoff, "next", lambda self: 0.0)
    broker = FlakyBroker(failures=1)
    await send_all(_outgoing(3), broker.enqueue)
    assert broker.enqueued == ["k0", "k1", "k2", "k0", "k1", "k2"]


async def test_nothing_to_send_touches_nothing() -> None:
    broker = FlakyBroker()
    await send_all([], broker.enqueue)
    assert broker.enqueued == []


class ManualBroker:
    """Hands out acks the test resolves itself, in any order it likes."""

    def __init__(self) -> None:
        self.pending: dict[str, list[asyncio.Future[object]]] = {}
        self.enqueued: list[str] = []

    async def enqueue(self, out: Outgoing) -> asyncio.Future[object]:
        self.enqueued.append(out.key)
        ack: asyncio.Future[object] = asyncio.get_running_loop().create_future()
        self.pending.setdefault(out.key, []).append(ack)
        return ack

    def acknowledge(self, key: str, error: Exception | None = None) -> None:
        ack = self.pending[key].pop(0)
        if error is None:
            ack.set_result(None)
        else:
            ack.set_exception(error)


async def _settle() -> None:
    for _ in range(20):
        await asyncio.sleep(0)


async def test_records_are_acked_in_order_once_their_output_is_safe() -> None:
    broker, acked = ManualBroker(), []

    async def ack(record: str) -> None:
        acked.append(record)

    acks = InOrderAcks(ack, broker.enqueue, limit=10)
    first, second = _outgoing(2)
    await acks.add("r1", [first])
    await acks.add("r2", [second])
    await acks.add("r3", [])
    broker.acknowledge("k1")
    await _settle()
    assert acked == []  # r2's output is safe, but r1's is not yet
    broker.acknowledge("k0")
    await acks.drain()
    assert acked == ["r1", "r2", "r3"]
    await acks.close()


async def test_a_record_whose_output_failed_is_resent_before_it_is_acked(monkeypatch) -> None:
    monkeypatch.setattr(retry.Backoff, "next", lambda self: 0.0)
    broker, acked = ManualBroker(), []

    async def ack(record: str) -> None:
        acked.append(record)

    acks = InOrderAcks(ack, broker.enqueue, limit=10)
    await acks.add("r1", _outgoing(1))
    broker.acknowledge("k0", KafkaTimeoutError())
    await _settle()
    assert broker.enqueued == ["k0", "k0"] and acked == []
    broker.acknowledge("k0")
    await acks.drain()
    assert acked == ["r1"]
    await acks.close()
