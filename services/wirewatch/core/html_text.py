"""HTML -> plain text: trafilatura for whole pages, a streaming fallback for the rest.

trafilatura finds the article in a page (and drops navigation, comments and
footers) but wants a whole document and gives nothing for a short fragment such
as a wire's `<p>` body; it also gives up on pathological trees. The fallback is
the standard library's streaming HTML tokenizer: linear, no tree (so nesting
depth costs nothing), skipping script/style/navigation elements and turning
block elements into paragraph breaks.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

import trafilatura

MAX_HTML_CHARS = 3_000_000
"""Longer HTML is cut before parsing: no news article needs more, and it bounds the work."""

TRAFILATURA_MAX_TREE = 30_000
"""Element count above which trafilatura refuses a tree (bounds its time)."""

TRAFILATURA_MIN_CHARS = 200
"""Below this, trafilatura's result is checked against the fallback's."""

_PAGE_MARKERS = re.compile(r"<(html|body|article|main|nav|header|footer)\b", re.IGNORECASE)

# Elements whose text is never news (HTML5 sectioning for navigation, forms, code).
SKIPPED_ELEMENTS: frozenset[str] = frozenset({
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "option", "svg", "iframe", "object", "head", "title", "figure",
})

# Elements that end a paragraph (HTML block-level content).
BLOCK_ELEMENTS: frozenset[str] = frozenset({
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section",
    "article", "main", "blockquote", "pre", "table", "tr", "td", "th", "dd", "dt", "dl",
    "hr", "body", "hl1", "hl2", "body.content", "block",
})

# Void elements never get an end tag, so they must not open a skipped region.
_VOID_ELEMENTS: frozenset[str] = frozenset({
    "br", "hr", "img", "input", "meta", "link", "area", "base", "col", "embed", "source",
    "track", "wbr", "param",
})


class _TextCollector(HTMLParser):
    """Collects visible text, paragraph breaks at block elements, skipping non-news elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIPPED_ELEMENTS and tag not in _VOID_ELEMENTS:
            self.skip_depth += 1
        elif tag in BLOCK_ELEMENTS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED_ELEMENTS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag in BLOCK_ELEMENTS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self.parts.append(data)


def html_fragment_text(html: str) -> str:
    """The visible text of any HTML (fragment or page), paragraphs separated by blank lines."""
    collector = _TextCollector()
    collector.feed(html[:MAX_HTML_CHARS])
    collector.close()
    text = "".join(collector.parts)
    # Inside a paragraph, source line breaks are just wrapping.
    paragraphs = (re.sub(r"\s+", " ", block).strip() for block in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)


def _trafilatura_text(html: str) -> str | None:
    try:
        return trafilatura.extract(
            html,
            include_comments=False,
            include_tables=False,
            include_images=False,
            max_tree_size=TRAFILATURA_MAX_TREE,
        )
    except Exception:  # noqa: BLE001 - a library crash on hostile HTML means "use the fallback"
        return None


def html_to_text(html: str) -> str:
    """The article text of an HTML page or fragment.

    Whole pages go through trafilatura; fragments, and pages where it finds
    nothing or only a scrap (a sign it picked a caption or a sidebar), use the
    streaming fallback.
    """
    html = html[:MAX_HTML_CHARS]
    if not _PAGE_MARKERS.search(html):
        return html_fragment_text(html)
    extracted = _trafilatura_text(html)
    if extracted and len(extracted) >= TRAFILATURA_MIN_CHARS:
        return extracted
    fallback = html_fragment_text(html)
    if extracted and len(fallback) <= 2 * len(extracted):
        return extracted
    return fallback
