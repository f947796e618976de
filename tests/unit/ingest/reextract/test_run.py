"""`run_reextract` on pages stored in a real state and page store, with a publisher that records."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.fetch.pages import PageStore
from ingest.fetch.worker import build_article, stored_pages
from ingest.reextract.cli import summary_lines
from ingest.reextract.compare import published_record
from ingest.reextract.run import ReextractDeps, run_reextract
from ingest.replay.render import RenderedArticle, article_html
from ingest.sources import builtin_registry
from ingest.state import FetchRecord, StateStore
from warta.models import Article, FeedItem

FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC).timestamp()
NOW = datetime(2026, 2, 1, tzinfo=UTC).timestamp()
PARAGRAPHS = [
    "Banjir merendam ratusan rumah warga di Samarinda sejak Senin malam setelah hujan deras mengguyur kota.",
    "Warga Samarinda mengungsi ke masjid dan sekolah terdekat sambil menunggu air banjir surut.",
    "Badan Penanggulangan Bencana Daerah Samarinda mencatat ketinggian air banjir mencapai satu meter.",
    "Petugas membagikan makanan dan selimut kepada warga yang rumahnya terendam banjir di Samarinda.",
    "Wali kota meminta warga Samarinda tetap waspada karena hujan diperkirakan turun hingga akhir pekan.",
]


@dataclass
class Published:
    batches: list[list[Article]] = field(default_factory=list)

    def __call__(self, articles: Sequence[Article]) -> None:
        self.batches.append(list(articles))

    @property
    def articles(self) -> list[Article]:
        return [a for batch in self.batches for a in batch]


def _store_article(deps: ReextractDeps, n: int, html: bytes | None = None) -> str:
    """Store one fetched kompas page and its feed item, as the fetch worker does; return its id."""
    url = f"https://regional.kompas.com/read/2026/01/01/{n}/banjir-samarinda"
    page = RenderedArticle(url, "Kompas.com", f"Banjir di Samarinda {n}", datetime(2026, 1, 1, 8, tzinfo=UTC),
                           "Tim Redaksi", "Regional", PARAGRAPHS)  # fmt: skip
    sha = deps.pages.put(html or article_html(page))
    article_id = f"id{n:02d}"
    deps.store.record_fetch(FetchRecord(article_id, "fp", ((url, sha),), 200, None, None, FETCHED_AT, "text/html"))
    item = FeedItem(article_id=article_id, url=url, link=url, outlet="kompas", feed_url="https://kompas.com/rss",
                    fingerprint="fp", polled_at=datetime(2026, 1, 1, tzinfo=UTC))  # fmt: skip
    deps.store.record_item(article_id, item.model_dump_json())
    return article_id


def _publish_as_worker(deps: ReextractDeps, article_id: str) -> Article:
    """Record the article as the fetch worker publishes it."""
    record = deps.store.fetched(article_id)
    item = deps.store.item(article_id)
    assert record is not None and item is not None
    item_ = FeedItem.model_validate_json(item)
    outlet = deps.registry.get("kompas")
    assert outlet is not None
    article = build_article(item_, outlet, record, stored_pages(deps.pages, record))
    deps.store.record_published(published_record(article))
    return article


@pytest.fixture
def deps(tmp_path: Path) -> ReextractDeps:
    store = StateStore.open(tmp_path)
    return ReextractDeps(store, PageStore(tmp_path / "pages"), builtin_registry(), Published(), clock=lambda: NOW)


def _published(deps: ReextractDeps) -> Published:
    assert isinstance(deps.publish, Published)
    return deps.publish


def test_unchanged_articles_are_not_republished(deps: ReextractDeps) -> None:
    for n in range(3):
        _publish_as_worker(deps, _store_article(deps, n))
    summary = run_reextract(deps, report=lambda _: None)
    assert (summary.examined, summary.changed, summary.unchanged) == (3, 0, 3)
    assert _published(deps).articles == []


def test_a_changed_article_is_published_once_with_a_newer_version(deps: ReextractDeps) -> None:
    ids = [_store_article(deps, n) for n in range(3)]
    originals = {i: _publish_as_worker(deps, i) for i in ids}
    older = deps.store.published(ids[1])
    assert older is not None  # as an older extractor left it: another title
    deps.store.record_published(replace(older, digests={**older.digests, "title": "0" * 16}))

    summary = run_reextract(deps, report=lambda _: None)
    [update] = _published(deps).articles
    assert (summary.changed, summary.unchanged) == (1, 2)
    assert update.article_id == ids[1] and update.changed_fields == ["title"]
    assert update.version == int(NOW * 1000) > originals[ids[1]].version
    assert update.text == originals[ids[1]].text
    assert run_reextract(deps, report=lambda _: None).changed == 0  # recorded: a second run publishes nothing
    assert len(_published(deps).articles) == 1


def test_an_article_never_published_is_published_as_new(deps: ReextractDeps) -> None:
    """A page dead-lettered by an older extractor that the current one accepts."""
    article_id = _store_article(deps, 1)
    summary = run_reextract(deps, report=lambda _: None)
    [update] = _published(deps).articles
    assert summary.changed == 1 and update.article_id == article_id and update.changed_fields == []


def test_a_dry_run_publishes_and_records_nothing(deps: ReextractDeps) -> None:
    article_id = _store_article(deps, 1)
    summary = run_reextract(deps, dry_run=True, report=lambda _: None)
    assert summary.changed == 1 and _published(deps).articles == []
    assert deps.store.published(article_id) is None
    assert summary_lines(summary, dry_run=True)[0] == "examined 1: 1 changed (would publish), 0 unchanged, 0 failed"


def test_failures_are_counted_by_reason_not_raised(deps: ReextractDeps) -> None:
    good = _store_article(deps, 1)
    listing = b"<html><body>" + b"".join(
        b"<div><h2><a href='/%d'>Judul berita nomor %d di sini</a></h2><p>Ringkasan pendek berita.</p></div>" % (i, i)
        for i in range(30)
    ) + b"</body></html>"  # fmt: skip
    not_article = _store_article(deps, 2, html=listing)
    gone = _store_article(deps, 3, html=b"<html><body><p>halaman yang hilang</p></body></html>")
    record = deps.store.fetched(gone)
    assert record is not None
    deps.pages.path(record.pages[0][1]).unlink()

    summary = run_reextract(deps, [good, not_article, gone, "unknown"], report=lambda _: None)
    assert (summary.examined, summary.changed) == (4, 1)
    assert summary.failed == {"not_an_article": 1, "page_missing": 1, "not_fetched": 1}
    assert [o.article_id for o in summary.failures] == [not_article, gone, "unknown"]
    lines = summary_lines(summary, dry_run=False)
    assert lines[0] == "examined 4: 1 changed (published), 0 unchanged, 3 failed"
    assert any(line.startswith(f"  {not_article}: not_an_article: ") for line in lines)


def test_an_article_fetched_without_its_feed_item_is_reported(deps: ReextractDeps) -> None:
    deps.store.record_fetch(FetchRecord("old", "fp", (("https://kompas.com/a", "0" * 64),), 200, None, None, 1.0))
    assert run_reextract(deps, report=lambda _: None).failed == {"no_feed_item": 1}


def test_progress_is_reported_every_n_articles(deps: ReextractDeps) -> None:
    for n in range(5):
        _publish_as_worker(deps, _store_article(deps, n))
    lines: list[str] = []
    run_reextract(deps, progress_every=2, report=lines.append)
    assert lines == [
        "2/5 examined: 0 changed, 2 unchanged, 0 failed",
        "4/5 examined: 0 changed, 4 unchanged, 0 failed",
    ]
