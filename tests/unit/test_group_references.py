"""A group counted once and later told only by name ('the assailants were killed')."""

from __future__ import annotations

import pytest

from wirewatch.core.extraction import extract_incidents
from wirewatch.core.models import Article


def killed(text: str) -> int | None:
    incidents = extract_incidents(Article(id="group-reference", text=text))
    return incidents[0].killed if incidents else None


@pytest.mark.parametrize("text, expected", [
    ("Two gunmen opened fire on a town hall in Elmdale. The assailants were killed by "
     "police and a guard was wounded.", 2),
    ("About six members of the cell rammed a boat into a patrol vessel. Five sailors were "
     "killed. All members of the cell were killed.", 11),
    ("Nine militants stormed the airbase. Four soldiers died. All of the attackers were "
     "killed.", 13),
    ("Six raiders attacked the depot. Two of the attackers were killed.", 2),
    ("Three gunmen attacked the post. The three militants were killed.", 3),
    ("Police said the attackers were killed.", None),
])
def test_a_group_told_by_name_after_its_count_has_that_count(text, expected):
    assert killed(text) == expected
