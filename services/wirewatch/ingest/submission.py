"""One HTTP submission -> Articles: the media types ingest takes and how each is parsed.

Kept apart from the FastAPI wiring so the mapping (a table) and the size-bounded
read can be read on one screen. Every refusal is a `Rejection` carrying its
HTTP status and a machine-readable reason.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from wirewatch.core.models import Article
from wirewatch.ingest.formats import FEED, NEWSML, ParseError, detect_format, parse_any

# Media type -> format (None: sniff the body). RFC 8259 JSON, NDJSON/JSON Lines,
# RFC 7303 XML (NewsML-G2, NITF, RSS, Atom), HTML and plain-text pages.
MEDIA_TYPES: dict[str, str | None] = {
    "application/json": "json",
    "application/ninjs+json": "json",
    "application/x-ndjson": "jsonl",
    "application/ndjson": "jsonl",
    "application/jsonl": "jsonl",
    "application/x-jsonlines": "jsonl",
    "application/xml": None,
    "text/xml": None,
    "application/rss+xml": "feed",
    "application/atom+xml": "feed",
    "application/vnd.iptc.g2.newsitem+xml": "newsml",
    "application/vnd.iptc.g2.newsmessage+xml": "newsml",
    "application/nitf+xml": "newsml",
    "text/html": "html",
    "text/plain": "text",
}

# ParseError reason -> HTTP status (RFC 9110: 400 unreadable, 413 too large,
# 415 unsupported type/charset, 422 readable but not an article).
STATUS_FOR_REASON: dict[str, int] = {
    "bad_encoding": 400,
    "invalid_json": 400,
    "invalid_xml": 400,
    "forbidden_xml": 400,
    "invalid_feed": 400,
    "empty": 400,
    "unknown_encoding": 415,
    "unknown_format": 415,
    "unsupported_media_type": 415,
    "too_large": 413,
    "invalid_article": 422,
    "missing_text": 422,
}


@dataclass
class Rejection(Exception):
    """A request refused before publishing: HTTP status, reason code, message, headers."""

    status: int
    reason: str
    message: str
    headers: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_parse_error(cls, error: ParseError) -> Rejection:
        return cls(STATUS_FOR_REASON.get(error.reason, 400), error.reason, str(error))


def media_type(header: str | None) -> tuple[str | None, str | None]:
    """(lower-case media type, charset parameter) of a Content-Type header."""
    if not header:
        return None, None
    kind, *params = (part.strip() for part in header.split(";"))
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"') or None
    return kind.lower() or None, charset


def _format_for(kind: str | None, body: bytes) -> str:
    if kind is None:
        return detect_format(body)
    if kind not in MEDIA_TYPES and not kind.endswith(("+json", "+xml")):
        raise Rejection(415, "unsupported_media_type", f"unsupported Content-Type {kind[:80]!r}")
    fmt = MEDIA_TYPES.get(kind) or ("json" if kind.endswith("+json") else None)
    if fmt is None:
        sniffed = detect_format(body)
        fmt = sniffed if sniffed in (FEED, NEWSML) else NEWSML
    return fmt


def parse_submission(body: bytes, content_type: str | None) -> list[Article]:
    """The articles in a request body, or a Rejection saying why not."""
    kind, charset = media_type(content_type)
    fmt = _format_for(kind, body)
    try:
        return parse_any(body, fmt, charset=charset)
    except ParseError as exc:
        raise Rejection.from_parse_error(exc) from None


async def read_bounded(
    chunks: AsyncIterator[bytes], declared_length: str | None, limit: int
) -> bytes:
    """The whole body, refusing (413) as soon as it passes `limit` bytes: never buffers more."""
    too_large = Rejection(413, "body_too_large", f"request body is over {limit} bytes")
    if declared_length and declared_length.isdigit() and int(declared_length) > limit:
        raise too_large
    parts: list[bytes] = []
    size = 0
    async for chunk in chunks:
        size += len(chunk)
        if size > limit:
            raise too_large
        parts.append(chunk)
    return b"".join(parts)
