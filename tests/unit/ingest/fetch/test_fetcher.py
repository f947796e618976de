"""Multi-page articles: the single-page view when the site has one, else every following page."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from ingest.exceptions import HttpStatusError
from ingest.fetch.fetcher import fetch_article
from ingest.poll.http import HttpResponse
from ingest.poll.net import Net
from ingest.replay import RunningReplay
from ingest.replay.corpus import ClickArticle
from ingest.replay.render import RenderedArticle, article_html
from ingest.sources.model import Outlet
from warta.settings import Settings

OUTLET = Outlet(id="contoh", name="Contoh", domains=("contoh.id",))
BASE = "http://contoh.id/read/2019/09/10/123/judul"


@dataclass
class PagesNet:
    """Serves fixed pages by URL; anything else is a 404."""

    pages: dict[str, bytes]
    calls: list[str] = field(default_factory=list)

    def get(self, origin: str, outlet: Outlet, **_: object) -> HttpResponse:
        self.calls.append(origin)
        body = self.pages.get(origin)
        return HttpResponse(origin, 200 if body else 404, {"content-type": "text/html"}, body or b"", 0.0)


def _page(url: str, paragraphs: tuple[str, ...], pager: str) -> bytes:
    html = article_html(RenderedArticle(url, "Contoh", "Judul berita", None, "Redaksi", "News", paragraphs))
    return html.replace(b"</article>", pager.encode() + b"</article>")


def test_following_pages_are_fetched_in_order(replay: RunningReplay) -> None:
    text: ClickArticle = next(p.click for p in replay.site.releases if p.click is not None)  # type: ignore[assignment]
    pager = f'<div class="paging"><a href="{BASE}">1</a> <a href="{BASE}/2">2</a> <a href="{BASE}/3">3</a></div>'
    net = PagesNet({u: _page(u, text.paragraphs, pager) for u in (BASE, f"{BASE}/2", f"{BASE}/3")})
    pages = fetch_article(net, BASE, OUTLET)  # type: ignore[arg-type]
    assert [p.url for p in pages] == [BASE, f"{BASE}/2", f"{BASE}/3"]
    assert net.calls == [BASE, f"{BASE}/2", f"{BASE}/3"]


def test_a_missing_following_page_is_permanent(replay: RunningReplay) -> None:
    text: ClickArticle = next(p.click for p in replay.site.releases if p.click is not None)  # type: ignore[assignment]
    pager = f'<a href="{BASE}/2">Halaman selanjutnya</a>'
    net = PagesNet({BASE: _page(BASE, text.paragraphs, pager)})
    with pytest.raises(HttpStatusError):
        fetch_article(net, BASE, OUTLET)  # type: ignore[arg-type]


def test_kompas_is_read_in_its_single_page_view(replay: RunningReplay) -> None:
    kompas = replay.registry.get("kompas")
    assert kompas is not None
    page = next(p for p in replay.site.releases if p.outlet == "kompas" and p.gold is not None)
    pages = fetch_article(Net.create(Settings()), page.origin, kompas)
    assert len(pages) == 1
    assert pages[0].url == page.origin + "?page=all"
