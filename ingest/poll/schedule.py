"""When to poll a feed next: learnt from how often it publishes, between 30 s and 30 min.

The model is an EWMA of the gap between new items. A poll that finds `n` new items after `elapsed`
seconds observes a gap of `elapsed / n`; a poll that finds none says the gap is at least `elapsed`, so
the estimate can only grow. The next interval is half the expected gap (so that an item waits on
average a quarter of a gap), stretched outside WIB waking hours (Indonesian outlets publish little at
night), clamped to [30 s, 30 min], with jitter so that feeds of one host do not synchronise.
Pure functions of their inputs: the clock and the random source are parameters.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

MIN_INTERVAL_S = 30.0
MAX_INTERVAL_S = 1800.0
FIRST_INTERVAL_S = 60.0  # a feed we know nothing about: look again soon, then learn
WIB = timezone(timedelta(hours=7), "WIB")


@dataclass(frozen=True)
class ScheduleParams:
    alpha: float = 0.3
    fraction_of_gap: float = 0.5
    night_factor: float = 2.0
    day_start_hour: int = 5
    day_end_hour: int = 23
    jitter: float = 0.1
    min_s: float = MIN_INTERVAL_S
    max_s: float = MAX_INTERVAL_S


def update_gap(ewma_gap_s: float | None, elapsed_s: float, new_items: int, alpha: float = 0.3) -> float:
    """The new EWMA of the inter-arrival gap after a poll."""
    # Nothing new: the gap is at least `elapsed`, so the estimate can only grow.
    sample = elapsed_s / new_items if new_items > 0 else max(elapsed_s, ewma_gap_s or elapsed_s)
    if ewma_gap_s is None:
        return sample
    return alpha * sample + (1.0 - alpha) * ewma_gap_s


def hour_factor(epoch_s: float, params: ScheduleParams) -> float:
    """1 during WIB waking hours, `night_factor` at night."""
    hour = datetime.fromtimestamp(epoch_s, UTC).astimezone(WIB).hour
    return 1.0 if params.day_start_hour <= hour < params.day_end_hour else params.night_factor


def next_interval(
    ewma_gap_s: float | None, now_epoch_s: float, rng: Callable[[], float], params: ScheduleParams | None = None
) -> float:
    """Seconds until the next poll."""
    p = params or ScheduleParams()
    base = FIRST_INTERVAL_S if ewma_gap_s is None else ewma_gap_s * p.fraction_of_gap
    base *= hour_factor(now_epoch_s, p)
    clamped = min(p.max_s, max(p.min_s, base))
    jittered = clamped * (1.0 + p.jitter * (2.0 * rng() - 1.0))
    return min(p.max_s, max(p.min_s, jittered))
