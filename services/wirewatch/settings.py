"""Every WIREWATCH_* setting, typed, with its default.

Configuration comes only from the environment (and an optional `.env`), so the
same image runs on a laptop, in compose and in Kubernetes. The README's
configuration table is generated from the field descriptions here.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Runtime configuration; unset broker/Redis means "use the embedded ones"."""

    model_config = SettingsConfigDict(env_prefix="WIREWATCH_", env_file=".env", extra="ignore")

    kafka_bootstrap: str | None = Field(
        None, description="Kafka bootstrap servers; unset: the embedded broker of `wirewatch up`"
    )
    kafka_security_protocol: str = Field(
        "PLAINTEXT", description="PLAINTEXT, SSL, SASL_PLAINTEXT or SASL_SSL"
    )
    kafka_sasl_mechanism: str | None = Field(None, description="e.g. SCRAM-SHA-512")
    kafka_sasl_username: str | None = Field(None, description="SASL user name")
    kafka_sasl_password: SecretStr | None = Field(None, description="SASL password (secret)")
    kafka_ssl_cafile: str | None = Field(None, description="CA bundle for broker TLS")
    topic_prefix: str = Field("", description="Prefix for every topic name (one per deployment)")
    topic_partitions: int = Field(6, description="Partitions when wirewatch creates topics")
    topic_replication: int = Field(1, description="Replication factor when creating topics")

    redis_url: str | None = Field(
        None, description="Redis URL (redis:// or rediss://); unset: the embedded Redis"
    )
    redis_namespace: str = Field("wirewatch", description="Prefix of every Redis key")

    state_dir: str = Field(
        "~/.wirewatch", description="Where `wirewatch up` records the embedded broker and Redis"
    )
    log_level: str = Field("INFO", description="DEBUG, INFO, WARNING or ERROR")

    ingest_host: str = Field("127.0.0.1", description="Ingest API listen address")
    ingest_port: int = Field(8080, description="Ingest API port (also serves /metrics)")
    ingest_api_keys: list[SecretStr] = Field(
        default_factory=list, description="Accepted API keys (JSON list); empty: no auth"
    )
    ingest_max_body_bytes: int = Field(5_000_000, description="Largest accepted request body")
    ingest_max_batch: int = Field(500, description="Most articles in one POST")
    ingest_max_text_chars: int = Field(
        1_000_000, description="Longest article text accepted; longer is rejected"
    )
    ingest_rate_limit_per_minute: int = Field(
        6000, description="Articles per minute per client (API key or address)"
    )

    extract_metrics_port: int = Field(8081, description="extract service /metrics port")
    dedup_metrics_port: int = Field(8082, description="dedup service /metrics port")
    alert_metrics_port: int = Field(8083, description="alert service /metrics port")
    metrics_host: str = Field("127.0.0.1", description="Address the /metrics servers bind")

    alert_min_killed: int = Field(10, description="Killed at or above this raises an alert")
    alert_min_casualties: int = Field(
        25, description="Killed + wounded at or above this raises an alert"
    )
    alert_tiers: list[int] = Field(
        default_factory=lambda: [10, 50, 100],
        description="Killed thresholds of the severity tiers (JSON list)",
    )
    background_days: int = Field(
        14, description="An event dated this many days before publication is background"
    )

    dedup_window_days: float = Field(
        14, gt=0, description="How long incidents and articles are remembered (days; may be "
        "fractional)"
    )
    dedup_vocabulary_articles: int = Field(
        20_000, ge=2, description="Recent articles whose word frequencies weigh story "
        "terms (tf-idf); kept as two generations of half this size"
    )
    dedup_name_memory_days: float = Field(
        365, ge=0, description="How long an article's rare names are remembered, so that a "
        "follow-up after the window (an arrest, a trial) joins its story (0: off)"
    )
    dedup_minhash_threshold: float = Field(
        0.7, description="Shingle overlap coefficient above which articles are copies"
    )

    fetch_max_wait_ms: int = Field(
        20, description="Consumer fetch wait (Tansu holds every fetch this long)"
    )
    broker_session_timeout_s: float = Field(6.0, description="Consumer group session timeout")
    event_loop: Literal["uvloop", "asyncio"] = Field(
        "uvloop", description="Event loop of the stream workers (uvloop: ~10-15% less CPU)"
    )
    producer_linger_ms: float = Field(
        0.0, ge=0, description="How long a stage's producer waits to fill a request (a batch's "
        "sends are queued together anyway)"
    )
    stage_batch_max: int = Field(
        64, ge=1, description="Most records a stage handles before awaiting its sends' acks"
    )
    stage_batch_wait_ms: int = Field(
        5, ge=1, description="Longest a stage waits to fill a batch when records trickle in"
    )
    retry_max_seconds: float = Field(30.0, description="Longest backoff between retries")


@lru_cache
def get_settings() -> Settings:
    """The process-wide settings, read once from the environment."""
    return Settings()
