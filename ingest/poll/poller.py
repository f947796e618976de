"""The poller: each feed, when due, is fetched (conditionally), parsed, and its new or changed entries
are published as FeedItems keyed by article id.

Order of a poll, so that a crash loses nothing: claim entries in the state store -> produce and wait
for the acks -> confirm the claims -> only then save the feed's new ETag/Last-Modified. A failed produce
releases the claims and keeps the old validators, so the next poll sees the entries again.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from ingest.exceptions import IngestError
from ingest.poll.http import raise_for_status
from ingest.poll.net import Net
from ingest.poll.parse import ParsedFeed, candidates, feed_item, parse_feed
from ingest.poll.schedule import next_interval, update_gap
from ingest.sources.model import Feed, Outlet, Registry
from ingest.state import FeedState, StateStore
from ingest.urls.mirror import origin_url
from warta.exceptions import TransientError
from warta.models import FeedItem

log = logging.getLogger(__name__)

Publish = Callable[[list[FeedItem]], None]


@dataclass
class PollDeps:
    registry: Registry
    store: StateStore
    net: Net
    publish: Publish
    clock: Callable[[], float] = field(default=time.time)
    rng: Callable[[], float] = field(default=random.random)


@dataclass(frozen=True)
class PollResult:
    outlet: str
    feed_url: str
    status: int | None
    entries: int
    published: int
    interval_s: float
    bozo: str | None = None
    error: str | None = None


def initial_gap(parsed: ParsedFeed) -> float | None:
    """A first guess of the publishing gap from the entries' dates: their span over their count."""
    times = sorted(e.published_at.timestamp() for e in parsed.entries if e.published_at is not None)
    if len(times) < 2 or times[-1] <= times[0]:
        return None
    return (times[-1] - times[0]) / (len(times) - 1)


def _publish_new(deps: PollDeps, parsed: ParsedFeed, outlet: Outlet, feed: Feed, now: float) -> int:
    polled_at = datetime.fromtimestamp(now, UTC)
    claimed = [
        c for c in candidates(parsed, outlet, deps.store.alias)
        if deps.store.claim(c.article_id, c.url, feed.url, c.fingerprint, now)
    ]  # fmt: skip
    if not claimed:
        return 0
    try:
        deps.publish([feed_item(c, outlet, feed, polled_at) for c in claimed])
    except TransientError:
        for c in claimed:
            deps.store.release(c.article_id)
        raise
    for c in claimed:
        deps.store.confirm(c.article_id)
    return len(claimed)


def _reschedule(deps: PollDeps, state: FeedState, now: float, new: int, gap: float | None) -> FeedState:
    # The first poll learns the gap from the entries' dates; later ones from what was new since.
    ewma = gap if state.polled_at is None else update_gap(state.ewma_gap_s, now - state.polled_at, new)
    interval = next_interval(ewma, now, deps.rng)
    return replace(state, ewma_gap_s=ewma, interval_s=interval, next_poll_at=now + interval, polled_at=now)


def poll_feed(deps: PollDeps, outlet: Outlet, feed: Feed) -> PollResult:
    """Poll one feed once. Never raises for the feed's own failures: they are in the result and state."""
    state = deps.store.feed(feed.url)
    now = deps.clock()
    try:
        response = deps.net.get(
            origin_url(feed.url, outlet.mirror), outlet, etag=state.etag, last_modified=state.last_modified
        )
        raise_for_status(response)
    except IngestError as exc:
        failed = _reschedule(deps, state, now, 0, None)
        deps.store.save_feed(replace(failed, last_error=str(exc), last_status=None))
        log.warning("%s: %s", feed.url, exc)
        return PollResult(outlet.id, feed.url, None, 0, 0, failed.interval_s or 0.0, error=str(exc))
    parsed = ParsedFeed(None, ())
    if response.status != 304:
        parsed = parse_feed(response.body, feed.url, response.headers.get("content-type"))
        if parsed.bozo:
            log.warning("%s: malformed feed, %d entries read: %s", feed.url, len(parsed.entries), parsed.bozo)
    published = _publish_new(deps, parsed, outlet, feed, now)
    done = _reschedule(deps, state, now, published, initial_gap(parsed))
    if response.status != 304:
        done = replace(done, etag=response.etag, last_modified=response.last_modified)
    deps.store.save_feed(replace(done, last_status=response.status, last_error=parsed.bozo))
    return PollResult(
        outlet.id, feed.url, response.status, len(parsed.entries), published, done.interval_s or 0.0, parsed.bozo
    )


def _safe_poll(deps: PollDeps, outlet: Outlet, feed: Feed) -> PollResult:
    try:
        return poll_feed(deps, outlet, feed)
    except TransientError as exc:  # the broker failed: the entries are released, retry next time
        log.warning("%s: publishing failed, will retry: %s", feed.url, exc)
        return PollResult(outlet.id, feed.url, None, 0, 0, 0.0, error=str(exc))


def poll_all_once(deps: PollDeps, threads: int = 4) -> list[PollResult]:
    """Poll every feed of the registry once, whatever its schedule (`warta ingest --once`)."""
    feeds = list(deps.registry.feeds())
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="poll") as pool:
        return list(pool.map(lambda of: _safe_poll(deps, *of), feeds))


def run_poller(deps: PollDeps, stop: threading.Event, threads: int = 4, tick_s: float = 1.0) -> None:
    """Poll each feed when it is due until `stop` is set."""
    feeds = list(deps.registry.feeds())
    inflight: dict[str, Future[PollResult]] = {}
    with ThreadPoolExecutor(max_workers=threads, thread_name_prefix="poll") as pool:
        while not stop.is_set():
            inflight = {url: f for url, f in inflight.items() if not f.done()}
            now = deps.clock()
            for outlet, feed in feeds:
                if feed.url not in inflight and deps.store.feed(feed.url).next_poll_at <= now:
                    inflight[feed.url] = pool.submit(_safe_poll, deps, outlet, feed)
            stop.wait(tick_s)
