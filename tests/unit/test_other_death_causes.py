"""Deaths read across a whole story: those that belong to no violent incident (road crashes,
illness), those first reported and then withdrawn, and a name told with 'N others'."""

from __future__ import annotations

from tests.casualty_figures import main_figures


def test_a_road_crash_death_beside_a_shooting_is_not_its_toll():
    text = (
        "Three hurt as gunman fires into Elm Street diner\n\n"
        "Three people were wounded when a man fired into a diner on Elm Street on Monday.\n\n"
        "The diner's owner opened it in memory of his brother, who was killed in a "
        "motorcycle crash."
    )
    assert main_figures(text) == (None, 3)


def test_a_death_from_illness_is_not_counted():
    text = (
        "Boy, 9, wounded in Harlow Park shooting\n\n"
        "A 9-year-old boy was shot in the leg in Harlow Park on Sunday.\n\n"
        "His grandmother, who raised him, died from cancer, a neighbour said."
    )
    assert main_figures(text) == (None, 1)


def test_a_link_to_a_crash_story_adds_no_deaths():
    text = (
        "Man shot dead outside Ridgeway bar\n\n"
        "A 30-year-old man was shot and killed outside a bar in Ridgeway on Friday.\n\n"
        "Two killed in Pell County crash"
    )
    assert main_figures(text)[0] == 1


def test_a_shooting_after_a_crash_still_counts():
    text = "Two men were killed in a shooting after a car crash on Main Street in Ridgeway."
    assert main_figures(text)[0] == 2


def test_a_death_reported_at_first_and_then_withdrawn_is_none():
    text = (
        "Four wounded in shooting at Kestrel Lounge\n\n"
        "Four people were wounded in a shooting at the Kestrel Lounge early Sunday.\n\n"
        "Early reports said one of them had died, but that proved to be incorrect, "
        "fire officials said."
    )
    assert main_figures(text) == (None, 4)


def test_a_first_toll_corrected_in_the_next_sentence_is_none():
    text = (
        "Shooting at Kestrel Lounge\n\n"
        "The chief initially said that three people had died at the lounge.\n\n"
        "That number was corrected later in the day. One man died, and two were wounded."
    )
    assert main_figures(text) == (1, 2)


def test_a_name_and_others_are_one_group_with_the_name():
    text = (
        "Eight killed in Brookfield house\n\n"
        "Police said eight people were killed in the house on Sunday.\n\n"
        "A neighbour left flowers at the house where Okafor and seven others were killed."
    )
    assert main_figures(text)[0] == 8


def test_a_crash_story_keeps_its_toll():
    # The issue wants Accident incidents (crashes, collapses) with their tolls: a crash
    # death is an aside only in a story of violence.
    text = "A bus crash killed 30 people on a highway in western Kenya on Sunday."
    assert main_figures(text)[0] == 30
    text = "Twelve people died in a collision between a lorry and a minibus on Sunday."
    assert main_figures(text)[0] == 12
