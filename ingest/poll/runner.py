"""`warta ingest`: the poller and the fetch workers wired to Kafka, in one process (threads).

Fetching scales out by starting more processes with `--fetch-only` (one consumer group; the feed-items
topic is keyed by article id, so one worker owns an article at a time).
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass, field

from kafka import KafkaConsumer
from kafka.errors import KafkaError

from ingest.fetch.pages import PageStore
from ingest.fetch.worker import FetchDeps, record_handler
from ingest.poll.net import Net
from ingest.poll.poller import PollDeps, PollResult, poll_all_once, run_poller
from ingest.sources.model import Registry
from ingest.state import StateStore
from warta.exceptions import WartaError
from warta.kafka.clients import make_producer, send_all
from warta.kafka.loop import StageConfig, StageStats, per_record, run_stage
from warta.kafka.offsets import consumer_lag
from warta.kafka.records import Output
from warta.kafka.topics import FEED_ITEMS, ensure_topics
from warta.models import FeedItem
from warta.settings import Settings

log = logging.getLogger(__name__)
STAGE = "ingest"


@dataclass(frozen=True)
class IngestOptions:
    once: bool = False
    poll: bool = True
    fetch: bool = True
    workers: int = 2
    poll_threads: int = 4
    once_timeout_s: float = 600.0


@dataclass
class IngestSummary:
    polls: list[PollResult] = field(default_factory=list)
    fetch_stats: list[StageStats] = field(default_factory=list)
    drained: bool = True
    errors: list[str] = field(default_factory=list)

    @property
    def published(self) -> int:
        return sum(p.published for p in self.polls)

    @property
    def fetched(self) -> int:
        return sum(s.records for s in self.fetch_stats)


def fetch_group(settings: Settings) -> str:
    return f"{settings.prefix}.ingest-fetch"


def _fetch_worker(
    settings: Settings, deps: FetchDeps, stat: StageStats, stop: threading.Event, summary: IngestSummary,
    give_up: threading.Event,
) -> None:  # fmt: skip
    """One fetch worker; if it has to stop (dead-letter limit, broker gone), the whole process stops."""
    config = StageConfig(STAGE, settings.topic(FEED_ITEMS), fetch_group(settings), max_batch=10)
    processor = per_record(settings, STAGE, record_handler(deps), stats=stat)
    try:
        run_stage(settings, config, processor, stop, stats=stat)
    except (WartaError, KafkaError) as exc:
        log.error("fetch worker %s stopped: %s", threading.current_thread().name, exc)
        summary.errors.append(str(exc))
        give_up.set()


def _fetch_threads(
    settings: Settings, deps: FetchDeps, workers: int, stop: threading.Event, summary: IngestSummary,
    give_up: threading.Event,
) -> list[threading.Thread]:  # fmt: skip
    summary.fetch_stats = [StageStats() for _ in range(workers)]
    threads = []
    for i, stat in enumerate(summary.fetch_stats):
        thread = threading.Thread(
            target=_fetch_worker, args=(settings, deps, stat, stop, summary, give_up), name=f"fetch-{i}", daemon=True
        )
        thread.start()
        threads.append(thread)
    return threads


def _wait_drained(settings: Settings, stop: threading.Event, timeout_s: float) -> bool:
    """Wait until the fetch group has committed every feed item, or the timeout."""
    deadline = time.monotonic() + timeout_s
    consumer = KafkaConsumer(group_id=fetch_group(settings), enable_auto_commit=False, **settings.kafka_config())
    try:
        while not stop.is_set() and time.monotonic() < deadline:
            if consumer_lag(consumer, settings.topic(FEED_ITEMS)) == 0:
                return True
            stop.wait(1.0)
        return False
    finally:
        consumer.close(autocommit=False)


def run_ingest(settings: Settings, registry: Registry, options: IngestOptions, stop: threading.Event) -> IngestSummary:
    """Run until `stop` is set, or with `once`: poll every feed once and wait until its items are fetched."""
    ensure_topics(settings)
    store = StateStore.open(settings.state_dir)
    net = Net.create(settings)
    producer = make_producer(settings, client_id="warta-poller")
    topic = settings.topic(FEED_ITEMS)
    workers_stop = threading.Event()
    summary = IngestSummary()
    threads: list[threading.Thread] = []

    def publish(items: list[FeedItem]) -> None:
        send_all(producer, [Output(topic, i.article_id, i.to_bytes()) for i in items])

    try:
        if options.fetch:
            deps = FetchDeps(settings, registry, store, PageStore.open(settings.state_dir), net)
            threads = _fetch_threads(settings, deps, options.workers, workers_stop, summary, stop)
        poll_deps = PollDeps(registry, store, net, publish)
        if options.once:
            summary.polls = poll_all_once(poll_deps, options.poll_threads) if options.poll else []
            if options.fetch:
                summary.drained = _wait_drained(settings, stop, options.once_timeout_s) and not summary.errors
        elif options.poll:
            run_poller(poll_deps, stop, options.poll_threads)
        else:
            stop.wait()
    finally:
        workers_stop.set()
        for thread in threads:
            thread.join(timeout=60)
        producer.close(timeout=10)
        store.close()
    return summary
