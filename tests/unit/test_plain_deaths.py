"""Deaths told in plain shapes the subject readers miss (plain_deaths)."""

from __future__ import annotations

from tests.casualty_figures import figures


def test_an_aged_noun_in_a_headline_dies():
    assert figures("Riverside girl, 9, dies from accidental gunshot wound")[0] == 1


def test_a_linked_story_headline_is_not_read():
    assert figures("RELATED: Riverside girl, 9, dies after fall from a balcony")[0] is None


def test_a_count_broken_by_dashes_is_the_dead():
    text = "3 people —including a 14-year-old boy — were shot dead outside a bakery"
    assert figures(text)[0] == 3


def test_both_surnames_died():
    assert figures("Both Okoro and Brandt died from their wounds.")[0] == 2


def test_a_surname_pronounced_dead_in_a_relative_clause():
    text = "Officers could not at first identify Okoro, who was pronounced dead at the clinic."
    assert figures(text)[0] == 1


def test_a_titled_surname_succumbed():
    text = "Paramedics came quickly but Mrs. Brandt succumbed to her injuries at the house."
    assert figures(text)[0] == 1


def test_a_shot_person_later_pronounced_deceased():
    text = (
        "Okoro suffered a gunshot wound to the chest, was flown to a trauma center, "
        "and was later pronounced deceased."
    )
    assert figures(text) == (1, 0)
