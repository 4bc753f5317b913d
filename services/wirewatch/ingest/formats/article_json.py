"""wirewatch's own JSON: one Article object, a list of them, or JSON Lines.

An object is `{"id"?, "text", "title"?, "url"?, "source"?, "published_at"?,
"language"?, "content_type"?}` (the Article model; unknown keys are ignored).
Without an id it gets `Article.id_for(text, url)`, so resubmitting the same
story gives the same id. A JSON document may also hold ninjs items (told apart
by their keys), so one endpoint takes both.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import orjson
from pydantic import ValidationError

from wirewatch.core.models import Article
from wirewatch.ingest.formats.decoding import decode_bytes
from wirewatch.ingest.formats.errors import (
    EMPTY,
    INVALID_ARTICLE,
    INVALID_JSON,
    MISSING_TEXT,
    ParseError,
)
from wirewatch.ingest.formats.ninjs import looks_like_ninjs, parse_ninjs_item


def _validation_message(exc: ValidationError) -> str:
    first = exc.errors()[0]
    where = ".".join(str(part) for part in first.get("loc", ())) or "article"
    return f"{where}: {first.get('msg', 'invalid')} ({exc.error_count()} error(s))"


def article_from_object(obj: Any) -> Article:
    """An Article from one decoded JSON value (Article-shaped or ninjs)."""
    if not isinstance(obj, dict):
        raise ParseError(INVALID_ARTICLE, f"an article is a JSON object, not {type(obj).__name__}")
    if looks_like_ninjs(obj):
        return parse_ninjs_item(obj)
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        raise ParseError(MISSING_TEXT, "article has no text (a non-empty string is required)")
    if not isinstance(obj.get("published_at"), str | None):
        # Numbers are not timestamps here: seconds or milliseconds would be a guess.
        raise ParseError(INVALID_ARTICLE, "published_at: an ISO 8601 string is required")
    fields = dict(obj)
    if fields.get("id") is None:
        url = obj.get("url") if isinstance(obj.get("url"), str) else None
        fields["id"] = Article.id_for(text, url)
    try:
        return Article.model_validate(fields)
    except ValidationError as exc:
        raise ParseError(INVALID_ARTICLE, _validation_message(exc)) from None


def _loads(text: str, line: int | None = None) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError as exc:
        raise ParseError(INVALID_JSON, str(exc)[:200], line=line) from None


def parse_json(data: bytes, charset: str | None = None) -> list[Article]:
    """A JSON document: one article object, or a list of them (ninjs items allowed)."""
    text = decode_bytes(data, charset)
    if not text.strip():
        raise ParseError(EMPTY, "empty JSON document")
    value = _loads(text)
    items = value if isinstance(value, list) else [value]
    if not items:
        raise ParseError(EMPTY, "empty list of articles")
    articles = []
    for index, item in enumerate(items):
        try:
            articles.append(article_from_object(item))
        except ParseError as exc:
            if isinstance(value, list):
                raise ParseError(exc.reason, f"item {index}: {exc.message}") from None
            raise
    return articles


def iter_jsonl(data: bytes, charset: str | None = None) -> Iterator[Article | ParseError]:
    """Each non-blank line's Article, or the ParseError for that line (1-based `line`)."""
    text = decode_bytes(data, charset)
    # Only "\n" ends a line: JSON strings may hold U+2028, which splitlines() would cut at.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield article_from_object(_loads(line, number))
        except ParseError as exc:
            yield exc if exc.line else ParseError(exc.reason, exc.message, line=number)


def parse_jsonl(data: bytes, charset: str | None = None) -> list[Article]:
    """JSON Lines, all or nothing: the first bad line raises (with its line number)."""
    articles = []
    for item in iter_jsonl(data, charset):
        if isinstance(item, ParseError):
            raise item
        articles.append(item)
    if not articles:
        raise ParseError(EMPTY, "no articles in JSON Lines input")
    return articles
