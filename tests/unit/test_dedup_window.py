"""The dedup window's slots: a day each by default, finer for short windows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from wirewatch.dedup.window import Window

NOON = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)


def test_the_default_window_keeps_one_slot_per_day_for_fourteen_days():
    window = Window(14)
    assert window.slot_seconds == 86_400
    slots = window.slots(NOON)
    assert len(slots) == 15
    assert slots[0] - slots[-1] == 14
    assert window.slot(NOON) == window.slot(NOON.replace(hour=0))


def test_a_short_window_uses_short_slots_and_still_covers_itself():
    window = Window(0.01)  # 864 seconds
    assert window.ttl == 864
    assert window.slot_seconds == 864 // 14
    covered = len(window.slots(NOON)) * window.slot_seconds
    assert window.ttl <= covered <= window.ttl + 2 * window.slot_seconds


def test_slots_move_on_with_time():
    window = Window(0.01)
    later = NOON + timedelta(seconds=window.slot_seconds)
    assert window.slot(later) == window.slot(NOON) + 1
    assert window.slots(later)[1] == window.slot(NOON)


def test_whole_days_round_up():
    assert Window(0.01).whole_days == 1
    assert Window(14).whole_days == 14
