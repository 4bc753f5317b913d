"""Faust settings it does not expose: the consumer's fetch wait.

Faust hard-codes a 1,500 ms `fetch_max_wait_ms`. Apache Kafka answers a fetch as
soon as data arrives, so it costs nothing there; Tansu holds every fetch for the
full wait, which put ~1 s on every stage's latency. We set it on the consumer
Faust creates, before it starts.
"""

from __future__ import annotations

from typing import Any

from faust.transport.drivers import aiokafka as faust_aiokafka

_original = faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer
_state = {"fetch_max_wait_ms": 1500}


def _create_worker_consumer(self: Any, transport: Any) -> Any:
    consumer = _original(self, transport)
    consumer._fetch_max_wait_ms = _state["fetch_max_wait_ms"]  # noqa: SLF001 - read at start()
    return consumer


def apply_fetch_wait(milliseconds: int) -> None:
    """Make every Faust worker consumer created from now on wait at most `milliseconds`."""
    _state["fetch_max_wait_ms"] = milliseconds
    faust_aiokafka.AIOKafkaConsumerThread._create_worker_consumer = _create_worker_consumer
