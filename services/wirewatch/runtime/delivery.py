"""Sending a batch's output so that nothing is committed before the broker has it.

A stage hands every outgoing message of a batch to the producer first and only
then waits for the acknowledgements, so the producer can pack them into a few
requests. If the broker fails any of them, the whole batch's output is sent
again after a backoff: ids are deterministic and every consumer is idempotent,
so a repeat is harmless while a gap would not be.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence

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
