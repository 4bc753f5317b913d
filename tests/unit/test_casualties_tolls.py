"""Killed counts: whether a toll takes the attackers in (attackers listed inside it, a
suicide attacker told hurt)."""

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
