"""Which wire format a byte string is in: by file name first, then by its first bytes."""

from __future__ import annotations

import re

from wirewatch.ingest.formats.decoding import bom_encoding

JSON, JSONL, NINJS, NEWSML, FEED, HTML, TEXT = (
    "json", "jsonl", "ninjs", "newsml", "feed", "html", "text",
)
FORMATS: tuple[str, ...] = (JSON, JSONL, NINJS, NEWSML, FEED, HTML, TEXT)

# Names people use for the formats (CLI --format, API content types).
FORMAT_ALIASES: dict[str, str] = {
    "ndjson": JSONL, "json-lines": JSONL, "jsonlines": JSONL, "newsml-g2": NEWSML,
    "newsmlg2": NEWSML, "g2": NEWSML, "nitf": NEWSML, "rss": FEED, "atom": FEED, "xml": NEWSML,
    "htm": HTML, "txt": TEXT, "plain": TEXT,
}

# File extensions (IANA/common usage) -> format; ".xml" needs a look inside.
EXTENSIONS: dict[str, str] = {
    ".jsonl": JSONL, ".ndjson": JSONL, ".json": JSON, ".rss": FEED, ".atom": FEED,
    ".html": HTML, ".htm": HTML, ".txt": TEXT, ".text": TEXT, ".nitf": NEWSML,
}

_NEWSML_ROOTS = re.compile(rb"<(\w+:)?(newsItem|newsMessage|packageItem|nitf|NewsML)\b")
_FEED_ROOTS = re.compile(rb"<(\w+:)?(rss|feed|RDF)\b")
_HTML_START = re.compile(rb"<(!doctype html|html|head|body|p|div|article|h1|br)\b", re.I)


def canonical_format(name: str) -> str | None:
    """The format a user-supplied name means, or None when unknown."""
    key = name.strip().lower()
    return key if key in FORMATS else FORMAT_ALIASES.get(key)


def _sniff_json(head: bytes) -> str:
    lines = [line for line in head.splitlines() if line.strip()]
    if len(lines) > 1 and lines[0].lstrip().startswith(b"{") and lines[0].rstrip().endswith(b"}"):
        return JSONL
    return JSON


def _sniff_markup(head: bytes) -> str:
    if _NEWSML_ROOTS.search(head):
        return NEWSML
    if _FEED_ROOTS.search(head):
        return FEED
    if _HTML_START.search(head):
        return HTML
    return NEWSML if head.startswith(b"<?xml") else HTML


def detect_format(data: bytes, filename: str | None = None) -> str:
    """One of FORMATS. Extension wins (except .xml), then the content's first bytes."""
    if filename:
        lowered = filename.lower()
        for ext, fmt in EXTENSIONS.items():
            if lowered.endswith(ext):
                return fmt
    head = data[:8192]
    if bom_encoding(head) not in (None, "utf-8-sig"):
        # UTF-16/32: sniff on the decoded start.
        head = head.decode(bom_encoding(head) or "utf-8", errors="ignore").encode()
    head = head.removeprefix(b"\xef\xbb\xbf").lstrip()
    if head[:1] in (b"{", b"["):
        return _sniff_json(head)
    if head[:1] == b"<":
        return _sniff_markup(head)
    return TEXT
