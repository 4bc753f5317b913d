"""Where the broker and Redis are: the environment first, then a running `wirewatch up`."""

from __future__ import annotations

from wirewatch.runtime.embedded import read_state
from wirewatch.runtime.errors import RuntimeNotFound
from wirewatch.settings import Settings

HINT = "set WIREWATCH_KAFKA_BOOTSTRAP / WIREWATCH_REDIS_URL, or start `wirewatch up`"


def kafka_bootstrap(settings: Settings) -> str:
    """The configured bootstrap servers, else those of the running embedded broker."""
    if settings.kafka_bootstrap:
        return settings.kafka_bootstrap
    state = read_state(settings.state_dir)
    if state is None:
        raise RuntimeNotFound(f"no Kafka broker configured: {HINT}")
    return state.kafka_bootstrap


def redis_url(settings: Settings) -> str:
    """The configured Redis URL, else that of the running embedded Redis."""
    if settings.redis_url:
        return settings.redis_url
    state = read_state(settings.state_dir)
    if state is None:
        raise RuntimeNotFound(f"no Redis configured: {HINT}")
    return state.redis_url
