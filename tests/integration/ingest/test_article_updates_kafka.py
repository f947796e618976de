"""An outlet's edit through the real fetch stage and broker: the update lands on `<prefix>.articles` under
the same key as the first version, with a larger version and the fields that changed."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import pytest
from kafka import KafkaProducer

from ingest.fetch.worker import record_handler
from tests.unit.ingest.fetch.test_article_updates import (
    TITLE_1,
    TITLE_2,
    Clock,
    FakeOutlet,
    edit_article,
    feed_item,
    make_deps,
    serve_fake_outlet,
)
from warta.kafka.clients import make_producer
from warta.kafka.loop import StageConfig, StageStats, per_record, run_stage
from warta.kafka.offsets import read_topic, topic_size
from warta.kafka.topics import ARTICLES, DEAD_LETTER, FEED_ITEMS, ensure_topics
from warta.models import Article, FeedItem
from warta.settings import Settings

pytestmark = pytest.mark.integration

CHANGED = ["title", "text", "updated_at"]


@pytest.fixture
def fake_outlet() -> Iterator[FakeOutlet]:
    with serve_fake_outlet() as fake:
        yield fake


def _records(settings: Settings, topic: str) -> list[tuple[str, bytes, int]]:
    """(key, value, partition) of every record of `topic`."""
    return [(r.key.decode(), r.value, r.partition) for r in read_topic(settings, topic)]


def _wait_for(condition: Callable[[], bool], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail("timed out waiting for the fetch stage")
        time.sleep(0.2)


def _send(producer: KafkaProducer, settings: Settings, item: FeedItem) -> None:
    producer.send(settings.topic(FEED_ITEMS), key=item.article_id.encode(), value=item.to_bytes()).get(timeout=30)


def test_an_edit_is_published_on_the_same_key_with_its_changed_fields(
    settings: Settings, fake_outlet: FakeOutlet
) -> None:
    ensure_topics(settings)
    articles = settings.topic(ARTICLES)
    clock = Clock()
    deps = make_deps(fake_outlet, settings, clock)
    stats = StageStats()
    config = StageConfig("fetch", settings.topic(FEED_ITEMS), f"{settings.prefix}.fetch-updates", max_batch=10)
    stop = threading.Event()
    stage = threading.Thread(
        target=run_stage,
        args=(settings, config, per_record(settings, "fetch", record_handler(deps), stats=stats), stop, stats),
        daemon=True,
    )
    producer = make_producer(settings)
    stage.start()
    try:
        _send(producer, settings, feed_item(fake_outlet, "fp1"))
        _wait_for(lambda: topic_size(settings, articles) >= 1)
        edit_article(fake_outlet)
        clock.now += 600
        _send(producer, settings, feed_item(fake_outlet, "fp2"))
        _wait_for(lambda: topic_size(settings, articles) >= 2)
    finally:
        stop.set()
        stage.join(timeout=30)
        producer.close(timeout=10)
    assert not stage.is_alive()

    records = _records(settings, articles)
    assert len(records) == 2 and topic_size(settings, settings.topic(DEAD_LETTER)) == 0
    (key1, value1, part1), (key2, value2, part2) = records  # one key: one partition, in offset order
    first, update = Article.model_validate_json(value1), Article.model_validate_json(value2)
    item = feed_item(fake_outlet, "fp1")
    assert key1 == key2 == item.article_id == first.article_id == update.article_id and part1 == part2
    assert (first.title, first.changed_fields) == (TITLE_1, [])
    assert update.title == TITLE_2 and update.version > first.version
    assert update.changed_fields == CHANGED
    assert stats.records == 2 and stats.dead_lettered == 0
    published = deps.store.published(item.article_id)  # what `warta reextract` will compare against
    assert published is not None and published.version == update.version
