"""A follow-up story that names the shooting by its day takes that day, not its own news day."""

from datetime import date, datetime

from wirewatch.core.extraction.dates import resolve_event_date
from wirewatch.core.extraction.event_days import names_the_event

FRIDAY = datetime(2022, 3, 18, 15, 0)


def _day(text: str) -> date | None:
    return resolve_event_date(text, FRIDAY)[0]


def test_a_victim_who_died_later_takes_the_named_shooting_day():
    text = "On Wednesday a cyclist died of wounds from Saturday's shooting near the depot."
    assert _day(text) == date(2022, 3, 12)


def test_the_named_shooting_day_beats_a_written_day_of_the_update():
    text = "The family gathered on March 16 to bury the cook killed in Saturday's shooting."
    assert _day(text) == date(2022, 3, 12)


def test_the_shooting_on_a_day_is_that_day():
    text = "On Wednesday the porter wounded in the shooting on Sunday died at a clinic."
    assert _day(text) == date(2022, 3, 13)


def test_a_plain_day_is_not_the_event_noun():
    assert not names_the_event("He was shot Monday at a gas station.", 12, 18)
    assert names_the_event("He was hurt in Monday's shooting.", 15, 21)
    assert not names_the_event("Police also probe a Monday shooting.", 20, 26)
    assert names_the_event("Two were hurt in the Oct. 4 fatal stabbing.", 21, 27)


def test_a_shooting_the_story_compares_its_own_to_is_not_its_day():
    text = (
        "On Wednesday a cyclist was shot near the depot. Police see no link to Saturday's"
        " shooting at the mall."
    )
    assert _day(text) == date(2022, 3, 16)
