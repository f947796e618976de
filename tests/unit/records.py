"""Kafka records as a consumer hands them to a stage, for unit tests of processors."""

from __future__ import annotations

from kafka.consumer.fetcher import ConsumerRecord


def consumer_record(
    value: bytes, offset: int = 0, key: bytes | None = b"k", topic: str = "warta.articles", partition: int = 0
) -> ConsumerRecord:
    return ConsumerRecord(
        topic=topic, partition=partition, leader_epoch=-1, offset=offset, timestamp=0, timestamp_type=0, key=key,
        value=value, headers=[], checksum=None, serialized_key_size=len(key or b""),
        serialized_value_size=len(value), serialized_header_size=-1,
    )  # fmt: skip
