"""Write the sample wire feed in the other formats ingest accepts, from the JSONL.

The JSONL (`services/wirewatch/samples/wire-sample.jsonl`) is the single source
of the sample articles; RSS 2.0, ninjs 2.x and NewsML-G2 copies are generated
from it so that the ingest demo and tests read the same stories whatever the
input format. Run from the repository root:

    .venv/bin/python scripts/make_sample_formats.py          # write the files
    .venv/bin/python scripts/make_sample_formats.py --check  # fail if they are stale
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path

import defusedxml.ElementTree as SafeET
import feedparser

SAMPLES = Path(__file__).resolve().parent.parent / "services" / "wirewatch" / "samples"
SOURCE = SAMPLES / "wire-sample.jsonl"

# Which articles go into each format: a mix of plain, HTML, duplicate and update stories.
RSS_IDS = ("ww-08", "ww-13", "ww-14", "ww-22", "ww-17")
NINJS_IDS = ("ww-02", "ww-05", "ww-09", "ww-10", "ww-15")
NEWSML_IDS = ("ww-18", "ww-19", "ww-20")
NEWSML_PLAIN_IDS = frozenset({"ww-18"})  # carried as inlineData text/plain, the rest as NITF

# IPTC namespaces (NewsML-G2 2.x, NITF 3.x) and the RSS content module.
NAR = "http://iptc.org/std/nar/2006-10-01/"
NITF = "http://iptc.org/std/NITF/2006-10-18/"
CONTENT = "http://purl.org/rss/1.0/modules/content/"
NEWSML_SENT = "2026-11-22T18:00:00Z"
CHANNEL_DATE = "2026-11-22T18:00:00Z"
CHANNEL_DESCRIPTION = "Fictional wire reports for wirewatch demos and tests"


def load_articles() -> dict[str, dict]:
    """The sample articles by id, in file order."""
    with SOURCE.open(encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return {row["id"]: row for row in rows}


def parse_time(value: str) -> datetime:
    """An ISO 8601 `...Z` timestamp as an aware datetime."""
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs (blank-line separated), without empty ones."""
    return [part.strip() for part in text.split("\n\n") if part.strip()]


def indented(root: ET.Element) -> str:
    """The element as a UTF-8 XML document, indented so diffs stay readable."""
    ET.indent(root, space="  ")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def rss_item(channel: ET.Element, article: dict) -> None:
    """One RSS <item>; HTML articles also carry their markup in content:encoded."""
    item = ET.SubElement(channel, "item")
    ET.SubElement(item, "title").text = article["title"]
    ET.SubElement(item, "link").text = article["url"]
    ET.SubElement(item, "guid", isPermaLink="false").text = article["id"]
    published = parse_time(article["published_at"])
    ET.SubElement(item, "pubDate").text = format_datetime(published, usegmt=True)
    ET.SubElement(item, "source", url=article["url"]).text = article["source"]
    if article["content_type"] == "html":
        ET.SubElement(item, "description").text = article["title"]
        ET.SubElement(item, f"{{{CONTENT}}}encoded").text = article["text"]
    else:
        ET.SubElement(item, "description").text = article["text"]


def make_rss(articles: dict[str, dict]) -> str:
    """An RSS 2.0 channel holding the RSS_IDS articles."""
    ET.register_namespace("content", CONTENT)
    rss = ET.Element("rss", version="2.0")
    channel = ET.SubElement(rss, "channel")
    ET.SubElement(channel, "title").text = "wirewatch sample wire"
    ET.SubElement(channel, "link").text = "https://wire.example/"
    ET.SubElement(channel, "description").text = CHANNEL_DESCRIPTION
    ET.SubElement(channel, "language").text = "en"
    built = parse_time(CHANNEL_DATE)
    ET.SubElement(channel, "lastBuildDate").text = format_datetime(built, usegmt=True)
    for article_id in RSS_IDS:
        rss_item(channel, articles[article_id])
    return indented(rss)


def ninjs_item(article: dict) -> dict:
    """One article as a ninjs 2.x object (IPTC's JSON news format)."""
    media_type = "text/html" if article["content_type"] == "html" else "text/plain"
    return {
        "uri": f"urn:wirewatch:sample:{article['id']}",
        "type": "text",
        "representationtype": "complete",
        "language": "en",
        "firstcreated": article["published_at"],
        "versioncreated": article["published_at"],
        "pubstatus": "usable",
        "copyrightholder": article["source"],
        "headlines": [{"role": "main", "value": article["title"]}],
        "bodies": [{"role": "main", "contenttype": media_type, "value": article["text"]}],
        "altids": [{"role": "url", "value": article["url"]}],
    }


def make_ninjs(articles: dict[str, dict]) -> str:
    """A JSON list of ninjs objects for the NINJS_IDS articles."""
    items = [ninjs_item(articles[article_id]) for article_id in NINJS_IDS]
    return json.dumps(items, indent=2, ensure_ascii=False) + "\n"


