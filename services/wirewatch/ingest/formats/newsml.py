"""IPTC NewsML-G2 (newsItem, newsMessage packages), NITF, and NewsML 1.x -> Articles.

Parsed with defusedxml: a document with a DTD, an entity declaration or an
external reference is refused before anything is expanded (XXE, billion
laughs). Elements are matched by local name, so namespaced (the standard) and
namespace-less (some agencies' feeds) documents read the same.

Per item: the body is the first `inlineXML` (NITF `body.content` or XHTML,
read as paragraphs) or `inlineData` (text or HTML); `remoteContent` is never
fetched. Items without text (pictures, videos, packages, events, concepts)
are skipped; a document with no text item at all is `missing_text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element
from xml.etree.ElementTree import ParseError as XMLSyntaxError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from wirewatch.core.models import Article
from wirewatch.ingest.formats.coercion import (
    MAX_ID_CHARS,
    first_text,
    text_or_none,
    timestamp,
    with_dateline,
)
from wirewatch.ingest.formats.errors import (
    EMPTY,
    FORBIDDEN_XML,
    INVALID_XML,
    MISSING_TEXT,
    ParseError,
)

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

# Elements whose text is a paragraph of the story (NITF, XHTML).
PARAGRAPH_ELEMENTS: frozenset[str] = frozenset({"p", "hl2", "blockquote", "li", "pre"})
# Item elements: NewsML-G2 newsItem, NewsML 1.x NewsItem, NITF document.
ITEM_ELEMENTS: frozenset[str] = frozenset({"newsItem", "NewsItem", "nitf"})

_SPACE = re.compile(r"\s+")


def local(tag: object) -> str:
    """Element name without its namespace ("{ns}newsItem" -> "newsItem")."""
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _children(elem: Element, name: str) -> Iterator[Element]:
    return (child for child in elem if local(child.tag) == name)


def _child(elem: Element | None, *path: str) -> Element | None:
    for name in path:
        if elem is None:
            return None
        elem = next(_children(elem, name), None)
    return elem


def _descendant(elem: Element, name: str) -> Element | None:
    return next((e for e in elem.iter() if local(e.tag) == name), None)


def _flat_text(elem: Element | None) -> str | None:
    if elem is None:
        return None
    return text_or_none(_SPACE.sub(" ", "".join(elem.itertext())))


def paragraphs(elem: Element) -> str:
    """The element's paragraphs, blank-line separated; all its text if it has none."""
    paras = [
        _flat_text(e) for e in elem.iter()
        if local(e.tag) in PARAGRAPH_ELEMENTS and local(e.tag) != "nitf"
    ]
    found = [p for p in paras if p]
    return "\n\n".join(found) if found else (_flat_text(elem) or "")


def parse_xml(data: bytes) -> Element:
    """A defused parse: DTDs, entities and external references are refused."""
    if not data.strip():
        raise ParseError(EMPTY, "empty XML document")
    try:
        return SafeET.fromstring(data, forbid_dtd=True, forbid_entities=True,
                                 forbid_external=True)
    except DefusedXmlException as exc:
        raise ParseError(FORBIDDEN_XML, f"refused XML construct: {type(exc).__name__}") from None
    except XMLSyntaxError as exc:
        raise ParseError(INVALID_XML, f"not well-formed XML: {exc}") from None


def _prose_root(holder: Element) -> Element | None:
    """The story inside inline XML: NITF body.content or XHTML with paragraphs.

    Other inline XML (SportsML tables, event or concept data) is not prose.
    """
    content = _descendant(holder, "body.content")
    if content is not None:
        return content
    if any(local(e.tag) in PARAGRAPH_ELEMENTS for e in holder.iter()):
        return holder
    return None


