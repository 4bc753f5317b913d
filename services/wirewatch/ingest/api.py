"""The ingest HTTP API: articles in, handed to Kafka, 202 only once the broker has them.

    create_app(publisher, settings) -> FastAPI

`publisher` is anything with `async publish(list[Article])` (raising
BrokerUnavailable when Kafka cannot take them) and `async ready() -> bool`;
in production `wirewatch.runtime.kafka.ArticlePublisher`. A request is
refused, in this order, for: a missing/wrong API key (401), the client's rate
(429 + Retry-After), a body over `ingest_max_body_bytes` (413, checked while
reading), an unsupported media type or charset (415), unreadable bytes (400),
something that is not an article (422), too many articles (413), too long a
text (422), and a broker that cannot take them (503 + Retry-After).
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import time
from datetime import UTC, datetime
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from pydantic import BaseModel, Field

from wirewatch.core.models import Article
from wirewatch.ingest.publishing import Publisher
from wirewatch.ingest.rate_limit import RateLimiter
from wirewatch.ingest.submission import (
    MEDIA_TYPES,
    Rejection,
    parse_submission,
    read_bounded,
)
from wirewatch.runtime.errors import BrokerUnavailable
from wirewatch.runtime.metrics import ARTICLES_RECEIVED, ARTICLES_REJECTED
from wirewatch.settings import Settings

log = logging.getLogger(__name__)

BROKER_RETRY_AFTER_S = 5
"""Retry-After on 503: the publisher reconnects on the next request anyway."""


class ArticleSubmission(BaseModel):
    """One article as clients send it (wirewatch JSON); `id` is derived when absent."""

    id: str | None = Field(None, min_length=1, max_length=512)
    text: str = Field(min_length=1, pattern=r"\S", description="Article text or HTML")
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published_at: datetime | None = None
    language: str | None = None
    content_type: Literal["text", "html"] = "text"


class Accepted(BaseModel):
    """The ids of the articles handed to Kafka, in request order."""

    accepted: int
    ids: list[str]


class ErrorBody(BaseModel):
    """Why a request was refused: a machine-readable reason and a message."""

    error: str
    detail: str


def _request_body_spec(settings: Settings) -> dict[str, Any]:
    one = ArticleSubmission.model_json_schema()
    one["properties"]["text"]["maxLength"] = settings.ingest_max_text_chars
    # The batch limit is a 413 (a size limit, like the body's), so it is described, not a
    # schema maxItems (which would make an over-long batch a 4xx "schema violation").
    batch = {"type": "array", "items": one, "minItems": 1,
             "description": f"At most {settings.ingest_max_batch} articles (else 413)"}
    ninjs = {"type": "object", "description": "An IPTC ninjs item (1.x, 2.x or 3.x)",
             "additionalProperties": True}
    as_text = {"schema": {"type": "string", "minLength": 1, "pattern": r"\S"}}
    content: dict[str, Any] = {
        "application/json": {"schema": {"anyOf": [one, batch, ninjs]}},
        "application/x-ndjson": {"schema": {"type": "string",
                                            "description": "One article JSON object per line"}},
    }
    content.update({kind: as_text for kind in MEDIA_TYPES if kind not in content
                    and not kind.endswith("json")})
    return {"required": True, "content": content}


def _error(status: int, reason: str, detail: str, headers: dict[str, str] | None = None):
    return JSONResponse({"error": reason, "detail": detail}, status_code=status, headers=headers)


def _presented_key(request: Request) -> str | None:
    auth = request.headers.get("authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        return token.strip()
    return request.headers.get("x-api-key") or None


class _Gate:
    """API keys and rate limits: who may send, and how much."""

    def __init__(self, settings: Settings) -> None:
        self.keys = [k.get_secret_value().encode() for k in settings.ingest_api_keys]
        self.limiter = RateLimiter(settings.ingest_rate_limit_per_minute)

    def client(self, request: Request) -> str:
        """The client's rate-limit identity (never the key itself); 401 if keys are wrong."""
        presented = _presented_key(request)
        if self.keys:
            given = (presented or "").encode()
            # compare_digest against every key: timing reveals neither key nor match position.
            matches = [hmac.compare_digest(given, key) for key in self.keys]
            if not presented or not any(matches):
                raise Rejection(401, "unauthorized", "missing or invalid API key",
                                {"WWW-Authenticate": "Bearer"})
            return "key:" + hashlib.sha256(given).hexdigest()[:16]
        return "addr:" + (request.client.host if request.client else "unknown")

    def charge(self, client: str, cost: int, spend: bool = True) -> None:
        """429 when the client's bucket lacks `cost` tokens; spends them otherwise."""
        wait = self.limiter.take(client, cost, time.monotonic(), spend=spend)
        if wait > 0:
            raise Rejection(429, "rate_limited", f"over the rate limit; retry in {wait:.1f}s",
                            {"Retry-After": str(self.limiter.retry_after(wait))})


