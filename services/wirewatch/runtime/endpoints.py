"""Where the broker and Redis are: the environment first, then a running `wirewatch up`."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

from wirewatch.runtime.embedded import read_state
from wirewatch.runtime.errors import RuntimeNotFound
from wirewatch.settings import Settings

HINT = "set WIREWATCH_KAFKA_BOOTSTRAP / WIREWATCH_REDIS_URL, or start `wirewatch up`"


def _configured_or_embedded(configured: str | None, settings: Settings, field: str) -> str:
    if configured:
        return configured
    state = read_state(settings.state_dir)
    if state is None:
        raise RuntimeNotFound(f"no {field.replace('_', ' ')} configured: {HINT}")
    return getattr(state, field)


def kafka_bootstrap(settings: Settings) -> str:
    """The configured bootstrap servers, else those of the running embedded broker."""
    return _configured_or_embedded(settings.kafka_bootstrap, settings, "kafka_bootstrap")


def redis_url(settings: Settings) -> str:
    """The configured Redis URL, else that of the running embedded Redis."""
    return _configured_or_embedded(settings.redis_url, settings, "redis_url")


def redacted(url: str) -> str:
    """The URL fit to print or log: any password in it replaced by ***."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}:***@{host}{port}"))
