"""Durable ingest state in one SQLite file: feed validators and schedules, claimed and fetched articles.

Why SQLite in WAL mode under `Settings().state_dir`:
- it survives restarts (ETag/Last-Modified, what was already published and fetched);
- several ingest processes on one host share it safely: WAL lets readers run beside one writer, and
  each claim is a single atomic upsert, so two pollers seeing the same entry publish it once;
- across hosts, the feed-items topic is keyed by article id, so one fetch worker owns an article at a
  time; its own store then stops it from fetching the article twice.

An entry is *claimed* (with a lease) before its FeedItem is produced and *confirmed* after the broker
acknowledged it, so a crash between the two re-publishes the entry once the lease ran out instead of
losing it. An article counts as *fetched* for one entry fingerprint; a new fingerprint (the feed says
the entry changed) allows one new fetch.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS feeds (
    feed_url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, ewma_gap_s REAL, interval_s REAL,
    next_poll_at REAL, polled_at REAL, last_status INTEGER, last_error TEXT
);
CREATE TABLE IF NOT EXISTS entries (
    article_id TEXT PRIMARY KEY, url TEXT NOT NULL, state TEXT NOT NULL, claimed_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS fingerprints (
    article_id TEXT NOT NULL, feed_url TEXT NOT NULL, fingerprint TEXT NOT NULL, seen_at REAL NOT NULL,
    PRIMARY KEY (article_id, feed_url)
);
CREATE TABLE IF NOT EXISTS fetched (
    article_id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, pages TEXT NOT NULL, http_status INTEGER,
    etag TEXT, last_modified TEXT, fetched_at REAL NOT NULL, content_type TEXT, changed TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE IF NOT EXISTS aliases (url_key TEXT PRIMARY KEY, article_id TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS items (article_id TEXT PRIMARY KEY, item TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS published (
    article_id TEXT PRIMARY KEY, version INTEGER NOT NULL, extractor_version TEXT NOT NULL, digests TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class FeedState:
    """What is remembered about one feed between polls."""

    feed_url: str
    etag: str | None = None
    last_modified: str | None = None
    ewma_gap_s: float | None = None
    interval_s: float | None = None
    next_poll_at: float = 0.0
    polled_at: float | None = None
    last_status: int | None = None
    last_error: str | None = None


@dataclass(frozen=True)
class FetchRecord:
    """A completed fetch: which fingerprint it served and where the raw pages are (url, sha256)."""

    article_id: str
    fingerprint: str
    pages: tuple[tuple[str, str], ...]
    http_status: int | None
    etag: str | None
    last_modified: str | None
    fetched_at: float
    content_type: str | None = None  # of the first page, for its charset when re-extracting
    changed_fields: tuple[str, ...] = ()  # what this fetch changed against the one before (kept for redeliveries)


@dataclass(frozen=True)
class PublishedRecord:
    """The last Article published for an id: its version, extractor and a digest per field (for reextract)."""

    article_id: str
    version: int
    extractor_version: str
    digests: dict[str, str]


class StateStore:
    """The state database. One instance per process; its methods are safe to call from several threads."""

    def __init__(self, path: Path, claim_lease_s: float = 300.0) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.claim_lease_s = claim_lease_s
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, timeout=30.0, isolation_level=None, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(SCHEMA)
        columns = {row[1] for row in self._db.execute("PRAGMA table_info(fetched)")}
        if "changed" not in columns:  # a state file from before changed fields were kept
            self._db.execute("ALTER TABLE fetched ADD COLUMN changed TEXT NOT NULL DEFAULT '[]'")

    @classmethod
    def open(cls, state_dir: Path) -> StateStore:
        return cls(state_dir / "ingest.sqlite3")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- feeds ---------------------------------------------------------------------------------------
    def feed(self, feed_url: str) -> FeedState:
        with self._lock:
            row = self._db.execute(
                "SELECT feed_url, etag, last_modified, ewma_gap_s, interval_s, next_poll_at, polled_at,"
                " last_status, last_error FROM feeds WHERE feed_url = ?",
                (feed_url,),
            ).fetchone()
        return FeedState(*row) if row else FeedState(feed_url)

    def save_feed(self, state: FeedState) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO feeds VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    state.feed_url, state.etag, state.last_modified, state.ewma_gap_s, state.interval_s,
                    state.next_poll_at, state.polled_at, state.last_status, state.last_error,
                ),
            )  # fmt: skip

    # -- entries: claim before producing, confirm after the broker's ack ---------------------------
    def claim(self, article_id: str, url: str, feed_url: str, fingerprint: str, now: float) -> bool:
        """True when this entry must be published: a new article, or this feed's entry for it changed.

        Change is judged per feed: two feeds describing one article differently (another summary, another
        date format) is not a change; the same feed giving a new title, summary or update time is. An
        unconfirmed claim older than the lease (its claimer died) is handed out again.
        """
        with self._tx() as db:
            row = db.execute("SELECT state, claimed_at FROM entries WHERE article_id = ?", (article_id,)).fetchone()
            prev = db.execute(
                "SELECT fingerprint FROM fingerprints WHERE article_id = ? AND feed_url = ?", (article_id, feed_url)
            ).fetchone()
            db.execute(
                "INSERT OR REPLACE INTO fingerprints VALUES (?, ?, ?, ?)", (article_id, feed_url, fingerprint, now)
            )
            expired = row is not None and row[0] == "claimed" and row[1] < now - self.claim_lease_s
            changed = prev is not None and prev[0] != fingerprint
            if row is not None and not changed and not expired:
                return False
            db.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, 'claimed', ?)", (article_id, url, now))
            return True

    def confirm(self, article_id: str) -> None:
        """The FeedItem was acknowledged by the broker."""
        with self._tx() as db:
            db.execute("UPDATE entries SET state = 'published' WHERE article_id = ?", (article_id,))

    def release(self, article_id: str) -> None:
        """Producing failed: expire the claim at once, so that the next poll publishes the entry again."""
        with self._tx() as db:
            db.execute(
                "UPDATE entries SET claimed_at = -1e18 WHERE article_id = ? AND state = 'claimed'", (article_id,)
            )

    # -- fetched articles ----------------------------------------------------------------------------
    def fetched(self, article_id: str) -> FetchRecord | None:
        with self._lock:
            row = self._db.execute(
                "SELECT article_id, fingerprint, pages, http_status, etag, last_modified, fetched_at, content_type,"
                " changed FROM fetched WHERE article_id = ?",
                (article_id,),
            ).fetchone()
        if row is None:
            return None
        pages = tuple((str(u), str(h)) for u, h in json.loads(row[2]))
        changed = tuple(str(name) for name in json.loads(row[8]))
        return FetchRecord(row[0], row[1], pages, row[3], row[4], row[5], row[6], row[7], changed)

    def record_fetch(self, record: FetchRecord) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO fetched VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    record.article_id, record.fingerprint, json.dumps([list(p) for p in record.pages]),
                    record.http_status, record.etag, record.last_modified, record.fetched_at, record.content_type,
                    json.dumps(list(record.changed_fields)),
                ),
            )  # fmt: skip

    def record_changes(self, article_id: str, fields: list[str]) -> None:
        """The fields the latest fetch changed, so that a redelivered update still names them."""
        with self._tx() as db:
            db.execute("UPDATE fetched SET changed = ? WHERE article_id = ?", (json.dumps(fields), article_id))

    def fetched_ids(self) -> list[str]:
        """Every fetched article id, oldest fetch first."""
        with self._lock:
            rows = self._db.execute("SELECT article_id FROM fetched ORDER BY fetched_at, article_id").fetchall()
        return [str(row[0]) for row in rows]

    # -- what reextract needs: the feed item an article was built from, what was last published ----
    def record_item(self, article_id: str, item_json: str) -> None:
        """The FeedItem (JSON) of the last fetch: the feed's section and date complete the page's."""
        with self._tx() as db:
            db.execute("INSERT OR REPLACE INTO items VALUES (?, ?)", (article_id, item_json))

    def item(self, article_id: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT item FROM items WHERE article_id = ?", (article_id,)).fetchone()
        return None if row is None else str(row[0])

    def record_published(self, record: PublishedRecord) -> None:
        with self._tx() as db:
            db.execute(
                "INSERT OR REPLACE INTO published VALUES (?, ?, ?, ?)",
                (record.article_id, record.version, record.extractor_version, json.dumps(record.digests)),
            )

    def published(self, article_id: str) -> PublishedRecord | None:
        with self._lock:
            row = self._db.execute(
                "SELECT article_id, version, extractor_version, digests FROM published WHERE article_id = ?",
                (article_id,),
            ).fetchone()
        if row is None:
            return None
        return PublishedRecord(str(row[0]), int(row[1]), str(row[2]), dict(json.loads(row[3])))

    # -- aliases: other URLs (rel=canonical, redirects) of an article ------------------------------
    def add_alias(self, url_key: str, article_id: str) -> None:
        """Map another URL key to an existing id; the first mapping wins."""
        with self._tx() as db:
            db.execute("INSERT OR IGNORE INTO aliases VALUES (?, ?)", (url_key, article_id))

    def alias(self, url_key: str) -> str | None:
        with self._lock:
            row = self._db.execute("SELECT article_id FROM aliases WHERE url_key = ?", (url_key,)).fetchone()
        return None if row is None else str(row[0])
