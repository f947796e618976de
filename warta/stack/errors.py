"""Errors of the local stack, under the project's root error."""

from __future__ import annotations

from warta.exceptions import WartaError


class StackError(WartaError):
    """The local stack could not be prepared, started or stopped."""


class ServerStartError(StackError):
    """A server exited or did not answer in time; carries the end of its log."""

    def __init__(self, name: str, reason: str, log_tail: str) -> None:
        tail = log_tail.rstrip() or "(the log is empty)"
        super().__init__(f"{name} failed to start: {reason}\n--- last lines of its log ---\n{tail}")
        self.name = name
        self.reason = reason
        self.log_tail = log_tail
