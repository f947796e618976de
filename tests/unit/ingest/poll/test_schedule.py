from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ingest.poll.schedule import (
    FIRST_INTERVAL_S,
    MAX_INTERVAL_S,
    MIN_INTERVAL_S,
    ScheduleParams,
    hour_factor,
    next_interval,
    update_gap,
)  # fmt: skip

# 10:00 WIB and 02:00 WIB as epoch seconds (WIB is UTC+7).
DAY = datetime(2026, 1, 5, 3, 0, tzinfo=UTC).timestamp()
NIGHT = datetime(2026, 1, 4, 19, 0, tzinfo=UTC).timestamp()


def mid() -> float:
    return 0.5  # no jitter


def test_new_items_set_the_gap_from_elapsed_over_count() -> None:
    assert update_gap(None, 600.0, 3) == pytest.approx(200.0)
    assert update_gap(200.0, 600.0, 6, alpha=0.5) == pytest.approx(150.0)


def test_a_quiet_poll_can_only_grow_the_gap() -> None:
    assert update_gap(100.0, 60.0, 0, alpha=0.5) == pytest.approx(100.0)
    assert update_gap(100.0, 300.0, 0, alpha=0.5) == pytest.approx(200.0)


def test_ewma_converges_on_a_steady_publisher() -> None:
    gap = None
    for _ in range(30):
        gap = update_gap(gap, 120.0, 2)
    assert gap == pytest.approx(60.0)
    assert next_interval(gap, DAY, mid) == pytest.approx(30.0)


def test_interval_is_half_the_gap_by_day_and_stretched_at_night() -> None:
    assert next_interval(400.0, DAY, mid) == pytest.approx(200.0)
    assert next_interval(400.0, NIGHT, mid) == pytest.approx(400.0)
    assert hour_factor(DAY, ScheduleParams()) == 1.0
    assert hour_factor(NIGHT, ScheduleParams()) == 2.0


def test_interval_is_clamped_between_30_seconds_and_30_minutes() -> None:
    assert next_interval(1.0, DAY, mid) == MIN_INTERVAL_S
    assert next_interval(86_400.0, DAY, mid) == MAX_INTERVAL_S
    assert next_interval(None, DAY, mid) == FIRST_INTERVAL_S


def test_jitter_stays_within_ten_percent() -> None:
    low = next_interval(400.0, DAY, lambda: 0.0)
    high = next_interval(400.0, DAY, lambda: 0.999999)
    assert low == pytest.approx(180.0)
    assert high == pytest.approx(220.0, rel=1e-4)
