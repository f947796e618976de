"""The shared Kafka plumbing against the real broker: topics, groups, commits, the dead-letter path."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

import pytest
from kafka import KafkaAdminClient, KafkaConsumer, TopicPartition
from kafka.consumer.fetcher import ConsumerRecord

from warta.exceptions import PermanentError, TransientError
from warta.kafka.clients import make_consumer, make_producer, send_all
from warta.kafka.loop import StageConfig, StageStats, per_record, run_stage
from warta.kafka.offsets import read_topic
from warta.kafka.records import Output
from warta.kafka.retry import Backoff
from warta.kafka.topics import ARTICLES, DEAD_LETTER, PLANNED, ensure_topics
from warta.models import DeadLetter
from warta.settings import Settings

pytestmark = pytest.mark.integration


def read_all(settings: Settings, topic: str, expected: int) -> list[ConsumerRecord]:
    records = read_topic(settings, topic)
    assert len(records) == expected, f"{topic}: {len(records)} records, expected {expected}"
    return records


def wait_for(condition: Callable[[], bool], timeout_s: float = 30) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.2)


def test_topics_are_created_with_their_planned_partitions(settings: Settings) -> None:
    created = ensure_topics(settings)
    assert sorted(created) == sorted(settings.topic(s.name) for s in PLANNED)
    assert ensure_topics(settings) == []  # idempotent
    wanted = {settings.topic(s.name): s.partitions for s in PLANNED}
    admin = KafkaAdminClient(**settings.kafka_config())
    try:
        described: dict[str, int] = {}
        deadline = time.monotonic() + 15
        while described != wanted and time.monotonic() < deadline:  # metadata propagates after creation
            described = {t["name"]: len(t["partitions"]) for t in admin.describe_topics(created)}
            time.sleep(0.2)
    finally:
        admin.close()
    assert described == wanted


def test_produce_and_consume_in_a_group_with_committed_offsets(settings: Settings) -> None:
    ensure_topics(settings)
    topic = settings.topic(ARTICLES)
    producer = make_producer(settings)
    send_all(producer, [Output(topic, f"k{i}", json.dumps({"i": i}).encode()) for i in range(20)])
    producer.close()

    group = f"{settings.prefix}-group"
    consumer: KafkaConsumer = make_consumer(settings, group)
    consumer.subscribe([topic])
    seen: list[int] = []
    deadline = time.monotonic() + 30
    while len(seen) < 20 and time.monotonic() < deadline:
        for batch in consumer.poll(timeout_ms=500).values():
            seen.extend(json.loads(r.value)["i"] for r in batch)
    consumer.commit()
    committed = sum(consumer.committed(TopicPartition(topic, p)) or 0 for p in range(6))
    consumer.close()
    assert sorted(seen) == list(range(20))
    assert committed == 20


def test_poison_message_goes_to_dead_letter_while_the_next_flows(settings: Settings) -> None:
    ensure_topics(settings)
    source, out = settings.topic(ARTICLES), settings.topic("enriched.articles")

    def handle(record: ConsumerRecord) -> list[Output]:
        data = json.loads(record.value)  # poison: not JSON at all -> ValueError
        if data.get("poison"):
            raise PermanentError("enrich_failed", "poison pill")
        return [Output(out, record.key.decode(), record.value)]

    def guarded(record: ConsumerRecord) -> list[Output]:
        try:
            return handle(record)
        except json.JSONDecodeError as exc:
            raise PermanentError("invalid_json", str(exc)) from exc

    producer = make_producer(settings)
    values = [b'{"n": 1}', b"not json", b'{"poison": true}', b'{"n": 2}']
    send_all(producer, [Output(source, "same-key", v) for v in values])
    producer.close()

    stop, stats = threading.Event(), StageStats()
    config = StageConfig(stage="enrich", input_topic=source, group_id=f"{settings.prefix}-enrich")
    worker = threading.Thread(
        target=run_stage, args=(settings, config, per_record(settings, "enrich", guarded, stats), stop, stats)
    )
    worker.start()
    try:
        wait_for(lambda: stats.records >= 4)
    finally:
        stop.set()
        worker.join(timeout=30)
    passed = read_all(settings, out, 2)
    letters = [DeadLetter.model_validate_json(r.value) for r in read_all(settings, settings.topic(DEAD_LETTER), 2)]
    assert [json.loads(r.value)["n"] for r in passed] == [1, 2]
    assert [(d.reason, d.payload) for d in letters] == [
        ("invalid_json", "not json"),
        ("enrich_failed", '{"poison": true}'),
    ]
    assert stats.dead_lettered == 2


def test_a_transient_failure_retries_the_batch_and_loses_nothing(settings: Settings) -> None:
    ensure_topics(settings)
    source, out = settings.topic(ARTICLES), settings.topic("enriched.articles")
    producer = make_producer(settings)
    send_all(producer, [Output(source, f"k{i}", str(i).encode()) for i in range(10)])
    producer.close()
    failures = {"left": 2}

    def flaky(records: list[ConsumerRecord]) -> list[Output]:
        if failures["left"]:
            failures["left"] -= 1
            raise TransientError("Elasticsearch is down")
        return [Output(out, r.key.decode(), r.value) for r in records]

    stop, stats = threading.Event(), StageStats()
    config = StageConfig(stage="index", input_topic=source, group_id=f"{settings.prefix}-index")
    worker = threading.Thread(
        target=run_stage, args=(settings, config, flaky, stop, stats, Backoff(initial_s=0.2, jitter=0))
    )
    worker.start()
    try:
        wait_for(lambda: stats.records >= 10)
    finally:
        stop.set()
        worker.join(timeout=30)
    assert stats.retries == 2
    assert sorted(int(r.value) for r in read_all(settings, out, 10)) == list(range(10))
