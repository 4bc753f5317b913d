"""The one failure every wire-format parser raises: a reason code and a readable message."""

from __future__ import annotations


class ParseError(ValueError):
    """Input that is not an article in the claimed format.

    `reason` is a short machine-readable class (metrics label, dead-letter
    reason, API error code); `message` says what was wrong, for a person.
    `line` is the 1-based input line for line-oriented formats (JSONL).
    """

    def __init__(self, reason: str, message: str, line: int | None = None) -> None:
        where = "" if line is None else f" (line {line})"
        super().__init__(f"{reason}{where}: {message}")
        self.reason = reason
        self.message = message
        self.line = line


# Reason codes, in one place so the API can map them to HTTP statuses.
BAD_ENCODING = "bad_encoding"
UNKNOWN_ENCODING = "unknown_encoding"
EMPTY = "empty"
INVALID_JSON = "invalid_json"
INVALID_XML = "invalid_xml"
FORBIDDEN_XML = "forbidden_xml"
INVALID_FEED = "invalid_feed"
INVALID_ARTICLE = "invalid_article"
MISSING_TEXT = "missing_text"
UNKNOWN_FORMAT = "unknown_format"
TOO_LARGE = "too_large"
