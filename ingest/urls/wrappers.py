"""Redirect wrappers that feeds put around article links, decoded without a request.

feedsportal.com (used by detik until 2016) encodes the target URL in the path after `/l/`:
`0L` is `http://`, `0B` a dot, `0C` a slash, `0N` `.com`, ... (see corpus/feeds/publishers_2015/detik-rss.xml).
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

_FEEDSPORTAL_CODES = {
    "A": "0", "B": ".", "C": "/", "D": "?", "E": "-", "F": "=", "G": "&", "H": ",", "I": "_", "J": "%",
    "K": "+", "L": "http://", "M": "&amp;", "N": ".com", "O": ".co.uk", "P": ";", "Q": "|", "R": ":",
    "S": "www.", "T": "#", "U": "$", "V": "~", "W": "!", "X": "(", "Y": ")", "Z": "Z",
}  # fmt: skip
_FEEDSPORTAL_PATH = re.compile(r"/l/(0L[^/]+)/[^/]*$")
_ESCAPE = re.compile(r"0([A-Z])")

# Wrappers that carry the target in a query parameter: (host suffix, parameter).
_QUERY_WRAPPERS = (("news.google.com", "url"), ("l.facebook.com", "u"), ("t.co", "url"))


def decode_feedsportal(url: str) -> str | None:
    """The target of a feedsportal link, or None when `url` is not one."""
    parts = urlsplit(url)
    if not (parts.hostname or "").endswith("feedsportal.com"):
        return None
    match = _FEEDSPORTAL_PATH.search(parts.path)
    if match is None:
        return None
    return _ESCAPE.sub(lambda m: _FEEDSPORTAL_CODES[m.group(1)], match.group(1))


def _decode_query_wrapper(url: str) -> str | None:
    parts = urlsplit(url)
    host = parts.hostname or ""
    for suffix, param in _QUERY_WRAPPERS:
        if host == suffix or host.endswith("." + suffix):
            values = parse_qs(parts.query).get(param)
            if values and values[0].startswith(("http://", "https://")):
                return values[0]
    return None


def unwrap(url: str, max_depth: int = 3) -> str:
    """`url` with every known redirect wrapper decoded (wrappers may nest, up to `max_depth`)."""
    for _ in range(max_depth):
        target = decode_feedsportal(url) or _decode_query_wrapper(url)
        if target is None:
            return url
        url = target
    return url
