"""The two waits every stage pays per record: an awaited broker send, and a Redis round trip.

    .venv/bin/python bench/round_trips.py

Each stage processes one record at a time and waits for the broker to
acknowledge what it sent before taking the next, and dedup/extract make several
sequential Redis calls per record; these two figures bound the per-record time
whatever the CPU does. Measured on a fresh Tansu and Redis, 2 KB messages,
acks=all, for producer linger 5 ms (the old worker setting) and 0.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from pipebench.feeding import pct
from pipebench.infra import start_servers
from redis.asyncio import Redis


async def awaited_sends(bootstrap: str, linger_ms: int, count: int = 400) -> dict:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all", linger_ms=linger_ms,
                                enable_idempotence=False)
    await producer.start()
    waits = []
    try:
        for i in range(count):
            started = time.perf_counter()
            await producer.send_and_wait("rt", b"x" * 2000, key=str(i).encode())
            waits.append(1000 * (time.perf_counter() - started))
    finally:
        await producer.stop()
    waits.sort()
    return {"linger_ms": linger_ms, "p50_ms": pct(waits, 50), "p99_ms": pct(waits, 99)}


async def redis_round_trips(url: str, count: int = 3000) -> dict:
    client = Redis.from_url(url)
    waits = []
    try:
        for i in range(count):
            started = time.perf_counter()
            await client.set(f"rt:{i}", "v", nx=True, ex=60)
            waits.append(1000 * (time.perf_counter() - started))
    finally:
        await client.aclose()
    waits.sort()
    return {"op": "SET NX EX", "p50_ms": pct(waits, 50), "p99_ms": pct(waits, 99)}


async def main() -> dict:
    import os

    servers = start_servers("roundtrips")
    try:
        admin = AIOKafkaAdminClient(bootstrap_servers=servers.bootstrap)
        await admin.start()
        await admin.create_topics([NewTopic("rt", 2, 1)])
        await admin.close()
        result = {"load_avg_1m": os.getloadavg()[0],
                  "sends": [await awaited_sends(servers.bootstrap, ms) for ms in (5, 0)],
                  "redis": await redis_round_trips(servers.redis_url)}
    finally:
        servers.stop()
    return result


if __name__ == "__main__":
    print(json.dumps(asyncio.run(main()), indent=1))
    sys.exit(0)
