"""What every message shares: a schema version and strict-but-forward-compatible parsing."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import AwareDatetime, BaseModel, ConfigDict, PlainSerializer

SCHEMA_MAJOR = 1

# Times on the wire are ISO 8601 with their offset (WIB is +07:00); naive times are refused.
Timestamp = Annotated[AwareDatetime, PlainSerializer(lambda d: d.isoformat(), return_type=str)]


class Message(BaseModel):
    """Base of all topic messages. Unknown fields are ignored so that newer producers stay readable."""

    model_config = ConfigDict(extra="ignore", frozen=True)

    def to_bytes(self) -> bytes:
        """The wire form: compact UTF-8 JSON."""
        return self.model_dump_json(exclude_none=False).encode("utf-8")

    @classmethod
    def from_bytes(cls, raw: bytes) -> Message:
        """Parse the wire form; raises `pydantic.ValidationError` on a bad message."""
        return cls.model_validate_json(raw)


def to_epoch_ms(moment: datetime) -> int:
    """Milliseconds since the epoch, used as a monotonic document version."""
    return int(moment.timestamp() * 1000)
