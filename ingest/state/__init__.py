"""Durable ingest state shared by the poller and fetch workers of one host (SQLite, WAL)."""

from ingest.state.store import FeedState, FetchRecord, PublishedRecord, StateStore

__all__ = ["FeedState", "FetchRecord", "PublishedRecord", "StateStore"]
