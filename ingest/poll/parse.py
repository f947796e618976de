"""Feed bytes -> entries -> FeedItems. Pure: no network, no state.

feedparser parses as far as it can; a malformed feed (`bozo`) keeps the entries read before the error
and the reason is returned, never raised. Entries are deduplicated by canonical link, never by guid
(tempo's guids are only the item's position).
"""

from __future__ import annotations

import calendar
import hashlib
import html
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser

from ingest.sources.model import Feed, Outlet
from ingest.urls.canonical import article_id, canonical_url, id_key
from ingest.urls.mirror import origin_url
from ingest.urls.wrappers import unwrap
from warta.models import FeedItem

_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Entry:
    link: str
    title: str | None
    summary: str | None
    guid: str | None
    published_at: datetime | None
    updated_at: datetime | None


@dataclass(frozen=True)
class ParsedFeed:
    title: str | None
    entries: tuple[Entry, ...]
    bozo: str | None = None


def plain_text(fragment: str | None) -> str | None:
    """HTML fragment -> one line of text."""
    if not fragment:
        return None
    text = _SPACE.sub(" ", html.unescape(_TAG.sub(" ", fragment))).strip()
    return text or None


def _when(entry: Any, key: str) -> datetime | None:
    parsed = dict.get(entry, f"{key}_parsed")  # bypass feedparser's deprecated updated->published fallback
    return None if parsed is None else datetime.fromtimestamp(calendar.timegm(parsed), UTC)


def _link(entry: Any) -> str | None:
    link = entry.get("link")
    if link:
        return str(link)
    guid = entry.get("id")
    if guid and str(guid).startswith(("http://", "https://")):
        return str(guid)
    return None


def parse_feed(body: bytes, feed_url: str, content_type: str | None = None) -> ParsedFeed:
    """Parse a feed document; `bozo` holds the parser's complaint for a malformed one."""
    # Without a Content-Type (a file), feedparser would flag every feed; the XML declaration decides.
    headers = {"content-location": feed_url, "content-type": content_type or "application/xml"}
    parsed = feedparser.parse(body, response_headers=headers)
    entries = []
    for raw in parsed.entries:
        link = _link(raw)
        if link is None:
            continue
        entries.append(
            Entry(
                link=link.strip(),
                title=plain_text(raw.get("title")),
                summary=plain_text(raw.get("summary")),
                guid=raw.get("id"),
                published_at=_when(raw, "published"),
                updated_at=_when(raw, "updated"),
            )
        )
    bozo = None
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        bozo = f"{type(exc).__name__}: {exc}" if exc is not None else "malformed feed"
    return ParsedFeed(parsed.feed.get("title"), tuple(entries), bozo)


def fingerprint(entry: Entry) -> str:
    """Hash of what makes an entry change: title, summary text, and updated (or published) time."""
    when = entry.updated_at or entry.published_at
    parts = (entry.title or "", (entry.summary or "")[:1000], when.isoformat() if when else "")
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


@dataclass(frozen=True)
class Candidate:
    """An entry that passed the outlet's URL filters, with its canonical URL and id."""

    entry: Entry
    url: str
    article_id: str
    fingerprint: str


def candidates(
    parsed: ParsedFeed, outlet: Outlet, resolve: Callable[[str], str | None] = lambda _: None
) -> list[Candidate]:
    """Article entries, one per id (first wins). `resolve(id_key)` maps a known alias to its id."""
    seen: set[str] = set()
    found = []
    for entry in parsed.entries:
        origin = unwrap(origin_url(entry.link, outlet.mirror))
        if not outlet.is_article_url(origin):
            continue
        url = canonical_url(origin, outlet)
        aid = resolve(id_key(url)) or article_id(url)
        if aid in seen:
            continue
        seen.add(aid)
        found.append(Candidate(entry, url, aid, fingerprint(entry)))
    return found


def feed_item(candidate: Candidate, outlet: Outlet, feed: Feed, polled_at: datetime) -> FeedItem:
    entry = candidate.entry
    return FeedItem(
        article_id=candidate.article_id,
        url=candidate.url,
        link=entry.link,
        outlet=outlet.id,
        feed_url=feed.url,
        section=feed.section,
        title=entry.title,
        summary=entry.summary,
        guid=entry.guid,
        published_at=entry.published_at,
        updated_at=entry.updated_at,
        fingerprint=candidate.fingerprint,
        polled_at=polled_at,
    )
