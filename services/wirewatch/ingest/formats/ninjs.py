"""IPTC ninjs (News in JSON) 1.x, 2.x and 3.x items -> Articles.

Field names differ across versions: 1.x has `headline`, `body_text`,
`body_html`/`body_xhtml`; 2.x has `headlines`/`bodies`/`descriptions` lists of
{role, contenttype, value}; 3.x spells them camelCase (`versionCreated`,
`contentType`). Plain-text bodies are preferred over HTML ones (no markup to
strip); an item with no body falls back to its text descriptions (a picture's
caption can be the only report of an event).
"""

from __future__ import annotations

from typing import Any

from wirewatch.core.models import Article
from wirewatch.ingest.formats.coercion import (
    MAX_ID_CHARS,
    first_text,
    text_or_none,
    timestamp,
    with_dateline,
)
from wirewatch.ingest.formats.errors import INVALID_ARTICLE, MISSING_TEXT, ParseError

# Keys only ninjs items have (any version): how a JSON object is recognised as ninjs.
NINJS_KEYS: frozenset[str] = frozenset({
    "uri", "body_text", "body_html", "body_xhtml", "bodies", "headline", "headlines",
    "versioncreated", "versionCreated", "firstcreated", "firstCreated", "$standard",
})

# Description roles that are not text about the event (ninjs 2.x/3.x examples).
_NON_TEXT_ROLES = frozenset({"creditline", "credit", "copyright", "byline"})
_PLAIN_TYPES = ("text/plain", "text")


def looks_like_ninjs(obj: dict[str, Any]) -> bool:
    """A JSON object is a ninjs item when it has ninjs keys and no Article `text`."""
    return "text" not in obj and any(key in obj for key in NINJS_KEYS)


def _get(obj: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if obj.get(key) is not None:
            return obj[key]
    return None


def _entries(value: Any) -> list[dict[str, Any]]:
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def _body(obj: dict[str, Any]) -> tuple[str, str] | None:
    """(text, content_type) of the best body, or None."""
    plain = text_or_none(obj.get("body_text"), limit=10**7)
    if plain:
        return plain, "text"
    bodies = _entries(obj.get("bodies"))
    for body in bodies:
        kind = str(_get(body, "contenttype", "contentType") or "").lower()
        value = text_or_none(body.get("value"), limit=10**7)
        if value and (kind in _PLAIN_TYPES or (not kind and body.get("role") == "text")):
            return value, "text"
    for body in bodies:
        value = text_or_none(body.get("value"), limit=10**7)
        if value:
            return value, "html"
    for key in ("body_html", "body_xhtml"):
        markup = text_or_none(obj.get(key), limit=10**7)
        if markup:
            return markup, "html"
    return None


def _description(obj: dict[str, Any]) -> str | None:
    texts = [
        str(d["value"]).strip() for d in _entries(obj.get("descriptions"))
        if d.get("role") not in _NON_TEXT_ROLES and text_or_none(d.get("value"))
    ]
    return "\n\n".join(texts) or text_or_none(obj.get("description_text"), limit=10**6)


def _headline(obj: dict[str, Any]) -> str | None:
    headlines = _entries(obj.get("headlines"))
    main = [h for h in headlines if h.get("role") in (None, "main")] or headlines
    return first_text(obj.get("headline"), *(h.get("value") for h in main), obj.get("title"))


def _article_id(obj: dict[str, Any], text: str) -> str:
    uri = text_or_none(obj.get("uri"), limit=MAX_ID_CHARS + 1)
    version = obj.get("version")
    if uri and version is not None:
        uri = f"{uri}#v{version}"
    return uri if uri and len(uri) <= MAX_ID_CHARS else Article.id_for(text, uri)


def _url(obj: dict[str, Any]) -> str | None:
    uri = text_or_none(obj.get("uri"))
    return uri if uri and uri.startswith(("http://", "https://")) else None


def parse_ninjs_item(obj: Any) -> Article:
    """One ninjs item as an Article (the wire's `uri`+`version` is the id)."""
    if not isinstance(obj, dict):
        kind = type(obj).__name__
        raise ParseError(INVALID_ARTICLE, f"a ninjs item is a JSON object, not {kind}")
    body = _body(obj)
    if body is None:
        described = _description(obj)
        if not described:
            raise ParseError(MISSING_TEXT, "ninjs item has no body or description text")
        body = (described, "text")
    text, content_type = body
    located = text_or_none(obj.get("located"), limit=200)
    text = with_dateline(text, located) if content_type == "text" else text
    return Article(
        id=_article_id(obj, text),
        text=text,
        title=_headline(obj),
        url=_url(obj),
        source=first_text(obj.get("copyrightholder"), obj.get("copyrightHolder"),
                          obj.get("provider") if isinstance(obj.get("provider"), str) else None),
        published_at=timestamp(_get(obj, "versioncreated", "versionCreated"))
        or timestamp(_get(obj, "firstcreated", "firstCreated"))
        or timestamp(_get(obj, "contentcreated", "contentCreated")),
        language=text_or_none(obj.get("language"), limit=35),
        content_type=content_type,
    )
