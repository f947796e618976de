"""An outlet edits an article: the fetch worker publishes the update on the same id, naming what changed.

The page is served by a tiny local `http.server` acting as the outlet's mirror (`<mirror>/<host>/<path>`),
so the real fetch path runs: robots.txt, politeness, HTTP, page store, extraction. The article text is
written for this test (no publisher's text).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ingest.fetch.pages import PageStore
from ingest.fetch.worker import COMPARED_FIELDS, FetchDeps, process_item, record_handler
from ingest.poll.net import Net
from ingest.sources.model import Outlet, Politeness, Registry
from ingest.state import StateStore
from ingest.urls import article_id, canonical_url
from warta.exceptions import PermanentError
from warta.models import Article, FeedItem
from warta.settings import Settings

HOST = "www.kabaruji.test"
PATH = "/berita/2026/11/27/banjir-rob-pesisir-semarang"
PUBLISHED = "2026-11-27T08:15:00+07:00"

TITLE_1 = "Banjir rob genangi tiga kelurahan di pesisir Semarang"
TITLE_2 = "Banjir rob genangi lima kelurahan di pesisir Semarang"
WRONG = "Ketinggian air di jalan utama kelurahan mencapai sekitar empat puluh sentimeter pada pukul tujuh pagi."
FIXED = "Ketinggian air di jalan utama kelurahan mencapai sekitar enam puluh sentimeter pada pukul tujuh pagi."
PARAGRAPHS = [
    "Banjir rob kembali menggenangi permukiman warga di pesisir utara Semarang sejak Jumat dini hari. "
    "Air laut yang pasang masuk melalui saluran drainase dan tanggul yang belum selesai diperbaiki. "
    "Warga memindahkan barang berharga ke lantai atas rumah mereka sambil menunggu air surut.",
    WRONG + " Sejumlah sepeda motor mogok saat mencoba melintasi genangan, sehingga pengendara memilih "
    "mendorong kendaraan mereka menuju jalan yang lebih tinggi di sisi selatan kampung.",
    "Petugas badan penanggulangan bencana daerah menyiagakan pompa portabel di beberapa titik rawan. "
    "Mereka juga membagikan makanan siap saji dan air bersih kepada warga lanjut usia yang tidak dapat "
    "meninggalkan rumah. Pemerintah kota berjanji mempercepat pembangunan tanggul laut tahun depan.",
]


def page_html(title: str, body: list[str], updated: str, published: str = PUBLISHED) -> bytes:
    paragraphs = "\n".join(f"<p>{p}</p>" for p in body)
    return f"""<!DOCTYPE html>
<html lang="id"><head>
<meta charset="utf-8">
<title>{title} - Kabar Uji</title>
<meta property="og:title" content="{title}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="Kabar Uji">
<meta property="og:description" content="Air laut pasang menggenangi permukiman pesisir utara Semarang.">
<meta property="article:published_time" content="{published}">
<meta property="article:modified_time" content="{updated}">
<meta name="author" content="Rina Wulandari">
<link rel="canonical" href="https://{HOST}{PATH}">
</head><body>
<nav><a href="/">Beranda</a> <a href="/nasional">Nasional</a> <a href="/daerah">Daerah</a></nav>
<article>
<h1>{title}</h1>
<div class="date">Jumat, 27 November 2026 08:15 WIB</div>
{paragraphs}
</article>
<footer>Halaman uji untuk Warta.</footer>
</body></html>""".encode()


@dataclass
class Site:
    """What the fake outlet serves, by path on the mirror, and the requests it received."""

    pages: dict[str, bytes] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def serve(self, path: str, body: bytes) -> None:
        with self.lock:
            self.pages[path] = body


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            with site.lock:
                site.requests.append(self.path)
                body = site.pages.get(self.path)
            if body is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            kind = "text/plain" if self.path.endswith("robots.txt") else "text/html; charset=utf-8"
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@dataclass
class FakeOutlet:
    """The running fake outlet: its site, mirror base URL and registry."""

    site: Site
    mirror: str
    registry: Registry

    @property
    def outlet(self) -> Outlet:
        found = self.registry.get("kabaruji")
        assert found is not None
        return found


@contextmanager
def serve_fake_outlet() -> Iterator[FakeOutlet]:
    """The outlet's site on 127.0.0.1 (a free port, one thread): a permissive robots.txt and the article."""
    site = Site()
    site.serve(f"/{HOST}/robots.txt", b"User-agent: *\nAllow: /\n")
    site.serve(f"/{HOST}{PATH}", page_html(TITLE_1, PARAGRAPHS, "2026-11-27T08:15:00+07:00"))
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    mirror = f"http://127.0.0.1:{server.server_address[1]}"
    outlet = Outlet(
        id="kabaruji", name="Kabar Uji", domains=("kabaruji.test",), strip_prefixes=("www.",),
        politeness=Politeness(delay_s=0.0, max_concurrent=1), mirror=mirror,
    )  # fmt: skip
    try:
        yield FakeOutlet(site, mirror, Registry(outlets=(outlet,)))
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def fake_outlet() -> Iterator[FakeOutlet]:
    with serve_fake_outlet() as fake:
        yield fake


