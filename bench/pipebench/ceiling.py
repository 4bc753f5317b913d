"""The ceiling: raw aiokafka produce -> consume of the same articles through the same broker.

No Faust, no Redis, no extraction: what the broker and the client library can
move on this machine. The pipeline can never beat it.
"""

from __future__ import annotations

import asyncio
import time
import uuid

import orjson
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic


async def measure_ceiling(bootstrap: str, articles: list[dict], partitions: int = 3) -> dict:
    """Produce every article (acks=all, linger 5 ms) while one consumer group reads them."""
    topic = f"ceiling-{uuid.uuid4().hex[:8]}"
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap)
    await admin.start()
    try:
        await admin.create_topics([NewTopic(topic, partitions, 1)])
    finally:
        await admin.close()
    payloads = [orjson.dumps(a) for a in articles]
    consumer = AIOKafkaConsumer(
        topic, bootstrap_servers=bootstrap, group_id=f"g-{topic}",
        auto_offset_reset="earliest", fetch_max_wait_ms=20, enable_auto_commit=True,
    )
    await consumer.start()
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=5,
                                enable_idempotence=False, max_request_size=16 * 1024 * 1024)
    await producer.start()
    try:
        await _wait_assigned(consumer)
        reader = asyncio.create_task(_consume(consumer, len(payloads)))
        started = time.perf_counter()
        futures = [await producer.send(topic, value=p, key=str(i).encode())
                   for i, p in enumerate(payloads)]
        await asyncio.gather(*futures)
        produced = time.perf_counter() - started
        await asyncio.wait_for(reader, timeout=300)
        total = time.perf_counter() - started
    finally:
        await producer.stop()
        await consumer.stop()
    n = len(payloads)
    return {"articles": n, "mean_bytes": round(sum(map(len, payloads)) / n),
            "produce_per_s": round(n / produced), "produce_consume_per_s": round(n / total)}


async def _wait_assigned(consumer: AIOKafkaConsumer) -> None:
    deadline = time.monotonic() + 60
    while not consumer.assignment():
        if time.monotonic() > deadline:
            raise TimeoutError("ceiling consumer got no partitions")
        await consumer.getmany(timeout_ms=100)


async def _consume(consumer: AIOKafkaConsumer, wanted: int) -> None:
    seen = 0
    while seen < wanted:
        for batch in (await consumer.getmany(timeout_ms=200, max_records=5000)).values():
            seen += len(batch)
