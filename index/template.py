"""The articles index: names, analysis, mappings and the composable template, as plain dicts.

Layout (prefix `warta`, message schema major 1):
- component template `warta-articles-v1-settings` (shards, refresh, the analysis with its stem rules);
- index template `warta-articles-v1` for `warta-articles-v1-*`, composed of it, with the mappings
  (they name the analyzers, so Elasticsearch can only validate them next to the settings) and the
  alias that each new index joins;
- one index per month of publication, `warta-articles-v1-2025.02`, all in the alias `warta-articles`.

Searches go through the alias. Writes go to the concrete monthly index computed from the document
(`index_for`): an alias over many indices has no single write target, and the article id is unique
only within an index. An article stays in the index of the month it was first published in (the
indexer looks the id up before writing), so an id never lands in two indices even when a later
version moves its `published_at` across a month boundary.

A new schema major gets new names (`-v2`): old and new indices can live side by side in the alias
while a re-index runs.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from warta.models.base import SCHEMA_MAJOR

ANALYZER = "warta_indonesian"
EXACT_ANALYZER = "warta_exact"
STEM_OVERRIDE_FILTER = "warta_stem_override"
REFRESH_INTERVAL = "1s"


def version_tag() -> str:
    """`v1`: the message schema's major version, part of every name."""
    return f"v{SCHEMA_MAJOR}"


def template_name(prefix: str) -> str:
    return f"{prefix}-articles-{version_tag()}"


def component_names(prefix: str) -> tuple[str]:
    """The component templates the index template is composed of."""
    return (f"{template_name(prefix)}-settings",)


def index_pattern(prefix: str) -> str:
    return f"{template_name(prefix)}-*"


def index_for(prefix: str, moment: datetime) -> str:
    """The monthly index for an aware publication time, by its UTC month: `warta-articles-v1-2025.02`."""
    return f"{template_name(prefix)}-{moment.astimezone(UTC):%Y.%m}"


def analysis(rules: list[str]) -> dict[str, Any]:
    """`warta_indonesian` (stop words, generated stem overrides, Lucene stemmer) and `warta_exact`."""
    return {
        "filter": {
            "warta_stop": {"type": "stop", "stopwords": "_indonesian_"},
            STEM_OVERRIDE_FILTER: {"type": "stemmer_override", "rules": rules},
            "warta_stemmer": {"type": "stemmer", "language": "indonesian"},
        },
        "analyzer": {
            ANALYZER: {
                "type": "custom",
                "tokenizer": "standard",
                "filter": ["lowercase", "warta_stop", STEM_OVERRIDE_FILTER, "warta_stemmer"],
            },
            EXACT_ANALYZER: {"type": "custom", "tokenizer": "standard", "filter": ["lowercase"]},
        },
    }


def index_settings(rules: list[str]) -> dict[str, Any]:
    """Index settings: one shard per month is plenty for news; replicas where the cluster has room."""
    return {
        "index": {
            "number_of_shards": 1,
            "auto_expand_replicas": "0-1",
            "refresh_interval": REFRESH_INTERVAL,
            "analysis": analysis(rules),
        }
    }


def _stemmed_text() -> dict[str, Any]:
    return {
        "type": "text",
        "analyzer": ANALYZER,
        "fields": {"exact": {"type": "text", "analyzer": EXACT_ANALYZER}},
    }


KEYWORD: dict[str, Any] = {"type": "keyword"}
DATE: dict[str, Any] = {"type": "date"}
GEO: dict[str, Any] = {"type": "geo_point"}


def _entity_properties() -> dict[str, Any]:
    return {
        "id": KEYWORD,
        "type": KEYWORD,
        "name": KEYWORD,
        "kemendagri_code": KEYWORD,
        "iso_code": KEYWORD,
        "geo": GEO,
        "salience": {"type": "float"},
        "in_title": {"type": "boolean"},
        "mentions": {"type": "integer"},
        "ambiguous": {"type": "boolean"},
    }


