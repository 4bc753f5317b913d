"""A person told hurt who died later moves from the wounded to the killed, once: the killed
tally adds them to the toll told beside the hurt, and the wounded tally takes them off."""

from __future__ import annotations

import pytest

from tests.casualty_figures import figures


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "A gunman opened fire at a bus depot in Tamale. One man died and four people were "
            "injured. Two of the injured later died in hospital.",
            (3, 2),
        ),
        (
            "Two guards were killed and three others were shot and wounded at the gate. One of "
            "the wounded died later.",
            (3, 2),
        ),
        (
            "Five miners were killed and seven were injured when the shaft collapsed. One of "
            "the injured died on Tuesday.",
            (6, 6),
        ),
    ],
)
def test_the_hurt_who_died_after_the_toll_leave_the_wounded(text, expected):
    assert figures(text) == expected


def test_the_hurt_who_died_with_no_toll_told_are_the_dead():
    text = "Six people were wounded at the rally. Two of the wounded died at a clinic."
    assert figures(text) == (2, 4)


def test_the_hurt_who_died_inside_a_larger_toll_are_not_added():
    text = (
        "Seven people were killed and one was hurt in Bauchi. Earlier, three people were shot "
        "dead and two were wounded. One of the wounded later died."
    )
    assert figures(text)[0] == 7
