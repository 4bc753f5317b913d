"""Wire-format parsers on the real IPTC/feed samples and on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirewatch.core.models import Article
from wirewatch.ingest.formats import (
    ParseError,
    detect_format,
    iter_jsonl,
    parse_any,
    parse_feed,
    parse_json,
    parse_jsonl,
    parse_newsml,
    parse_page,
)

FORMATS_DIR = Path("/work/shared/formats")
NINJS = FORMATS_DIR / "ninjs" / "examples"
NEWSML = FORMATS_DIR / "newsml-g2" / "examples"
FEEDS = FORMATS_DIR / "rss_atom"


def _needs(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"format samples absent: {path}")


# ---- ninjs ---------------------------------------------------------------------------


@_needs(NINJS)
@pytest.mark.parametrize("version", ["1.4", "2.1", "3.0"])
def test_every_ninjs_text_example_gives_an_article_with_its_uri(version):
    for path in sorted((NINJS / version).glob("*.json")):
        item = json.loads(path.read_bytes())
        if not any(k in item for k in ("body_text", "body_xhtml", "body_html", "bodies")):
            continue
        (article,) = parse_json(path.read_bytes())
        assert article.id.startswith(item["uri"]), path.name
        assert article.text.strip(), path.name


@_needs(NINJS)
def test_ninjs_1_plain_body_is_preferred_and_located_becomes_a_dateline():
    (article,) = parse_json((NINJS / "1.4" / "ninjsExMediumText1.json").read_bytes())
    assert article.content_type == "text"
    assert article.title == "Captain of wrecked cruise ship on trial in Italy"
    assert article.published_at.isoformat() == "2013-07-09T10:37:00+00:00"
    assert "Schettino" in article.text


@_needs(NINJS)
def test_ninjs_2_html_body_is_marked_html():
    (article,) = parse_json((NINJS / "2.1" / "dpa_text.json").read_bytes())
    assert article.content_type == "html"
    assert article.language == "de"
    assert article.source == "dpa"


@_needs(NINJS)
def test_ninjs_3_camel_case_fields_are_read():
    (article,) = parse_json((NINJS / "3.0" / "tt_text_image_3.json").read_bytes())
    assert article.published_at is not None
    assert article.source == "TT"


@_needs(NINJS)
def test_ninjs_collection_gives_one_article_per_item():
    data = (NINJS / "3.0" / "collection" / "20231016-event-timeline-sample.json").read_bytes()
    assert len(parse_json(data)) == len(json.loads(data))


@_needs(NINJS)
def test_ninjs_item_without_any_text_is_missing_text():
    with pytest.raises(ParseError) as caught:
        parse_json((NINJS / "1.4" / "ninjs-1-4-examples.json").read_bytes())
    assert caught.value.reason == "missing_text"


def test_ninjs_without_body_falls_back_to_caption():
    item = {"uri": "urn:x:1", "type": "picture",
            "descriptions": [{"role": "caption", "value": "Firefighters at the burnt depot."},
                             {"role": "creditline", "value": "AGENCY"}]}
    (article,) = parse_json(json.dumps(item).encode())
    assert article.text == "Firefighters at the burnt depot."


def test_ninjs_version_is_part_of_the_id_so_corrections_are_new_articles():
    item = {"uri": "urn:x:2", "version": "3", "body_text": "Two people were hurt."}
    assert parse_json(json.dumps(item).encode())[0].id == "urn:x:2#v3"


# ---- NewsML-G2 -----------------------------------------------------------------------


@_needs(NEWSML)
def test_newsml_text_document_with_nitf_body():
    (article,) = parse_newsml((NEWSML / "LISTING_2_NewsML-G2_Text_Document.xml").read_bytes())
    assert article.id == "urn:newsml:acmenews.com:20161121:US-FINANCE-FED#v11"
    assert article.title == 'Fed to halt QE to avert "bubble"'
    assert article.language == "en-US"
    assert article.source == "Acme News and Media LLC"
    assert article.text.count("\n\n") == 1  # two NITF paragraphs, wrapping undone


@_needs(NEWSML)
def test_newsml_nitf_in_inline_xml_is_read_as_paragraphs():
    data = (NEWSML / "LISTING_22_Sports_story_in_NewsML-G2NITF.xml").read_bytes()
    (article,) = parse_newsml(data)
    assert "Sports Network" in article.text and "\n " not in article.text


@_needs(NEWSML)
@pytest.mark.parametrize("name", [
    "LISTING_3_Photo_in_NewsML-G2.xml", "LISTING_6_Simple_NewsML-G2_Package.xml",
    "LISTING_17_Planning_Item_a_CCL.xml", "LISTING_21_A_complete_sample_SportsML-G2_document.xml",
])
def test_newsml_items_without_prose_are_missing_text(name):
    with pytest.raises(ParseError) as caught:
        parse_newsml((NEWSML / name).read_bytes())
    assert caught.value.reason == "missing_text"


@_needs(NEWSML)
def test_every_newsml_example_parses_or_raises_parse_error():
    for path in sorted(NEWSML.glob("*.xml")):
        try:
            articles = parse_newsml(path.read_bytes())
        except ParseError:
            continue
        assert all(isinstance(a, Article) for a in articles)


@_needs(FORMATS_DIR / "ninjs" / "tools" / "xslt")
def test_news_message_holding_a_package_gives_only_the_text_item():
    data = (FORMATS_DIR / "ninjs" / "tools" / "xslt" / "TT_newsmlg2_sample.xml").read_bytes()
    (article,) = parse_newsml(data)
    assert article.id.endswith("#v1")
    assert article.language == "sv"


def test_news_message_with_two_text_items_gives_two_articles():
    item = (
        '<newsItem guid="urn:t:{n}" version="1"><contentMeta><headline>H{n}</headline>'
        '</contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf>'
        "<body><body.content><p>Story {n} body.</p></body.content></body></nitf>"
        "</inlineXML></contentSet></newsItem>"
    )
    doc = ('<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>'
           + item.format(n=1) + item.format(n=2) + "</itemSet></newsMessage>")
    articles = parse_newsml(doc.encode())
    assert [a.text for a in articles] == ["Story 1 body.", "Story 2 body."]


XXE = b"""<?xml version="1.0"?>
<!DOCTYPE newsItem [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<newsItem guid="x"><contentSet><inlineData>&xxe;</inlineData></contentSet></newsItem>"""

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">]>
<newsItem guid="x"><contentSet><inlineData>&lol2;</inlineData></contentSet></newsItem>"""


@pytest.mark.parametrize("payload", [XXE, BILLION_LAUGHS], ids=["xxe", "billion_laughs"])
def test_newsml_refuses_entity_payloads(payload):
    with pytest.raises(ParseError) as caught:
        parse_newsml(payload)
    assert caught.value.reason == "forbidden_xml"


def test_newsml_refuses_any_dtd():
    doc = (b'<!DOCTYPE nitf SYSTEM "nitf.dtd">'
           b"<nitf><body><body.content><p>x</p></body.content></body></nitf>")
    with pytest.raises(ParseError) as caught:
        parse_newsml(doc)
    assert caught.value.reason == "forbidden_xml"


def test_malformed_xml_is_invalid_xml():
    with pytest.raises(ParseError) as caught:
        parse_newsml(b"<newsItem><contentSet>")
    assert caught.value.reason == "invalid_xml"


# ---- RSS / Atom ----------------------------------------------------------------------


@_needs(FEEDS)
def test_guardian_rss_gives_entries_with_links_and_dates():
    articles = parse_feed((FEEDS / "guardian.rss").read_bytes())
    assert len(articles) > 10
    assert all(a.url and a.url.startswith("http") for a in articles)
    assert all(a.published_at is not None for a in articles)


@_needs(FEEDS)
def test_atom_entry_content_is_html():
    articles = parse_feed((FEEDS / "heise.atom").read_bytes())
    assert articles[0].content_type == "html"
    assert articles[0].source


@_needs(FEEDS)
def test_undeclared_latin1_feed_is_still_read():
    articles = parse_feed((FEEDS / "uolNoticias.rss").read_bytes())
    assert any("ç" in a.text or "ã" in a.text for a in articles)


@_needs(FEEDS)
def test_rss_1_rdf_feed_is_read():
    assert parse_feed((FEEDS / "rss-1.rss").read_bytes())


@_needs(FEEDS)
def test_feed_entries_without_text_are_missing_text():
    with pytest.raises(ParseError) as caught:
        parse_feed((FEEDS / "missing-fields.atom").read_bytes())
    assert caught.value.reason == "missing_text"


def test_feed_with_entity_declarations_is_refused():
    feed = (b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaa">]>'
            b"<rss><channel><item><title>&a;</title></item></channel></rss>")
    with pytest.raises(ParseError) as caught:
        parse_feed(feed)
    assert caught.value.reason == "forbidden_xml"


def test_same_link_gives_same_id_as_the_api_would():
    feed = (b"<rss><channel><title>T</title><item><title>Blast</title>"
            b"<link>https://n.example/a1</link><description>Two hurt.</description>"
            b"</item></channel></rss>")
    (article,) = parse_feed(feed)
    assert article.id == Article.id_for("ignored", "https://n.example/a1")


# ---- JSON / JSONL --------------------------------------------------------------------


def test_article_json_without_id_gets_the_derived_id():
    (article,) = parse_json(b'{"text": "Three were killed.", "url": "https://n.example/x"}')
    assert article.id == Article.id_for("Three were killed.", "https://n.example/x")


def test_jsonl_lines_become_articles_in_order():
    data = b'{"id": "a", "text": "One."}\n\n{"id": "b", "text": "Two."}\n'
    assert [a.id for a in parse_jsonl(data)] == ["a", "b"]


def test_jsonl_bad_line_is_reported_with_its_number():
    data = b'{"id": "a", "text": "One."}\n{"id": "b"}\n{oops\n'
    results = list(iter_jsonl(data))
    assert isinstance(results[0], Article)
    assert (results[1].reason, results[1].line) == ("missing_text", 2)
    assert (results[2].reason, results[2].line) == ("invalid_json", 3)


def test_jsonl_line_with_a_line_separator_inside_a_string_is_one_line():
    data = '{"id": "a", "text": "One\u2028two."}\n'.encode()
    assert parse_jsonl(data)[0].text == "One\u2028two."


@pytest.mark.parametrize(("data", "reason"), [
    (b"{not json", "invalid_json"),
    (b'{"title": "no text"}', "missing_text"),
    (b'{"text": "   "}', "missing_text"),
    (b'{"text": "x", "published_at": "yesterday"}', "invalid_article"),
    (b"[]", "empty"),
    (b"", "empty"),
    (b"42", "invalid_article"),
    (b'{"text": "caf\xc3"}', "bad_encoding"),
    (b'{"text": "\\ud800"}', "invalid_json"),
])
def test_bad_json_inputs_raise_their_reason(data, reason):
    with pytest.raises(ParseError) as caught:
        parse_json(data)
    assert caught.value.reason == reason


def test_list_error_names_the_item():
    with pytest.raises(ParseError, match="item 1"):
        parse_json(b'[{"text": "ok"}, {"text": ""}]')


# ---- pages, encodings, detection -----------------------------------------------------


def test_plain_text_page_is_one_text_article():
    (article,) = parse_page("Zwei Verletzte in Köln.".encode(), "text")
    assert (article.content_type, article.text) == ("text", "Zwei Verletzte in Köln.")


def test_html_meta_charset_is_honoured():
    data = '<html><head><meta charset="iso-8859-1"></head><body>Köln</body></html>'
    (article,) = parse_page(data.encode("latin-1"), "html")
    assert "Köln" in article.text


def test_invalid_utf8_text_is_bad_encoding():
    with pytest.raises(ParseError) as caught:
        parse_page(b"K\xf6ln", "text")
    assert caught.value.reason == "bad_encoding"


def test_unknown_declared_charset_is_unknown_encoding():
    with pytest.raises(ParseError) as caught:
        parse_page(b"hello", "text", charset="klingon-8")
    assert caught.value.reason == "unknown_encoding"


def test_utf16_json_with_bom_is_read():
    data = '{"text": "Zwei."}'.encode("utf-16")
    assert parse_json(data)[0].text == "Zwei."


@pytest.mark.parametrize(("data", "filename", "fmt"), [
    (b'{"text": "a"}\n{"text": "b"}\n', None, "jsonl"),
    (b'{"text": "a"}', None, "json"),
    (b'[{"text": "a"}]', None, "json"),
    (b'<?xml version="1.0"?><newsMessage xmlns="x">', None, "newsml"),
    (b"<nitf><body/></nitf>", None, "newsml"),
    (b'<rss version="2.0"><channel>', None, "feed"),
    (b'<feed xmlns="http://www.w3.org/2005/Atom">', None, "feed"),
    (b'<rdf:RDF xmlns:rdf="x">', None, "feed"),
    (b"<!DOCTYPE html><html>", None, "html"),
    (b"Plain words.", None, "text"),
    (b"anything", "a.jsonl", "jsonl"),
    (b'<?xml version="1.0"?><rss>', "feed.xml", "feed"),
])
def test_detect_format(data, filename, fmt):
    assert detect_format(data, filename) == fmt


def test_parse_any_refuses_an_unknown_format_name():
    with pytest.raises(ParseError) as caught:
        parse_any(b"x", "docx")
    assert caught.value.reason == "unknown_format"


def test_parse_any_accepts_aliases():
    assert parse_any(b'{"text": "a"}\n', "ndjson")[0].text == "a"