@dataclass
class Clock:
    now: float = datetime(2026, 11, 27, 1, 20, tzinfo=UTC).timestamp()

    def __call__(self) -> float:
        return self.now


def feed_item(fake: FakeOutlet, fingerprint: str) -> FeedItem:
    url = canonical_url(f"https://{HOST}{PATH}", fake.outlet)
    return FeedItem(
        article_id=article_id(url), url=url, link=f"{fake.mirror}/{HOST}{PATH}", outlet="kabaruji",
        feed_url=f"{fake.mirror}/{HOST}/rss", fingerprint=fingerprint, title=TITLE_1,
        polled_at=datetime(2026, 11, 27, 1, 20, tzinfo=UTC),
    )  # fmt: skip


def make_deps(fake: FakeOutlet, settings: Settings, clock: Callable[[], float]) -> FetchDeps:
    store = StateStore.open(settings.state_dir)
    return FetchDeps(settings, fake.registry, store, PageStore.open(settings.state_dir), Net.create(settings), clock)


def page_requests(fake: FakeOutlet) -> list[str]:
    return [p for p in fake.site.requests if p == f"/{HOST}{PATH}"]


def edit_article(fake: FakeOutlet) -> None:
    """The outlet's edit: a new title, one sentence of the body corrected, a new modification time."""
    body = [PARAGRAPHS[0], PARAGRAPHS[1].replace(WRONG, FIXED), PARAGRAPHS[2]]
    fake.site.serve(f"/{HOST}{PATH}", page_html(TITLE_2, body, "2026-11-27T10:40:00+07:00"))


def test_the_first_fetch_is_a_new_article(fake_outlet: FakeOutlet, ingest_settings: Settings) -> None:
    deps = make_deps(fake_outlet, ingest_settings, Clock())
    first = process_item(deps, feed_item(fake_outlet, "fp1"))
    assert fake_outlet.site.requests[0] == f"/{HOST}/robots.txt"  # robots.txt first, on the mirror's host path
    assert page_requests(fake_outlet) == [f"/{HOST}{PATH}"]
    assert first.title == TITLE_1 and WRONG in first.text and len(first.text.split()) >= 60
    assert first.url == f"https://kabaruji.test{PATH}"
    assert first.published_at == datetime.fromisoformat(PUBLISHED)
    assert first.updated_at == datetime.fromisoformat("2026-11-27T08:15:00+07:00")
    assert first.authors == ["Rina Wulandari"]
    assert first.changed_fields == []


def test_an_edit_is_an_update_on_the_same_id_naming_the_changed_fields(
    fake_outlet: FakeOutlet, ingest_settings: Settings
) -> None:
    clock = Clock()
    deps = make_deps(fake_outlet, ingest_settings, clock)
    first = process_item(deps, feed_item(fake_outlet, "fp1"))

    edit_article(fake_outlet)
    clock.now += 600  # the poller sees the entry's new fingerprint ten minutes later
    second = process_item(deps, feed_item(fake_outlet, "fp2"))

    assert len(page_requests(fake_outlet)) == 2  # the new fingerprint is fetched again
    assert second.article_id == first.article_id and second.url == first.url
    assert second.version > first.version
    assert second.version == first.version + 600_000  # epoch ms of the fetch
    assert second.title == TITLE_2 and FIXED in second.text and WRONG not in second.text
    assert second.updated_at == datetime.fromisoformat("2026-11-27T10:40:00+07:00")
    assert second.published_at == first.published_at
    # Exactly the fields that changed, in the worker's order (COMPARED_FIELDS).
    assert second.changed_fields == ["title", "text", "updated_at"]
    assert [f for f in COMPARED_FIELDS if f in second.changed_fields] == second.changed_fields
    unchanged = set(COMPARED_FIELDS) - set(second.changed_fields)
    assert all(getattr(first, f) == getattr(second, f) for f in unchanged)