def _check_limits(articles: list[Article], settings: Settings) -> None:
    if len(articles) > settings.ingest_max_batch:
        limit = settings.ingest_max_batch
        raise Rejection(413, "batch_too_large",
                        f"{len(articles)} articles; at most {limit} per request")
    for article in articles:
        if len(article.text) > settings.ingest_max_text_chars:
            raise Rejection(422, "text_too_long", f"article {article.id!r} text is over "
                            f"{settings.ingest_max_text_chars} characters")


async def _accept(request: Request, gate: _Gate, settings: Settings) -> list[Article]:
    client = gate.client(request)
    gate.charge(client, 1, spend=False)  # refuse before reading a body when already over
    coding = request.headers.get("content-encoding", "identity").strip().lower()
    if coding not in ("", "identity"):
        raise Rejection(415, "unsupported_media_type",
                        f"Content-Encoding {coding[:40]!r} is not accepted; send identity")
    body = await read_bounded(request.stream(), request.headers.get("content-length"),
                              settings.ingest_max_body_bytes)
    articles = parse_submission(body, request.headers.get("content-type"))
    _check_limits(articles, settings)
    gate.charge(client, len(articles))
    now = datetime.now(UTC)
    return [a.model_copy(update={"received_at": now}) for a in articles]


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorBody, "description": description}
    for status, description in {
        400: "Unreadable body: invalid JSON/XML, bad encoding, refused XML constructs",
        401: "Missing or invalid API key (when keys are configured)",
        413: "Body or batch too large",
        415: "Unsupported media type or charset",
        422: "Readable, but not an article (no text, schema error, text too long)",
        429: "Over the client's rate limit (see Retry-After)",
        503: "The broker cannot take articles now (see Retry-After); nothing was accepted",
    }.items()
}


def create_app(publisher: Publisher, settings: Settings) -> FastAPI:
    """The ingest service's ASGI app."""
    app = FastAPI(title="wirewatch ingest", version="1",
                  description="Submit news articles to the wirewatch pipeline.")
    gate = _Gate(settings)

    @app.post("/articles", status_code=202, response_model=Accepted, responses=ERROR_RESPONSES,
              openapi_extra={"requestBody": _request_body_spec(settings)})
    async def post_articles(request: Request):
        """Accept one article or a batch: wirewatch JSON, ninjs, JSON Lines, NewsML-G2, feeds."""
        try:
            articles = await _accept(request, gate, settings)
        except Rejection as refused:
            ARTICLES_REJECTED.labels(refused.reason).inc()
            log.info("ingest refused", extra={"reason": refused.reason, "status": refused.status})
            return _error(refused.status, refused.reason, refused.message, refused.headers)
        ARTICLES_RECEIVED.labels("http").inc(len(articles))
        try:
            await publisher.publish(articles)
        except BrokerUnavailable as exc:
            ARTICLES_REJECTED.labels("broker_unavailable").inc(len(articles))
            log.warning("broker unavailable; articles refused", extra={"count": len(articles)})
            return _error(503, "broker_unavailable", f"broker unavailable: {exc}"[:300],
                          {"Retry-After": str(BROKER_RETRY_AFTER_S)})
        return JSONResponse({"accepted": len(articles), "ids": [a.id for a in articles]},
                            status_code=202)

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        """Liveness: the process answers."""
        return {"status": "ok"}

    @app.get("/readyz", responses={503: {"description": "Broker not reachable"}})
    async def readyz():
        """Readiness: the publisher is connected to the broker."""
        ready = await publisher.ready()
        return JSONResponse({"ready": ready}, status_code=200 if ready else 503)

    @app.get("/metrics", response_class=Response,
             responses={200: {"content": {"text/plain": {}}}})
    async def metrics() -> Response:
        """Prometheus metrics of this process."""
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    return app
