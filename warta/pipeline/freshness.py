"""Benchmark: publication-to-searchable time, the mission's headline figure ("searchable within a minute").

The replay server releases its items over time, one every `1 / rate` seconds, each with its release time
as pubDate. Ingest polls the replayed feeds continuously, exactly as in `warta run`, and enrich and index
run as threads of the same process; a watcher asks Elasticsearch every ~200 ms (through the alias,
without forcing a refresh) which released items are searchable yet. An item's freshness is the time it
was first found minus its release time.

The release schedule is computed from the replay's own clock, as the server computes its feeds, and
each released page is given the id the poller mints for its feed link, so nothing is read back from
the pipeline to know what was published when. Only the outlets' `latest` feeds are replayed: the 2015
feeds and the tempo snapshots carry their own old dates, not release times.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from http import HTTPStatus
from typing import Any

from elasticsearch import ApiError

from ingest.poll.schedule import FIRST_INTERVAL_S, MIN_INTERVAL_S
from ingest.replay.feeds import Clock
from ingest.replay.site import ReplaySite
from ingest.sources.model import Outlet, Registry
from ingest.urls import article_id, canonical_url, fetch_url, origin_url, unwrap
from warta.pipeline.latency import Watch, percentile
from warta.settings import Settings

TARGET_S = 60.0  # the mission: searchable within a minute of publication


@dataclass(frozen=True)
class Release:
    """One released feed item: the id the poller gives it, its origin URL, and when it was released."""

    article_id: str
    url: str
    outlet: str
    released_at: float  # epoch seconds


@dataclass(frozen=True)
class Schedule:
    releases: tuple[Release, ...]  # in release order
    skipped: int = 0  # released links the outlet's URL filters reject: the poller never publishes them


def poller_id(origin: str, outlet: Outlet) -> str | None:
    """The article id the poller mints for the feed link of `origin` (None: not an article URL)."""
    link = fetch_url(origin, outlet.mirror)  # what the replayed feed lists
    url = unwrap(origin_url(link, outlet.mirror))
    if not outlet.is_article_url(url):
        return None
    return article_id(canonical_url(url, outlet))


def release_schedule(site: ReplaySite, registry: Registry, clock: Clock, until: datetime) -> Schedule:
    """Every item the server has released by `until`, with its release time; one per article id."""
    rate = site.options.rate_per_s
    if rate is None:
        raise ValueError("the replay releases everything at once: give it a rate_per_s")
    count = clock.released(until, rate, len(site.releases))
    seen: set[str] = set()
    releases: list[Release] = []
    skipped = 0
    for index, page in enumerate(site.releases[:count]):
        outlet = registry.get(page.outlet)
        aid = poller_id(page.origin, outlet) if outlet is not None else None
        if aid is None:
            skipped += 1
        elif aid not in seen:
            seen.add(aid)
            releases.append(Release(aid, page.origin, page.outlet, clock.release_time(index, rate).timestamp()))
    return Schedule(tuple(releases), skipped)


@dataclass
class Feeder:
    """Hands the schedule's releases over as their release times pass."""

    releases: tuple[Release, ...]
    handed: int = 0

    def due(self, now: float) -> list[Release]:
        start = self.handed
        while self.handed < len(self.releases) and self.releases[self.handed].released_at <= now:
            self.handed += 1
        return list(self.releases[start : self.handed])

    @property
    def exhausted(self) -> bool:
        return self.handed == len(self.releases)


@dataclass(frozen=True)
class Freshness:
    """The figures of one run; the share under the target is over every released item."""

    released: int
    searchable: int
    p50_s: float | None
    p95_s: float | None
    max_s: float | None
    within_target: float
    skipped: int = 0
    dead_lettered: int = 0

    @property
    def searchable_share(self) -> float:
        return self.searchable / self.released if self.released else 0.0

    def passed(self, min_share: float = 0.95) -> bool:
        return self.released > 0 and self.searchable_share >= min_share


def summarise(latencies: list[float], released: int, skipped: int = 0, dead_lettered: int = 0) -> Freshness:
    if not latencies:
        return Freshness(released, 0, None, None, None, 0.0, skipped, dead_lettered)
    within = sum(1 for value in latencies if value <= TARGET_S) / released if released else 0.0
    return Freshness(
        released, len(latencies), percentile(latencies, 0.5), percentile(latencies, 0.95), max(latencies),
        within, skipped, dead_lettered,
    )  # fmt: skip


