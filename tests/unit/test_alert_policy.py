"""AlertPolicy: when an incident is worth an alert, and at which tier."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from wirewatch.core.alerting import AlertPolicy
from wirewatch.core.models import Incident

NOW = datetime(2026, 11, 26, tzinfo=UTC)
POLICY = AlertPolicy(min_killed=10, min_casualties=25, tiers=(10, 50, 100))


def incident(killed: int | None, wounded: int | None = None, background: bool = False):
    return Incident(id="inc-1", article_id="a", killed=killed, wounded=wounded,
                    background=background)


def test_ten_killed_raises_the_first_tier() -> None:
    alert = POLICY.decide(incident(10), alerted_level=0, now=NOW)
    assert alert is not None and alert.severity_level == 1 and alert.id == "inc-1:1"


def test_nine_killed_and_few_wounded_raise_nothing() -> None:
    assert POLICY.decide(incident(9, 5), alerted_level=0, now=NOW) is None


def test_many_casualties_with_few_deaths_raise_the_first_tier() -> None:
    alert = POLICY.decide(incident(4, 21), alerted_level=0, now=NOW)
    assert alert is not None and alert.severity_level == 1


def test_background_events_never_alert() -> None:
    assert POLICY.decide(incident(200, background=True), alerted_level=0, now=NOW) is None


def test_a_tier_is_never_alerted_twice() -> None:
    assert POLICY.decide(incident(15), alerted_level=1, now=NOW) is None


def test_twelve_to_sixty_killed_is_one_escalation() -> None:
    alert = POLICY.decide(incident(60), alerted_level=1, now=NOW)
    assert alert is not None and alert.severity_level == 2 and alert.escalation


def test_a_jump_straight_to_the_top_alerts_only_the_top_tier() -> None:
    alert = POLICY.decide(incident(130), alerted_level=0, now=NOW)
    assert alert is not None and alert.severity_level == 3 and not alert.escalation


def test_a_lower_toll_after_an_alert_raises_nothing() -> None:
    assert POLICY.decide(incident(55), alerted_level=3, now=NOW) is None


def test_tiers_must_increase() -> None:
    with pytest.raises(ValueError):
        AlertPolicy(tiers=(50, 10))