def _event_properties() -> dict[str, Any]:
    return {
        "id": KEYWORD,
        "type": KEYWORD,
        "family": KEYWORD,
        "cameo_root": KEYWORD,
        "date": {"type": "date", "format": "strict_date_optional_time||yyyy-MM||yyyy", "ignore_malformed": True},
        "date_text": KEYWORD,
        "modality": KEYWORD,
        "actors": KEYWORD,
        "actor_names": KEYWORD,
        "location": KEYWORD,
        "location_name": KEYWORD,
        "geo": GEO,
        "trigger": KEYWORD,
        "sentence": {"type": "text", "analyzer": ANALYZER},
        "confidence": {"type": "float"},
        "is_main": {"type": "boolean"},
    }


def mappings() -> dict[str, Any]:
    """Mappings: analysed text, keyword facets, dates, geo points and nested entities and events.

    Kibana filters, aggregates and maps on the flat fields (`persons`, `event_types`,
    `event_locations`, ...); the nested `entities` and `events` keep each one's parts together for
    precise queries ("an ATTACK event located in Papua")."""
    properties: dict[str, Any] = {
        "article_id": KEYWORD,
        "url": KEYWORD,
        "outlet": KEYWORD,
        "section": KEYWORD,
        "language": KEYWORD,
        "language_flag": {"type": "boolean"},
        "title": _stemmed_text(),
        "description": _stemmed_text(),
        "text": _stemmed_text(),
        "authors": KEYWORD,
        "tags": KEYWORD,
        "image": {"type": "keyword", "index": False},
        "published_at": DATE,
        "updated_at": DATE,
        "fetched_at": DATE,
        "enriched_at": DATE,
        "indexed_at": DATE,
        "version": {"type": "long"},
        "changed_fields": KEYWORD,
        "schema_version": KEYWORD,
        "enricher_version": KEYWORD,
        "persons": KEYWORD,
        "organisations": KEYWORD,
        "places": KEYWORD,
        "entity_ids": KEYWORD,
        "place_codes": KEYWORD,
        "place_locations": GEO,
        "entities": {"type": "nested", "properties": _entity_properties()},
        "event_types": KEYWORD,
        "event_families": KEYWORD,
        "cameo_roots": KEYWORD,
        "main_event_type": KEYWORD,
        "main_event_family": KEYWORD,
        "event_locations": GEO,
        "events": {"type": "nested", "properties": _event_properties()},
    }
    return {"dynamic": "strict", "properties": properties}


def component_templates(prefix: str, rules: list[str]) -> dict[str, dict[str, Any]]:
    """Name -> body of the component templates."""
    (settings_name,) = component_names(prefix)
    meta = {"schema_major": SCHEMA_MAJOR, "managed_by": "warta"}
    return {settings_name: {"template": {"settings": index_settings(rules)}, "version": SCHEMA_MAJOR, "_meta": meta}}


def index_template(prefix: str, alias: str) -> dict[str, Any]:
    """The composable index template: pattern, components, alias, and a version for upgrades."""
    return {
        "index_patterns": [index_pattern(prefix)],
        "composed_of": list(component_names(prefix)),
        "template": {"mappings": mappings(), "aliases": {alias: {}}},
        "priority": 200,
        "version": SCHEMA_MAJOR,
        "_meta": {"schema_major": SCHEMA_MAJOR, "managed_by": "warta"},
    }


def field_types(props: dict[str, Any] | None = None, base: str = "") -> dict[str, str]:
    """Every mapped field path (sub-fields and nested properties included) and its type."""
    out: dict[str, str] = {}
    for name, spec in (props if props is not None else mappings()["properties"]).items():
        path = f"{base}{name}"
        out[path] = spec.get("type", "object")
        if "properties" in spec:
            out.update(field_types(spec["properties"], f"{path}."))
        for sub, sub_spec in spec.get("fields", {}).items():
            out[f"{path}.{sub}"] = sub_spec["type"]
    return out
