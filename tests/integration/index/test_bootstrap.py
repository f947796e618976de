from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from index.bootstrap import ensure_index
from index.template import index_for, template_name
from warta.settings import Settings

pytestmark = pytest.mark.integration


def test_template_and_alias_creation_is_idempotent(
    es: Any, settings: Settings, articles: str, rules: list[str]
) -> None:
    now = datetime.now(UTC)
    assert articles == settings.articles_alias
    assert ensure_index(es, settings, rules, now) == articles  # second run: no error, nothing new
    indices = es.indices.get_alias(name=articles).body
    assert list(indices) == [index_for(settings.prefix, now)]
    template = es.indices.get_index_template(name=template_name(settings.prefix)).body["index_templates"][0]
    assert template["index_template"]["version"] == 1
    settings_body = es.indices.get_settings(index=articles).body
    (index_settings,) = settings_body.values()
    assert index_settings["settings"]["index"]["refresh_interval"] == "1s"
    assert len(index_settings["settings"]["index"]["analysis"]["filter"]["warta_stem_override"]["rules"]) > 5000


def test_a_new_month_index_joins_the_alias(es: Any, settings: Settings, articles: str) -> None:
    other = index_for(settings.prefix, datetime(2024, 1, 5, tzinfo=UTC))
    es.indices.create(index=other)
    assert other in es.indices.get_alias(name=articles).body
    mapping = es.indices.get_mapping(index=other).body[other]["mappings"]
    assert mapping["properties"]["persons"]["type"] == "keyword"
    assert mapping["dynamic"] == "strict"
