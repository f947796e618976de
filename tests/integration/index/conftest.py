"""Index-stage fixtures: the articles templates and alias set up for the test's prefix."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest

from index.bootstrap import ensure_index
from index.stemming.rules import load_rules
from warta.settings import Settings


@pytest.fixture(scope="session")
def rules() -> list[str]:
    return load_rules()


@pytest.fixture
def articles(es: Any, settings: Settings, rules: list[str]) -> Iterator[str]:
    """The alias, created the way `warta index` creates it; the component template is removed after."""
    alias = ensure_index(es, settings, rules, datetime.now(UTC))
    yield alias
    es.options(ignore_status=404).indices.delete(index=f"{settings.prefix}-*", expand_wildcards="all")
    es.options(ignore_status=404).indices.delete_index_template(name=f"{settings.prefix}-*")
    es.options(ignore_status=404).cluster.delete_component_template(name=f"{settings.prefix}-*")