def report_lines(result: Freshness) -> list[str]:
    lines = [
        f"items released: {result.released}"
        + (f" (+{result.skipped} links the URL filters reject, not counted)" if result.skipped else ""),
        f"searchable: {result.searchable}/{result.released} ({100 * result.searchable_share:.1f} %)"
        + (f"; {result.dead_lettered} of the others dead-lettered" if result.dead_lettered else ""),
    ]
    if result.p50_s is not None and result.p95_s is not None and result.max_s is not None:
        lines.append(
            f"publication-to-searchable: p50 {result.p50_s:.1f} s, p95 {result.p95_s:.1f} s, max {result.max_s:.1f} s"
        )
    lines.append(f"searchable within {TARGET_S:.0f} s of publication: {100 * result.within_target:.1f} % of released")
    lines.append(
        f"note: the poller looks at a feed at most every {MIN_INTERVAL_S:.0f} s (the adaptive interval's floor) "
        f"and first re-polls a new feed after {FIRST_INTERVAL_S:.0f} s; that wait, not enrich + index "
        "(see `warta bench-latency`), dominates these figures"
    )
    return lines


def _searchable(es: Any, alias: str, ids: list[str]) -> set[str]:
    if not es.indices.exists_alias(name=alias):
        return set()
    try:
        response = es.search(index=alias, query={"ids": {"values": ids}}, source=False, size=len(ids))
    except ApiError as exc:
        if exc.status_code == HTTPStatus.SERVICE_UNAVAILABLE:  # a new monthly index's shards not started yet
            return set()
        raise
    return {hit["_id"] for hit in response["hits"]["hits"]}


@dataclass(frozen=True)
class WatchPlan:
    alias: str
    deadline: float  # epoch seconds: the end of releases plus the grace period
    every_s: float = 0.2


def watch_releases(es: Any, plan: WatchPlan, feeder: Feeder, watch: Watch, check: Callable[[], None]) -> None:
    """Until every release is found or the deadline: hand due releases to `watch`, ask ES which are in."""
    while True:
        now = time.time()
        for release in feeder.due(now):
            watch.sent(release.article_id, release.released_at)
        check()
        with watch.lock:
            ids = list(watch.pending)
        if ids:
            watch.found(_searchable(es, plan.alias, ids), time.time())
        if (feeder.exhausted and not watch.pending) or now > plan.deadline:
            return
        time.sleep(plan.every_s)


@dataclass(frozen=True)
class FreshnessOptions:
    duration_s: float = 180.0
    rate_per_s: float = 0.5
    grace_s: float = 120.0
    workers: int = 2


def _ingest_stage(settings: Settings, registry: Registry, workers: int, stop: threading.Event, _: object) -> None:
    from ingest.poll.runner import IngestOptions, run_ingest  # noqa: PLC0415 - heavy, only for the bench

    run_ingest(settings, registry, IngestOptions(workers=workers), stop)


def run_freshness(settings: Settings, es: Any, options: FreshnessOptions) -> Freshness:
    """Replay releases for `duration_s` through continuous ingest, enrich and index; measure each one."""
    from ingest.replay import ReplayOptions, start_replay  # noqa: PLC0415 - heavy, only for the bench
    from warta.kafka.offsets import topic_keys  # noqa: PLC0415
    from warta.kafka.topics import DEAD_LETTER  # noqa: PLC0415
    from warta.pipeline.stages import start_downstream  # noqa: PLC0415

    stages = start_downstream(settings)  # the NER model is loaded before the replay's clock starts
    watch = Watch()

    def check() -> None:
        stages.check()
        if stages.stop_event.is_set():
            raise RuntimeError("a stage gave up (see the log)")

    try:
        needed = math.ceil(options.duration_s * options.rate_per_s) + 10
        replay = start_replay(
            ReplayOptions(click_limit=needed, rate_per_s=options.rate_per_s, include_2015=False, include_tempo=False)
        )
        try:
            clock = replay.server.app.clock
            end = clock.started_at + timedelta(seconds=options.duration_s)
            schedule = release_schedule(replay.site, replay.registry, clock, end)
            stages.start("ingest", _ingest_stage, settings, replay.registry, options.workers)
            plan = WatchPlan(settings.articles_alias, end.timestamp() + options.grace_s)
            watch_releases(es, plan, Feeder(schedule.releases), watch, check)
        finally:
            replay.stop()
    finally:
        stages.stop(timeout_s=60)
    dead = topic_keys(settings, settings.topic(DEAD_LETTER)) & watch.pending.keys() if watch.pending else set()
    return summarise(watch.latencies, len(schedule.releases), schedule.skipped, len(dead))
