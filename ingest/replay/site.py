"""What the replay server serves: every page and feed, built from the shared corpus (read in place).

A page lives at `<base>/<original host>/<original path>`. Per outlet there is a `latest` feed listing its
gold pages and CLICK-ID articles (released over time, or all at once); the four 2015 feeds and the
tempo snapshots are served with their links moved onto the server. Links whose page is not in the
corpus (most 2015 feed items, all tempo links) get a page with the feed's title and a CLICK-ID body.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from ingest.poll.parse import Entry, parse_feed
from ingest.replay import corpus
from ingest.replay.corpus import ClickArticle
from ingest.sources.model import Outlet, Registry
from ingest.urls.wrappers import unwrap

TEMPO_HOST = "satu.tempo.co"
_LINK = re.compile(rb"<link>\s*(https?)://([^<\s]+)\s*</link>")
_INDEX_OUTLETS = {"tempo-english": "tempo"}


@dataclass(frozen=True)
class ReplayOptions:
    click_limit: int = 200
    include_2015: bool = True
    include_tempo: bool = True
    rate_per_s: float | None = None  # None: everything is released at start (`--all`)
    snapshot_period_s: float = 60.0
    feed_size: int = 50


@dataclass(frozen=True)
class SitePage:
    origin: str
    outlet: str
    title: str | None
    published_at: datetime | None
    description: str | None = None
    gold: Path | None = None
    click: ClickArticle | None = None


def page_key(host: str, path: str) -> str:
    """Lookup key of a page: host without `www.`, path without trailing slash (query ignored)."""
    return host.lower().removeprefix("www.") + (path.rstrip("/") or "/")


def key_of(url: str) -> str:
    parts = urlsplit(url)
    return page_key(parts.hostname or "", parts.path)


def _pick(pool: list[ClickArticle], link: str) -> ClickArticle:
    digest = int(hashlib.sha1(link.encode("utf-8")).hexdigest(), 16)
    return pool[digest % len(pool)]


def rewrite_links(feed: bytes, base: str) -> bytes:
    """Move every `<link>` of a feed document onto the server: `http://host/p` -> `<base>/host/p`."""
    return _LINK.sub(lambda m: b"<link>" + base.encode() + b"/" + m.group(2) + b"</link>", feed)


class ReplaySite:
    """The site map. Built once at start; serving only reads it."""

    def __init__(self, corpus_dir: Path, registry: Registry, options: ReplayOptions) -> None:
        self.corpus_dir = corpus_dir
        self.registry = registry
        self.options = options
        self.pages: dict[str, SitePage] = {}
        self.releases: list[SitePage] = []
        self.feeds_2015: dict[str, tuple[str, Path]] = {}  # host -> (outlet id, file)
        self.snapshots = corpus.tempo_snapshots(corpus_dir) if options.include_tempo else []
        self._add_gold()
        self._add_click()
        self.releases = _interleave(self.releases)
        pool = list(corpus.click_articles(corpus_dir, "tempo", 300))
        if options.include_2015:
            self._add_2015(pool)
        if self.snapshots:
            self._add_tempo(pool)

    def outlet_for(self, url: str) -> Outlet | None:
        return self.registry.for_host(urlsplit(url).hostname or "")

    def _add_gold(self) -> None:
        for gold in corpus.gold_pages(self.corpus_dir):
            if gold.url is None:
                continue  # index pages: reachable at their outlet's root only
            outlet = self.outlet_for(gold.url)
            if outlet is None:
                continue
            page = SitePage(gold.url, outlet.id, gold.title, gold.published_at, gold=gold.path)
            self.pages[key_of(gold.url)] = page
            self.releases.append(page)
        for gold in corpus.gold_pages(self.corpus_dir):
            if gold.url is None:
                outlet_id = _INDEX_OUTLETS.get(gold.path.parent.name, gold.path.parent.name)
                outlet = self.registry.get(outlet_id)
                if outlet is not None:
                    root = f"http://www.{outlet.domains[0]}/indeks"
                    self.pages.setdefault(key_of(root), SitePage(root, outlet.id, None, None, gold=gold.path))

    def _add_click(self) -> None:
        per_source = -(-self.options.click_limit // len(corpus.CLICK_SOURCES)) if self.options.click_limit else 0
        added = 0
        for source in corpus.CLICK_SOURCES:
            for article in corpus.click_articles(self.corpus_dir, source, per_source):
                outlet = self.outlet_for(article.url)
                if outlet is None or added >= self.options.click_limit:
                    continue
                page = SitePage(article.url, outlet.id, article.title, article.published_at, click=article)
                self.pages[key_of(article.url)] = page
                self.releases.append(page)
                added += 1

    def _add_filler(self, entry: Entry, outlet: str, pool: list[ClickArticle]) -> None:
        link = unwrap(entry.link)
        if key_of(link) not in self.pages:
            page = SitePage(link, outlet, entry.title, entry.published_at, entry.summary, click=_pick(pool, link))
            self.pages[key_of(link)] = page

    def _add_2015(self, pool: list[ClickArticle]) -> None:
        for path in corpus.feeds_2015(self.corpus_dir):
            outlet = self.registry.get(path.name.removesuffix("-rss.xml"))
            if outlet is None:
                continue
            self.feeds_2015[outlet.domains[0]] = (outlet.id, path)
            for entry in parse_feed(path.read_bytes(), path.as_uri()).entries:
                self._add_filler(entry, outlet.id, pool)

    def _add_tempo(self, pool: list[ClickArticle]) -> None:
        for snapshot in self.snapshots:
            for path in sorted(snapshot.glob("*.xml")):
                for entry in parse_feed(path.read_bytes(), path.as_uri()).entries:
                    self._add_filler(entry, "tempo", pool)

    def latest_hosts(self) -> dict[str, str]:
        """Outlet id -> the host path of its `latest` feed."""
        hosts: dict[str, str] = {}
        for page in self.releases:
            outlet = self.registry.get(page.outlet)
            if outlet is not None:
                hosts.setdefault(outlet.id, outlet.domains[0])
        return hosts

    def tempo_sections(self) -> list[str]:
        return sorted(p.stem for p in self.snapshots[-1].glob("*.xml")) if self.snapshots else []


def _interleave(pages: list[SitePage]) -> list[SitePage]:
    """Round-robin over outlets, so that a release stream mixes them like a real morning."""
    by_outlet: dict[str, list[SitePage]] = {}
    for page in pages:
        by_outlet.setdefault(page.outlet, []).append(page)
    queues = list(by_outlet.values())
    out: list[SitePage] = []
    while any(queues):
        for queue in queues:
            if queue:
                out.append(queue.pop(0))
    return out
