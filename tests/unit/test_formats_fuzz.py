"""Fuzzing the wire-format parsers: any bytes give Articles or ParseError, fast."""

from __future__ import annotations

import json
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirewatch.core.models import Article
from wirewatch.ingest.formats import (
    ParseError,
    detect_format,
    parse_any,
    parse_feed,
    parse_json,
    parse_jsonl,
    parse_newsml,
    parse_page,
)

FUZZ = settings(max_examples=300, deadline=1000, suppress_health_check=[HealthCheck.too_slow])

JSON_KEYS = st.sampled_from([
    "text", "id", "uri", "body_text", "bodies", "headline", "headlines", "url", "published_at",
    "versioncreated", "located", "value", "role", "contenttype", "descriptions", "content_type",
    "title",
]) | st.text(max_size=8)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(JSON_KEYS, inner, max_size=6),
    max_leaves=20,
)

xml_fragments = st.lists(
    st.sampled_from([
        "<newsItem guid='g' version='1'>", "</newsItem>", "<newsMessage>", "</newsMessage>",
        "<itemSet>", "</itemSet>", "<contentSet>", "</contentSet>", "<inlineXML>", "</inlineXML>",
        "<inlineData contenttype='text/html'>", "</inlineData>", "<nitf>", "</nitf>",
        "<body.content>", "</body.content>", "<p>", "</p>", "<headline>", "</headline>",
        "<located><name>Here</name></located>", "<versionCreated>2024-01-01</versionCreated>",
        "text ", "&amp;", "&lt;", "<!-- c -->", "<![CDATA[x]]>", "<rss>", "</rss>", "<item>",
        "</item>", "<channel>", "</channel>", "<title>T</title>", "<description>D</description>",
        "<feed xmlns='http://www.w3.org/2005/Atom'>", "</feed>", "<entry>", "</entry>",
        "<!DOCTYPE x>", "<!ENTITY a 'b'>", "&a;", "\x00", "\xff",
    ]),
    max_size=30,
).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass"))


def _holds(parser, data: bytes) -> None:
    started = time.perf_counter()
    try:
        articles = parser(data)
    except ParseError as exc:
        assert exc.reason and exc.message
    else:
        assert articles and all(isinstance(a, Article) for a in articles)
    assert time.perf_counter() - started < 10.0  # a hang detector, not a speed target


@FUZZ
@given(st.binary(max_size=2000))
def test_parse_any_on_random_bytes_raises_only_parse_error(data):
    _holds(parse_any, data)


@FUZZ
@given(json_values)
def test_parse_json_on_any_json_value(value):
    _holds(parse_json, json.dumps(value).encode())


@FUZZ
@given(st.lists(json_values, max_size=5))
def test_parse_jsonl_on_any_json_lines(values):
    _holds(parse_jsonl, "\n".join(json.dumps(v) for v in values).encode())


@FUZZ
@given(xml_fragments)
def test_parse_newsml_on_tag_soup(data):
    _holds(parse_newsml, data)


@FUZZ
@given(xml_fragments)
def test_parse_feed_on_tag_soup(data):
    _holds(parse_feed, data)


@FUZZ
@given(st.binary(max_size=2000), st.sampled_from(["text", "html"]))
def test_parse_page_on_random_bytes(data, kind):
    _holds(lambda d: parse_page(d, kind), data)


@FUZZ
@given(st.binary(max_size=500), st.none() | st.text(max_size=12))
def test_detect_format_always_names_a_format(data, filename):
    assert detect_format(data, filename) in {
        "json", "jsonl", "ninjs", "newsml", "feed", "html", "text"
    }


def test_deeply_nested_json_is_refused_quickly():
    started = time.perf_counter()
    _holds(parse_json, b"[" * 100_000 + b"]" * 100_000)
    assert time.perf_counter() - started < 10.0  # a hang detector, not a speed target


def test_deeply_nested_xml_is_handled_quickly():
    data = b"<newsItem guid='g'>" + b"<a>" * 50_000 + b"</a>" * 50_000 + b"</newsItem>"
    _holds(parse_newsml, data)
