"""AlertLedger: which severity tier each incident has been alerted at, kept in Redis.

Order of work per incident version: read the tier already alerted, ask the
AlertPolicy, publish the alert and wait for the broker's acknowledgement, then
record the tier. A crash between the acknowledgement and the record can at
worst send the same alert again *with the same id* (`<incident>:<tier>`); it
can never lose one. Recording only ever raises the tier (a Lua max), so a
replayed old version cannot lower it.
"""

from __future__ import annotations

from redis.asyncio import Redis

_RAISE_TO = """
local current = tonumber(redis.call('GET', KEYS[1]) or '0')
local wanted = tonumber(ARGV[1])
if wanted > current then
  redis.call('SET', KEYS[1], wanted, 'EX', ARGV[2])
  return wanted
end
redis.call('EXPIRE', KEYS[1], ARGV[2])
return current
"""


class AlertLedger:
    """The highest tier alerted per incident, remembered for `ttl_seconds`."""

    def __init__(self, redis: Redis, namespace: str, ttl_seconds: int) -> None:
        self._redis = redis
        self._namespace = namespace
        self._ttl = ttl_seconds
        self._raise_to = redis.register_script(_RAISE_TO)

    def _key(self, incident_id: str) -> str:
        return f"{self._namespace}:alerted:{incident_id}"

    async def alerted_level(self, incident_id: str) -> int:
        """The highest tier already alerted for this incident (0: none)."""
        value = await self._redis.get(self._key(incident_id))
        return int(value) if value else 0

    async def record(self, incident_id: str, level: int) -> int:
        """Remember that `level` was alerted; returns the level now on record."""
        result = await self._raise_to(keys=[self._key(incident_id)], args=[level, self._ttl])
        return int(result)
