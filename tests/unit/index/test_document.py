from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from index.document import bulk_lines, to_action, to_document
from index.template import mappings
from tests.unit.index.factories import FETCHED, article, enriched

NOW = datetime(2025, 2, 13, 11, 6, tzinfo=UTC)


def test_action_uses_article_id_external_version_and_monthly_index() -> None:
    action = to_action(enriched(), prefix="warta", indexed_at=NOW)
    assert action["_id"] == "art-1"
    assert action["_op_type"] == "index"
    assert action["version"] == 1_739_440_800_000
    assert action["version_type"] == "external"
    assert action["_index"] == "warta-articles-v1-2025.02"


def test_month_is_the_utc_month_of_publication() -> None:
    wib = timezone(timedelta(hours=7))
    art = article(published_at=datetime(2025, 3, 1, 5, 0, tzinfo=wib))  # 2025-02-28 22:00 UTC
    assert to_action(enriched(art), prefix="p", indexed_at=NOW)["_index"] == "p-articles-v1-2025.02"


def test_unknown_publication_date_uses_fetch_time_and_version_falls_back_to_fetch_ms() -> None:
    art = article(published_at=None, version=0)
    action = to_action(enriched(art), prefix="warta", indexed_at=NOW)
    assert action["_index"] == "warta-articles-v1-2025.02"
    assert action["version"] == int(FETCHED.timestamp() * 1000)


def test_existing_home_index_overrides_the_computed_one() -> None:
    action = to_action(enriched(), prefix="warta", indexed_at=NOW, index="warta-articles-v1-2025.01")
    assert action["_index"] == "warta-articles-v1-2025.01"


def test_document_facets() -> None:
    doc = to_document(enriched(), NOW)
    assert doc["persons"] == ["Budi Santoso"]
    assert doc["organisations"] == ["Polri"]
    assert doc["places"] == ["Bogor"]
    assert doc["entity_ids"] == ["per:budi-santoso", "org:polri", "loc:id-32.01"]
    assert doc["place_codes"] == ["32.01"]
    assert doc["place_locations"] == [{"lat": -6.6, "lon": 106.8}]
    assert doc["event_types"] == ["CRIME.ARREST", "CRIME.VIOLENT"]
    assert doc["event_families"] == ["CRIME"]
    assert doc["cameo_roots"] == ["18"]
    assert doc["main_event_type"] == "CRIME.ARREST"
    assert doc["main_event_family"] == "CRIME"
    # the event without its own geo takes its location entity's
    assert doc["event_locations"] == [{"lat": -6.6, "lon": 106.8}]
    first = doc["events"][0]
    assert first["actor_names"] == ["Polri"]
    assert first["location_name"] == "Bogor"
    assert first["is_main"] is True
    assert doc["indexed_at"] == NOW.isoformat()


def test_no_events_means_no_main_event() -> None:
    doc = to_document(enriched(events=[], main_event=None), NOW)
    assert doc["main_event_type"] is None
    assert doc["event_types"] == []
    assert doc["event_locations"] == []


def _unmapped(doc: dict[str, Any], props: dict[str, Any], base: str = "") -> list[str]:
    missing: list[str] = []
    for key, value in doc.items():
        if key not in props:
            missing.append(base + key)
            continue
        sub = props[key].get("properties")
        if sub and isinstance(value, list):
            for item in value:
                missing.extend(_unmapped(item, sub, f"{base}{key}."))
    return missing


def test_every_document_field_is_mapped_because_the_mapping_is_strict() -> None:
    mapping = mappings()
    assert mapping["dynamic"] == "strict"
    assert _unmapped(to_document(enriched(), NOW), mapping["properties"]) == []


def test_bulk_lines_pairs_action_and_source() -> None:
    action = to_action(enriched(), prefix="warta", indexed_at=NOW)
    header, source = bulk_lines([action])
    assert header == {
        "index": {"_index": "warta-articles-v1-2025.02", "_id": "art-1", "version": action["version"],
                  "version_type": "external"}
    }  # fmt: skip
    assert source["title"] == "Polisi Tangkap Dua Pencuri Motor"
