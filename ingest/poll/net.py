"""Every outgoing request of the ingest stage goes through `Net.get`: robots.txt, per-host politeness,
then the HTTP GET, on the origin URL or on its mirror."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from ingest.exceptions import RobotsDisallowedError
from ingest.poll.http import HttpOptions, HttpResponse, http_get
from ingest.poll.politeness import HostGate
from ingest.poll.robots import RobotsCache
from ingest.sources.model import Outlet
from ingest.urls.mirror import fetch_url
from warta.settings import Settings


@dataclass(frozen=True)
class Net:
    http: HttpOptions
    robots: RobotsCache
    gate: HostGate

    @classmethod
    def create(cls, settings: Settings, timeout_s: float = 15.0, max_bytes: int = 5 * 1024 * 1024) -> Net:
        options = HttpOptions(user_agent=settings.user_agent, timeout_s=timeout_s, max_bytes=max_bytes)
        return cls(options, RobotsCache(options), HostGate())

    def get(
        self, origin: str, outlet: Outlet, *, etag: str | None = None, last_modified: str | None = None
    ) -> HttpResponse:
        """GET the origin URL (on the outlet's mirror, if it has one), politely.

        Raises `RobotsDisallowedError` (permanent) before any request when robots.txt forbids it.
        """
        if not self.robots.allowed(origin, outlet.mirror):
            raise RobotsDisallowedError(origin)
        host = (urlsplit(origin).hostname or "").lower()
        with self.gate.request(host, outlet.politeness):
            return http_get(fetch_url(origin, outlet.mirror), self.http, etag=etag, last_modified=last_modified)
