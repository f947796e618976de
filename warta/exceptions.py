"""The root of every error Warta raises on purpose.

Two meanings are kept apart everywhere:
- `PermanentError`: the input can never succeed; it goes to the dead-letter topic with a reason.
- `TransientError`: the world failed (broker, Elasticsearch, network); retry with backoff, lose nothing.
"""

from __future__ import annotations


class WartaError(Exception):
    """Root of all Warta errors."""


class ConfigError(WartaError):
    """A setting or the machine is not fit to run (missing JDK, bad URL, ...)."""


class PermanentError(WartaError):
    """A message that can never be processed; carries a dead-letter reason code."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail


class TransientError(WartaError):
    """A failure of the outside world that a retry may cure."""
