"""HTML article pages (from CLICK-ID texts) and RSS 2.0 documents, rendered by the replay server.

The article pages imitate an Indonesian news page: title, published time with +07:00, author, the
paragraphs with a "Baca juga:" link inside the body, navigation, related links, share widget and
footer, so that the extractor's cleanup is exercised. Each page credits CLICK-ID (CC BY 4.0).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from email.utils import format_datetime
from html import escape

from ingest.replay.corpus import CLICK_ATTRIBUTION


@dataclass(frozen=True)
class RenderedArticle:
    url: str
    site_name: str
    title: str
    published_at: datetime | None
    author: str
    section: str
    paragraphs: Sequence[str]
    related: Sequence[tuple[str, str]] = ()  # (href, title)
    lead: str | None = None


def _head(page: RenderedArticle) -> str:
    published = page.published_at.isoformat() if page.published_at else ""
    return f"""<head>
<meta charset="utf-8">
<title>{escape(page.title)} - {escape(page.site_name)}</title>
<link rel="canonical" href="{escape(page.url)}">
<meta name="description" content="{escape(page.lead or page.paragraphs[0][:160])}">
<meta property="og:title" content="{escape(page.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{escape(page.url)}">
<meta property="og:site_name" content="{escape(page.site_name)}">
<meta property="article:published_time" content="{published}">
<meta property="article:section" content="{escape(page.section)}">
<meta name="author" content="{escape(page.author)}">
</head>"""


def _body_paragraphs(page: RenderedArticle) -> str:
    out = []
    if page.lead:
        out.append(f"<p><strong>{escape(page.lead)}</strong></p>")
    for i, text in enumerate(page.paragraphs):
        out.append(f"<p>{escape(text)}</p>")
        if i == 1 and page.related:
            href, title = page.related[0]
            out.append(
                f'<p class="baca-juga"><strong>Baca juga:</strong> <a href="{escape(href)}">{escape(title)}</a></p>'
            )
        if i == 3:
            out.append('<div class="ads-slot" id="div-gpt-ad-inarticle"><span>ADVERTISEMENT</span></div>')
    return "\n".join(out)


def article_html(page: RenderedArticle) -> bytes:
    when = page.published_at.strftime("%d/%m/%Y, %H:%M WIB") if page.published_at else ""
    related = "".join(f'<li><a href="{escape(h)}">{escape(t)}</a></li>' for h, t in page.related)
    html = f"""<!DOCTYPE html>
<html lang="id">
{_head(page)}
<body>
<header class="site-header"><a href="/" class="logo">{escape(page.site_name)}</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/ekonomi">Ekonomi</a></li>
<li><a href="/olahraga">Olahraga</a></li><li><a href="/indeks">Indeks Berita</a></li></ul></nav></header>
<main>
<div class="breadcrumb"><a href="/">Home</a> &raquo;
<a href="/{escape(page.section.lower())}">{escape(page.section)}</a></div>
<article>
<h1 class="read__title">{escape(page.title)}</h1>
<div class="read__author">Penulis: <span class="author">{escape(page.author)}</span></div>
<div class="read__time">{when}</div>
<div class="share-box">Bagikan: <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<div class="read__content">
{_body_paragraphs(page)}
</div>
<p class="source-note">{escape(CLICK_ATTRIBUTION)} Halaman dibuat ulang oleh server replay Warta untuk pengujian.</p>
</article>
<aside class="related"><h3>Berita Terkait</h3><ul>{related}</ul></aside>
<div class="comments"><h3>Komentar</h3><p>Silakan login untuk berkomentar.</p></div>
</main>
<footer><p>Copyright &copy; {escape(page.site_name)}. All rights reserved.</p>
<p>{escape(CLICK_ATTRIBUTION)}</p></footer>
</body>
</html>
"""
    return html.encode("utf-8")


@dataclass(frozen=True)
class RssItem:
    title: str
    link: str
    published_at: datetime | None
    description: str | None = None
    guid: str | None = None


def rss(title: str, link: str, items: Sequence[RssItem], built_at: datetime) -> bytes:
    """An RSS 2.0 document."""
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0"><channel>',
        f"<title>{escape(title)}</title><link>{escape(link)}</link>",
        "<description>Warta replay of the offline corpus</description><language>id-ID</language>",
        f"<lastBuildDate>{format_datetime(built_at)}</lastBuildDate>",
    ]
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{escape(item.title)}</title><link>{escape(item.link)}</link>")
        parts.append(f'<guid isPermaLink="false">{escape(item.guid or item.link)}</guid>')
        if item.published_at is not None:
            parts.append(f"<pubDate>{format_datetime(item.published_at)}</pubDate>")
        if item.description:
            parts.append(f"<description>{escape(item.description)}</description>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "\n".join(parts).encode("utf-8")
