"""Errors of the index stage, under Warta's root error."""

from __future__ import annotations

from warta.exceptions import ConfigError, TransientError


class IndexConfigError(ConfigError):
    """The index stage cannot run: missing data file, bad template, unreachable corpus."""


class ElasticsearchUnavailableError(TransientError):
    """Elasticsearch did not answer, answered 429 or 5xx: retry the batch later, lose nothing."""
