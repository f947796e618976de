from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from kafka.consumer.fetcher import ConsumerRecord

from index.indexer import Indexer
from tests.unit.index.factories import article, enriched
from warta.models import DeadLetter, Entity, EntityType, GeoPoint
from warta.settings import Settings

pytestmark = pytest.mark.integration


def _record(value: bytes, offset: int = 0) -> ConsumerRecord:
    return ConsumerRecord(
        topic="x.enriched.articles", partition=0, leader_epoch=-1, offset=offset, timestamp=0, timestamp_type=0,
        key=b"k", value=value, headers=[], checksum=None, serialized_key_size=1,
        serialized_value_size=len(value), serialized_header_size=-1,
    )  # fmt: skip


def _docs(es: Any, alias: str) -> list[dict[str, Any]]:
    es.indices.refresh(index=alias)
    hits: list[dict[str, Any]] = es.search(index=alias, query={"match_all": {}}, version=True).body["hits"]["hits"]
    return hits


def test_indexing_twice_leaves_one_document(es: Any, settings: Settings, articles: str) -> None:
    ix = Indexer(es, settings)
    value = enriched().to_bytes()
    assert ix.process([_record(value)]) == []
    assert ix.process([_record(value, 1)]) == []
    docs = _docs(es, articles)
    assert len(docs) == 1
    assert docs[0]["_id"] == "art-1"
    assert docs[0]["_index"] == f"{settings.prefix}-articles-v1-2025.02"
    assert docs[0]["_source"]["indexed_at"]
    assert (ix.stats.indexed, ix.stats.skipped) == (1, 1)


def test_an_older_version_never_overwrites_a_newer(es: Any, settings: Settings, articles: str) -> None:
    ix = Indexer(es, settings)
    newer = enriched(article(version=2_000, title="Judul baru"))
    older = enriched(article(version=1_000, title="Judul lama"))
    assert ix.process([_record(newer.to_bytes())]) == []
    assert ix.process([_record(older.to_bytes(), 1)]) == []
    (doc,) = _docs(es, articles)
    assert doc["_source"]["title"] == "Judul baru"
    assert doc["_version"] == 2_000
    assert ix.stats.skipped == 1


def test_a_later_version_published_in_another_month_stays_in_the_first_index(
    es: Any, settings: Settings, articles: str
) -> None:
    ix = Indexer(es, settings)
    first = enriched(article(version=1_000))
    moved = enriched(article(version=2_000, published_at=datetime(2025, 3, 2, tzinfo=UTC)))
    ix.process([_record(first.to_bytes())])
    ix.process([_record(moved.to_bytes(), 1)])
    (doc,) = _docs(es, articles)
    assert doc["_index"] == f"{settings.prefix}-articles-v1-2025.02"
    assert doc["_version"] == 2_000


def test_a_document_elasticsearch_rejects_goes_to_the_dead_letter_topic(
    es: Any, settings: Settings, articles: str
) -> None:
    ix = Indexer(es, settings)
    bad_place = Entity(id="loc:x", type=EntityType.LOC, name="Nowhere", geo=GeoPoint(lat=123.0, lon=400.0))
    bad = enriched(article(article_id="bad-1"), entities=[bad_place], events=[], main_event=None)
    good = enriched(article(article_id="good-1"))
    outputs = ix.process([_record(bad.to_bytes(), 0), _record(good.to_bytes(), 1)])
    (letter,) = [DeadLetter.model_validate_json(o.value) for o in outputs]
    assert letter.reason == "index_rejected"
    assert letter.offset == 0
    assert "parsing" in letter.detail or "illegal" in letter.detail
    assert outputs[0].topic == settings.topic("dead-letter")
    assert [d["_id"] for d in _docs(es, articles)] == ["good-1"]
