from __future__ import annotations

from typing import Any

import pytest
from kafka.consumer.fetcher import ConsumerRecord

from index.indexer import Indexer
from index.search import SearchOptions, build_search
from tests.unit.index.factories import article, enriched, entities
from warta.models import Entity, EntityType
from warta.settings import Settings

pytestmark = pytest.mark.integration


def _record(value: bytes) -> ConsumerRecord:
    return ConsumerRecord(
        topic="x", partition=0, leader_epoch=-1, offset=0, timestamp=0, timestamp_type=0, key=b"k", value=value,
        headers=[], checksum=None, serialized_key_size=1, serialized_value_size=len(value), serialized_header_size=-1,
    )  # fmt: skip


@pytest.fixture
def corpus(es: Any, settings: Settings, articles: str) -> str:
    """Three articles written for the test (no publisher text)."""
    jokowi = Entity(id="per:joko-widodo", type=EntityType.PER, name="Joko Widodo")
    joko = Entity(id="per:joko", type=EntityType.PER, name="Joko")
    docs = [
        enriched(article(article_id="a1", outlet="kompas", title="Dua pencuri motor diamankan",
                         text="Petugas menangkap dua pemuda di Bogor semalam."), entities=[jokowi, entities()[2]]),
        enriched(article(article_id="a2", outlet="tempo", title="Harga beras naik",
                         text="Pedagang di pasar mengeluhkan harga beras yang naik."), entities=[joko], events=[],
                 main_event=None),
        enriched(article(article_id="a3", outlet="tempo", title="Penangkapan bandar narkoba",
                         text="Penangkapan dilakukan di Medan."), entities=[], events=[], main_event=None),
    ]  # fmt: skip
    ix = Indexer(es, settings)
    assert ix.process([_record(d.to_bytes()) for d in docs]) == []
    es.indices.refresh(index=articles)
    return articles


def _ids(es: Any, alias: str, opts: SearchOptions) -> list[str]:
    response = es.search(index=alias, **build_search(opts)).body
    return sorted(hit["_id"] for hit in response["hits"]["hits"])


def test_tangkap_finds_an_article_that_only_says_menangkap(es: Any, corpus: str) -> None:
    assert _ids(es, corpus, SearchOptions(query="tangkap")) == ["a1", "a3"]
    response = es.search(index=corpus, **build_search(SearchOptions(query="tangkap"))).body
    a1 = next(h for h in response["hits"]["hits"] if h["_id"] == "a1")
    assert "<em>menangkap</em>" in a1["highlight"]["text"][0]


def test_quoted_phrase_is_exact(es: Any, corpus: str) -> None:
    assert _ids(es, corpus, SearchOptions(query='"menangkap dua"')) == ["a1"]
    assert _ids(es, corpus, SearchOptions(query='"tangkap dua"')) == []


def test_outlet_filter_excludes_other_outlets(es: Any, corpus: str) -> None:
    assert _ids(es, corpus, SearchOptions(query="tangkap", outlet="tempo")) == ["a3"]
    assert _ids(es, corpus, SearchOptions(query="tangkap", outlet="temp")) == []


def test_entity_filter_is_the_exact_canonical_name(es: Any, corpus: str) -> None:
    assert _ids(es, corpus, SearchOptions(entity="Joko")) == ["a2"]
    assert _ids(es, corpus, SearchOptions(entity="Joko Widodo")) == ["a1"]
    assert _ids(es, corpus, SearchOptions(entity="joko widodo")) == []


def test_event_and_place_filters(es: Any, corpus: str) -> None:
    assert _ids(es, corpus, SearchOptions(event_type="CRIME.ARREST")) == ["a1"]
    assert _ids(es, corpus, SearchOptions(event_type="CRIME")) == ["a1"]
    assert _ids(es, corpus, SearchOptions(place="Bogor")) == ["a1"]
    assert _ids(es, corpus, SearchOptions(place="Jawa Barat", place_codes=("32",))) == ["a1"]  # Bogor is 32.01
    assert _ids(es, corpus, SearchOptions(place="Jawa Timur", place_codes=("35",))) == []
    assert _ids(es, corpus, SearchOptions(place="Jawa", place_codes=("3",))) == []  # a code is not a digit prefix
    assert _ids(es, corpus, SearchOptions(date_from="2025-03-01")) == []
