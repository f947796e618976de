"""Exponential backoff with jitter and an injectable clock, for transient failures."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Backoff:
    """Delays of `initial * factor**n`, capped, with full jitter; `reset()` after a success."""

    initial_s: float = 0.5
    factor: float = 2.0
    max_s: float = 30.0
    jitter: float = 0.2
    rng: Callable[[], float] = field(default=random.random)
    attempts: int = 0

    def next_delay(self) -> float:
        base = min(self.max_s, self.initial_s * self.factor**self.attempts)
        self.attempts += 1
        return base * (1.0 - self.jitter + 2 * self.jitter * self.rng())

    def reset(self) -> None:
        self.attempts = 0
