"""Story keys: articles of one news story match, look-alike stories stay apart."""

from __future__ import annotations

from wirewatch.core.proper_names import proper_names
from wirewatch.core.story import MIN_SCORE, best_story, story_score, story_terms

FIRST = (
    "Singer Mara Quillon checks into Larkspur Recovery Centre\n"
    "Pop singer Mara Quillon has checked into the Larkspur Recovery Centre in Brindle Bay, "
    "her publicist Owen Tate said on Friday. Quillon asked fans for privacy."
)
SAME = (
    "Mara Quillon enters rehab at Larkspur\n"
    "Publicist Owen Tate confirmed that Mara Quillon entered the Larkspur Recovery Centre "
    "near Brindle Bay this week."
)
LOOK_ALIKE = (
    "Actor Dev Ransome checks into rehab at Cedar Hollow clinic\n"
    "Actor Dev Ransome has checked into the Cedar Hollow clinic in Port Elms, his agent "
    "Lena Voss said on Friday. Ransome asked fans for privacy."
)


def terms(text: str) -> list[str]:
    return story_terms(text, proper_names(text))


def test_two_reports_of_one_story_score_above_the_threshold():
    assert story_score(terms(FIRST), terms(SAME), {}) >= MIN_SCORE


def test_a_look_alike_story_with_other_names_stays_apart():
    assert story_score(terms(FIRST), terms(LOOK_ALIKE), {}) < MIN_SCORE


def test_articles_naming_only_different_years_are_different_stories():
    a = terms("Quake shakes Tarvel province in 2009\nA quake shook Tarvel province in 2009.")
    b = terms("Quake shakes Tarvel province in 2012\nA quake shook Tarvel province in 2012.")
    assert story_score(a, b, {}) == 0.0


def test_shared_topic_words_without_a_shared_name_never_match():
    a = terms("a powerful earthquake struck the coast, damaging buildings")
    b = terms("a powerful earthquake struck the coast, damaging homes")
    assert story_score(a, b, {}) == 0.0


def test_the_story_of_the_best_matching_earlier_articles_is_chosen():
    candidates = {"a1": terms(LOOK_ALIKE), "a2": terms(SAME)}
    match = best_story(terms(FIRST), candidates, {"a1": "story-x", "a2": "story-y"}, {})
    assert match is not None and match.story_id == "story-y"


def test_one_unrelated_article_in_a_story_lowers_its_average():
    candidates = {"a1": terms(LOOK_ALIKE), "a2": terms(SAME)}
    alone = best_story(terms(FIRST), candidates, {"a1": "story-x", "a2": "story-y"}, {})
    mixed = best_story(terms(FIRST), candidates, {"a1": "story-y", "a2": "story-y"}, {})
    assert alone is not None and (mixed is None or mixed.score < alone.score)