def newsml_body(content_set: ET.Element, article: dict) -> None:
    """The item's body: inlineData for plain agency copy, else an NITF document."""
    if article["id"] in NEWSML_PLAIN_IDS:
        data = ET.SubElement(content_set, f"{{{NAR}}}inlineData", contenttype="text/plain")
        data.text = article["text"]
        return
    inline = ET.SubElement(content_set, f"{{{NAR}}}inlineXML", contenttype="application/nitf+xml")
    nitf = ET.SubElement(inline, f"{{{NITF}}}nitf")
    body = ET.SubElement(nitf, f"{{{NITF}}}body")
    head = ET.SubElement(body, f"{{{NITF}}}body.head")
    hedline = ET.SubElement(head, f"{{{NITF}}}hedline")
    ET.SubElement(hedline, f"{{{NITF}}}hl1").text = article["title"]
    content = ET.SubElement(body, f"{{{NITF}}}body.content")
    for paragraph in paragraphs(article["text"]):
        ET.SubElement(content, f"{{{NITF}}}p").text = paragraph


def newsml_item(item_set: ET.Element, article: dict) -> None:
    """One NewsML-G2 newsItem with its metadata and body."""
    item = ET.SubElement(
        item_set,
        f"{{{NAR}}}newsItem",
        guid=f"urn:wirewatch:sample:{article['id']}",
        version="1",
        standard="NewsML-G2",
        standardversion="2.33",
        conformance="power",
    )
    ET.SubElement(
        item,
        f"{{{NAR}}}catalogRef",
        href="http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_39.xml",
    )
    meta = ET.SubElement(item, f"{{{NAR}}}itemMeta")
    ET.SubElement(meta, f"{{{NAR}}}itemClass", qcode="ninat:text")
    ET.SubElement(meta, f"{{{NAR}}}provider", literal=article["source"])
    ET.SubElement(meta, f"{{{NAR}}}versionCreated").text = article["published_at"]
    ET.SubElement(meta, f"{{{NAR}}}firstCreated").text = article["published_at"]
    ET.SubElement(meta, f"{{{NAR}}}pubStatus", qcode="stat:usable")
    ET.SubElement(meta, f"{{{NAR}}}link", rel="irel:seeAlso", href=article["url"])
    content_meta = ET.SubElement(item, f"{{{NAR}}}contentMeta")
    ET.SubElement(content_meta, f"{{{NAR}}}headline").text = article["title"]
    ET.SubElement(content_meta, f"{{{NAR}}}creditline").text = article["source"]
    ET.SubElement(content_meta, f"{{{NAR}}}language", tag="en")
    newsml_body(ET.SubElement(item, f"{{{NAR}}}contentSet"), article)


def make_newsml(articles: dict[str, dict]) -> str:
    """A NewsML-G2 newsMessage carrying the NEWSML_IDS articles."""
    ET.register_namespace("", NAR)
    ET.register_namespace("nitf", NITF)
    message = ET.Element(f"{{{NAR}}}newsMessage")
    header = ET.SubElement(message, f"{{{NAR}}}header")
    ET.SubElement(header, f"{{{NAR}}}sent").text = NEWSML_SENT
    ET.SubElement(header, f"{{{NAR}}}sender").text = "wire.example"
    item_set = ET.SubElement(message, f"{{{NAR}}}itemSet")
    for article_id in NEWSML_IDS:
        newsml_item(item_set, articles[article_id])
    return indented(message)


def validate(outputs: dict[str, str]) -> None:
    """Fail loudly if an output does not parse: XML with defusedxml, RSS with feedparser."""
    SafeET.fromstring(outputs["wire-sample.newsml.xml"].encode("utf-8"))
    SafeET.fromstring(outputs["wire-sample.rss"].encode("utf-8"))
    feed = feedparser.parse(outputs["wire-sample.rss"])
    if feed.bozo or len(feed.entries) != len(RSS_IDS):
        raise SystemExit(f"RSS does not parse cleanly: {feed.get('bozo_exception')}")
    if len(json.loads(outputs["wire-sample.ninjs.json"])) != len(NINJS_IDS):
        raise SystemExit("ninjs list has the wrong length")


def main(argv: list[str]) -> int:
    """Write (or with --check, compare) the generated sample files."""
    articles = load_articles()
    outputs = {
        "wire-sample.rss": make_rss(articles),
        "wire-sample.ninjs.json": make_ninjs(articles),
        "wire-sample.newsml.xml": make_newsml(articles),
    }
    validate(outputs)
    stale = [
        name
        for name, text in outputs.items()
        if not (SAMPLES / name).is_file() or (SAMPLES / name).read_text(encoding="utf-8") != text
    ]
    if "--check" in argv:
        if stale:
            print("stale:", ", ".join(stale))
            return 1
        return 0
    for name, text in outputs.items():
        (SAMPLES / name).write_text(text, encoding="utf-8")
    print("wrote", ", ".join(outputs))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
