"""Page text -> article text: strip site furniture before anything reads it.

Everything downstream (sentence splitting, number reading, near-duplicate
hashing) assumes it sees the news only: a "Subscribe" box or a breadcrumb that
repeats the headline would add fake sentences and make copies of one story on
two sites look different. So every article passes here first:

1. HTML -> text (trafilatura for pages, a streaming fallback for fragments);
2. unicode to NFC, odd spaces and control characters to plain ones;
3. furniture lines out (`wirewatch.core.boilerplate`: cue table + structure);
4. whitespace tidied, paragraph breaks kept (runs of blank lines become one).

Input is cut at `MAX_CLEAN_CHARS` so hostile sizes cost bounded time.
"""

from __future__ import annotations

import re
import unicodedata

from wirewatch.core.boilerplate import furniture_mask
from wirewatch.core.html_text import html_to_text

MAX_CLEAN_CHARS = 1_000_000
"""Longest text cleaned (ingest rejects longer articles; this bounds direct callers)."""

# Characters with no visible meaning in news text: controls (not tab/newline), DEL,
# zero-width space, word joiner, BOM, soft hyphen.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1f\x7f\u200b\u2060\ufeff\u00ad]")
# Line and paragraph separators that are not "\n".
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# Every other Unicode space (no-break, thin, ideographic, tab ...) becomes one space.
_SPACES = re.compile(r"[^\S\n]+")


def normalise_unicode(text: str) -> str:
    """NFC, "\\n" line breaks, plain spaces, no control or zero-width characters."""
    text = unicodedata.normalize("NFC", text)
    text = _INVISIBLE.sub("", _LINE_BREAKS.sub("\n", text))
    return _SPACES.sub(" ", text)


def _tidy_lines(lines: list[str]) -> str:
    """Join lines, keeping one blank line at most between paragraphs."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()


def clean_text(text: str, content_type: str = "text") -> str:
    """The article's news text, without navigation, prompts or footers.

    `content_type` "html" extracts the article from markup first; any other
    value treats the input as plain text. Never raises on odd input; may return
    "" when nothing but furniture was there.
    """
    text = text[:MAX_CLEAN_CHARS]
    if content_type == "html":
        text = html_to_text(text)
    lines = [line.strip() for line in normalise_unicode(text).split("\n")]
    mask = furniture_mask(lines)
    kept = [line for line, furniture in zip(lines, mask, strict=True) if not furniture]
    return _tidy_lines(kept)
