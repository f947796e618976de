"""What a stage emits: records for output topics, produced before the input offsets are committed."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Output:
    """One record to produce. `key` decides the partition (article id, event id)."""

    topic: str
    key: str | None
    value: bytes


def decode_key(raw: bytes | None) -> str | None:
    return None if raw is None else raw.decode("utf-8", errors="replace")
