"""Per-host politeness: at most `max_concurrent` requests in flight and `delay_s` between two starts."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from ingest.sources.model import Politeness


@dataclass
class _Host:
    slots: threading.BoundedSemaphore
    next_start: float = 0.0
    lock: threading.Lock = field(default_factory=threading.Lock)


class HostGate:
    """Shared by every thread of a process; one instance per process (never module-level)."""

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()

    def _host(self, host: str, politeness: Politeness) -> _Host:
        with self._lock:
            if host not in self._hosts:
                self._hosts[host] = _Host(threading.BoundedSemaphore(politeness.max_concurrent))
            return self._hosts[host]

    @contextmanager
    def request(self, host: str, politeness: Politeness) -> Iterator[None]:
        """Block until a request to `host` is allowed, hold its slot for the duration of the block."""
        state = self._host(host, politeness)
        with state.slots:
            with state.lock:
                wait = state.next_start - self._clock()
                state.next_start = max(state.next_start, self._clock()) + politeness.delay_s
            if wait > 0:
                self._sleep(wait)
            yield
