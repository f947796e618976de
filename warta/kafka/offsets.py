"""How far a topic and a consumer group have got: for progress output and for "wait until drained"."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from kafka import KafkaConsumer
from kafka.consumer.fetcher import ConsumerRecord
from kafka.errors import KafkaError
from kafka.structs import TopicPartition

from warta.exceptions import TransientError
from warta.settings import Settings


@contextmanager
def _reader(settings: Settings, group: str | None = None) -> Iterator[KafkaConsumer]:
    """A consumer that only reads offsets: it never subscribes, so it never joins the group."""
    consumer = KafkaConsumer(group_id=group, enable_auto_commit=False, **settings.kafka_config())
    try:
        yield consumer
    except KafkaError as exc:
        raise TransientError(f"cannot read offsets from Kafka: {exc}") from exc
    finally:
        consumer.close(autocommit=False)


def _partitions(consumer: KafkaConsumer, topic: str) -> list[TopicPartition]:
    return [TopicPartition(topic, p) for p in sorted(consumer.partitions_for_topic(topic) or ())]


def topic_size(settings: Settings, topic: str) -> int:
    """Records ever appended to `topic` (sum of its partitions' end offsets; 0 if it does not exist)."""
    with _reader(settings) as consumer:
        return sum(consumer.end_offsets(_partitions(consumer, topic)).values())


def consumer_lag(consumer: KafkaConsumer, topic: str) -> int:
    """Records of `topic` the consumer's group has not committed yet (all of them before its first commit).

    `consumer` carries the group id but never subscribes, so it reads the group's offsets without joining.
    """
    try:
        ends = consumer.end_offsets(_partitions(consumer, topic))
        return sum(end - (consumer.committed(tp) or 0) for tp, end in ends.items())
    except KafkaError as exc:
        raise TransientError(f"cannot read the lag on {topic}: {exc}") from exc


def group_lag(settings: Settings, group: str, topic: str) -> int:
    """`consumer_lag` of `group` on `topic`, through a short-lived reader."""
    with _reader(settings, group) as consumer:
        return consumer_lag(consumer, topic)


def read_topic(settings: Settings, topic: str, idle_ms: int = 1500) -> list[ConsumerRecord]:
    """Every record of `topic` up to its current end, partition by partition in offset order, without a group."""
    with _reader(settings) as consumer:
        partitions = _partitions(consumer, topic)
        if not partitions:
            return []
        ends = consumer.end_offsets(partitions)
        consumer.assign(partitions)
        consumer.seek_to_beginning(*partitions)
        records: list[ConsumerRecord] = []
        while any(consumer.position(tp) < end for tp, end in ends.items()):
            polled = consumer.poll(timeout_ms=idle_ms)
            if not polled:
                break
            records.extend(r for batch in polled.values() for r in batch)
        return sorted(records, key=lambda r: (r.partition, r.offset))


def topic_keys(settings: Settings, topic: str) -> set[str]:
    """Every distinct key on `topic`."""
    return {r.key.decode("utf-8") for r in read_topic(settings, topic) if r.key is not None}
