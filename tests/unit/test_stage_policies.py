"""Small decisions the stream stages make, tested without Kafka or Redis."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from wirewatch.core.models import ArticleExtraction, Incident, Location
from wirewatch.dedup.agent import reference_time
from wirewatch.extract.agent import partition_key
from wirewatch.runtime.stage import PoisonMessage, decode

WALL = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def test_dedup_window_is_measured_from_publication() -> None:
    published = WALL - timedelta(days=200)
    assert reference_time(ArticleExtraction(id="a", published_at=published), WALL) == published


def test_dedup_window_never_starts_in_the_future() -> None:
    future = WALL + timedelta(days=3)
    assert reference_time(ArticleExtraction(id="a", published_at=future), WALL) == WALL


def test_undated_articles_use_the_wall_clock() -> None:
    assert reference_time(ArticleExtraction(id="a"), WALL) == WALL


def test_extractions_are_keyed_by_main_country() -> None:
    incident = Incident(id="a#0", article_id="a", location=Location(country_code="IQ"))
    assert partition_key(ArticleExtraction(id="a", incidents=[incident])) == "IQ"


def test_copies_are_keyed_like_their_original_when_no_country_is_known() -> None:
    assert partition_key(ArticleExtraction(id="b", duplicate_of="a")) == "a"


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"\xff\xfe", "invalid_utf8"),
        (b"{nope", "invalid_json"),
        (b"[1, 2]", "invalid_schema"),
        (b'{"schema_version": 7, "id": "x", "text": "t"}', "unsupported_schema_version"),
        (b'{"id": "x"}', "invalid_schema"),
    ],
)
def test_unreadable_records_are_poison_with_a_reason(raw: bytes, reason: str) -> None:
    from wirewatch.core.models import Article

    with pytest.raises(PoisonMessage) as caught:
        decode(Article, raw)
    assert caught.value.reason == reason


def test_oversized_records_are_poison() -> None:
    from wirewatch.core.models import Article

    with pytest.raises(PoisonMessage) as caught:
        decode(Article, b"x" * 101, max_bytes=100)
    assert caught.value.reason == "too_large"
