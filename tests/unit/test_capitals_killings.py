"""The killing of a named person told as a noun in all-capitals wire copy."""

from __future__ import annotations

from tests.casualty_figures import figures


def test_a_name_in_capitals_after_murder_of_is_one_dead():
    text = "THE MURDER OF TOMAS VERDUGO SOUGHT TO WEAKEN THE TALKS BETWEEN THE PARTIES."
    assert figures(text)[0] == 1


def test_a_leader_and_his_companion_murdered_are_two_dead():
    text = (
        "THE COUNCIL CONDEMNED THE ASSASSINATION IN QUITO OF PARTY LEADER ANSELMO QUIROGA "
        "AND HIS COMPANION ELVIRA MONTANO LAST WEEK."
    )
    assert figures(text)[0] == 2


def test_an_attempted_murder_in_capitals_kills_no_one():
    text = "POLICE FOILED THE ATTEMPTED MURDER OF TOMAS VERDUGO SOUGHT BY THE GANG YESTERDAY."
    assert figures(text)[0] in (None, 0)


def test_a_count_after_murder_of_is_read_as_the_count():
    text = "THE MURDER OF FOUR FARMWORKERS NEAR THE RIVER SHOCKED THE PROVINCE."
    assert figures(text)[0] == 4


def test_an_aside_after_the_name_keeps_the_one_dead():
    text = "RIVALS ARE BEHIND THE ASSASSINATIONS OF JUDGE TOMAS VERDUGO, OF THE HIGH COURT."
    assert figures(text)[0] == 1


def test_a_list_of_victims_after_murders_of_is_not_one_dead():
    text = (
        "THEY DEMAND JUSTICE FOR THE MURDERS OF ELVIRA MONTANO, OTHER COOPERATIVE MEMBERS, "
        "AND THE NINE UNION LEADERS."
    )
    assert figures(text)[0] != 1
