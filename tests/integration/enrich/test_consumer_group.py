"""The enrich stage as a consumer group on the real broker: two members, rebalances, nothing lost."""

from __future__ import annotations

import csv
import hashlib
import threading
import time
from datetime import UTC, datetime, timedelta, timezone

import pytest

from enrich.annotate import Annotator
from enrich.consumer import run
from warta.kafka.clients import make_producer, send_all
from warta.kafka.loop import StageStats
from warta.kafka.offsets import read_topic
from warta.kafka.records import Output
from warta.kafka.topics import ARTICLES, ENRICHED_ARTICLES, ENRICHED_EVENTS, ensure_topics
from warta.models import Article, EnrichedArticle, EventMessage, Provenance
from warta.settings import Settings
from warta.shared import shared_dir

pytestmark = pytest.mark.integration
WIB = timezone(timedelta(hours=7))


def click_articles(limit: int) -> list[Article]:
    path = shared_dir() / "corpus" / "articles" / "click_id_2019" / "kompas.csv"
    with path.open(encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if row["content"].strip()][:limit]
    now = datetime.now(UTC)
    return [
        Article(
            article_id=hashlib.sha1(row["url"].encode()).hexdigest()[:20],
            url=row["url"],
            outlet="kompas",
            title=row["title"],
            text=row["content"],
            published_at=datetime(2019, 9, 10, 12, tzinfo=WIB),
            provenance=Provenance(fetched_at=now, extractor_version="test"),
        )
        for row in rows
    ]


def values(settings: Settings, topic: str) -> list[bytes]:
    return [r.value for r in read_topic(settings, topic)]


def test_two_consumers_and_rebalances_lose_no_article(settings: Settings) -> None:
    annotator = Annotator.load()
    articles = click_articles(400)

    def enrich_slowly(article: Article, now: datetime) -> EnrichedArticle:
        time.sleep(0.01)  # the real annotator, slowed so that the rebalances happen mid-stream
        return annotator.enrich(article, now)

    ensure_topics(settings)
    producer = make_producer(settings)
    send_all(producer, [Output(settings.topic(ARTICLES), a.article_id, a.to_bytes()) for a in articles])
    producer.close()

    stop_a, stop_b = threading.Event(), threading.Event()
    stats_a, stats_b = StageStats(), StageStats()
    member_a = threading.Thread(target=run, args=(settings, enrich_slowly, stop_a, stats_a, 10))
    member_b = threading.Thread(target=run, args=(settings, enrich_slowly, stop_b, stats_b, 10))
    member_a.start()
    deadline = time.monotonic() + 120
    while stats_a.records < 50 and time.monotonic() < deadline:
        time.sleep(0.1)
    member_b.start()  # rebalance: B joins and takes half the partitions
    while stats_b.records < 30 and time.monotonic() < deadline:
        time.sleep(0.1)
    stop_a.set()  # rebalance: A leaves mid-stream, B takes everything
    member_a.join(timeout=60)
    while stats_a.records + stats_b.records < len(articles) and time.monotonic() < deadline:
        time.sleep(0.2)
    stop_b.set()
    member_b.join(timeout=60)

    assert stats_a.records > 0 and stats_b.records > 0, "both members must have worked"
    enriched = [EnrichedArticle.model_validate_json(v) for v in values(settings, settings.topic(ENRICHED_ARTICLES))]
    assert {e.article.article_id for e in enriched} == {a.article_id for a in articles}
    events = [EventMessage.model_validate_json(v) for v in values(settings, settings.topic(ENRICHED_EVENTS))]
    expected_events = {ev.id for e in enriched for ev in e.events}
    assert {m.event.id for m in events} == expected_events
    assert all(m.article_id in {a.article_id for a in articles} for m in events)
