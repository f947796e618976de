"""Fetch workers: FeedItem -> page(s) -> stored raw HTML -> extracted `Article`."""

from ingest.fetch.pages import PageMissingError, PageStore

__all__ = ["PageMissingError", "PageStore"]
