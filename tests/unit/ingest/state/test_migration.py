import sqlite3
from pathlib import Path

from ingest.state import StateStore
from ingest.state.store import FetchRecord


def test_a_state_file_from_before_changed_fields_is_upgraded(tmp_path: Path) -> None:
    path = tmp_path / "ingest.sqlite3"
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE fetched (article_id TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, pages TEXT NOT NULL,"
        " http_status INTEGER, etag TEXT, last_modified TEXT, fetched_at REAL NOT NULL, content_type TEXT)"
    )
    old.execute("INSERT INTO fetched VALUES ('a1', 'fp', '[]', 200, NULL, NULL, 1.0, 'text/html')")
    old.commit()
    old.close()
    store = StateStore(path)
    try:
        record = store.fetched("a1")
        assert record is not None and record.changed_fields == ()
        store.record_fetch(FetchRecord("a2", "fp", (), 200, None, None, 2.0))
        store.record_changes("a2", ["title", "text"])
        again = store.fetched("a2")
        assert again is not None and again.changed_fields == ("title", "text")
    finally:
        store.close()