def test_a_corrected_publication_date_is_named_too(fake_outlet: FakeOutlet, ingest_settings: Settings) -> None:
    clock = Clock()
    deps = make_deps(fake_outlet, ingest_settings, clock)
    first = process_item(deps, feed_item(fake_outlet, "fp1"))
    fake_outlet.site.serve(
        f"/{HOST}{PATH}",
        page_html(TITLE_1, PARAGRAPHS, "2026-11-27T08:15:00+07:00", published="2026-11-27T07:45:00+07:00"),
    )
    clock.now += 60
    second = process_item(deps, feed_item(fake_outlet, "fp2"))
    assert second.article_id == first.article_id and second.version > first.version
    assert second.published_at == datetime.fromisoformat("2026-11-27T07:45:00+07:00")
    assert second.changed_fields == ["published_at"]


def test_an_unchanged_redelivery_changes_nothing(fake_outlet: FakeOutlet, ingest_settings: Settings) -> None:
    clock = Clock()
    deps = make_deps(fake_outlet, ingest_settings, clock)
    item = feed_item(fake_outlet, "fp1")
    first = process_item(deps, item)
    clock.now += 30
    again = process_item(deps, item)  # the same FeedItem redelivered: rebuilt from the stored page
    assert page_requests(fake_outlet) == [f"/{HOST}{PATH}"]  # no second request
    assert again.changed_fields == [] and again.version == first.version
    assert again == first


def test_a_new_fingerprint_over_an_unchanged_page_names_no_field(
    fake_outlet: FakeOutlet, ingest_settings: Settings
) -> None:
    clock = Clock()
    deps = make_deps(fake_outlet, ingest_settings, clock)
    first = process_item(deps, feed_item(fake_outlet, "fp1"))
    clock.now += 120
    again = process_item(deps, feed_item(fake_outlet, "fp2"))  # the feed entry changed, the page did not
    assert len(page_requests(fake_outlet)) == 2
    assert again.article_id == first.article_id and again.changed_fields == []
    assert again.version == first.version + 120_000  # a new fetch is a new version, with nothing changed
    assert again.model_dump(include=set(COMPARED_FIELDS)) == first.model_dump(include=set(COMPARED_FIELDS))


def test_the_update_redelivered_keeps_its_version(fake_outlet: FakeOutlet, ingest_settings: Settings) -> None:
    """A redelivered update (failed produce, failed commit) is rebuilt from the stored page, same version."""
    clock = Clock()
    deps = make_deps(fake_outlet, ingest_settings, clock)
    process_item(deps, feed_item(fake_outlet, "fp1"))
    edit_article(fake_outlet)
    clock.now += 600
    update = process_item(deps, feed_item(fake_outlet, "fp2"))
    clock.now += 5
    redelivered = process_item(deps, feed_item(fake_outlet, "fp2"))
    assert len(page_requests(fake_outlet)) == 2  # no third request
    assert redelivered.version == update.version and redelivered.title == TITLE_2
    assert redelivered.model_dump(exclude={"changed_fields"}) == update.model_dump(exclude={"changed_fields"})


@dataclass
class Record:
    value: bytes


def test_a_retried_update_still_names_its_changed_fields(fake_outlet: FakeOutlet, ingest_settings: Settings) -> None:
    clock = Clock()
    deps = make_deps(fake_outlet, ingest_settings, clock)
    handle = record_handler(deps)
    handle(Record(feed_item(fake_outlet, "fp1").to_bytes()))
    edit_article(fake_outlet)
    clock.now += 600
    [update] = handle(Record(feed_item(fake_outlet, "fp2").to_bytes()))
    assert Article.model_validate_json(update.value).changed_fields == ["title", "text", "updated_at"]
    # `send_all` raised a KafkaError: `warta.kafka.loop._handle` calls the processor again on the same batch.
    [retried] = handle(Record(feed_item(fake_outlet, "fp2").to_bytes()))
    assert retried.key == update.key
    assert Article.model_validate_json(retried.value).changed_fields == ["title", "text", "updated_at"]


def test_robots_disallowing_the_article_is_respected(fake_outlet: FakeOutlet, ingest_settings: Settings) -> None:
    fake_outlet.site.serve(f"/{HOST}/robots.txt", b"User-agent: *\nDisallow: /berita/\n")
    deps = make_deps(fake_outlet, ingest_settings, Clock())
    with pytest.raises(PermanentError) as info:
        process_item(deps, feed_item(fake_outlet, "fp1"))
    assert info.value.reason == "robots_disallowed"
    assert page_requests(fake_outlet) == []
