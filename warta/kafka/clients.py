"""Producers and consumers with the settings every stage needs."""

from __future__ import annotations

from collections.abc import Sequence

from kafka import KafkaConsumer, KafkaProducer
from kafka.errors import KafkaError

from warta.exceptions import TransientError
from warta.kafka.records import Output
from warta.settings import Settings


def make_producer(settings: Settings, client_id: str = "warta") -> KafkaProducer:
    """An idempotent producer that waits for every in-sync replica: no loss, no broker-side duplicates."""
    return KafkaProducer(
        client_id=client_id,
        acks="all",
        enable_idempotence=True,
        linger_ms=5,
        compression_type="gzip",
        max_request_size=8 * 1024 * 1024,
        **settings.kafka_config(),
    )


def make_consumer(settings: Settings, group_id: str | None, *, from_beginning: bool = True) -> KafkaConsumer:
    """A consumer that never commits on its own: the loop commits after the outputs are written."""
    return KafkaConsumer(
        group_id=group_id,
        enable_auto_commit=False,
        auto_offset_reset="earliest" if from_beginning else "latest",
        max_poll_interval_ms=300_000,
        session_timeout_ms=10_000,
        heartbeat_interval_ms=3_000,
        **settings.kafka_config(),
    )


def send_all(producer: KafkaProducer, outputs: Sequence[Output], timeout_s: float = 30.0) -> None:
    """Produce every output and wait until the broker acknowledged all of them."""
    futures = [
        producer.send(o.topic, key=None if o.key is None else o.key.encode("utf-8"), value=o.value) for o in outputs
    ]
    try:
        producer.flush(timeout=timeout_s)
        for future in futures:
            future.get(timeout=timeout_s)
    except KafkaError as exc:
        raise TransientError(f"producing {len(outputs)} records failed: {exc}") from exc
