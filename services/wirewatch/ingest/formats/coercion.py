"""Lenient readings of foreign fields: a bad date in a wire item is dropped, not fatal.

Wire formats are produced by many systems; an unparseable timestamp or an odd
language tag should not lose the story. Naive timestamps are taken as UTC
(the convention of ninjs and NewsML-G2 examples that omit the offset).
"""

from __future__ import annotations

import time
from datetime import UTC, datetime
from typing import Any

MAX_ID_CHARS = 512
"""Article.id's limit: longer ids from a feed are replaced by a derived one."""


def timestamp(value: Any) -> datetime | None:
    """An aware datetime from ISO 8601 text or a struct_time; None when unreadable."""
    if isinstance(value, time.struct_time):
        try:
            return datetime(*value[:6], tzinfo=UTC)
        except (ValueError, OverflowError):
            return None
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def text_or_none(value: Any, limit: int = 2000) -> str | None:
    """A stripped non-empty string (cut to `limit`), else None."""
    if isinstance(value, str) and value.strip():
        return value.strip()[:limit]
    return None


def first_text(*values: Any) -> str | None:
    """The first value that is a non-empty string."""
    for value in values:
        found = text_or_none(value)
        if found:
            return found
    return None


def with_dateline(text: str, located: str | None) -> str:
    """Prefix the item's place as a wire dateline ("Berlin -- ...") unless the lead names it.

    Wire items carry their dateline in metadata (ninjs `located`, NewsML-G2
    `located`); readers of the text alone would otherwise lose where it was filed.
    """
    if not located:
        return text
    lead = text[:300].lower()
    parts = [part.strip().lower() for part in located.split(",") if part.strip()]
    if not parts or any(part in lead for part in parts):
        return text
    located = located.strip()
    return f"{located} {text}" if located.endswith(("-", "—", "–")) else f"{located} -- {text}"
