from __future__ import annotations

import json
from pathlib import Path

import pytest

from ingest.sources import builtin_registry
from ingest.sources.model import Outlet
from ingest.urls import article_id, canonical_url, fetch_url, origin_url, unwrap
from ingest.urls.mirror import robots_url
from ingest.urls.wrappers import decode_feedsportal


def _outlet(outlet_id: str) -> Outlet:
    outlet = builtin_registry().get(outlet_id)
    assert outlet is not None
    return outlet


@pytest.mark.parametrize(
    ("link", "canonical"),
    [
        ("https://news.detik.com/berita/d-1/x?utm_source=fb&utm_medium=social", "https://news.detik.com/berita/d-1/x"),
        ("https://news.detik.com/berita/d-1/x?fbclid=IwAR0&gclid=abc", "https://news.detik.com/berita/d-1/x"),
        ("http://m.detik.com/berita/d-1/x", "https://detik.com/berita/d-1/x"),
        ("https://WWW.Detik.COM/berita/d-1/x", "https://detik.com/berita/d-1/x"),
        ("https://amp.detik.com:443/berita/d-1/x/", "https://detik.com/berita/d-1/x"),
        ("https://news.detik.com/berita/d-1/x#comments", "https://news.detik.com/berita/d-1/x"),
        ("https://news.detik.com//berita//d-1/x", "https://news.detik.com/berita/d-1/x"),
        ("https://news.detik.com/berita/d-1/x?b=2&a=1", "https://news.detik.com/berita/d-1/x?a=1&b=2"),
        ("https://detik.com", "https://detik.com/"),
    ],
)
def test_canonical_forms(link: str, canonical: str) -> None:
    assert canonical_url(link, _outlet("detik")) == canonical


def test_prefixes_are_only_stripped_where_the_outlet_says_so() -> None:
    plain = Outlet(id="x", name="X", domains=("m.example.id",))
    assert canonical_url("https://m.example.id/a", plain) == "https://m.example.id/a"


def test_identifying_query_parameters_are_kept() -> None:
    outlet = Outlet(id="x", name="X", domains=("x.id",), keep_query=("id",))
    assert (
        canonical_url("https://x.id/read.php?id=7&session=abc&utm_campaign=z", outlet) == "https://x.id/read.php?id=7"
    )


def test_http_and_https_variants_share_one_id() -> None:
    outlet = Outlet(id="x", name="X", domains=("x.id",), force_https=False)
    a = canonical_url("http://x.id/a", outlet)
    b = canonical_url("https://x.id/a", outlet)
    assert a != b
    assert article_id(a) == article_id(b)
    assert len(article_id(a)) == 24


def test_feedsportal_links_decode_to_the_article(corpus_dir: Path) -> None:
    expected = json.loads((corpus_dir / "feeds/publishers_2015/expected.json").read_text())
    first = expected["detik-rss.xml"]["first_links"][0]
    assert decode_feedsportal(first) == (
        "http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-kelemahan-galaxy-s6-edge"
    )
    gold = json.loads((corpus_dir / "pages/anpandu_2015_2017/expected.json").read_text())["detik/detik-singlepage.html"]
    detik = _outlet("detik")
    assert article_id(canonical_url(first, detik)) == article_id(canonical_url(gold["url"], detik))


def test_other_wrappers_and_plain_links() -> None:
    assert unwrap("https://news.google.com/articles?url=https%3A%2F%2Fx.id%2Fa") == "https://x.id/a"
    assert unwrap("https://x.id/a") == "https://x.id/a"
    assert decode_feedsportal("https://x.id/l/0Lx/story01.htm") is None


def test_mirror_addressing_round_trips() -> None:
    mirror = "http://127.0.0.1:8765"
    origin = "http://inet.detik.com/read/2015/11/05/x?page=2"
    on_mirror = fetch_url(origin, mirror)
    assert on_mirror == "http://127.0.0.1:8765/inet.detik.com/read/2015/11/05/x?page=2"
    assert origin_url(on_mirror, mirror) == origin
    assert fetch_url(origin, None) == origin
    assert robots_url(origin, mirror) == "http://127.0.0.1:8765/inet.detik.com/robots.txt"
    assert robots_url(origin, None) == "http://inet.detik.com/robots.txt"
