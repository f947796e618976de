from __future__ import annotations

import json
from datetime import UTC, datetime

from index.stemming.rules import load_rules
from index.template import (
    ANALYZER,
    component_templates,
    field_types,
    index_for,
    index_pattern,
    index_settings,
    index_template,
    template_name,
)


def test_names_carry_the_schema_major() -> None:
    assert template_name("warta") == "warta-articles-v1"
    assert index_pattern("warta") == "warta-articles-v1-*"
    assert index_for("warta", datetime(2025, 2, 13, tzinfo=UTC)) == "warta-articles-v1-2025.02"


def test_index_template_composes_settings_and_joins_the_alias() -> None:
    body = index_template("warta", "warta-articles")
    assert body["index_patterns"] == ["warta-articles-v1-*"]
    assert body["composed_of"] == ["warta-articles-v1-settings"]
    assert body["template"]["aliases"] == {"warta-articles": {}}
    assert body["version"] == 1
    assert body["template"]["mappings"]["dynamic"] == "strict"


def test_analyzer_chain_puts_the_override_before_the_lucene_stemmer() -> None:
    settings = index_settings(["menangkap, tangkap => tangkap"])["index"]
    assert settings["refresh_interval"] == "1s"
    analysis = settings["analysis"]
    chain = analysis["analyzer"][ANALYZER]
    assert chain["tokenizer"] == "standard"
    filters = [analysis["filter"].get(name, {"type": name})["type"] for name in chain["filter"]]
    assert filters == ["lowercase", "stop", "stemmer_override", "stemmer"]
    assert analysis["filter"]["warta_stop"]["stopwords"] == "_indonesian_"
    assert analysis["filter"]["warta_stemmer"]["language"] == "indonesian"
    assert analysis["filter"]["warta_stem_override"]["rules"] == ["menangkap, tangkap => tangkap"]


def test_generated_rules_are_inlined_and_the_template_stays_small() -> None:
    rules = load_rules()
    assert len(rules) > 5000
    assert "ditangkap" in next(r for r in rules if r.endswith("=> tangkap"))
    size = len(json.dumps(component_templates("warta", rules)).encode("utf-8"))
    assert size < 1_500_000


def test_field_types_for_kibana_and_filters() -> None:
    types = field_types()
    assert types["title"] == "text"
    assert types["title.exact"] == "text"
    assert types["text.exact"] == "text"
    for keyword in ("outlet", "section", "language", "authors", "tags", "persons", "organisations", "places",
                    "event_types", "cameo_roots", "main_event_type", "url", "entity_ids"):  # fmt: skip
        assert types[keyword] == "keyword", keyword
    for date in ("published_at", "updated_at", "fetched_at", "indexed_at", "events.date"):
        assert types[date] == "date", date
    for geo in ("event_locations", "place_locations", "events.geo", "entities.geo"):
        assert types[geo] == "geo_point", geo
    assert types["events"] == "nested"
    assert types["entities"] == "nested"
    assert types["events.type"] == "keyword"


def test_each_word_has_one_rule_only() -> None:
    words = [w.strip() for rule in load_rules() for w in rule.split("=>")[0].split(",")]
    assert len(words) == len(set(words))
    assert all(rule.count("=>") == 1 for rule in load_rules())
