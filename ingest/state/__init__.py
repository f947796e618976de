"""Durable ingest state shared by the poller and fetch workers of one host (SQLite, WAL)."""

from ingest.state.store import FeedState, FetchRecord, StateStore

__all__ = ["FeedState", "FetchRecord", "StateStore"]
