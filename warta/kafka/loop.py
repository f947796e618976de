"""The consume-process-produce-commit loop every stage runs.

At-least-once by construction: a batch's outputs are produced and acknowledged before the batch's
offsets are committed. A `TransientError` retries the same batch with backoff while the consumer is
paused (it stays in its group); a `PermanentError` for one record turns it into a dead letter and the
rest of the stream keeps flowing. A rebalance during a retry drops the in-memory batch: the partitions'
new owner (maybe us again) re-reads it from the committed offsets.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from kafka import KafkaConsumer, KafkaProducer
from kafka.consumer.fetcher import ConsumerRecord
from kafka.consumer.subscription_state import ConsumerRebalanceListener
from kafka.errors import CommitFailedError, KafkaError
from kafka.structs import OffsetAndMetadata, TopicPartition
from pydantic import ValidationError

from warta.exceptions import PermanentError, TransientError
from warta.kafka.clients import make_consumer, make_producer, send_all
from warta.kafka.dlq import DlqLimit, dead_letter
from warta.kafka.records import Output
from warta.kafka.retry import Backoff
from warta.models import Reason
from warta.settings import Settings

log = logging.getLogger(__name__)

Processor = Callable[[list[ConsumerRecord]], list[Output]]
RecordFn = Callable[[ConsumerRecord], list[Output]]


@dataclass(frozen=True)
class StageConfig:
    """Which topic a stage reads, in which group, and how it batches."""

    stage: str
    input_topic: str
    group_id: str
    max_batch: int = 100
    max_wait_ms: int = 200
    poll_timeout_ms: int = 500


@dataclass
class StageStats:
    """Counters a stage exposes for progress output."""

    batches: int = 0
    records: int = 0
    produced: int = 0
    dead_lettered: int = 0
    retries: int = 0
    started_at: float = field(default_factory=time.monotonic)


def install_signal_handlers(stop: threading.Event) -> None:
    """SIGTERM and SIGINT finish the current batch, then stop (call from the main thread)."""
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())


def per_record(
    settings: Settings, stage: str, fn: RecordFn, stats: StageStats | None = None, limit: DlqLimit | None = None
) -> Processor:
    """A processor applying `fn` to each record; permanent failures become dead letters."""
    dlq_limit = limit or DlqLimit()

    def process(records: list[ConsumerRecord]) -> list[Output]:
        outputs: list[Output] = []
        for record in records:
            try:
                outputs.extend(fn(record))
                dlq_limit.record(False)
                continue
            except PermanentError as exc:
                reason, detail = exc.reason, exc.detail
            except ValidationError as exc:
                reason, detail = Reason.SCHEMA_MISMATCH.value, str(exc)
            where = f"{record.topic}[{record.partition}]@{record.offset}"
            log.warning("%s: dead-lettering %s: %s", stage, where, reason)
            outputs.append(dead_letter(settings, stage, record, reason, detail))
            if stats is not None:
                stats.dead_lettered += 1
            dlq_limit.record(True)
        return outputs

    return process


class _Revocations(ConsumerRebalanceListener):  # type: ignore[misc]
    def __init__(self) -> None:
        self.generation = 0

    def on_partitions_revoked(self, revoked: set[TopicPartition]) -> None:
        if revoked:
            self.generation += 1

    def on_partitions_assigned(self, assigned: set[TopicPartition]) -> None:
        pass


def run_stage(
    settings: Settings,
    config: StageConfig,
    processor: Processor,
    stop: threading.Event,
    stats: StageStats | None = None,
    backoff: Backoff | None = None,
) -> StageStats:
    """Run until `stop` is set. Returns the counters."""
    stats = stats or StageStats()
    consumer = make_consumer(settings, config.group_id)
    producer = make_producer(settings, client_id=f"warta-{config.stage}")
    revocations = _Revocations()
    consumer.subscribe([config.input_topic], listener=revocations)
    try:
        while not stop.is_set():
            batch = _poll_batch(consumer, config, stop)
            if batch:
                _handle(consumer, producer, processor, batch, stop, stats, backoff or Backoff(), revocations)
    finally:
        producer.close(timeout=10)
        consumer.close(autocommit=False)
    return stats


def _poll_batch(consumer: KafkaConsumer, config: StageConfig, stop: threading.Event) -> list[ConsumerRecord]:
    """Records until `max_batch` or until `max_wait_ms` after the first record arrived."""
    batch: list[ConsumerRecord] = []
    first_at: float | None = None
    while not stop.is_set() and len(batch) < config.max_batch:
        wait_ms = config.poll_timeout_ms
        if first_at is not None:
            wait_ms = int(config.max_wait_ms - (time.monotonic() - first_at) * 1000)
            if wait_ms <= 0:
                break
        polled = consumer.poll(timeout_ms=wait_ms, max_records=config.max_batch - len(batch))
        for records in polled.values():
            batch.extend(records)
        if batch and first_at is None:
            first_at = time.monotonic()
        if not batch:
            break
    return batch


def _handle(
    consumer: KafkaConsumer,
    producer: KafkaProducer,
    processor: Processor,
    batch: list[ConsumerRecord],
    stop: threading.Event,
    stats: StageStats,
    backoff: Backoff,
    revocations: _Revocations,
) -> None:
    generation = revocations.generation
    while True:
        try:
            outputs = processor(batch)
            send_all(producer, outputs)
            _commit(consumer, batch)
        except (TransientError, KafkaError) as exc:
            stats.retries += 1
            delay = backoff.next_delay()
            log.warning("transient failure, retrying the batch in %.1f s: %s", delay, exc)
            _paused_wait(consumer, delay, stop)
            if stop.is_set() or revocations.generation != generation:
                return  # not committed: the batch is read again by whoever owns the partitions
            continue
        except CommitFailedError as exc:
            log.warning("commit failed after a rebalance; the batch will be re-read: %s", exc)
            return
        backoff.reset()
        stats.batches += 1
        stats.records += len(batch)
        stats.produced += len(outputs)
        return


def _commit(consumer: KafkaConsumer, batch: list[ConsumerRecord]) -> None:
    offsets: dict[TopicPartition, OffsetAndMetadata] = {}
    for record in batch:
        tp = TopicPartition(record.topic, record.partition)
        offsets[tp] = OffsetAndMetadata(record.offset + 1, "", -1)
    consumer.commit(offsets=offsets)


def _paused_wait(consumer: KafkaConsumer, seconds: float, stop: threading.Event) -> None:
    """Wait with every partition paused, polling so that the consumer keeps its group membership."""
    assigned = consumer.assignment()
    consumer.pause(*assigned)
    try:
        deadline = time.monotonic() + seconds
        while not stop.is_set() and time.monotonic() < deadline:
            consumer.poll(timeout_ms=int(min(500, max(1, (deadline - time.monotonic()) * 1000))))
    finally:
        consumer.resume(*[tp for tp in assigned if tp in consumer.assignment()])
