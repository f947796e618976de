"""The fetch worker: one FeedItem in, one Article out (or a dead letter with its reason).

An article is fetched from the network once per entry fingerprint. When a FeedItem arrives again with
a fingerprint already fetched (a redelivered batch, a second poller), the Article is rebuilt from the
stored raw pages without any request, so nothing is lost and nothing is fetched twice.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kafka.consumer.fetcher import ConsumerRecord

from ingest.exceptions import UnknownOutletError
from ingest.extract import FetchedPage, extract
from ingest.fetch.fetcher import fetch_article
from ingest.fetch.pages import PageStore
from ingest.poll.net import Net
from ingest.reextract.compare import FIELDS, published_record
from ingest.sources.model import Outlet, Registry
from ingest.state import FetchRecord, StateStore
from ingest.urls.canonical import canonical_url, id_key
from ingest.urls.mirror import origin_url
from ingest.urls.wrappers import unwrap
from warta.exceptions import WartaError
from warta.kafka.records import Output
from warta.kafka.topics import ARTICLES
from warta.models import Article, FeedItem, Provenance
from warta.models.base import to_epoch_ms
from warta.settings import Settings

log = logging.getLogger(__name__)

COMPARED_FIELDS = FIELDS


@dataclass
class FetchDeps:
    """The worker's edges: state, page store, network, clock."""

    settings: Settings
    registry: Registry
    store: StateStore
    pages: PageStore
    net: Net
    clock: Callable[[], float] = field(default=time.time)
    # trafilatura parses with one module-level lxml parser, which is not safe to share between threads
    # (seen here as an intermittent native crash): the fetch threads of a process extract one at a time.
    extract_lock: threading.Lock = field(default_factory=threading.Lock)


def _outlet(registry: Registry, item: FeedItem) -> Outlet:
    outlet = registry.get(item.outlet)
    if outlet is None:
        raise UnknownOutletError(item.outlet)
    return outlet


def stored_pages(pages: PageStore, record: FetchRecord) -> list[FetchedPage]:
    """The raw pages of a fetch, read back from the page store (`PageMissingError` if one is gone)."""
    first = FetchedPage(
        url=record.pages[0][0],
        html=pages.get(record.pages[0][1]),
        http_status=record.http_status,
        etag=record.etag,
        last_modified=record.last_modified,
        content_type=record.content_type,
    )
    rest = [
        FetchedPage(url=url, html=pages.get(sha), content_type=record.content_type) for url, sha in record.pages[1:]
    ]
    return [first, *rest]


def _stored(deps: FetchDeps, pages: list[FetchedPage], item: FeedItem, now: float) -> FetchRecord:
    hashes = [deps.pages.put(p.html if isinstance(p.html, bytes) else p.html.encode()) for p in pages]
    first = pages[0]
    return FetchRecord(
        item.article_id, item.fingerprint, tuple((p.url, h) for p, h in zip(pages, hashes, strict=True)),
        first.http_status, first.etag, first.last_modified, now, first.content_type,
    )  # fmt: skip


def _changed(previous: Article | None, article: Article) -> list[str]:
    if previous is None:
        return []
    return [name for name in COMPARED_FIELDS if getattr(previous, name) != getattr(article, name)]


def build_article(
    item: FeedItem, outlet: Outlet, record: FetchRecord, pages: list[FetchedPage], lock: threading.Lock | None = None
) -> Article:
    """Extract, then complete from the feed entry what the page lacks, and set our provenance."""
    fetched_at = datetime.fromtimestamp(record.fetched_at, UTC)
    with lock or nullcontext():
        article = extract(pages, outlet=outlet.id, article_id=item.article_id, fetched_at=fetched_at)
    provenance = Provenance(
        http_status=record.http_status,
        etag=record.etag,
        last_modified=record.last_modified,
        fetched_at=fetched_at,
        extractor_version=article.provenance.extractor_version,
        raw_html_sha256=record.pages[0][1],
        pages=len(pages),
    )
    # Without a rel=canonical of its own, the page's URL is the fetched one: use our canonical form.
    same_article = id_key(canonical_url(article.url, outlet)) == id_key(item.url)
    return article.model_copy(
        update={
            "url": item.url if same_article else article.url,
            "section": article.section or item.section,
            "published_at": article.published_at or item.published_at,
            "version": to_epoch_ms(fetched_at),
            "provenance": provenance,
        }
    )


def _previous(deps: FetchDeps, item: FeedItem, outlet: Outlet, record: FetchRecord | None) -> Article | None:
    """The article as last fetched, to name the fields a changed entry changed (None if unknown)."""
    if record is None:
        return None
    try:
        return build_article(item, outlet, record, stored_pages(deps.pages, record), deps.extract_lock)
    except WartaError:  # a comparison aid only (old page gone, old version not an article)
        log.debug("previous version of %s not rebuilt", item.article_id, exc_info=True)
        return None


def process_item(deps: FetchDeps, item: FeedItem) -> Article:
    """The Article for a FeedItem: from the stored pages when this fingerprint was fetched, else fetched."""
    outlet = _outlet(deps.registry, item)
    record = deps.store.fetched(item.article_id)
    if record is not None and record.fingerprint == item.fingerprint:  # a redelivery: the same article again
        article = build_article(item, outlet, record, stored_pages(deps.pages, record), deps.extract_lock)
        return article.model_copy(update={"changed_fields": list(record.changed_fields)})
    origin = unwrap(origin_url(item.link, outlet.mirror))
    pages = fetch_article(deps.net, origin, outlet)
    new_record = _stored(deps, pages, item, deps.clock())
    previous = _previous(deps, item, outlet, record)
    # Recorded before extraction: a page rejected now is kept for `warta reextract` to try again.
    deps.store.record_fetch(new_record)
    deps.store.record_item(item.article_id, item.model_dump_json())
    article = build_article(item, outlet, new_record, pages, deps.extract_lock)
    article = article.model_copy(update={"changed_fields": _changed(previous, article)})
    deps.store.record_changes(item.article_id, article.changed_fields)
    alias = id_key(canonical_url(article.url, outlet))
    if alias != id_key(item.url):
        deps.store.add_alias(alias, item.article_id)
    return article


def record_handler(deps: FetchDeps) -> Callable[[ConsumerRecord], list[Output]]:
    """`fn(record) -> [Output]` for `warta.kafka.loop.per_record`."""
    topic = deps.settings.topic(ARTICLES)

    def handle(record: ConsumerRecord) -> list[Output]:
        item = FeedItem.model_validate_json(record.value)
        article = process_item(deps, item)
        # Remembered before the ack: a failed produce redelivers the item, which records the same again.
        deps.store.record_published(published_record(article))
        return [Output(topic, article.article_id, article.to_bytes())]

    return handle
