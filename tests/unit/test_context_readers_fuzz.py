"""The place, date, type and actor readers never fail on odd input (they run on every article)."""

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from wirewatch.core.extraction.actors import find_actors, find_victims
from wirewatch.core.extraction.dates import resolve_event_date
from wirewatch.core.extraction.event_types import classify_event
from wirewatch.core.extraction.places import locate

WORDS = st.sampled_from(
    [
        "in",
        "Kirkuk",
        "KABUL",
        "(AP)",
        "—",
        "--",
        ",",
        "Tenn.",
        "Sunday",
        "Aug.",
        "26",
        "31/02/2020",
        "al-Hasakeh",
        "province",
        "US",
        "IS",
        "killed",
        "\n",
        "Georgia",
        "'s",
        "é",
        "北京",
        ".",
    ]
)
TEXTS = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=60).map(" ".join))
SPANS = st.one_of(st.none(), st.tuples(st.integers(-50, 400), st.integers(-50, 400)))


@settings(max_examples=150, deadline=None)
@given(text=TEXTS, focus=SPANS)
def test_readers_return_their_types_on_any_text(text, focus):
    assert locate(text, focus) is not None
    value, precision = resolve_event_date(text, datetime(2021, 9, 6), focus)
    assert precision in (None, "day", "week", "month", "year")
    assert len(classify_event(text)) == 2
    assert isinstance(find_actors(text), list)
    assert isinstance(find_victims(text), list)
