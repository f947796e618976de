"""Create the articles templates, and the alias with a first index, when they are missing."""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from elasticsearch import ApiError, Elasticsearch
from elasticsearch import ConnectionError as EsConnectionError

from index.exceptions import ElasticsearchUnavailableError, IndexConfigError
from index.template import component_templates, index_for, index_template, template_name
from warta.settings import Settings

log = logging.getLogger(__name__)


def put_templates(es: Elasticsearch, settings: Settings, rules: list[str]) -> None:
    """PUT the component templates and the index template (idempotent: same body, same result)."""
    for name, body in component_templates(settings.prefix, rules).items():
        es.cluster.put_component_template(name=name, **body)
    es.indices.put_index_template(
        name=template_name(settings.prefix), **index_template(settings.prefix, settings.articles_alias)
    )


def create_index(es: Elasticsearch, name: str) -> bool:
    """Create `name` (the template supplies settings, mappings and alias); False if it existed."""
    try:
        es.indices.create(index=name)
    except ApiError as exc:
        if exc.meta.status == 400 and _error_type(exc) == "resource_already_exists_exception":
            return False
        raise
    log.info("created index %s", name)
    return True


def ensure_index(es: Elasticsearch, settings: Settings, rules: list[str], now: datetime) -> str:
    """Templates in place, and the alias exists (with this month's index if it had none)."""
    try:
        put_templates(es, settings, rules)
        if es.indices.exists_alias(name=settings.articles_alias):
            return settings.articles_alias
        create_index(es, index_for(settings.prefix, now))
    except EsConnectionError as exc:
        raise ElasticsearchUnavailableError(f"Elasticsearch at {settings.es_url} did not answer: {exc}") from exc
    except ApiError as exc:
        raise IndexConfigError(f"cannot set up the articles index: {exc}") from exc
    return settings.articles_alias


def _error_type(exc: ApiError) -> str | None:
    body: Any = exc.body
    if isinstance(body, dict):
        error = body.get("error")
        if isinstance(error, dict):
            kind = error.get("type")
            return kind if isinstance(kind, str) else None
    return None
