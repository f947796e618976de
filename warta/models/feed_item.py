"""`warta.feed-items`: one new or changed entry of an outlet's feed, before its page is fetched."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from warta.models.base import Message, Timestamp


class FeedItem(Message):
    """A feed entry the poller saw for the first time, or saw changed. Keyed by `article_id`."""

    schema_version: Literal["1.0"] = "1.0"
    article_id: str = Field(description="stable id from the canonicalised URL")
    url: str = Field(description="the canonicalised URL of the article")
    link: str = Field(description="the link as the feed gave it")
    outlet: str = Field(description="source registry id of the outlet, e.g. 'kompas'")
    feed_url: str
    section: str | None = None
    title: str | None = None
    summary: str | None = None
    guid: str | None = None
    published_at: Timestamp | None = None
    updated_at: Timestamp | None = None
    fingerprint: str = Field(description="hash of the entry's fields; a new value means the entry changed")
    polled_at: Timestamp
