"""The freshness bench's pure parts: release bookkeeping against the real feeds, the watch loop, the figures."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from elastic_transport import ApiResponseMeta, HttpHeaders, NodeConfig
from elasticsearch import ApiError

from ingest.poll.parse import candidates, parse_feed
from ingest.replay import ReplayOptions, build, replay_registry
from ingest.replay.feeds import Clock
from ingest.replay.server import ReplayApp
from ingest.replay.site import ReplaySite
from ingest.sources.model import Outlet
from warta.pipeline.freshness import (
    Feeder,
    Release,
    WatchPlan,
    poller_id,
    release_schedule,
    report_lines,
    summarise,
    watch_releases,
)  # fmt: skip
from warta.pipeline.latency import Watch

T0 = datetime(2026, 3, 2, 1, 0, tzinfo=UTC)
BASE = "http://replay.test"


@pytest.fixture(scope="module")
def site() -> ReplaySite:
    return build(ReplayOptions(click_limit=12, include_2015=False, include_tempo=False, rate_per_s=0.5))


def _what_the_poller_reads(site: ReplaySite, now: datetime) -> dict[str, datetime | None]:
    """Article id -> pubDate of every entry the poller would publish from the latest feeds at `now`."""
    registry = replay_registry(site, BASE)
    app = ReplayApp(site, BASE, Clock(T0), now=lambda: now)
    read: dict[str, datetime | None] = {}
    for host, outlet_id in app.latest.items():
        doc = app.document(host, "/rss/latest.xml")
        outlet = registry.get(outlet_id)
        assert doc is not None and outlet is not None
        for found in candidates(parse_feed(doc.body, f"{BASE}/{host}/"), outlet):
            read[found.article_id] = found.entry.published_at
    return read


def test_schedule_is_what_the_poller_reads_with_pubdate_the_release_time(site: ReplaySite) -> None:
    now = T0 + timedelta(seconds=15)
    schedule = release_schedule(site, replay_registry(site, BASE), Clock(T0), now)
    assert (len(schedule.releases), schedule.skipped) == (7, 0)  # one every 2 s: 2, 4, ..., 14 s
    expected = _what_the_poller_reads(site, now)
    assert {r.article_id: datetime.fromtimestamp(r.released_at, UTC) for r in schedule.releases} == expected
    assert [r.released_at for r in schedule.releases] == sorted(r.released_at for r in schedule.releases)


def test_nothing_is_released_at_the_start_and_a_rate_is_required(site: ReplaySite) -> None:
    assert release_schedule(site, replay_registry(site, BASE), Clock(T0), T0).releases == ()
    at_once = build(ReplayOptions(click_limit=2, include_2015=False, include_tempo=False))
    with pytest.raises(ValueError, match="rate_per_s"):
        release_schedule(at_once, replay_registry(at_once, BASE), Clock(T0), T0)


def test_poller_id_is_none_for_links_the_url_filters_reject() -> None:
    outlet = Outlet(id="x", name="X", domains=("x.id",), article_patterns=(r"/read/",), mirror=BASE)
    assert poller_id("http://www.x.id/tag/banjir", outlet) is None
    same = poller_id("http://x.id/read/1/banjir?utm_source=rss", outlet)
    assert same is not None and same == poller_id("https://x.id/read/1/banjir/", outlet)


def _releases(*times: float) -> tuple[Release, ...]:
    return tuple(Release(f"a{i}", f"https://x.id/read/{i}", "x", at) for i, at in enumerate(times))


def test_feeder_hands_each_release_once_when_its_time_has_come() -> None:
    feeder = Feeder(_releases(10.0, 12.0, 14.0))
    assert feeder.due(9.9) == []
    assert [r.article_id for r in feeder.due(12.0)] == ["a0", "a1"]
    assert feeder.due(13.0) == []
    assert not feeder.exhausted
    assert [r.article_id for r in feeder.due(100.0)] == ["a2"]
    assert feeder.exhausted


def test_summary_percentiles_and_share_within_a_minute_are_over_released_items() -> None:
    result = summarise([10.0, 20.0, 30.0, 70.0], released=5, skipped=1, dead_lettered=1)
    assert (result.searchable, result.p50_s, result.p95_s, result.max_s) == (4, 20.0, 70.0, 70.0)
    assert result.within_target == pytest.approx(0.6)  # 3 of 5 released, not 3 of 4 found
    assert result.searchable_share == pytest.approx(0.8)
    assert not result.passed()
    assert summarise([1.0] * 19, released=20).passed()  # exactly 95 %
    assert not summarise([1.0] * 18, released=20).passed()


def test_summary_of_nothing_fails() -> None:
    empty = summarise([], released=3)
    assert (empty.searchable, empty.p50_s, empty.within_target) == (0, None, 0.0)
    assert not empty.passed()
    assert not summarise([], released=0).passed()


def test_report_names_the_figures_and_the_poll_floor() -> None:
    text = "\n".join(report_lines(summarise([12.0, 40.0, 61.0], released=3, skipped=2)))
    for expected in ("items released: 3", "+2 links", "searchable: 3/3", "p50 40.0 s", "p95 61.0 s",
                     "max 61.0 s", "within 60 s of publication: 66.7 %", "every 30 s"):  # fmt: skip
        assert expected in text


class FakeEs:
    """An alias in which the given ids appear after a number of searches; the first search fails with 503."""

    def __init__(self, appear_after: dict[str, int]) -> None:
        self.appear_after = appear_after
        self.searches = 0
        self.indices = self

    def exists_alias(self, name: str) -> bool:
        return name == "p-articles"

    def search(self, index: str, query: dict[str, Any], source: bool, size: int) -> dict[str, Any]:
        self.searches += 1
        if self.searches == 1:
            node = NodeConfig("http", "localhost", 9200)
            meta = ApiResponseMeta(503, "1.1", HttpHeaders(), 0.0, node)
            raise ApiError("search_phase_execution_exception", meta, {})
        ids = [i for i in query["ids"]["values"] if self.searches > self.appear_after[i]]
        assert len(ids) <= size
        return {"hits": {"hits": [{"_id": i} for i in ids]}}


def test_watch_measures_from_release_time_and_stops_when_all_are_found() -> None:
    released = time.time() - 5.0
    feeder, watch = Feeder(_releases(released, released)), Watch()
    es = FakeEs({"a0": 1, "a1": 3})
    watch_releases(es, WatchPlan("p-articles", time.time() + 30, every_s=0.01), feeder, watch, lambda: None)
    assert watch.pending == {}
    assert len(watch.latencies) == 2 and all(5.0 <= v < 10.0 for v in watch.latencies)
    assert es.searches == 4


def test_watch_gives_up_at_the_deadline_and_reraises_a_stage_failure() -> None:
    feeder, watch = Feeder(_releases(time.time())), Watch()
    watch_releases(FakeEs({"a0": 10**6}), WatchPlan("p-articles", time.time(), every_s=0.01), feeder, watch,
                   lambda: None)  # fmt: skip
    assert list(watch.pending) == ["a0"]

    def failed() -> None:
        raise RuntimeError("the index stage stopped")

    with pytest.raises(RuntimeError, match="index stage"):
        watch_releases(FakeEs({}), WatchPlan("p-articles", time.time() + 30), Feeder(()), Watch(), failed)
