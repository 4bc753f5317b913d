"""One who died of a self-inflicted wound is the shooter, counted beside his victims
(self_inflicted_deaths)."""

from __future__ import annotations

from tests.casualty_figures import figures


def test_he_died_of_his_own_wound_after_killing_two():
    text = (
        "He died of a self-inflicted gunshot wound after shooting and killing two of his coworkers."
    )
    assert figures(text)[0] == 3


def test_a_named_shooter_dead_of_what_appeared_self_inflicted_adds_to_the_victims():
    text = (
        "Four neighbours were killed on Elm Street on Sunday. Brandvold died from what "
        "appeared to be a self-inflicted gunshot wound."
    )
    assert figures(text)[0] == 5


def test_a_death_of_wounds_from_someone_else_stays_one_of_the_victims():
    text = (
        "Four neighbours were killed on Elm Street on Sunday. Brandvold died from his "
        "gunshot wounds."
    )
    assert figures(text)[0] == 4
