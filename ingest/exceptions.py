"""Errors of the ingest stage, under one root.

The meanings come from `warta.exceptions`: a `PermanentError` (with a `Reason` code) sends the feed item to
the dead-letter topic, a `TransientError` makes the fetch worker retry with backoff.
"""

from __future__ import annotations

from warta.exceptions import ConfigError, PermanentError, TransientError, WartaError
from warta.models import Reason


class IngestError(WartaError):
    """Root of the errors the ingest stage defines."""


class SourcesFileError(IngestError, ConfigError):
    """A sources file (JSON registry) cannot be read or does not match the schema."""


class UnknownOutletError(IngestError, PermanentError):
    """A feed item names an outlet the registry does not know."""

    def __init__(self, outlet: str) -> None:
        super().__init__(Reason.FETCH_FAILED.value, f"unknown outlet {outlet!r}")


class HttpStatusError(IngestError, PermanentError):
    """The server answered with a status that will not change on retry (404, 410, 403, ...)."""

    def __init__(self, url: str, status: int) -> None:
        super().__init__(Reason.FETCH_FAILED.value, f"HTTP {status} for {url}")
        self.status = status


class TooManyRedirectsError(IngestError, PermanentError):
    """The redirect chain is longer than the cap (or loops)."""

    def __init__(self, url: str, limit: int) -> None:
        super().__init__(Reason.FETCH_FAILED.value, f"more than {limit} redirects, last {url}")


class TooLargeError(IngestError, PermanentError):
    """The body is larger than the cap (after decompression)."""

    def __init__(self, url: str, limit: int) -> None:
        super().__init__(Reason.TOO_LARGE.value, f"{url} exceeds {limit} bytes")


class RobotsDisallowedError(IngestError, PermanentError):
    """robots.txt forbids our user agent to fetch the URL."""

    def __init__(self, url: str) -> None:
        super().__init__(Reason.ROBOTS_DISALLOWED.value, url)


class NetworkError(IngestError, TransientError):
    """Timeout, refused connection, 5xx, 429: the same request may succeed later."""
