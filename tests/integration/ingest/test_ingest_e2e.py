"""End to end on the real broker: replayed outlets -> poller -> feed-items -> fetch workers -> articles."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from ingest.poll.http import HttpOptions, http_get
from ingest.poll.parse import candidates, parse_feed
from ingest.poll.runner import IngestOptions, run_ingest
from ingest.replay import ReplayOptions, RunningReplay, start_replay
from warta.kafka.offsets import read_topic
from warta.models import Article, DeadLetter, FeedItem
from warta.settings import Settings

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def small_replay() -> Iterator[RunningReplay]:
    running = start_replay(ReplayOptions(click_limit=6, include_tempo=False))
    yield running
    running.stop()


def _read_all(settings: Settings, topic: str) -> list[bytes]:
    return [r.value for r in read_topic(settings, topic)]


def _unique_articles_in_feeds(replay: RunningReplay) -> set[str]:
    ids: set[str] = set()
    for outlet, feed in replay.registry.feeds():
        body = http_get(feed.url, HttpOptions(user_agent="test")).body
        ids.update(c.article_id for c in candidates(parse_feed(body, feed.url), outlet))
    return ids


def test_replayed_outlets_become_articles_once(settings: Settings, small_replay: RunningReplay) -> None:
    options = IngestOptions(once=True, workers=2, once_timeout_s=300)
    first = run_ingest(settings, small_replay.registry, options, threading.Event())
    assert first.drained
    expected = _unique_articles_in_feeds(small_replay)
    assert first.published == len(expected)

    second = run_ingest(settings, small_replay.registry, options, threading.Event())
    assert second.drained and second.published == 0

    items = [FeedItem.model_validate_json(v) for v in _read_all(settings, settings.topic("feed-items"))]
    articles = [Article.model_validate_json(v) for v in _read_all(settings, settings.topic("articles"))]
    letters = [DeadLetter.model_validate_json(v) for v in _read_all(settings, settings.topic("dead-letter"))]
    assert sorted(i.article_id for i in items) == sorted(expected)
    article_ids = [a.article_id for a in articles]
    assert len(article_ids) == len(set(article_ids)), "an article was produced twice"
    assert set(article_ids) <= expected
    assert len(articles) + len(letters) == len(expected)
    assert len(articles) >= 0.8 * len(expected)
    assert {letter.reason for letter in letters} <= {"not_an_article", "extraction_failed"}
    assert all(a.provenance.raw_html_sha256 and a.provenance.http_status == 200 for a in articles)
    assert {a.outlet for a in articles} >= {"antara", "kompas", "detik", "kapanlagi", "republika"}
