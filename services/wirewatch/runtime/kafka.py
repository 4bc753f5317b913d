"""Kafka plumbing shared by every service: connection options, topics, the article publisher.

Producers run at-least-once with acks=all and no idempotence: Tansu refuses the
idempotent producer, and every consumer downstream is idempotent instead.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaError, TopicAlreadyExistsError

from wirewatch.core.models import Article
from wirewatch.runtime.errors import BrokerUnavailable
from wirewatch.runtime.metrics import ARTICLES_PUBLISHED, DEPENDENCY_ERRORS
from wirewatch.settings import Settings
from wirewatch.topology import ARTICLES, TOPICS, topic_name

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 16 * 1024 * 1024
"""Largest record a wirewatch producer sends: big articles are rejected by size rules, not here."""


def security_options(settings: Settings) -> dict[str, Any]:
    """aiokafka keyword arguments for TLS and SASL, from WIREWATCH_KAFKA_* settings."""
    options: dict[str, Any] = {"security_protocol": settings.kafka_security_protocol}
    if "SSL" in settings.kafka_security_protocol:
        options["ssl_context"] = ssl.create_default_context(cafile=settings.kafka_ssl_cafile)
    if settings.kafka_sasl_mechanism:
        options["sasl_mechanism"] = settings.kafka_sasl_mechanism
        options["sasl_plain_username"] = settings.kafka_sasl_username
        password = settings.kafka_sasl_password
        options["sasl_plain_password"] = password.get_secret_value() if password else None
    return options


def faust_credentials(settings: Settings) -> Any:
    """The same TLS/SASL settings as Faust credentials (None for PLAINTEXT)."""
    import faust

    options = security_options(settings)
    context = options.get("ssl_context")
    if settings.kafka_sasl_mechanism:
        return faust.SASLCredentials(
            username=options["sasl_plain_username"], password=options["sasl_plain_password"],
            mechanism=settings.kafka_sasl_mechanism, ssl_context=context,
        )
    return faust.SSLCredentials(context) if context is not None else None


async def ensure_topics(bootstrap: str, settings: Settings) -> list[str]:
    """Create every topic of the topology with explicit partitions; existing ones are kept."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, **security_options(settings))
    await admin.start()
    created: list[str] = []
    try:
        existing = set(await admin.list_topics())
        wanted = [topic_name(spec, settings.topic_prefix) for spec in TOPICS]
        missing = [name for name in wanted if name not in existing]
        for name in missing:
            topic = NewTopic(name, settings.topic_partitions, settings.topic_replication)
            try:
                await admin.create_topics([topic])
                created.append(name)
            except TopicAlreadyExistsError:
                pass
    finally:
        await admin.close()
    return created


def make_producer(bootstrap: str, settings: Settings, **overrides: Any) -> AIOKafkaProducer:
    """An at-least-once producer: acks from all replicas, no idempotence (see module doc)."""
    options: dict[str, Any] = {
        "bootstrap_servers": bootstrap,
        "acks": "all",
        "enable_idempotence": False,
        "linger_ms": 5,
        "max_request_size": MAX_MESSAGE_BYTES,
        "request_timeout_ms": 10_000,
        **security_options(settings),
    }
    options.update(overrides)
    return AIOKafkaProducer(**options)


class ArticlePublisher:
    """Hands articles to the `articles` topic; raises BrokerUnavailable rather than lose one.

    `publish` returns only once the broker has acknowledged every article, so the
    HTTP API can answer 202 knowing Kafka has them.
    """

    def __init__(self, bootstrap: str, settings: Settings) -> None:
        self._bootstrap = bootstrap
        self._settings = settings
        self._topic = topic_name(ARTICLES, settings.topic_prefix)
        self._producer: AIOKafkaProducer | None = None
        self._lock = asyncio.Lock()

    @classmethod
    def from_settings(cls, settings: Settings) -> ArticlePublisher:
        """A publisher for the configured (or embedded) broker."""
        from wirewatch.runtime.endpoints import kafka_bootstrap

        return cls(kafka_bootstrap(settings), settings)

    async def start(self) -> None:
        """Connect now if the broker is there; otherwise connect on first publish."""
        try:
            await self._connected()
        except BrokerUnavailable:
            log.warning("broker not reachable yet", extra={"bootstrap": self._bootstrap})

    async def stop(self) -> None:
        """Flush and close."""
        if self._producer is not None:
            await self._producer.stop()
            self._producer = None

    async def ready(self) -> bool:
        """True when connected to the broker."""
        try:
            await self._connected()
        except BrokerUnavailable:
            return False
        return True

    async def publish(self, articles: list[Article]) -> None:
        """Send and await the broker's acknowledgement of every article."""
        producer = await self._connected()
        try:
            futures = [
                await producer.send(
                    self._topic, value=article.model_dump_json().encode(),
                    key=article.id.encode(),
                )
                for article in articles
            ]
            await asyncio.gather(*futures)
        except (KafkaError, OSError) as exc:
            DEPENDENCY_ERRORS.labels("kafka").inc()
            await self._reset()
            raise BrokerUnavailable(str(exc)) from exc
        ARTICLES_PUBLISHED.inc(len(articles))

    async def _connected(self) -> AIOKafkaProducer:
        async with self._lock:
            if self._producer is not None:
                return self._producer
            producer = make_producer(self._bootstrap, self._settings)
            try:
                await asyncio.wait_for(producer.start(), timeout=10)
            except (TimeoutError, KafkaError, OSError) as exc:
                DEPENDENCY_ERRORS.labels("kafka").inc()
                await _quiet_stop(producer)
                raise BrokerUnavailable(f"broker unavailable: {exc!r}") from exc
            self._producer = producer
            return producer

    async def _reset(self) -> None:
        async with self._lock:
            if self._producer is not None:
                await _quiet_stop(self._producer)
                self._producer = None


async def _quiet_stop(producer: AIOKafkaProducer) -> None:
    try:
        await asyncio.wait_for(producer.stop(), timeout=5)
    except Exception:  # noqa: BLE001 - closing a broken producer must not mask the cause
        log.debug("producer stop failed", exc_info=True)
