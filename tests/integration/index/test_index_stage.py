"""`warta index` end to end: Kafka topic -> run_stage -> Indexer -> Elasticsearch, offsets after writes."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from elasticsearch import Elasticsearch
from kafka import TopicPartition

from index.indexer import Indexer
from tests.unit.index.factories import article, enriched
from warta.kafka.clients import make_consumer, make_producer, send_all
from warta.kafka.loop import StageConfig, StageStats, run_stage
from warta.kafka.records import Output
from warta.kafka.retry import Backoff
from warta.kafka.topics import DEAD_LETTER, ENRICHED_ARTICLES, ensure_topics
from warta.models import DeadLetter
from warta.settings import Settings

pytestmark = pytest.mark.integration


def wait_for(condition: Callable[[], bool], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


def _count(es: Any, alias: str) -> int:
    return int(es.count(index=alias).body["count"])  # no refresh: what a reader would see


def _committed(settings: Settings, group: str) -> int:
    consumer = make_consumer(settings, group)
    topic = settings.topic(ENRICHED_ARTICLES)
    try:
        parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or []]
        return sum(consumer.committed(tp) or 0 for tp in parts)
    finally:
        consumer.close()


def _produce(settings: Settings, values: list[tuple[str, bytes]]) -> None:
    producer = make_producer(settings)
    try:
        send_all(producer, [Output(settings.topic(ENRICHED_ARTICLES), key, value) for key, value in values])
    finally:
        producer.close()


@contextmanager
def _stage(settings: Settings, indexer: Indexer, stats: StageStats) -> Iterator[str]:
    group = f"{settings.prefix}-index"
    config = StageConfig("index", settings.topic(ENRICHED_ARTICLES), group, max_batch=50, max_wait_ms=100)
    stop = threading.Event()
    backoff = Backoff(initial_s=0.2, max_s=1.0)
    thread = threading.Thread(target=run_stage, args=(settings, config, indexer.process, stop, stats, backoff))
    thread.start()
    try:
        yield group
    finally:
        stop.set()
        thread.join(timeout=30)


def test_articles_become_searchable_and_bad_records_dead_letters(es: Any, settings: Settings, articles: str) -> None:
    ensure_topics(settings)
    stats = StageStats()
    with _stage(settings, Indexer(es, settings), stats) as group:
        started = time.monotonic()
        _produce(settings, [("a1", enriched(article(article_id="a1")).to_bytes()), ("x", b"{broken"),
                            ("a2", enriched(article(article_id="a2")).to_bytes())])  # fmt: skip
        wait_for(lambda: _count(es, articles) == 2)
        searchable_s = time.monotonic() - started
        wait_for(lambda: _committed(settings, group) == 3)
    assert searchable_s < 10
    consumer = make_consumer(settings, None)
    topic = settings.topic(DEAD_LETTER)
    parts = [TopicPartition(topic, p) for p in consumer.partitions_for_topic(topic) or []]
    consumer.assign(parts)
    consumer.seek_to_beginning(*parts)
    letters: list[DeadLetter] = []
    deadline = time.monotonic() + 15
    while not letters and time.monotonic() < deadline:
        for batch in consumer.poll(timeout_ms=500).values():
            letters.extend(DeadLetter.model_validate_json(r.value) for r in batch)
    consumer.close()
    assert [(d.reason, d.stage, d.payload) for d in letters] == [("invalid_json", "index", "{broken")]


def test_while_elasticsearch_is_down_nothing_is_committed_then_the_batch_goes_through(
    es: Any, settings: Settings, articles: str
) -> None:
    ensure_topics(settings)
    down = Elasticsearch(hosts=["http://127.0.0.1:9"], request_timeout=1, retry_on_timeout=False, max_retries=0)
    indexer = Indexer(down, settings)
    stats = StageStats()
    with _stage(settings, indexer, stats) as group:
        _produce(settings, [("a1", enriched(article(article_id="a1")).to_bytes())])
        wait_for(lambda: stats.retries >= 2)
        assert _committed(settings, group) == 0
        indexer.es = es  # Elasticsearch is back
        wait_for(lambda: _count(es, articles) == 1)
        wait_for(lambda: _committed(settings, group) == 1)
    down.close()
    assert indexer.stats.indexed == 1
