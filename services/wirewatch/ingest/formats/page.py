"""A raw page: plain text or HTML as one Article, cleaned later by `clean_text`.

HTML bytes may declare their charset in a <meta> tag; plain text must be
UTF-8 unless the caller says otherwise (see `decoding`). The id derives from
the URL when known, else from the text.
"""

from __future__ import annotations

from wirewatch.core.models import Article
from wirewatch.ingest.formats.decoding import decode_bytes, html_declared_charset
from wirewatch.ingest.formats.errors import EMPTY, ParseError


def parse_page(
    data: bytes, content_type: str, charset: str | None = None, url: str | None = None
) -> list[Article]:
    """The whole input as one article (`content_type` "text" or "html")."""
    if content_type == "html":
        charset = charset or html_declared_charset(data)
    text = decode_bytes(data, charset)
    if not text.strip():
        raise ParseError(EMPTY, "empty document")
    kind = "html" if content_type == "html" else "text"
    return [Article(id=Article.id_for(text, url), text=text, url=url, content_type=kind)]
