"""`warta sources check`: does each feed answer and parse? Item count and latency per feed.

Meant for a connected machine; without internet every feed fails with its reason, and the check still
completes with a summary.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from ingest.exceptions import IngestError
from ingest.poll.http import HttpOptions, http_get, raise_for_status
from ingest.poll.parse import candidates, parse_feed
from ingest.sources.model import Feed, Outlet, Registry


@dataclass(frozen=True)
class FeedCheck:
    outlet: str
    section: str
    url: str
    ok: bool
    status: int | None = None
    items: int = 0
    articles: int = 0
    latency_s: float | None = None
    bozo: str | None = None
    error: str | None = None


def check_feed(outlet: Outlet, feed: Feed, options: HttpOptions) -> FeedCheck:
    """One GET (no robots, no politeness: one request per feed), then a parse."""
    try:
        response = http_get(feed.url, options)
        raise_for_status(response)
    except IngestError as exc:
        return FeedCheck(outlet.id, feed.section, feed.url, ok=False, error=str(exc))
    parsed = parse_feed(response.body, feed.url, response.headers.get("content-type"))
    return FeedCheck(
        outlet.id, feed.section, feed.url,
        ok=bool(parsed.entries), status=response.status, items=len(parsed.entries),
        articles=len(candidates(parsed, outlet)), latency_s=response.elapsed_s, bozo=parsed.bozo,
        error=None if parsed.entries else "no entries",
    )  # fmt: skip


def check_all(registry: Registry, options: HttpOptions, threads: int = 8) -> list[FeedCheck]:
    with ThreadPoolExecutor(max_workers=threads) as pool:
        return list(pool.map(lambda of: check_feed(of[0], of[1], options), registry.feeds()))


def render(checks: list[FeedCheck]) -> list[str]:
    lines = []
    for c in checks:
        latency = f"{c.latency_s * 1000:.0f} ms" if c.latency_s is not None else "-"
        state = "ok  " if c.ok else "FAIL"
        note = c.error or (f"bozo: {c.bozo}" if c.bozo else "")
        lines.append(f"{state} {c.outlet:<16} {c.section:<14} items={c.items:<3} articles={c.articles:<3} "
                     f"{latency:>8}  {c.url}  {note}".rstrip())  # fmt: skip
    ok = sum(c.ok for c in checks)
    lines.append(f"{ok}/{len(checks)} feeds answered and parsed; {len(checks) - ok} failed")
    return lines
