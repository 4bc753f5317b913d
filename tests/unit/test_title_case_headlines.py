"""Headlines with a compound subject ('Male juvenile shot') and title-case headlines whose
verb is capitalised before a count ('Gunman Kills 3, Flees')."""

from __future__ import annotations

from tests.casualty_figures import main_figures


def test_a_headline_subject_of_two_person_nouns_is_one_person_killed():
    assert main_figures("Female Teen Killed After Shooting Near Orchard Park") == (1, None)


def test_a_headline_subject_of_two_person_nouns_is_one_person_wounded():
    assert main_figures("Male juvenile shot on the north side of Harlow") == (None, 1)


def test_a_count_after_a_capitalised_verb_is_the_dead_not_an_age():
    assert main_figures("Teen Gunman Kills 4, Flees Before Police Arrive")[0] == 4


def test_a_count_after_a_capitalised_wounding_verb_is_the_wounded():
    assert main_figures("Driver Wounds 2, Police Say, After Argument At Diner")[1] == 2
