"""Mirror addressing: a mirror (the replay server) serves `https://host/path` as `<mirror>/host/path`.

Ids, canonical URLs and extraction always work on the origin form, so that a replayed article looks
exactly like the outlet's own; only the request goes to the mirror.
"""

from __future__ import annotations

from urllib.parse import urlsplit


def origin_url(url: str, mirror: str | None) -> str:
    """`http://127.0.0.1:8765/inet.detik.com/read/x` -> `http://inet.detik.com/read/x` for that mirror."""
    if not mirror:
        return url
    base = mirror.rstrip("/") + "/"
    if not url.startswith(base):
        return url
    return "http://" + url[len(base) :]


def fetch_url(url: str, mirror: str | None) -> str:
    """Where to request the origin URL `url`: itself, or its place on the mirror."""
    if not mirror:
        return url
    parts = urlsplit(url)
    if url.startswith(mirror.rstrip("/") + "/"):
        return url
    rest = parts.netloc + (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return mirror.rstrip("/") + "/" + rest


def robots_url(url: str, mirror: str | None) -> str:
    """The robots.txt that governs the origin URL `url` (on the mirror: per host path)."""
    parts = urlsplit(url)
    if mirror:
        return f"{mirror.rstrip('/')}/{parts.netloc}/robots.txt"
    return f"{parts.scheme}://{parts.netloc}/robots.txt"
