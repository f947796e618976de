"""`warta.dead-letter`: a message that can never be processed, with the reason why."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field

from warta.models.base import Message, Timestamp


class Reason(StrEnum):
    """Reason codes. New codes may be added within a major version."""

    INVALID_JSON = "invalid_json"
    SCHEMA_MISMATCH = "schema_mismatch"
    FETCH_FAILED = "fetch_failed"
    NOT_AN_ARTICLE = "not_an_article"
    EXTRACTION_FAILED = "extraction_failed"
    ENRICH_FAILED = "enrich_failed"
    INDEX_REJECTED = "index_rejected"
    ROBOTS_DISALLOWED = "robots_disallowed"
    TOO_LARGE = "too_large"


class DeadLetter(Message):
    """The original message (as text), where it came from, and why it was given up."""

    schema_version: Literal["1.0"] = "1.0"
    reason: str = Field(description="a `Reason` code")
    detail: str = ""
    stage: str = Field(description="'ingest', 'enrich' or 'index'")
    source_topic: str
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    payload: str = Field(description="the original message, decoded as UTF-8 with replacement")
    failed_at: Timestamp
