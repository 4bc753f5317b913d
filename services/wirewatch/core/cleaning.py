"""Page text -> article text: strip site furniture before anything reads it.

(Stub: replaced by the ingest/cleaning work.)
"""

from __future__ import annotations


def clean_text(text: str, content_type: str = "text") -> str:
    """The article's news text, without navigation, prompts or footers."""
    return text.strip()
