"""What a stage emits: records for output topics, produced before the input offsets are committed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from warta.exceptions import PermanentError
from warta.models import Reason

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Output:
    """One record to produce. `key` decides the partition (article id, event id)."""

    topic: str
    key: str | None
    value: bytes


def decode_key(raw: bytes | None) -> str | None:
    return None if raw is None else raw.decode("utf-8", errors="replace")


def parse_record(model: type[M], value: bytes | None) -> M:
    """Parse a record's value into `model`; a value that never will parse raises `PermanentError`."""
    if value is None:
        raise PermanentError(Reason.INVALID_JSON, "empty record value (tombstone)")
    try:
        return model.model_validate_json(value)
    except ValidationError as exc:
        invalid_json = any(err["type"] == "json_invalid" for err in exc.errors())
        reason = Reason.INVALID_JSON if invalid_json else Reason.SCHEMA_MISMATCH
        raise PermanentError(reason, str(exc)[:1000]) from exc
