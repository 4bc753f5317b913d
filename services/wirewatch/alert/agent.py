"""The alert stage: `incidents` -> `alerts`, once per incident and severity tier."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from redis.asyncio import Redis

from wirewatch.alert.ledger import AlertLedger
from wirewatch.core.alerting import AlertPolicy
from wirewatch.core.models import Alert, Incident
from wirewatch.dedup.window import Window
from wirewatch.runtime.metrics import ALERTS_RAISED, END_TO_END_SECONDS
from wirewatch.runtime.redis_stage import RedisBackedStage
from wirewatch.runtime.retry import retry_forever
from wirewatch.runtime.stage import Outgoing, decode, now_utc
from wirewatch.settings import Settings
from wirewatch.topology import ALERTS, INCIDENTS

Send = Callable[[Outgoing], Awaitable[None]]


def policy_from_settings(settings: Settings) -> AlertPolicy:
    """The AlertPolicy the WIREWATCH_ALERT_* settings describe."""
    return AlertPolicy(
        min_killed=settings.alert_min_killed,
        min_casualties=settings.alert_min_casualties,
        tiers=tuple(settings.alert_tiers),
    )


class AlertStage(RedisBackedStage):
    """Decode an incident version, ask the policy, publish, then record the tier."""

    name = "alert"
    source = INCIDENTS

    def __init__(self, settings: Settings, redis_url: str, send: Send) -> None:
        super().__init__(redis_url)
        self._settings = settings
        self._send = send
        self._policy = policy_from_settings(settings)
        self._ledger: AlertLedger | None = None

    async def open_stores(self, redis: Redis) -> None:
        ttl = 2 * Window(self._settings.dedup_window_days).ttl  # outlives the incidents
        self._ledger = AlertLedger(redis, self._settings.redis_namespace, ttl)

    async def handle(self, raw: bytes | None) -> list[Outgoing]:
        incident = decode(Incident, raw)
        ledger = self._ledger
        assert ledger is not None, "start() first"
        alerted = await retry_forever(
            lambda: ledger.alerted_level(incident.id), "redis", context=incident.id
        )
        alert = self._policy.decide(incident, alerted, now_utc())
        if alert is None:
            return []
        await self._send(Outgoing(ALERTS, incident.id, alert))
        await retry_forever(
            lambda: ledger.record(incident.id, alert.severity_level), "redis", context=alert.id
        )
        _observe(alert, incident)
        return []


def _observe(alert: Alert, incident: Incident) -> None:
    ALERTS_RAISED.labels(alert.severity).inc()
    if incident.ingested_at is not None:
        latency = (alert.raised_at - incident.ingested_at).total_seconds()
        END_TO_END_SECONDS.labels("alert").observe(max(latency, 0.0))
