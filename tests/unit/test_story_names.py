"""Stories beyond the window are found again by the rare names they share."""

from wirewatch.core.story_names import (
    RARE_NAME_ARTICLES,
    names_to_post,
    parse_posting,
    posting_entry,
    remembered_story,
)

DAY = 740_000  # a day ordinal


def test_a_posting_reads_back_what_was_written():
    raw = posting_entry("story-a", DAY) + posting_entry("story-b", DAY + 3)
    assert parse_posting(raw) == [("story-a", DAY), ("story-b", DAY + 3)]
    assert parse_posting(None) == []


def test_two_rare_names_shared_with_an_old_story_join_it():
    postings = {"tomas reyes": [("story-a", DAY)], "elm court": [("story-a", DAY)],
                "city hall": [("story-x", DAY)]}
    assert remembered_story(postings, DAY + 60, 14, 365) == "story-a"


def test_one_shared_name_is_not_enough():
    postings = {"tomas reyes": [("story-a", DAY)], "elm court": [("story-b", DAY)]}
    assert remembered_story(postings, DAY + 60, 14, 365) is None


def test_inside_the_window_the_names_decide_nothing():
    postings = {"tomas reyes": [("story-a", DAY)], "elm court": [("story-a", DAY)]}
    assert remembered_story(postings, DAY + 10, 14, 365) is None


def test_beyond_the_memory_the_names_are_forgotten():
    postings = {"tomas reyes": [("story-a", DAY)], "elm court": [("story-a", DAY)]}
    assert remembered_story(postings, DAY + 400, 14, 365) is None


def test_common_names_link_nothing_and_stop_being_posted():
    common = [(f"story-{i}", DAY) for i in range(RARE_NAME_ARTICLES + 1)]
    postings = {"county sheriff": common, "general hospital": common}
    assert remembered_story(postings, DAY + 60, 14, 365) is None
    assert names_to_post(["county sheriff", "tomas reyes"], postings) == ["tomas reyes"]
