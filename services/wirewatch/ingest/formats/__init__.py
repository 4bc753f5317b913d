"""Wire formats -> Articles: one parser per format, one error type for all of them.

    parse_any(data, fmt=None, filename=None, charset=None) -> list[Article]
    detect_format(data, filename=None) -> one of FORMATS
        ("json", "jsonl", "ninjs", "newsml", "feed", "html", "text")

Every parser either returns at least one Article or raises
`ParseError(reason, message)`; nothing else escapes (the fuzz tests hold them
to it). Input longer than MAX_INPUT_BYTES is refused (`too_large`).
"""

from __future__ import annotations

from wirewatch.core.models import Article
from wirewatch.ingest.formats.article_json import iter_jsonl, parse_json, parse_jsonl
from wirewatch.ingest.formats.detection import (
    FEED,
    FORMATS,
    HTML,
    JSON,
    JSONL,
    NEWSML,
    NINJS,
    TEXT,
    canonical_format,
    detect_format,
)
from wirewatch.ingest.formats.errors import TOO_LARGE, UNKNOWN_FORMAT, ParseError
from wirewatch.ingest.formats.feed import parse_feed
from wirewatch.ingest.formats.newsml import parse_newsml
from wirewatch.ingest.formats.page import parse_page

MAX_INPUT_BYTES = 256 * 1024 * 1024
"""Largest input parse_any reads at once (a big JSONL file; the API caps far lower)."""

__all__ = [
    "FORMATS", "MAX_INPUT_BYTES", "ParseError", "canonical_format", "detect_format",
    "iter_jsonl", "parse_any", "parse_feed", "parse_json", "parse_jsonl", "parse_newsml",
    "parse_page",
]


def parse_any(
    data: bytes, fmt: str | None = None, filename: str | None = None, charset: str | None = None
) -> list[Article]:
    """The articles in `data`, in format `fmt` (a name or alias) or the detected one."""
    if len(data) > MAX_INPUT_BYTES:
        raise ParseError(TOO_LARGE, f"input is over {MAX_INPUT_BYTES} bytes")
    name = canonical_format(fmt) if fmt else detect_format(data, filename)
    if name is None:
        raise ParseError(UNKNOWN_FORMAT, f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")
    if name in (JSON, NINJS):
        return parse_json(data, charset)
    if name == JSONL:
        return parse_jsonl(data, charset)
    if name == NEWSML:
        return parse_newsml(data)
    if name == FEED:
        return parse_feed(data, charset)
    return parse_page(data, HTML if name == HTML else TEXT, charset)
