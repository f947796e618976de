"""HTTP GET done by hand (http.client): timeouts, a redirect cap, a decompressed-size cap, conditional GET.

Errors keep their meaning: a connection problem or timeout is a `NetworkError` (transient); the status
code is returned and judged by `raise_for_status`, so that 304 stays cheap and 404 becomes permanent.
"""

from __future__ import annotations

import http.client
import ssl
import time
import zlib
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ingest.exceptions import HttpStatusError, NetworkError, TooLargeError, TooManyRedirectsError

REDIRECTS = frozenset({301, 302, 303, 307, 308})
RETRYABLE = frozenset({408, 425, 429, 500, 502, 503, 504})
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class HttpOptions:
    """Limits and identity of every request."""

    user_agent: str
    timeout_s: float = 15.0
    max_bytes: int = 5 * 1024 * 1024
    max_redirects: int = 5


@dataclass(frozen=True)
class HttpResponse:
    """A final (non-redirect) answer; `headers` keys are lower-case."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    elapsed_s: float

    @property
    def etag(self) -> str | None:
        return self.headers.get("etag")

    @property
    def last_modified(self) -> str | None:
        return self.headers.get("last-modified")


def raise_for_status(response: HttpResponse) -> None:
    """404, 410 and other 4xx are permanent; 5xx, 429 and 408 transient; 2xx and 304 pass."""
    status = response.status
    if status < 300 or status == 304:
        return
    if status in RETRYABLE or status >= 500:
        raise NetworkError(f"HTTP {status} for {response.url}")
    raise HttpStatusError(response.url, status)


def _decompress(raw: bytes, encoding: str, url: str, limit: int) -> bytes:
    if encoding in ("", "identity"):
        return raw
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise HttpStatusError(url, 415)
    wbits = 47 if encoding != "deflate" else 15  # 47: gzip or zlib header, detected
    try:
        inflater = zlib.decompressobj(wbits)
        body = inflater.decompress(raw, limit + 1)
    except zlib.error as exc:
        raise NetworkError(f"corrupt {encoding} body from {url}: {exc}") from exc
    if len(body) > limit:
        raise TooLargeError(url, limit)
    return body


def _read_capped(resp: http.client.HTTPResponse, url: str, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while chunk := resp.read(_CHUNK):
        size += len(chunk)
        if size > limit:
            raise TooLargeError(url, limit)
        chunks.append(chunk)
    return b"".join(chunks)


def _connection(url: str, timeout_s: float) -> http.client.HTTPConnection:
    parts = urlsplit(url)
    if parts.scheme == "https":
        return http.client.HTTPSConnection(
            parts.hostname or "", parts.port, timeout=timeout_s, context=ssl.create_default_context()
        )
    if parts.scheme == "http":
        return http.client.HTTPConnection(parts.hostname or "", parts.port, timeout=timeout_s)
    raise HttpStatusError(url, 400)


def _once(url: str, options: HttpOptions, headers: dict[str, str]) -> HttpResponse:
    parts = urlsplit(url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    started = time.monotonic()
    conn = _connection(url, options.timeout_s)
    try:
        conn.request("GET", target, headers=headers)
        resp = conn.getresponse()
        raw = _read_capped(resp, url, options.max_bytes)
        got = {k.lower(): v for k, v in resp.getheaders()}
    except (OSError, http.client.HTTPException) as exc:
        raise NetworkError(f"GET {url}: {type(exc).__name__}: {exc}") from exc
    finally:
        conn.close()
    body = _decompress(raw, got.get("content-encoding", "").lower(), url, options.max_bytes)
    return HttpResponse(url, resp.status, got, body, time.monotonic() - started)


def http_get(
    url: str, options: HttpOptions, *, etag: str | None = None, last_modified: str | None = None
) -> HttpResponse:
    """GET `url`, following at most `max_redirects` redirects; conditional when validators are given."""
    headers = {"User-Agent": options.user_agent, "Accept-Encoding": "gzip, deflate", "Accept": "*/*"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    for _ in range(options.max_redirects + 1):
        response = _once(url, options, headers)
        location = response.headers.get("location")
        if response.status not in REDIRECTS or not location:
            return response
        url = urljoin(url, location)
    raise TooManyRedirectsError(url, options.max_redirects)
