"""The replay server's documents at a moment `now`: feeds (with releases over time) and pages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from ingest.replay.render import RenderedArticle, RssItem, article_html, rss
from ingest.replay.site import TEMPO_HOST, ReplaySite, SitePage, rewrite_links
from ingest.urls.mirror import fetch_url

ROBOTS_TXT = b"User-agent: *\nDisallow: /private/\nDisallow: /cari\n"


@dataclass(frozen=True)
class Document:
    body: bytes
    content_type: str
    last_modified: datetime


@dataclass(frozen=True)
class Clock:
    """When the server started; releases are counted from it."""

    started_at: datetime

    def released(self, now: datetime, rate_per_s: float | None, total: int) -> int:
        if rate_per_s is None:
            return total
        return min(total, int((now - self.started_at).total_seconds() * rate_per_s))

    def release_time(self, index: int, rate_per_s: float) -> datetime:
        return self.started_at + timedelta(seconds=(index + 1) / rate_per_s)


def latest_feed(site: ReplaySite, clock: Clock, outlet_id: str, host: str, base: str, now: datetime) -> Document:
    """The outlet's released items, newest first, `feed_size` at most."""
    rate = site.options.rate_per_s
    released = clock.released(now, rate, len(site.releases))
    items: list[tuple[datetime, SitePage]] = []
    for index, page in enumerate(site.releases[:released]):
        if page.outlet == outlet_id:
            when = clock.release_time(index, rate) if rate else (page.published_at or clock.started_at)
            items.append((when, page))
    items.sort(key=lambda pair: pair[0], reverse=True)
    items = items[: site.options.feed_size]
    rss_items = [
        RssItem(page.title or page.origin, fetch_url(page.origin, base), when, page.description) for when, page in items
    ]
    modified = max((when for when, _ in items), default=clock.started_at)
    body = rss(f"{outlet_id} (replay)", f"{base}/{host}/", rss_items, modified)
    return Document(body, "application/rss+xml; charset=utf-8", modified)


def feed_2015(site: ReplaySite, clock: Clock, host: str, base: str) -> Document | None:
    found = site.feeds_2015.get(host)
    if found is None:
        return None
    body = rewrite_links(found[1].read_bytes(), base)
    return Document(body, "application/rss+xml", clock.started_at)


def tempo_feed(site: ReplaySite, clock: Clock, section: str, base: str, now: datetime) -> Document | None:
    """A tempo section feed: the snapshot of the moment (one more each `snapshot_period_s` when releasing)."""
    if not site.snapshots:
        return None
    index = len(site.snapshots) - 1
    if site.options.rate_per_s is not None:
        elapsed = (now - clock.started_at).total_seconds()
        index = min(index, int(elapsed / site.options.snapshot_period_s))
    path = site.snapshots[index] / f"{section}.xml"
    if not path.exists():
        return None
    return Document(rewrite_links(path.read_bytes(), base), "application/rss+xml", clock.started_at)


def _related(site: ReplaySite, page: SitePage, base: str) -> list[tuple[str, str]]:
    same = [p for p in site.releases if p.outlet == page.outlet and p.origin != page.origin and p.title]
    return [(fetch_url(p.origin, base), p.title or "") for p in same[:3]]


def page_document(site: ReplaySite, clock: Clock, page: SitePage, base: str) -> Document:
    if page.gold is not None:
        return Document(page.gold.read_bytes(), "text/html", clock.started_at)
    if page.click is None:
        raise ValueError(f"page {page.origin} has neither a stored file nor a text")
    outlet = site.registry.get(page.outlet)
    name = outlet.name if outlet else page.outlet
    rendered = RenderedArticle(
        url=page.origin,
        site_name=name,
        title=page.click.title,  # a filler page keeps its text's own title: the feed's may differ
        published_at=page.published_at or page.click.published_at,
        author=f"Tim Redaksi {name}",
        section=page.click.category or "Berita",
        paragraphs=page.click.paragraphs,
        related=_related(site, page, base),
    )
    return Document(article_html(rendered), "text/html; charset=utf-8", clock.started_at)


def now_utc() -> datetime:
    return datetime.now(UTC)


__all__ = ["ROBOTS_TXT", "TEMPO_HOST", "Clock", "Document", "feed_2015", "latest_feed", "now_utc", "page_document"]
