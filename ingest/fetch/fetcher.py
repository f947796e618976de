"""Fetch an article's pages: the first page, then the single-page view or the following pages that the
extractor's `next_pages` names. Returns the pages as the extractor takes them."""

from __future__ import annotations

from lxml import etree

from ingest.exceptions import IngestError, NetworkError
from ingest.extract import FetchedPage, next_pages, single_page_url
from ingest.poll.http import HttpResponse, raise_for_status
from ingest.poll.net import Net
from ingest.sources.model import Outlet
from ingest.urls.mirror import origin_url

MAX_PAGES = 10


def _page(response: HttpResponse, origin: str) -> FetchedPage:
    return FetchedPage(
        url=origin,
        html=response.body,
        http_status=response.status,
        etag=response.etag,
        last_modified=response.last_modified,
        content_type=response.headers.get("content-type"),
    )


def fetch_one(net: Net, origin: str, outlet: Outlet) -> FetchedPage:
    """One page; permanent failures (404, 410, robots, too large) and transient ones raise."""
    response = net.get(origin, outlet)
    raise_for_status(response)
    return _page(response, origin_url(response.url, outlet.mirror))


def fetch_article(net: Net, origin: str, outlet: Outlet) -> list[FetchedPage]:
    """All pages of the article at `origin`, in order."""
    first = fetch_one(net, origin, outlet)
    try:
        more = next_pages(first.html, first.url) if first.html.strip() else []
    except etree.ParserError:
        more = []  # not HTML at all: the extractor will say so
    if len(more) == 1 and more[0] in (single_page_url(first.url, True), single_page_url(first.url, False)):
        try:
            return [fetch_one(net, more[0], outlet)]
        except NetworkError:
            raise
        except IngestError:
            return [first]  # no single-page view after all: keep the page we have
    pages = [first]
    for url in more[: MAX_PAGES - 1]:
        pages.append(fetch_one(net, url, outlet))
    return pages
