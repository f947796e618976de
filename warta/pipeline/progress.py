"""Counts per stage and per outlet, read from Kafka's offsets and from Elasticsearch."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from warta.kafka import topics
from warta.kafka.offsets import group_lag, topic_size
from warta.settings import Settings


@dataclass(frozen=True)
class Counts:
    feed_items: int
    articles: int
    enriched: int
    events: int
    dead_letters: int
    searchable: int
    enrich_lag: int
    index_lag: int

    def line(self) -> str:
        return (
            f"feed items {self.feed_items:>5} | articles {self.articles:>5} | enriched {self.enriched:>5}"
            f" | events {self.events:>5} | searchable {self.searchable:>5} | dead letters {self.dead_letters:>4}"
        )


def searchable_count(es: Any, settings: Settings) -> int:
    if not es.indices.exists_alias(name=settings.articles_alias):
        return 0
    es.indices.refresh(index=settings.articles_alias)
    return int(es.count(index=settings.articles_alias)["count"])


def counts(settings: Settings, es: Any) -> Counts:
    return Counts(
        feed_items=topic_size(settings, settings.topic(topics.FEED_ITEMS)),
        articles=topic_size(settings, settings.topic(topics.ARTICLES)),
        enriched=topic_size(settings, settings.topic(topics.ENRICHED_ARTICLES)),
        events=topic_size(settings, settings.topic(topics.ENRICHED_EVENTS)),
        dead_letters=topic_size(settings, settings.topic(topics.DEAD_LETTER)),
        searchable=searchable_count(es, settings),
        enrich_lag=group_lag(settings, f"{settings.prefix}-enrich", settings.topic(topics.ARTICLES)),
        index_lag=group_lag(settings, f"{settings.prefix}-index", settings.topic(topics.ENRICHED_ARTICLES)),
    )


def per_outlet(es: Any, settings: Settings) -> list[tuple[str, int]]:
    response = es.search(
        index=settings.articles_alias, size=0, aggs={"outlets": {"terms": {"field": "outlet", "size": 100}}}
    )
    return [(b["key"], b["doc_count"]) for b in response["aggregations"]["outlets"]["buckets"]]


def missing_ids(es: Any, settings: Settings, ids: set[str], chunk: int = 1000) -> set[str]:
    """Which of `ids` are not searchable through the alias."""
    found: set[str] = set()
    ordered = sorted(ids)
    for start in range(0, len(ordered), chunk):
        part = ordered[start : start + chunk]
        response = es.search(index=settings.articles_alias, query={"ids": {"values": part}}, source=False,
                             size=len(part))  # fmt: skip
        found.update(hit["_id"] for hit in response["hits"]["hits"])
    return ids - found
