"""Typed failures of the things a service depends on: retried, never swallowed."""


class BrokerUnavailable(Exception):
    """Kafka cannot take or give messages right now."""


class RedisUnavailable(Exception):
    """Redis cannot be reached right now."""


class RuntimeNotFound(Exception):
    """No broker or Redis configured and no `wirewatch up` running."""
