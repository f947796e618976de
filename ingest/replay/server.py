"""The replay HTTP server: the corpus served as if it were the outlets, on 127.0.0.1.

Routes (`<host>` is an outlet's host name, e.g. `regional.kompas.com`):
- `/<host>/robots.txt`; `/<host>/rss/latest.xml` (released items), `/<host>/rss/2015.xml`;
- `/satu.tempo.co/rss/<section>.xml` (tempo snapshots);
- `/detik.feedsportal.com/...` -> 301 to the decoded article (the 2015 redirect wrapper);
- `/<host>/<path>`: the page. Every answer has an ETag and Last-Modified; conditional requests get 304.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

from ingest.replay.feeds import (
    ROBOTS_TXT,
    Clock,
    Document,
    feed_2015,
    latest_feed,
    now_utc,
    page_document,
    tempo_feed,
)  # fmt: skip
from ingest.replay.site import TEMPO_HOST, ReplaySite, page_key
from ingest.urls.mirror import fetch_url
from ingest.urls.wrappers import decode_feedsportal

log = logging.getLogger(__name__)


class ReplayApp:
    """Routing and documents, independent of the socket layer (testable without a server)."""

    def __init__(self, site: ReplaySite, base: str, clock: Clock, now: Callable[[], datetime] = now_utc) -> None:
        self.site = site
        self.base = base
        self.clock = clock
        self.now = now
        self.latest = {host: outlet for outlet, host in site.latest_hosts().items()}

    def redirect_for(self, host: str, path: str) -> str | None:
        if host.endswith("feedsportal.com"):
            target = decode_feedsportal(f"http://{host}{path}")
            return fetch_url(target, self.base) if target else None
        return None

    def document(self, host: str, path: str) -> Document | None:
        if path == "/robots.txt":
            return Document(ROBOTS_TXT, "text/plain", self.clock.started_at)
        if path == "/rss/latest.xml" and host in self.latest:
            return latest_feed(self.site, self.clock, self.latest[host], host, self.base, self.now())
        if path == "/rss/2015.xml":
            return feed_2015(self.site, self.clock, host, self.base)
        if host == TEMPO_HOST and path.startswith("/rss/") and path.endswith(".xml"):
            return tempo_feed(self.site, self.clock, path[len("/rss/") : -len(".xml")], self.base, self.now())
        page = self.site.pages.get(page_key(host, path))
        return None if page is None else page_document(self.site, self.clock, page, self.base)


def etag_of(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:20] + '"'


def not_modified(headers: dict[str, str], etag: str, last_modified: datetime) -> bool:
    """RFC 9110: If-None-Match wins over If-Modified-Since."""
    if_none_match = headers.get("if-none-match")
    if if_none_match is not None:
        return etag in [t.strip() for t in if_none_match.split(",")] or if_none_match.strip() == "*"
    since = headers.get("if-modified-since")
    if since:
        try:
            return last_modified.replace(microsecond=0) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def _handler(app: ReplayApp) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "WartaReplay/0.1"

        def log_message(self, format: str, *args: object) -> None:
            log.debug("%s " + format, self.address_string(), *args)

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            host, _, rest = parts.path.lstrip("/").partition("/")
            path = "/" + rest
            redirect = app.redirect_for(host.lower(), path)
            if redirect is not None:
                self._send(301, b"", "text/plain", {"Location": redirect})
                return
            doc = app.document(host.lower(), path)
            if doc is None:
                self._send(404, b"not found\n", "text/plain", {})
                return
            etag = etag_of(doc.body)
            headers = {"ETag": etag, "Last-Modified": format_datetime(doc.last_modified.astimezone(UTC), usegmt=True)}
            lowered = {k.lower(): v for k, v in self.headers.items()}
            if not_modified(lowered, etag, doc.last_modified):
                self._send(304, b"", doc.content_type, headers)
                return
            self._send(200, doc.body, doc.content_type, headers)

        def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str]) -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)) if status != 304 else "0")
            self.end_headers()
            if status != 304:
                self.wfile.write(body)

    return Handler


class ReplayServer:
    """A threaded server around a `ReplayApp`; `start()` runs it in a thread (tests, demo)."""

    def __init__(self, app_factory: Callable[[str], ReplayApp], host: str = "127.0.0.1", port: int = 8765) -> None:
        self._httpd = ThreadingHTTPServer((host, port), BaseHTTPRequestHandler)
        self._httpd.daemon_threads = True
        bound_host, bound_port = self._httpd.server_address[:2]
        self.base_url = f"http://{bound_host!s}:{bound_port}"
        self.app = app_factory(self.base_url)
        self._httpd.RequestHandlerClass = _handler(self.app)
        self._thread: threading.Thread | None = None

    def start(self) -> ReplayServer:
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="replay", daemon=True)
        self._thread.start()
        return self

    def serve_forever(self) -> None:
        self._httpd.serve_forever()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=10)
