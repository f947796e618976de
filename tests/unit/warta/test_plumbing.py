"""The loop's pure parts: dead letters, the dead-letter limit, backoff, per-record processing."""

import json

import pytest
from kafka.consumer.fetcher import ConsumerRecord

from tests.unit.records import consumer_record
from warta.exceptions import PermanentError, TransientError
from warta.kafka.dlq import DlqLimit, DlqLimitExceededError
from warta.kafka.loop import StageStats, per_record
from warta.kafka.records import Output
from warta.kafka.retry import Backoff
from warta.models import DeadLetter, Reason
from warta.settings import Settings


def record(value: bytes, offset: int = 0, key: bytes | None = b"k") -> ConsumerRecord:
    return consumer_record(value, offset, key, partition=2)


def upper(rec: ConsumerRecord) -> list[Output]:
    data = json.loads(rec.value)
    if "poison" in data:
        raise PermanentError(Reason.ENRICH_FAILED, "poisoned")
    return [Output("out", "k", data["v"].upper().encode())]


def test_poison_message_becomes_a_dead_letter_and_the_next_still_flows() -> None:
    settings = Settings(prefix="p")
    stats = StageStats()
    process = per_record(settings, "enrich", upper, stats)
    outputs = process([record(b'{"v": "a"}', 0), record(b'{"poison": 1}', 1), record(b'{"v": "b"}', 2)])
    assert [o.topic for o in outputs] == ["out", "p.dead-letter", "out"]
    assert outputs[2].value == b"B"
    letter = DeadLetter.model_validate_json(outputs[1].value)
    assert (letter.reason, letter.detail, letter.offset, letter.partition) == ("enrich_failed", "poisoned", 1, 2)
    assert letter.payload == '{"poison": 1}' and letter.key == "k" and letter.stage == "enrich"
    assert stats.dead_lettered == 1


def test_transient_errors_propagate_so_the_whole_batch_is_retried() -> None:
    def flaky(rec: ConsumerRecord) -> list[Output]:
        raise TransientError("broker away")

    with pytest.raises(TransientError):
        per_record(Settings(), "enrich", flaky)([record(b"{}")])


def test_dead_letter_limit_trips_only_when_the_stream_is_mostly_poison() -> None:
    limit = DlqLimit(max_ratio=0.5, window=10, min_records=10)
    for i in range(10):
        limit.record(i % 3 == 0)  # 4 of 10 dead: fine
    with pytest.raises(DlqLimitExceededError):
        for _ in range(10):
            limit.record(True)


def test_backoff_grows_is_capped_and_resets() -> None:
    backoff = Backoff(initial_s=1, factor=2, max_s=5, jitter=0.0)
    assert [backoff.next_delay() for _ in range(5)] == [1, 2, 4, 5, 5]
    backoff.reset()
    assert backoff.next_delay() == 1


def test_backoff_jitter_stays_in_its_band() -> None:
    backoff = Backoff(initial_s=10, jitter=0.2, rng=lambda: 1.0)
    assert backoff.next_delay() == pytest.approx(12.0)
    backoff = Backoff(initial_s=10, jitter=0.2, rng=lambda: 0.0)
    assert backoff.next_delay() == pytest.approx(8.0)
