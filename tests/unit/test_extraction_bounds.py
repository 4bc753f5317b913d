"""Hostile text: the extractor and the cleaner finish, and numbers stay sane.

The time limit here is a hang detector (an order of magnitude above normal
cost), not a speed target: speed lives in bench/.
"""

from __future__ import annotations

import time

import pytest

from wirewatch.core.cleaning import clean_text
from wirewatch.core.extraction import extract_incidents
from wirewatch.core.models import Article

HANG_SECONDS = 30.0

HOSTILE_TEXTS = {
    "long_digits": "Police said " + "9" * 200_000 + " people were killed.",
    "huge_number": "Gunmen killed 123456789012345678901234567890 people in Kano, Nigeria.",
    "repeated_verbs": "killed " * 50_000,
    "nested_parentheses": "(" * 20_000 + "12 killed" + ")" * 20_000,
    "no_spaces": "x" * 500_000,
    "many_numbers": " ".join(f"{n} killed, {n} wounded." for n in range(20_000)),
    "unicode_soup": "\u202e\u0000\ufeff\U0001f4a3 " * 20_000 + "seven people were killed",
    "comma_chain": "killed " + ", ".join(["at least twelve"] * 10_000),
}


@pytest.fixture(scope="module", autouse=True)
def warm_gazetteer() -> None:
    """Build the place indices once, so the timings below are the texts' own cost."""
    extract_incidents(Article(id="warm", text="Two people were killed in Kano, Nigeria."))


@pytest.mark.parametrize("name", sorted(HOSTILE_TEXTS))
def test_hostile_text_finishes_with_sane_numbers(name: str) -> None:
    started = time.perf_counter()
    incidents = extract_incidents(Article(id=name, text=HOSTILE_TEXTS[name]))
    assert time.perf_counter() - started < HANG_SECONDS
    for incident in incidents:
        for count in (incident.killed, incident.wounded):
            assert count is None or 0 <= count < 10_000_000


def test_deeply_nested_html_is_cleaned_in_bounded_time() -> None:
    page = "<div>" * 100_000 + "<p>Three people were killed in a fire.</p>" + "</div>" * 100_000
    started = time.perf_counter()
    text = clean_text(page, "html")
    assert time.perf_counter() - started < HANG_SECONDS
    assert len(text) < len(page)
