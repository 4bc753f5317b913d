"""Stories are found again by the rare names they share."""

from datetime import date

from wirewatch.core.models import Incident, Location
from wirewatch.core.story_names import (
    RARE_NAME_ARTICLES,
    names_to_post,
    parse_posting,
    posting_entry,
    remembered_story,
    same_area_and_day,
    window_articles_sharing_names,
)
from wirewatch.core.story_names import (
    PostingEntry as P,
)

DAY = 86_400.0
T0 = 1_790_000_000.0  # an epoch second
WINDOW, MEMORY = 14 * DAY, 365 * DAY


def test_a_posting_reads_back_what_was_written():
    fields = {"a2": posting_entry("story-b", T0 + 3 * DAY), "a1": posting_entry("story-a", T0)}
    assert parse_posting(fields) == [P("story-a", T0, "a1"), P("story-b", T0 + 3 * DAY, "a2")]
    assert parse_posting(None) == []
    assert parse_posting({"a3": "garbled"}) == []


def test_two_rare_names_shared_with_an_old_story_join_it():
    postings = {"tomas reyes": [P("story-a", T0)], "elm court": [P("story-a", T0)],
                "city hall": [P("story-x", T0)]}
    assert remembered_story(postings, T0 + 60 * DAY, WINDOW, MEMORY) == "story-a"


def test_one_shared_name_is_not_enough():
    postings = {"tomas reyes": [P("story-a", T0)], "elm court": [P("story-b", T0)]}
    assert remembered_story(postings, T0 + 60 * DAY, WINDOW, MEMORY) is None


def test_inside_the_window_the_names_decide_nothing():
    postings = {"tomas reyes": [P("story-a", T0)], "elm court": [P("story-a", T0)]}
    assert remembered_story(postings, T0 + 10 * DAY, WINDOW, MEMORY) is None


def test_a_fractional_window_is_measured_in_seconds():
    postings = {"tomas reyes": [P("story-a", T0)], "elm court": [P("story-a", T0)]}
    ten_minutes = 600.0
    assert remembered_story(postings, T0 + 300, ten_minutes, MEMORY) is None
    assert remembered_story(postings, T0 + 900, ten_minutes, MEMORY) == "story-a"


def test_beyond_the_memory_the_names_are_forgotten():
    postings = {"tomas reyes": [P("story-a", T0)], "elm court": [P("story-a", T0)]}
    assert remembered_story(postings, T0 + 400 * DAY, WINDOW, MEMORY) is None


def test_common_names_link_nothing_and_stop_being_posted():
    common = [P(f"story-{i}", T0) for i in range(RARE_NAME_ARTICLES + 1)]
    postings = {"county sheriff": common, "general hospital": common}
    assert remembered_story(postings, T0 + 60 * DAY, WINDOW, MEMORY) is None
    assert names_to_post(["county sheriff", "tomas reyes"], postings) == ["tomas reyes"]


def test_inside_the_window_two_shared_names_point_at_the_earlier_article():
    postings = {"tomas reyes": [P("story-a", T0, "a1"), P("story-b", T0, "b1")],
                "elm court": [P("story-a", T0, "a1")], "joel varga": [P("story-b", T0, "b1")]}
    found = window_articles_sharing_names(postings, T0 + 3 * DAY, WINDOW)
    assert found == [("a1", "story-a"), ("b1", "story-b")]


def test_an_article_stored_in_the_same_second_is_still_earlier():
    stored = parse_posting({"a1": posting_entry("story-a", T0 + 0.6)})
    postings = {"tomas reyes": stored, "elm court": stored}
    assert window_articles_sharing_names(postings, T0 + 0.7, WINDOW) == [("a1", "story-a")]


def test_one_shared_name_or_an_article_beyond_the_window_points_at_nothing():
    postings = {"tomas reyes": [P("story-a", T0, "a1")], "elm court": [P("story-b", T0, "b1")]}
    assert window_articles_sharing_names(postings, T0 + 3 * DAY, WINDOW) == []
    both = {"tomas reyes": [P("story-a", T0, "a1")], "elm court": [P("story-a", T0, "a1")]}
    assert window_articles_sharing_names(both, T0 + 30 * DAY, WINDOW) == []


def _incident(admin1: str | None, day: date | None) -> Incident:
    return Incident(id="x#0", article_id="x", event_date=day, date_precision="day",
                    location=Location(name="Kelbar", country_code="XQ", admin1=admin1))


def test_names_in_the_window_link_only_incidents_of_one_area_and_day():
    base = _incident("North Vale", date(2026, 3, 6))
    assert same_area_and_day(base, _incident("North Vale", date(2026, 3, 7)))
    assert not same_area_and_day(base, _incident("South Vale", date(2026, 3, 6)))
    assert not same_area_and_day(base, _incident("North Vale", date(2026, 3, 20)))
    assert not same_area_and_day(base, _incident("North Vale", None))
    unplaced = _incident(None, date(2026, 3, 6))
    assert not same_area_and_day(unplaced, unplaced)
