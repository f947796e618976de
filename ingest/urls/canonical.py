"""Canonical article URLs and the stable article id derived from them.

Policy (the same article must never get two ids, whichever feed lists it):
- redirect wrappers (feedsportal, Google News, ...) are decoded first;
- scheme and host are lower-cased, the default port dropped, and the host prefixes the outlet declares
  as aliases (`www.`, `m.`, `amp.`) are stripped; the scheme becomes https unless the outlet says not;
- the fragment is dropped; tracking parameters (utm_*, fbclid, gclid, ...) are removed, the remaining
  parameters are sorted, and only those the outlet declares as identifying are kept when it declares any;
- a trailing slash is dropped (`/a/b/` and `/a/b` are one article; the root stays `/`);
- the id is the hash of the canonical URL *without its scheme*, so that http/https variants agree.

The page's rel=canonical, known only after fetching, never changes the id: it is recorded as an alias
of the id in the state store, and the poller looks aliases up before minting a new id.
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from ingest.sources.model import Outlet
from ingest.urls.wrappers import unwrap

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid", "mc_cid",
        "mc_eid", "_ga", "_gl", "ref_src", "spm", "cmpid", "xtor", "amp", "_branch_match_id", "mibextid",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "pk_", "itm_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SLASHES = re.compile(r"/{2,}")


def _host(host: str, outlet: Outlet | None) -> str:
    host = host.lower().rstrip(".")
    for prefix in outlet.strip_prefixes if outlet else ():
        if host.startswith(prefix) and "." in host[len(prefix) :]:
            host = host[len(prefix) :]
    return host


def _query(query: str, outlet: Outlet | None) -> str:
    pairs = [
        (k, v)
        for k, v in parse_qsl(query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    if outlet is not None and outlet.keep_query:
        pairs = [(k, v) for k, v in pairs if k in outlet.keep_query]
    return urlencode(sorted(pairs))


def _path(path: str) -> str:
    path = _SLASHES.sub("/", path or "/")
    return path.rstrip("/") or "/"


def canonical_url(url: str, outlet: Outlet | None = None) -> str:
    """The canonical form of an article link (see the module docstring for the policy)."""
    parts = urlsplit(unwrap(url.strip()))
    given = parts.scheme.lower() or "https"
    scheme = "https" if outlet is None or outlet.force_https else given
    host = _host(parts.hostname or "", outlet)
    default_port = parts.port in (None, _DEFAULT_PORTS.get(given), _DEFAULT_PORTS.get(scheme))
    netloc = host if default_port else f"{host}:{parts.port}"
    return urlunsplit((scheme, netloc, _path(parts.path), _query(parts.query, outlet), ""))


def id_key(canonical: str) -> str:
    """What the id is a hash of: the canonical URL without its scheme."""
    return canonical.split("://", 1)[-1]


def article_id(canonical: str) -> str:
    """A stable 24-hex-digit id for a canonical URL (scheme-insensitive)."""
    return hashlib.sha256(id_key(canonical).encode("utf-8")).hexdigest()[:24]
