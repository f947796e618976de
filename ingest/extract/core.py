"""`extract`: fetched page(s) of one article -> a clean `Article`. Pure: no I/O."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from datetime import UTC, datetime, timezone

from lxml import etree
from lxml import html as lxml_html

from ingest.extract.body import page_text
from ingest.extract.boilerplate import clean_lines
from ingest.extract.language import identify
from ingest.extract.layout import Layout, merge, read_layout
from ingest.extract.metadata import PageMeta, read_meta
from ingest.extract.nonarticle import check_article
from ingest.extract.page import FetchedPage, decode_html
from ingest.extract.sites import rules_for
from warta.exceptions import PermanentError
from warta.models.article import Article, Credits, Provenance
from warta.models.dead_letter import Reason

# Bump on any change that alters the output for the same input.
EXTRACTOR_VERSION = "warta-extract/1.1.0 (trafilatura 2.3.1)"


_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")


def parse(page: FetchedPage) -> lxml_html.HtmlElement:
    # lxml refuses a decoded string that still declares its encoding.
    text = _XML_DECLARATION.sub("", decode_html(page), count=1)
    if not text.strip():
        raise PermanentError(Reason.EXTRACTION_FAILED.value, f"empty page: {page.url}")
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise PermanentError(Reason.EXTRACTION_FAILED.value, f"unparsable HTML at {page.url}: {exc}") from exc


def _page_body(tree: lxml_html.HtmlElement, url: str, meta: PageMeta) -> tuple[str, Credits]:
    when = meta.published_at.date() if meta.published_at else None
    cleaned = clean_lines(page_text(tree, rules_for(url, when), url), meta.title)
    return cleaned.text, cleaned.credits


def _merge_credits(parts: Sequence[Credits]) -> Credits:
    merged: dict[str, list[str]] = {"editor": [], "writer": [], "reporter": [], "photo": []}
    for credits in parts:
        for role, names in merged.items():
            names.extend(n for n in getattr(credits, role) if n not in names)
    return Credits(**merged)


def _join_pages(texts: Sequence[str]) -> str:
    """Join page texts, skipping paragraphs repeated from an earlier page (leads, captions)."""
    seen: set[str] = set()
    lines: list[str] = []
    for text in texts:
        for line in text.split("\n"):
            if line not in seen:
                seen.add(line)
                lines.append(line)
    return "\n".join(lines)


def _read_pages(pages: Sequence[FetchedPage]) -> tuple[PageMeta, list[str], list[Credits], Layout]:
    """The first page's metadata, each page's text and credits, and the pages' layout summed."""
    if not pages:
        raise PermanentError(Reason.EXTRACTION_FAILED.value, "no page given")
    metas, texts, credit_parts, layouts = [], [], [], []
    for page in pages:
        tree = parse(page)
        metas.append(read_meta(tree, page.url, z_means=_z_means(page.url)))
        layouts.append(read_layout(tree))  # before extraction prunes the tree
        text, credits = _page_body(tree, page.url, metas[-1])
        texts.append(text)
        credit_parts.append(credits)
    return metas[0], texts, credit_parts, merge(layouts)


def extract(pages: Sequence[FetchedPage], *, outlet: str, article_id: str, fetched_at: datetime) -> Article:
    """The `Article` in `pages` (one page, or all pages of a multi-page article in order).

    Raises `PermanentError` with `Reason.NOT_AN_ARTICLE` for index pages and galleries without text, and
    `Reason.EXTRACTION_FAILED` for empty or unparsable HTML.
    """
    meta, texts, credit_parts, layout = _read_pages(pages)
    first = pages[0]
    text = _join_pages(texts)
    check_article(text, layout)
    credits = _merge_credits(credit_parts)
    language, flag = identify(text)
    raw = first.html.encode("utf-8") if isinstance(first.html, str) else first.html
    return Article(
        article_id=article_id,
        url=meta.canonical,
        outlet=outlet,
        section=meta.section,
        title=meta.title or "",
        text=text,
        description=meta.description,
        authors=meta.authors or credits.writer or credits.reporter,
        credits=credits,
        tags=meta.tags,
        image=meta.image,
        published_at=meta.published_at,
        updated_at=meta.updated_at,
        language=language,
        language_flag=flag,
        version=0,  # set by the fetch worker from the fetch time
        provenance=Provenance(
            http_status=first.http_status,
            etag=first.etag,
            last_modified=first.last_modified,
            fetched_at=fetched_at,
            extractor_version=EXTRACTOR_VERSION,
            raw_html_sha256=hashlib.sha256(raw).hexdigest(),
            pages=len(pages),
        ),
    )


def _z_means(url: str) -> timezone:
    """What `Z` means in this site's date stamps (a site rule may say it is local time)."""
    rules = rules_for(url, None)
    return rules[0].Z_MEANS if rules else UTC
