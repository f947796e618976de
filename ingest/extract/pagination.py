"""Multi-page articles: the single-page URL to prefer, or the other pages to fetch and pass in."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from lxml import html as lxml_html

_NEXT_TEXT = re.compile(r"^\s*(halaman\s+(selanjutnya|berikutnya)|selanjutnya|berikutnya|next)\b", re.IGNORECASE)
_PAGE_SUFFIX = re.compile(r"/?(\d{1,2}|page/?\d{1,2})")
_PAGE_NUMBER = re.compile(r"^\s*\d{1,2}\s*$")


def _with_query(url: str, **params: str) -> str:
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    query.update(params)
    return urlunsplit(parts._replace(query=urlencode(query)))


def single_page_url(url: str, has_pagination: bool) -> str | None:
    """The URL that shows a whole article on one page, for the sites that have one.

    kompas.com: `?page=all` on any `/read/` URL; detik.com: `?single=1` when the page is paginated.
    """
    parts = urlsplit(url)
    host, query = (parts.hostname or "").lower(), dict(parse_qsl(parts.query))
    if (host == "kompas.com" or host.endswith(".kompas.com")) and "/read/" in parts.path:
        return None if query.get("page") == "all" else _with_query(url, page="all")
    if (host == "detik.com" or host.endswith(".detik.com")) and has_pagination:
        return None if query.get("single") == "1" else _with_query(url, single="1")
    return None


def _same_article(base: str, link: str) -> bool:
    """A page of the same article: same host and path, or the path plus a page suffix (`/2`, `?page=2`)."""
    a, b = urlsplit(base), urlsplit(link)
    if a.hostname != b.hostname or link == base:
        return False
    path_a, path_b = a.path.rstrip("/"), b.path.rstrip("/")
    if path_b == path_a:
        return True
    return path_b.startswith(path_a) and _PAGE_SUFFIX.fullmatch(path_b[len(path_a) :]) is not None


def next_pages(html: str | bytes, url: str) -> list[str]:
    """The URLs to fetch to complete this article: a single-page URL if the site has one, else the
    other pages linked by "Halaman selanjutnya", `rel=next` or page numbers; `[]` for a one-page article."""
    tree = lxml_html.fromstring(html)
    found: list[str] = []
    for anchor in tree.xpath("//a[@href] | //link[@rel='next'][@href]"):
        href = urljoin(url, anchor.get("href").strip())
        text = anchor.text_content() if anchor.tag == "a" else "next"
        is_nav = anchor.get("rel") == "next" or _NEXT_TEXT.match(text) or _PAGE_NUMBER.match(text)
        if is_nav and _same_article(url, href) and href not in found:
            found.append(href)
    single = single_page_url(url, has_pagination=bool(found))
    return [single] if single else found
