"""Killed counts: who a toll takes in (attackers listed inside it, a suicide attacker told
hurt, the hurt or the survivors who died after it was told)."""

from __future__ import annotations

from tests.casualty_figures import figures


def test_attackers_listed_last_in_an_including_are_in_the_toll():
    text = (
        "Raiders stormed a depot in Kassala. At least six people, including a porter, two "
        "guards, and three attackers were killed. A suicide bomber opened the assault."
    )
    assert figures(text)[0] == 6


def test_all_the_attackers_counted_in_an_including_are_in_the_toll():
    text = (
        "A suicide bomber and seven gunmen attacked a ministry in Garoowe. Eleven people, "
        "including all eight gunmen, were killed."
    )
    assert figures(text)[0] == 11


def test_a_suicide_bomber_told_hurt_lived():
    text = (
        "A suicide bomber set off a vest near a market in Kousseri. The assailant and a "
        "trader were injured in the blast."
    )
    assert figures(text) == (None, 2)


def test_attackers_after_a_closed_aside_are_told_apart():
    text = (
        "Raiders stormed a depot in Kassala. Five people, including a porter, and three "
        "attackers were killed."
    )
    assert figures(text)[0] == 8


def test_one_of_the_injured_dying_later_adds_to_the_toll():
    text = (
        "A gunman fired on a ferry in Mwanza. Two people died and 5 others were hurt. "
        "One of the injured died of his wounds a week later."
    )
    assert figures(text)[0] == 3


def test_a_survivor_killed_later_adds_to_the_toll():
    text = (
        "Bandits ambushed a minibus near Kitgum and shot dead four passengers. "
        "One of the survivors was later abducted and killed."
    )
    assert figures(text)[0] == 5


def test_the_injured_who_died_are_in_a_larger_toll_told_before():
    text = (
        "Four people were killed and one was hurt in Dodoma. Earlier, two people were shot "
        "dead and three were wounded. Two of the wounded later died."
    )
    assert figures(text)[0] == 4