def _body(item: Element) -> tuple[str, str] | None:
    """(text, content_type) of a newsItem's, NewsML 1 item's or NITF document's body."""
    if local(item.tag) == "nitf":
        content = _descendant(item, "body.content")
        return (paragraphs(content), "text") if content is not None else None
    for holder in item.iter():
        kind = local(holder.tag)
        if kind in ("inlineXML", "DataContent") and len(holder):
            prose = _prose_root(holder)
            text = paragraphs(prose) if prose is not None else ""
            if text:
                return text, "text"
        elif kind in ("inlineXML", "inlineData", "DataContent"):
            raw = text_or_none(holder.text, limit=10**7)
            if raw:
                html = "html" in (holder.get("contenttype") or "").lower()
                return raw, "html" if html else "text"
    return None


def _located(item: Element) -> str | None:
    located = _descendant(item, "located")
    if located is None:
        return text_or_none(_flat_text(_descendant(item, "DateLine")), limit=200)
    names: list[str] = []
    for elem in located.iter():
        if local(elem.tag) == "name" and elem.text and elem.text.strip() not in names:
            names.append(elem.text.strip())
    return ", ".join(names)[:200] or None


def _source(item: Element) -> str | None:
    holder = _descendant(item, "copyrightHolder")
    provider = _descendant(item, "provider")
    code = provider.get("qcode", "") if provider is not None else ""
    return first_text(
        _flat_text(_child(holder, "name")) if holder is not None else None,
        holder.get("literal") if holder is not None else None,
        code.split(":", 1)[-1] if code else None,
    )


def _item_id(item: Element, text: str) -> str:
    doc_id = _descendant(item, "doc-id")
    guid = (
        item.get("guid") or _flat_text(_descendant(item, "PublicIdentifier"))
        or (doc_id.get("id-string") if doc_id is not None else None)
    )
    version = item.get("version") if local(item.tag) != "nitf" else None  # NITF: DTD version
    if guid and version:
        guid = f"{guid}#v{version}"
    return guid if guid and len(guid) <= MAX_ID_CHARS else Article.id_for(text, guid)


def _language(item: Element, root: Element) -> str | None:
    tag = _descendant(item, "language")
    return text_or_none(
        (tag.get("tag") if tag is not None else None) or item.get(XML_LANG)
        or root.get(XML_LANG) or item.get("baselang"), limit=35,
    )


def _published(item: Element):
    for name in ("versionCreated", "ThisRevisionCreated", "firstCreated", "FirstCreated",
                 "contentCreated", "date.issue"):
        elem = _descendant(item, name)
        if elem is not None:
            found = timestamp(elem.get("norm") or _flat_text(elem))
            if found:
                return found
    return None


def _headline(item: Element) -> str | None:
    for name in ("headline", "HeadLine", "hl1", "title"):
        found = _flat_text(_descendant(item, name))
        if found:
            return found[:2000]
    return None


def _article(item: Element, root: Element) -> Article | None:
    body = _body(item)
    if body is None or not body[0].strip():
        return None
    text, content_type = body
    if content_type == "text":
        text = with_dateline(text, _located(item))
    return Article(
        id=_item_id(item, text), text=text, title=_headline(item), source=_source(item),
        published_at=_published(item), language=_language(item, root),
        content_type=content_type,
    )


def _items(root: Element) -> list[Element]:
    if local(root.tag) in ITEM_ELEMENTS:
        return [root]
    return [e for e in root.iter() if local(e.tag) in ITEM_ELEMENTS and e is not root]


def parse_newsml(data: bytes) -> list[Article]:
    """Every news item with text in a NewsML-G2 / NewsML 1 / NITF document."""
    root = parse_xml(data)
    items = _items(root)
    # An NITF inside a newsItem is that item's body, not an item of its own.
    nested = {id(n) for item in items if local(item.tag) != "nitf"
              for n in item.iter() if local(n.tag) == "nitf"}
    articles = [a for item in items if id(item) not in nested
                if (a := _article(item, root)) is not None]
    if not articles:
        raise ParseError(MISSING_TEXT, "no news item with text in the XML document")
    return articles
