"""The poller against the replay server, with the broker replaced by a list."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from ingest.poll.http import HttpResponse
from ingest.poll.net import Net
from ingest.poll.poller import PollDeps, poll_all_once, poll_feed, run_poller
from ingest.replay import RunningReplay
from ingest.sources.model import Feed, Outlet
from ingest.state import FeedState, StateStore
from ingest.urls import article_id, canonical_url
from warta.exceptions import TransientError
from warta.models import FeedItem
from warta.settings import Settings

ANTARA_GOLD = "http://www.antaranews.com/berita/527615/29-penerbangan-bandara-internasional-lombok-dibatalkan"


def _deps(replay: RunningReplay, state_dir: Path, published: list[FeedItem]) -> PollDeps:
    return PollDeps(
        replay.registry, StateStore.open(state_dir), Net.create(Settings()), published.extend, clock=lambda: 1e9
    )


def test_each_article_is_published_once_across_feeds_and_polls(replay: RunningReplay, tmp_path: Path) -> None:
    published: list[FeedItem] = []
    deps = _deps(replay, tmp_path, published)
    results = poll_all_once(deps)
    assert all(r.status == 200 and r.error is None for r in results)
    ids = Counter(item.article_id for item in published)
    assert ids and max(ids.values()) == 1
    antara = replay.registry.get("antara")
    assert antara is not None
    gold_id = article_id(canonical_url(ANTARA_GOLD, antara))
    feeds_listing_it = [r for r in results if r.outlet == "antara"]
    assert len(feeds_listing_it) == 2 and ids[gold_id] == 1  # in the latest feed and the 2015 feed
    item = next(i for i in published if i.article_id == gold_id)
    assert item.url == "https://antaranews.com/berita/527615/29-penerbangan-bandara-internasional-lombok-dibatalkan"
    assert item.link.startswith(replay.base_url)

    again = poll_all_once(deps)
    assert {r.status for r in again} == {304}
    assert len(published) == sum(ids.values())


def test_dedup_survives_a_restart_without_validators(replay: RunningReplay, tmp_path: Path) -> None:
    first: list[FeedItem] = []
    deps = _deps(replay, tmp_path, first)
    poll_all_once(deps)
    deps.store.close()
    later: list[FeedItem] = []
    restarted = _deps(replay, tmp_path, later)
    for _, feed in replay.registry.feeds():
        restarted.store.save_feed(FeedState(feed.url))  # forget ETags: every feed answers 200 again
    results = poll_all_once(restarted)
    assert {r.status for r in results} == {200}
    assert later == []


def test_a_failed_publish_keeps_the_entries_for_the_next_poll(replay: RunningReplay, tmp_path: Path) -> None:
    outlet = replay.registry.get("kapanlagi")
    assert outlet is not None
    feed = outlet.feeds[0]

    def broken(_: list[FeedItem]) -> None:
        raise TransientError("broker down")

    store = StateStore.open(tmp_path)
    deps = PollDeps(replay.registry, store, Net.create(Settings()), broken)
    with pytest.raises(TransientError):
        poll_feed(deps, outlet, feed)
    assert store.feed(feed.url).etag is None
    published: list[FeedItem] = []
    deps.publish = published.extend
    result = poll_feed(deps, outlet, feed)
    assert result.published == len(published) > 0


@dataclass
class _StubNet:
    body: bytes

    def get(self, origin: str, outlet: Outlet, **_: object) -> HttpResponse:
        return HttpResponse(origin, 200, {"content-type": "application/rss+xml"}, self.body, 0.01)


def test_a_malformed_feed_is_reported_not_fatal(corpus_dir: Path, tmp_path: Path) -> None:
    body = (corpus_dir / "feeds/publishers_2015/republika-rss.xml").read_bytes()
    broken = body[: body.rindex(b"<item>")] + b"<item><title>x</title><link>http://nasional.republika.co.id/ber"
    outlet = Outlet(id="republika", name="R", domains=("republika.co.id",))
    feed = Feed(section="s", url="http://feeds.test/republika", origin="test")
    published: list[FeedItem] = []
    deps = PollDeps(None, StateStore.open(tmp_path), _StubNet(broken), published.extend)  # type: ignore[arg-type]
    result = poll_feed(deps, outlet, feed)
    assert result.bozo is not None
    assert result.published == len(published) >= 8
    assert deps.store.feed(feed.url).last_error == result.bozo


def test_adaptive_schedule_is_saved_per_feed(replay: RunningReplay, tmp_path: Path) -> None:
    deps = _deps(replay, tmp_path, [])
    poll_all_once(deps)
    for _, feed in replay.registry.feeds():
        state = deps.store.feed(feed.url)
        assert state.interval_s is not None and 30.0 <= state.interval_s <= 1800.0
        assert state.next_poll_at == pytest.approx(1e9 + state.interval_s)


def test_the_loop_polls_each_feed_when_due(replay: RunningReplay, tmp_path: Path) -> None:
    now = [1e9]
    polled: list[str] = []
    deps = _deps(replay, tmp_path, [])
    deps.clock = lambda: now[0]
    real = deps.net

    @dataclass
    class CountingNet:
        def get(self, origin: str, outlet: Outlet, **kwargs: str | None) -> HttpResponse:
            polled.append(origin)
            return real.get(origin, outlet, **kwargs)

    deps.net = CountingNet()  # type: ignore[assignment]
    feeds = len(list(replay.registry.feeds()))
    stop = threading.Event()
    loop = threading.Thread(target=run_poller, args=(deps, stop), kwargs={"tick_s": 0.05})
    loop.start()
    try:
        _wait_for(lambda: len(polled) == feeds)
        time.sleep(0.3)
        assert len(polled) == feeds  # nothing is due yet
        now[0] += 1801.0  # past every feed's next poll
        _wait_for(lambda: len(polled) == 2 * feeds)
    finally:
        stop.set()
        loop.join(timeout=10)
    assert not loop.is_alive()


def _wait_for(condition: Callable[[], bool], timeout_s: float = 20.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)
