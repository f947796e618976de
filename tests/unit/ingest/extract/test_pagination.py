"""The pages a multi-page article needs, or the single-page URL that replaces them."""

from __future__ import annotations

from ingest.extract.pagination import next_pages, single_page_url

ARTICLE = "https://news.example.co.id/read/2024/01/02/12345/judul-berita"


def _page(nav: str) -> str:
    return f"<html><body><p>Isi berita.</p><div class='paging'>{nav}</div><a href='/lain'>Lain</a></body></html>"


def test_kompas_prefers_page_all() -> None:
    url = "https://nasional.kompas.com/read/2024/01/02/1234/judul"
    assert next_pages(_page(""), url) == [url + "?page=all"]
    assert single_page_url(url + "?page=all", has_pagination=False) is None


def test_detik_prefers_single_when_paginated() -> None:
    url = "https://news.detik.com/berita/d-123/judul"
    html = _page(f"<a href='{url}/2'>2</a><a href='{url}/2'>Halaman selanjutnya</a>")
    assert next_pages(html, url) == [url + "?single=1"]
    assert next_pages(_page(""), url) == []


def test_generic_pages_from_numbers_next_links_and_rel_next() -> None:
    html = _page(f"<a href='{ARTICLE}/2'>2</a><a href='{ARTICLE}/3'>3</a><a href='{ARTICLE}/2'>Halaman Selanjutnya</a>")
    assert next_pages(html, ARTICLE) == [f"{ARTICLE}/2", f"{ARTICLE}/3"]
    head = f"<html><head><link rel='next' href='{ARTICLE}?page=2'></head><body><p>x</p></body></html>"
    assert next_pages(head, ARTICLE) == [f"{ARTICLE}?page=2"]


def test_links_to_other_articles_are_not_pages() -> None:
    html = _page("<a href='https://news.example.co.id/read/2024/01/02/999/lain'>Selanjutnya</a>")
    assert next_pages(html, ARTICLE) == []
