"""End to end on the real Kafka and Elasticsearch: replayed outlets in, searchable articles out.

The demo's own code runs here (replay server, ingest, enrich and index stages), on a smaller corpus
and under a unique prefix. Run twice, the same input indexes nothing twice.
"""

from __future__ import annotations

from typing import Any

import pytest

from warta.kafka.offsets import topic_keys, topic_size
from warta.kafka.topics import ARTICLES, DEAD_LETTER, ENRICHED_ARTICLES, FEED_ITEMS
from warta.pipeline.demo import DemoOptions, run_demo
from warta.settings import Settings

pytestmark = pytest.mark.integration


def all_docs(es: Any, settings: Settings) -> dict[str, dict[str, Any]]:
    es.indices.refresh(index=settings.articles_alias)
    response = es.search(index=settings.articles_alias, size=2000, version=True, query={"match_all": {}})
    return {hit["_id"]: {**hit["_source"], "_version": hit["_version"]} for hit in response["hits"]["hits"]}


def test_replayed_outlets_become_searchable_once(settings: Settings, es: Any) -> None:
    options = DemoOptions(click_limit=30, timeout_s=600, every_s=2.0)
    assert run_demo(settings, options) == 0

    fed = topic_keys(settings, settings.topic(FEED_ITEMS))
    dead = topic_keys(settings, settings.topic(DEAD_LETTER))
    docs = all_docs(es, settings)
    assert len(fed) > 100, "the replay serves more than a hundred feed entries"
    assert set(docs) == fed - dead, "every unique article of the input is searchable, and nothing else"
    assert len(dead) <= 0.02 * len(fed), f"{len(dead)} of {len(fed)} replayed pages were dead-lettered"
    assert topic_keys(settings, settings.topic(ENRICHED_ARTICLES)) == set(docs)

    assert all(doc["url"].startswith("http") for doc in docs.values())
    with_events = [doc for doc in docs.values() if doc["events"]]
    assert len(with_events) > 0.2 * len(docs)
    assert all(isinstance(ev["type"], str) and ev["type"] in doc["event_types"] for doc in with_events
               for ev in doc["events"])  # fmt: skip
    with_entities = [doc for doc in docs.values() if doc["entities"]]
    assert len(with_entities) > 0.8 * len(docs)
    assert all({"id", "type", "name"} <= set(e) for doc in with_entities for e in doc["entities"])

    sizes = {topic: topic_size(settings, settings.topic(topic)) for topic in (FEED_ITEMS, ARTICLES, ENRICHED_ARTICLES)}
    assert run_demo(settings, options) == 0  # the same input again
    assert {topic: topic_size(settings, settings.topic(topic)) for topic in sizes} == sizes
    again = all_docs(es, settings)
    assert {i: d["_version"] for i, d in again.items()} == {i: d["_version"] for i, d in docs.items()}
