"""Wounded readings: who was hurt and survived, told in ways the main readers miss."""

from __future__ import annotations

from tests.casualty_figures import figures


def test_two_words_between_an_age_and_its_noun():
    assert figures("A 41-year-old Norwegian Sami herder was stabbed in the arm.") == (None, 1)


def test_an_age_and_another_phrase_are_two_people():
    text = "A nine-year-old and two adults were shot outside the store. Nobody died."
    assert figures(text)[1] == 3
