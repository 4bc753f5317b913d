"""Quantities: digits, number words and the vague-amount convention."""

from __future__ import annotations

import pytest

from wirewatch.core.extraction.numbers import find_quantities, words_to_int


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("twelve", 12),
        ("twenty-one", 21),
        ("two hundred and five", 205),
        ("TWENTY FOUR", 24),
    ],
)
def test_number_words(text, value):
    assert words_to_int(text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("at least 12", 12),
        ("more than 1,200", 1200),
        ("nearly 200", 200),
        ("a dozen", 12),
        ("dozens", 12),
        ("scores", 20),
        ("hundreds", 100),
        ("several", 3),
        ("a few", 2),
        ("12 to 15", 12),
    ],
)
def test_vague_and_qualified_amounts_follow_the_convention(text, value):
    assert find_quantities(text)[0].value == value


def test_vague_amount_is_marked_vague():
    assert find_quantities("several")[0].vague


def test_approximation_is_marked():
    assert find_quantities("about 40")[0].approximate


def test_offsets_point_at_the_amount():
    text = "they killed at least 7 people"
    quantity = find_quantities(text)[0]
    assert text[quantity.start : quantity.end] == "at least 7"


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("all of them younger than 45", []),
        ("two teenagers between the ages of 16 and 19", [2]),
        ("a man, aged 31", []),
        ("three children under the age of 12", [3]),
    ],
)
def test_an_age_is_not_an_amount_of_people(text, amounts):
    assert [q.value for q in find_quantities(text)] == amounts


def test_people_listed_with_an_age_limit_are_counted_not_aged():
    from wirewatch.core.extraction import extract_incidents
    from wirewatch.core.models import Article

    text = ("Shots rang out at a bar on Elm Street late Saturday. Three men and two women, "
            "all older than 30, were wounded and taken to hospitals, police said.")
    assert extract_incidents(Article(id="bar", text=text))[0].wounded == 5
