"""The fetch worker on replayed pages: one network fetch per entry version, dead-letter reasons."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import pytest

from ingest.fetch.pages import PageMissingError, PageStore
from ingest.fetch.worker import FetchDeps, process_item, record_handler
from ingest.poll.http import HttpResponse
from ingest.poll.net import Net
from ingest.replay import RunningReplay
from ingest.sources.model import Outlet
from ingest.state import StateStore
from ingest.urls import article_id, canonical_url
from warta.exceptions import PermanentError
from warta.models import Article, FeedItem
from warta.settings import Settings

GOLD = "www.antaranews.com/berita/527615/29-penerbangan-bandara-internasional-lombok-dibatalkan"


@dataclass
class CountingNet:
    """The real `Net`, counting requests."""

    inner: Net
    calls: list[str] = field(default_factory=list)

    def get(self, origin: str, outlet: Outlet, **kwargs: str | None) -> HttpResponse:
        self.calls.append(origin)
        return self.inner.get(origin, outlet, **kwargs)


def _item(replay: RunningReplay, path: str, fingerprint: str = "fp1", outlet_id: str = "antara") -> FeedItem:
    outlet = replay.registry.get(outlet_id)
    assert outlet is not None
    url = canonical_url("http://" + path, outlet)
    return FeedItem(
        article_id=article_id(url), url=url, link=f"{replay.base_url}/{path}", outlet=outlet_id,
        feed_url=f"{replay.base_url}/antaranews.com/rss/latest.xml", fingerprint=fingerprint,
        polled_at=datetime(2026, 1, 1, tzinfo=UTC),
    )  # fmt: skip


def _deps(replay: RunningReplay, settings: Settings) -> tuple[FetchDeps, CountingNet]:
    net = CountingNet(Net.create(settings))
    store = StateStore.open(settings.state_dir)
    deps = FetchDeps(settings, replay.registry, store, PageStore.open(settings.state_dir), net)  # type: ignore[arg-type]
    return deps, net


def test_an_article_is_fetched_stored_and_extracted(
    replay: RunningReplay, ingest_settings: Settings, corpus_dir: Path
) -> None:
    deps, net = _deps(replay, ingest_settings)
    item = _item(replay, GOLD)
    article = process_item(deps, item)
    assert article.article_id == item.article_id
    assert article.title == "29 penerbangan Bandara Internasional Lombok dibatalkan"
    assert article.url == item.url == "https://antaranews.com/" + GOLD.split("/", 1)[1]
    assert "Lombok" in article.text
    raw = (corpus_dir / "pages/anpandu_2015_2017/antara/antara-singlepage.html").read_bytes()
    assert article.provenance.raw_html_sha256 == hashlib.sha256(raw).hexdigest()
    assert article.provenance.http_status == 200 and article.provenance.etag
    assert deps.pages.get(article.provenance.raw_html_sha256) == raw
    assert net.calls == ["http://" + GOLD]


def test_the_same_entry_again_is_rebuilt_without_a_request(replay: RunningReplay, ingest_settings: Settings) -> None:
    deps, net = _deps(replay, ingest_settings)
    first = process_item(deps, _item(replay, GOLD))
    deps.store.close()
    deps, net = _deps(replay, ingest_settings)  # a restarted worker
    again = process_item(deps, _item(replay, GOLD))
    assert net.calls == []
    assert again == first  # same version too: idempotent downstream
    changed = process_item(deps, _item(replay, GOLD, fingerprint="fp2"))
    assert net.calls == ["http://" + GOLD]
    assert changed.version >= first.version and changed.changed_fields == []


def test_the_pages_rel_canonical_becomes_an_alias(replay: RunningReplay, ingest_settings: Settings) -> None:
    deps, _ = _deps(replay, ingest_settings)
    page = next(p for p in replay.site.releases if p.outlet == "kompas" and p.click is not None)
    path = page.origin.split("://", 1)[1]
    item = _item(replay, path + "?ref=beranda", outlet_id="kompas")  # `ref` is not a tracking parameter we know
    article = process_item(deps, item)
    assert article.url == page.origin  # the rendered page's rel=canonical
    clean = canonical_url(article.url, replay.registry.get("kompas"))
    assert deps.store.alias(clean.split("://", 1)[1]) == item.article_id
    assert article_id(clean) != item.article_id  # the id stays the one first minted


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("www.antaranews.com/berita/1/tidak-ada", "fetch_failed"),
        ("www.antaranews.com/private/berita/2/rahasia", "robots_disallowed"),
    ],
)
def test_permanent_failures_carry_their_reason(
    replay: RunningReplay, ingest_settings: Settings, path: str, reason: str
) -> None:
    deps, _ = _deps(replay, ingest_settings)
    with pytest.raises(PermanentError) as info:
        process_item(deps, _item(replay, path))
    assert info.value.reason == reason


def test_unknown_outlet_is_permanent(replay: RunningReplay, ingest_settings: Settings) -> None:
    deps, _ = _deps(replay, ingest_settings)
    item = _item(replay, GOLD).model_copy(update={"outlet": "nope"})
    with pytest.raises(PermanentError, match="unknown outlet"):
        process_item(deps, item)


def test_record_handler_emits_the_article_keyed_by_id(replay: RunningReplay, ingest_settings: Settings) -> None:
    deps, _ = _deps(replay, ingest_settings)
    item = _item(replay, GOLD)

    @dataclass
    class Record:
        value: bytes

    [output] = record_handler(deps)(Record(item.to_bytes()))  # type: ignore[arg-type]
    assert output.topic == ingest_settings.topic("articles") and output.key == item.article_id
    article = Article.model_validate_json(output.value)
    assert article.article_id == item.article_id
    published = deps.store.published(item.article_id)  # what `warta reextract` compares against
    assert published is not None and published.version == article.version
    assert published.extractor_version == article.provenance.extractor_version


def test_a_page_rejected_by_the_extractor_is_kept_for_reextract(
    replay: RunningReplay, ingest_settings: Settings
) -> None:
    deps, _ = _deps(replay, ingest_settings)
    item = _item(replay, "www.kompas.com/indeks", outlet_id="kompas")  # a gold index page
    with pytest.raises(PermanentError) as info:
        process_item(deps, item)
    assert info.value.reason == "not_an_article"
    record = deps.store.fetched(item.article_id)
    assert record is not None and deps.pages.has(record.pages[0][1])
    assert deps.store.item(item.article_id) == item.model_dump_json()
    assert deps.store.published(item.article_id) is None


def test_page_store_round_trip(tmp_path: Path) -> None:
    pages = PageStore(tmp_path)
    sha = pages.put(b"<html>halo</html>")
    assert pages.put(b"<html>halo</html>") == sha and pages.has(sha)
    assert pages.get(sha) == b"<html>halo</html>"
    assert pages.path(sha).name.endswith(".html.gz")
    with pytest.raises(PageMissingError):
        pages.get("0" * 64)
