"""Stories: articles of one news story match, look-alike stories stay apart."""

from __future__ import annotations

from collections import Counter

import pytest

from wirewatch.core.story import (
    MIN_SCORE,
    NAME_WEIGHT,
    article_words,
    best_story,
    idf,
    story_score,
    story_vector,
)

FIRST = (
    "Singer Mara Quillon checks into Larkspur Recovery Centre\n"
    "Pop singer Mara Quillon has checked into the Larkspur Recovery Centre in Brindle Bay, "
    "her publicist Owen Tate said on Friday. Quillon asked fans for privacy while she "
    "receives treatment at the clinic."
)
SAME = (
    "Mara Quillon enters rehab at Larkspur\n"
    "Publicist Owen Tate confirmed that Mara Quillon entered the Larkspur Recovery Centre "
    "near Brindle Bay this week for treatment."
)
LOOK_ALIKE = (
    "Actor Dev Ransome checks into rehab at Cedar Hollow clinic\n"
    "Actor Dev Ransome has checked into the Cedar Hollow clinic in Port Elms, his agent "
    "Lena Voss said on Friday. Ransome asked fans for privacy while he receives treatment "
    "at the clinic."
)
BACKGROUND = [
    "A singer checked into a rehab clinic for treatment, her agent said, asking for privacy.",
    "Fans of the actor asked for privacy after he entered rehab for treatment at a clinic.",
    "The clinic said the singer receives treatment; her publicist asked fans for privacy.",
    "An actor has checked into rehab, his agent confirmed on Friday.",
    "Police said a man was shot on Main Street and taken to hospital.",
    "A storm closed schools across the county on Friday.",
]
"""Recent articles of the window: their words are the vocabulary the weights come from."""


def vector(text: str, window: list[str] = BACKGROUND) -> dict[str, float]:
    """The text's story vector, weighted against `window` and the text itself."""
    seen = [article_words(t).counts for t in [*window, text]]
    counts = Counter(word for words in seen for word in words)
    words = article_words(text)
    return story_vector(words.counts, idf(counts, len(seen)), words.names)


def test_two_reports_of_one_story_score_above_the_threshold():
    assert story_score(vector(FIRST), vector(SAME)) >= MIN_SCORE


def test_a_look_alike_story_with_other_names_stays_apart():
    assert story_score(vector(FIRST), vector(LOOK_ALIKE)) < MIN_SCORE


def test_articles_naming_only_different_years_are_different_stories():
    a = vector("Quake shakes Tarvel province in 2009\nA quake shook Tarvel province in 2009.")
    b = vector("Quake shakes Tarvel province in 2012\nA quake shook Tarvel province in 2012.")
    assert story_score(a, b) == 0.0


def test_words_common_in_recent_articles_weigh_less_than_rare_ones():
    weights = vector(FIRST)
    assert weights["quillon"] > weights["clinic"]


def test_a_word_written_as_a_name_weighs_more():
    words = article_words("Crews cleared the ridge road. Ridge residents met Harlow Ridge.")
    assert "ridge" in words.names
    plain = story_vector(words.counts, {"ridge": 1.0, "crew": 1.0})
    named = story_vector(words.counts, {"ridge": 1.0, "crew": 1.0}, words.names)
    assert named["ridge"] == pytest.approx(plain["ridge"] * NAME_WEIGHT, rel=0.01)


def test_a_capitalised_word_opening_a_sentence_is_not_a_name():
    assert "police" not in article_words("Police closed the road. Later it reopened.").names


def test_words_are_stemmed_counted_and_numbers_kept():
    counts = article_words("Shootings and a shooting near 1400 Elm Avenue; 12 shots.").counts
    assert counts["shoot"] == 2 and counts["1400"] == 1 and "12" not in counts


def test_a_vector_keeps_only_the_heaviest_terms():
    words = {f"word{i}": 1 for i in range(60)}
    weights = {f"word{i}": float(i) for i in range(60)}
    assert set(story_vector(words, weights, top=5)) == {f"word{i}" for i in range(55, 60)}


def test_the_story_of_the_best_matching_earlier_articles_is_chosen():
    candidates = {"a1": vector(LOOK_ALIKE), "a2": vector(SAME)}
    match = best_story(vector(FIRST), candidates, {"a1": "story-x", "a2": "story-y"})
    assert match is not None and match.story_id == "story-y"


def test_one_unrelated_article_in_a_story_lowers_its_average():
    candidates = {"a1": vector(LOOK_ALIKE), "a2": vector(SAME)}
    alone = best_story(vector(FIRST), candidates, {"a1": "story-x", "a2": "story-y"})
    mixed = best_story(vector(FIRST), candidates, {"a1": "story-y", "a2": "story-y"})
    assert alone is not None and (mixed is None or mixed.score < alone.score)


def test_a_penalty_keeps_a_contradicting_article_out():
    candidates = {"a2": vector(SAME)}
    score = story_score(vector(FIRST), vector(SAME))
    penalised = best_story(
        vector(FIRST), candidates, {"a2": "story-y"}, penalties={"a2": score - MIN_SCORE + 0.01}
    )
    assert penalised is None
