"""The dead-letter path: a record that can never succeed is wrapped with its reason and produced."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from datetime import UTC, datetime

from kafka.consumer.fetcher import ConsumerRecord

from warta.exceptions import WartaError
from warta.kafka.records import Output, decode_key
from warta.kafka.topics import DEAD_LETTER
from warta.models import DeadLetter
from warta.settings import Settings


class DlqLimitExceededError(WartaError):
    """Too many dead letters in a row: stop rather than dump the stream into the dead-letter topic."""


def dead_letter(
    settings: Settings, stage: str, record: ConsumerRecord, reason: str, detail: str, now: datetime | None = None
) -> Output:
    """The dead-letter output for `record`, keyed like the original."""
    payload = record.value.decode("utf-8", errors="replace") if record.value is not None else ""
    letter = DeadLetter(
        reason=reason,
        detail=detail[:2000],
        stage=stage,
        source_topic=record.topic,
        partition=record.partition,
        offset=record.offset,
        key=decode_key(record.key),
        payload=payload,
        failed_at=now or datetime.now(UTC),
    )
    return Output(settings.topic(DEAD_LETTER), letter.key, letter.to_bytes())


@dataclass
class DlqLimit:
    """Trips when more than `max_ratio` of the last `window` records went to the dead-letter topic."""

    max_ratio: float = 0.5
    window: int = 200
    min_records: int = 50
    _recent: deque[bool] = field(default_factory=deque)

    def record(self, dead: bool) -> None:
        self._recent.append(dead)
        if len(self._recent) > self.window:
            self._recent.popleft()
        if len(self._recent) >= self.min_records:
            ratio = sum(self._recent) / len(self._recent)
            if ratio > self.max_ratio:
                raise DlqLimitExceededError(
                    f"{ratio:.0%} of the last {len(self._recent)} records were dead-lettered "
                    f"(limit {self.max_ratio:.0%}); stopping so as not to dump the stream"
                )
