"""RSS 0.9x/1.0/2.0 and Atom feeds -> Articles, with feedparser.

feedparser copes with the broken feeds the web is full of (undeclared or
wrong charsets, unescaped markup) and sanitises entry HTML. Entity
declarations are refused up front (feedparser would expand them), so a
billion-laughs feed costs nothing. Each entry's text is its content, else its
summary, else its title; its id derives from its link (`Article.id_for`), so a
story seen in two feeds, or by the API, keeps one id.
"""

from __future__ import annotations

import re
from typing import Any

import feedparser

from wirewatch.core.models import Article
from wirewatch.ingest.formats.coercion import first_text, text_or_none, timestamp
from wirewatch.ingest.formats.errors import (
    EMPTY,
    FORBIDDEN_XML,
    INVALID_FEED,
    MISSING_TEXT,
    ParseError,
)

_ENTITY_DECLARATION = re.compile(rb"<!ENTITY", re.IGNORECASE)
_HTML_TYPES = ("text/html", "application/xhtml+xml", "html", "xhtml")


def _content(entry: Any) -> tuple[str, str] | None:
    """(text, content_type) of the entry's fullest text."""
    candidates = [*(entry.get("content") or []), entry.get("summary_detail")]
    for detail in candidates:
        if not detail:
            continue
        value = text_or_none(detail.get("value"), limit=10**7)
        if value:
            kind = str(detail.get("type") or "").lower()
            return value, "html" if kind in _HTML_TYPES else "text"
    title = text_or_none(entry.get("title"))
    return (title, "text") if title else None


def _published(entry: Any):
    # dict.get: feedparser's own get() maps a missing updated_parsed with a warning.
    return timestamp(dict.get(entry, "published_parsed")) or timestamp(
        dict.get(entry, "updated_parsed")
    )


def entry_article(entry: Any, feed_meta: Any) -> Article | None:
    """One feed entry as an Article; None for an entry with no text at all."""
    content = _content(entry)
    if content is None:
        return None
    text, content_type = content
    url = text_or_none(entry.get("link"))
    return Article(
        id=Article.id_for(text, url or text_or_none(entry.get("id"))),
        text=text,
        title=text_or_none(entry.get("title")),
        url=url,
        source=first_text(feed_meta.get("title")),
        published_at=_published(entry),
        language=text_or_none(entry.get("language") or feed_meta.get("language"), limit=35),
        content_type=content_type,
    )


def parse_feed(data: bytes, charset: str | None = None) -> list[Article]:
    """Every entry with text in an RSS or Atom document."""
    if not data.strip():
        raise ParseError(EMPTY, "empty feed document")
    if _ENTITY_DECLARATION.search(data):
        raise ParseError(FORBIDDEN_XML, "feeds with entity declarations are refused")
    headers = {"content-type": f"application/xml; charset={charset}"} if charset else None
    parsed = feedparser.parse(data, response_headers=headers, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            raise ParseError(INVALID_FEED, f"not a readable feed: {problem}"[:300])
        raise ParseError(MISSING_TEXT, "feed has no entries")
    meta = parsed.get("feed", {})
    articles = [a for e in parsed.entries if (a := entry_article(e, meta)) is not None]
    if not articles:
        raise ParseError(MISSING_TEXT, "no feed entry has text")
    return articles
