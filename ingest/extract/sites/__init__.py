"""Per-site fixes, versioned by layout (fundus style), selected by the URL's domain and the article's date."""

from __future__ import annotations

from datetime import date
from urllib.parse import urlsplit

from ingest.extract.sites import detik, kapanlagi, mediaindonesia, viva
from ingest.extract.sites.base import SiteRule

# Newest version first within each outlet.
RULES: tuple[type[SiteRule], ...] = (
    detik.V2, detik.V1,
    kapanlagi.V1,
    mediaindonesia.V1,
    viva.V1,
)  # fmt: skip


def _matches(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


def rules_for(url: str, when: date | None) -> list[type[SiteRule]]:
    """The rule versions for `url`'s domain that are valid on `when` (all of them when the date is unknown)."""
    host = (urlsplit(url).hostname or "").lower()
    found = [r for r in RULES if _matches(host, r.DOMAINS)]
    if when is None:
        return found
    return [r for r in found if r.VALID_UNTIL is None or when < r.VALID_UNTIL]
