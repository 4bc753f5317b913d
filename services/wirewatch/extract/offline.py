"""`wirewatch extract`: article JSONL on stdin -> one incidents line per article on stdout.

Offline use of the same extractor the stream processor runs. Every input line
gets exactly one output line, in order, so outputs can be joined back to inputs;
a line that cannot be read or extracted gets an `{"id", "error"}` line instead,
and the run goes on.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import IO, Any

import orjson
from pydantic import ValidationError

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.models import Article

log = logging.getLogger(__name__)


def run_offline_extract(stdin: IO[str], stdout: IO[str]) -> int:
    """Extract every article line of `stdin`; always 0: bad lines are reported in-line."""
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        stdout.write(orjson.dumps(extract_line(line, number)).decode() + "\n")
        stdout.flush()
    return 0


def extract_line(line: str, number: int) -> dict[str, Any]:
    """One output object for one input line: incidents, or the reason there are none."""
    try:
        row = orjson.loads(line)
    except orjson.JSONDecodeError as error:
        return {"id": None, "line": number, "error": f"invalid JSON: {error}"}
    if not isinstance(row, dict):
        return {"id": None, "line": number, "error": "a line must be a JSON object"}
    article_id = row.get("id")
    try:
        article = _article(row)
    except (ValidationError, ValueError, TypeError) as error:
        return {"id": article_id, "line": number, "error": _short(error)}
    try:
        incidents = extract_incidents(article)
    except Exception as error:  # one bad article must not stop the run
        log.exception("extraction failed for %s", article.id)
        return {"id": article.id, "line": number, "error": f"extraction failed: {error}"}
    return {"id": article.id, "incidents": [i.model_dump(mode="json") for i in incidents]}


def _article(row: dict[str, Any]) -> Article:
    """An Article from an input row; the id falls back to one derived from the text."""
    text = row.get("text")
    if not isinstance(text, str):
        raise ValueError("text must be a string")
    published = row.get("published_at")
    return Article(
        id=str(row.get("id") or Article.id_for(text, row.get("url"))),
        text=text,
        title=row.get("title"),
        url=row.get("url"),
        source=row.get("source"),
        published_at=datetime.fromisoformat(published) if published else None,
        content_type=row.get("content_type", "text"),
    )


def _short(error: Exception) -> str:
    if isinstance(error, ValidationError):
        first = error.errors()[0]
        return f"invalid article: {'.'.join(str(p) for p in first['loc'])}: {first['msg']}"
    return f"invalid article: {error}"
