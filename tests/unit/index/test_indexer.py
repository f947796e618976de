from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from elasticsearch import ConnectionError as EsConnectionError
from kafka.consumer.fetcher import ConsumerRecord

from index.exceptions import ElasticsearchUnavailableError
from index.indexer import Indexer, ItemOutcome, chunk_by_size, classify_item
from tests.unit.index.factories import article, enriched
from tests.unit.records import consumer_record
from warta.models import DeadLetter
from warta.settings import Settings

NOW = datetime(2025, 2, 14, tzinfo=UTC)


def _record(value: bytes, offset: int = 0, key: bytes = b"art-1") -> ConsumerRecord:
    return consumer_record(value, offset, key, topic="t.enriched.articles")


class _Indices:
    def __init__(self) -> None:
        self.created: list[str] = []

    def create(self, index: str) -> None:
        self.created.append(index)


class FakeEs:
    """Answers bulk requests with the statuses it is given, or raises."""

    def __init__(self, statuses: list[int] | None = None, error: Exception | None = None) -> None:
        self.statuses = statuses or []
        self.error = error
        self.indices = _Indices()
        self.bulks: list[list[dict[str, Any]]] = []

    def search(self, **_: Any) -> dict[str, Any]:
        if self.error:
            raise self.error
        return {"hits": {"hits": [{"_id": "art-1", "_index": "t-articles-v1-2025.01"}]}}

    def bulk(self, operations: list[dict[str, Any]]) -> dict[str, Any]:
        self.bulks.append(operations)
        items = []
        for status in self.statuses:
            error = {"type": "mapper_parsing_exception", "reason": "bad geo"} if status >= 300 else None
            items.append({"index": {"status": status, **({"error": error} if error else {})}})
        return {"items": items}


def _indexer(es: FakeEs) -> Indexer:
    return Indexer(es, Settings(prefix="t"), clock=lambda: NOW)  # type: ignore[arg-type]


def test_classify_item() -> None:
    assert classify_item({"index": {"status": 201}}).kind == "indexed"
    conflict = {"index": {"status": 409, "error": {"type": "version_conflict_engine_exception"}}}
    assert classify_item(conflict).kind == "skipped"
    assert classify_item({"index": {"status": 429}}).kind == "retry"
    assert classify_item({"index": {"status": 503}}).kind == "retry"
    rejected = classify_item({"index": {"status": 400, "error": {"type": "mapper_parsing_exception", "reason": "x"}}})
    assert rejected == ItemOutcome("rejected", "mapper_parsing_exception: x")


def test_chunk_by_size_keeps_order_and_at_least_one_per_chunk() -> None:
    actions = [{"_source": {"t": "x" * 100}} for _ in range(5)]
    chunks = list(chunk_by_size(actions, 650))
    assert [len(c) for c in chunks] == [2, 2, 1]
    assert list(chunk_by_size(actions[:1], 1)) == [actions[:1]]


def test_written_skipped_and_the_article_stays_in_its_first_index() -> None:
    es = FakeEs([201, 409])
    ix = _indexer(es)
    newer = enriched(article(version=2)).to_bytes()
    older = enriched(article(version=1)).to_bytes()
    assert ix.process([_record(newer, 0), _record(older, 1)]) == []
    assert (ix.stats.indexed, ix.stats.skipped, ix.stats.rejected) == (1, 1, 0)
    header = es.bulks[0][0]["index"]
    assert header["_index"] == "t-articles-v1-2025.01"  # where the search found it, not 2025.02
    assert header["version_type"] == "external"


def test_rejected_document_and_bad_record_become_dead_letters() -> None:
    es = FakeEs([400])
    outputs = _indexer(es).process([_record(b"{not json", 0, b"k0"), _record(enriched().to_bytes(), 1)])
    letters = [DeadLetter.model_validate_json(o.value) for o in outputs]
    assert [(d.reason, d.offset, d.stage) for d in letters] == [("invalid_json", 0, "index"),
                                                               ("index_rejected", 1, "index")]  # fmt: skip
    assert "mapper_parsing_exception" in letters[1].detail
    assert all(o.topic == "t.dead-letter" for o in outputs)


@pytest.mark.parametrize("statuses", [[429], [201, 503]])
def test_throttling_and_server_errors_retry_the_batch(statuses: list[int]) -> None:
    es = FakeEs(statuses)
    records = [_record(enriched(article(article_id=f"a{i}")).to_bytes(), i) for i in range(len(statuses))]
    with pytest.raises(ElasticsearchUnavailableError):
        _indexer(es).process(records)


def test_connection_error_is_transient() -> None:
    es = FakeEs(error=EsConnectionError("down"))
    with pytest.raises(ElasticsearchUnavailableError):
        _indexer(es).process([_record(enriched().to_bytes())])
