from __future__ import annotations

from pathlib import Path

from ingest.state import FeedState, FetchRecord, PublishedRecord, StateStore


def test_claim_once_per_entry_and_survive_a_restart(tmp_path: Path) -> None:
    store = StateStore.open(tmp_path)
    assert store.claim("a1", "https://x.id/a", "feed1", "f1", now=100.0)
    assert not store.claim("a1", "https://x.id/a", "feed1", "f1", now=101.0)  # held by the first claim
    store.confirm("a1")
    assert not store.claim("a1", "https://x.id/a", "feed1", "f1", now=102.0)
    store.close()
    reopened = StateStore.open(tmp_path)
    assert not reopened.claim("a1", "https://x.id/a", "feed1", "f1", now=103.0)
    assert reopened.claim("a1", "https://x.id/a", "feed1", "f2", now=104.0)  # this feed's entry changed
    reopened.confirm("a1")
    assert not reopened.claim("a1", "https://x.id/a", "feed1", "f2", now=105.0)


def test_another_feed_describing_the_article_differently_is_not_a_change(tmp_path: Path) -> None:
    store = StateStore.open(tmp_path)
    assert store.claim("a", "u", "latest", "f-latest", now=1.0)
    store.confirm("a")
    assert not store.claim("a", "u", "section", "f-section", now=2.0)
    assert not store.claim("a", "u", "latest", "f-latest", now=3.0)
    assert store.claim("a", "u", "section", "f-section-2", now=4.0)  # the section feed now says it changed


def test_two_processes_sharing_the_file_claim_once(tmp_path: Path) -> None:
    one, two = StateStore.open(tmp_path), StateStore.open(tmp_path)
    results = [one.claim("a", "u", "feed", "f", 1.0), two.claim("a", "u", "feed", "f", 1.0)]
    assert sorted(results) == [False, True]


def test_an_unconfirmed_claim_expires_and_a_released_one_is_free(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "s.sqlite3", claim_lease_s=60.0)
    assert store.claim("a", "u", "feed", "f", now=0.0)
    assert not store.claim("a", "u", "feed", "f", now=30.0)
    assert store.claim("a", "u", "feed", "f", now=61.0)  # the claimer died before confirming
    store.release("a")
    assert store.claim("a", "u", "feed", "f", now=62.0)
    store.confirm("a")
    assert not store.claim("a", "u", "feed", "f", now=1000.0)


def test_feed_state_and_fetch_records_persist(tmp_path: Path) -> None:
    store = StateStore.open(tmp_path)
    assert store.feed("http://f").etag is None
    store.save_feed(FeedState("http://f", etag='"e1"', last_modified="Mon", ewma_gap_s=60.0, next_poll_at=5.0))
    record = FetchRecord("a", "f1", (("http://p/1", "h1"), ("http://p/2", "h2")), 200, '"e"', None, 9.0, "text/html")
    store.record_fetch(record)
    store.add_alias("x.id/canonical", "a")
    store.add_alias("x.id/canonical", "b")  # the first mapping wins
    store.close()
    again = StateStore.open(tmp_path)
    assert again.feed("http://f").etag == '"e1"' and again.feed("http://f").ewma_gap_s == 60.0
    assert again.fetched("a") == record
    assert again.fetched("b") is None
    assert again.alias("x.id/canonical") == "a"
    assert again.alias("x.id/other") is None


def test_items_published_records_and_fetched_ids_survive_a_restart(tmp_path: Path) -> None:
    store = StateStore.open(tmp_path)
    for article_id, at in (("b", 2.0), ("a", 1.0)):
        store.record_fetch(
            FetchRecord(article_id, "fp", (("https://x.id/" + article_id, "0" * 64),), 200, None, None, at)
        )
    store.record_item("a", '{"article_id": "a"}')
    store.record_published(PublishedRecord("a", 5, "warta-extract/1.1.0", {"title": "00ff"}))
    store.close()
    reopened = StateStore.open(tmp_path)
    assert reopened.fetched_ids() == ["a", "b"]  # oldest fetch first
    assert reopened.item("a") == '{"article_id": "a"}' and reopened.item("b") is None
    assert reopened.published("a") == PublishedRecord("a", 5, "warta-extract/1.1.0", {"title": "00ff"})
    assert reopened.published("b") is None
