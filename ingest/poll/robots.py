"""robots.txt, fetched once per host (per host path on a mirror) and cached for a while.

RFC 9309: a 4xx robots.txt means no restrictions; 401/403 mean "disallow everything". An unreachable
server or a 5xx is not a verdict: `allowed` raises `NetworkError` (transient) so that the fetch is
retried later instead of being dead-lettered, and the failure is remembered for `retry_s` so that a
down host is not asked again for every article.
"""

from __future__ import annotations

import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass

from ingest.exceptions import IngestError, NetworkError
from ingest.poll.http import HttpOptions, http_get
from ingest.urls.mirror import robots_url


@dataclass(frozen=True)
class _Entry:
    parser: urllib.robotparser.RobotFileParser | None
    error: str | None
    fetched_at: float


def parse_robots(text: str) -> urllib.robotparser.RobotFileParser:
    parser = urllib.robotparser.RobotFileParser()
    parser.parse(text.splitlines())
    return parser


class RobotsCache:
    """Answers `allowed(url)` for our user agent; one robots.txt request per host per `ttl_s`."""

    def __init__(
        self,
        options: HttpOptions,
        ttl_s: float = 3600.0,
        retry_s: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._options = options
        self._ttl_s = ttl_s
        self._retry_s = retry_s
        self._clock = clock
        self._cache: dict[str, _Entry] = {}
        self._lock = threading.Lock()

    def _load(self, robots: str, now: float) -> _Entry:
        try:
            response = http_get(robots, self._options)
        except NetworkError as exc:
            return _Entry(None, str(exc), now)
        except IngestError:
            return _Entry(parse_robots(""), None, now)  # too large, too many redirects: as if absent
        if response.status in (401, 403):
            return _Entry(parse_robots("User-agent: *\nDisallow: /\n"), None, now)
        if response.status >= 500 or response.status == 429:
            return _Entry(None, f"HTTP {response.status} for {robots}", now)
        if response.status >= 400:
            return _Entry(parse_robots(""), None, now)
        return _Entry(parse_robots(response.body.decode("utf-8", errors="replace")), None, now)

    def parser_for(self, url: str, mirror: str | None = None) -> urllib.robotparser.RobotFileParser:
        """The rules for the origin URL `url`; raises `NetworkError` while its robots.txt is unreachable."""
        robots = robots_url(url, mirror)
        now = self._clock()
        with self._lock:
            entry = self._cache.get(robots)
        ttl = self._retry_s if entry is not None and entry.error else self._ttl_s
        if entry is None or now - entry.fetched_at >= ttl:
            entry = self._load(robots, now)
            with self._lock:
                self._cache[robots] = entry
        if entry.parser is None:
            raise NetworkError(f"robots.txt unavailable: {entry.error}")
        return entry.parser

    def allowed(self, url: str, mirror: str | None = None) -> bool:
        """May our agent fetch the origin URL `url`? (On a mirror, the rules of its host path apply.)"""
        return self.parser_for(url, mirror).can_fetch(self._options.user_agent, url)
