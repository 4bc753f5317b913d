"""Sending a stage's output so that no input is committed before the broker has its output.

Messages are handed to the producer without waiting, so it can pack many into
one request; acknowledgements are awaited apart, and an input record is acked
(its offset may be committed) only once everything it produced is acknowledged.
If the broker fails a message, the record's whole output is sent again after a
backoff: ids are deterministic and every consumer is idempotent, so a repeat is
harmless while a gap would not be.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from aiokafka.errors import KafkaError

from wirewatch.runtime.errors import BrokerUnavailable
from wirewatch.runtime.retry import retry_forever
from wirewatch.runtime.stage import Outgoing

Enqueue = Callable[[Outgoing], Awaitable["asyncio.Future[object]"]]
"""Hands one message to the producer; the future resolves when the broker acks it."""


async def send_all(outgoing: Sequence[Outgoing], enqueue: Enqueue) -> None:
    """Enqueue every message, then wait until the broker has acknowledged all of them."""
    if not outgoing:
        return

    async def attempt() -> None:
        try:
            acks = [await enqueue(out) for out in outgoing]
            await asyncio.gather(*acks)
        except (KafkaError, OSError) as exc:
            raise BrokerUnavailable(repr(exc)) from exc

    await retry_forever(attempt, "kafka", context=f"{len(outgoing)} messages")


class InOrderAcks:
    """Acks each input record once the broker has every message it produced, in input order.

    The stage goes on to the next record while earlier outputs are in flight, so
    the producer packs them into few requests and the stage never idles on a round
    trip; an input's offset is still committed only after its outputs are safe. At
    most `limit` inputs wait for acknowledgement (back-pressure on the stage).
    """

    def __init__(self, ack: Callable[[Any], Awaitable[object]], enqueue: Enqueue,
                 limit: int) -> None:
        self._ack = ack
        self._enqueue = enqueue
        self._queue: asyncio.Queue[tuple[Any, Sequence[Outgoing], list[Any]]] = asyncio.Queue(
            maxsize=limit
        )
        self._task: asyncio.Task[None] | None = None

    async def add(self, record: Any, outgoing: Sequence[Outgoing]) -> None:
        """Hand `record`'s outputs to the producer; `record` is acked when they are safe."""
        if self._task is None:
            self._task = asyncio.create_task(self._acknowledge_in_order())
        elif self._task.done():
            self._task.result()  # the acker failed: surface it, the worker restarts the agent
        try:
            acks = [await self._enqueue(out) for out in outgoing]
        except (KafkaError, OSError):
            await send_all(outgoing, self._enqueue)
            acks = []
        await self._queue.put((record, outgoing, acks))

    async def drain(self) -> None:
        """Wait until every record added so far is acked."""
        await self._queue.join()

    async def close(self) -> None:
        """Stop acking; records still waiting are redelivered after a restart."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _acknowledge_in_order(self) -> None:
        while True:
            record, outgoing, acks = await self._queue.get()
            try:
                await asyncio.gather(*acks)
            except (KafkaError, OSError):
                await send_all(outgoing, self._enqueue)
            await self._ack(record)
            self._queue.task_done()
