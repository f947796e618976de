"""Benchmark: fetch-to-searchable latency of the enrich and index stages under a steady load.

Articles built from CLICK-ID texts are produced to `<prefix>.articles` at a fixed rate, each stamped
with its fetch time; the enrich and index stages run as threads, exactly as in `warta run`; a watcher
asks Elasticsearch (through the alias, without forcing a refresh) which of them are searchable yet.
The latency of an article is the time it was first found minus its fetch time.
"""

from __future__ import annotations

import hashlib
import math
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from warta.kafka.clients import make_producer
from warta.kafka.topics import ARTICLES, ensure_topics
from warta.models import Article, Provenance
from warta.settings import Settings


@dataclass
class Watch:
    """Fetch times of articles not yet found, and latencies of those found."""

    pending: dict[str, float] = field(default_factory=dict)
    latencies: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def sent(self, article_id: str, at: float) -> None:
        with self.lock:
            self.pending[article_id] = at

    def found(self, ids: set[str], at: float) -> None:
        with self.lock:
            for article_id in ids & self.pending.keys():
                self.latencies.append(at - self.pending.pop(article_id))


def percentile(values: list[float], q: float) -> float:
    """The q-quantile (0..1) by the nearest-rank method."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q * len(ordered))))
    return ordered[rank - 1]


def bench_articles(count: int) -> list[Article]:
    from ingest.replay.corpus import click_articles  # noqa: PLC0415 - the corpus reader of the replay server
    from warta.shared import shared_dir  # noqa: PLC0415

    now = datetime.now(UTC)
    rows = list(click_articles(shared_dir() / "corpus", "okezone", count))
    return [
        Article(
            article_id="bench-" + hashlib.sha256(row.url.encode()).hexdigest()[:20],
            url=row.url,
            outlet="okezone",
            title=row.title,
            text="\n\n".join(row.paragraphs),
            published_at=now,  # fresh news: it goes to this month's index, as live articles do
            provenance=Provenance(fetched_at=now, extractor_version="bench"),
        )
        for row in rows
    ]


def _watch(es: Any, settings: Settings, watch: Watch, stop: threading.Event) -> None:
    while not stop.is_set():
        with watch.lock:
            ids = list(watch.pending)
        if ids and es.indices.exists_alias(name=settings.articles_alias):
            response = es.search(index=settings.articles_alias, query={"ids": {"values": ids}}, source=False,
                                 size=len(ids))  # fmt: skip
            watch.found({hit["_id"] for hit in response["hits"]["hits"]}, time.time())
        stop.wait(0.05)


def produce_steadily(settings: Settings, articles: list[Article], rate: float, watch: Watch) -> None:
    producer = make_producer(settings, client_id="warta-bench")
    topic = settings.topic(ARTICLES)
    began = time.monotonic()
    for i, article in enumerate(articles):
        time.sleep(max(0.0, began + i / rate - time.monotonic()))
        fetched = datetime.now(UTC)
        stamped = article.model_copy(
            update={"provenance": article.provenance.model_copy(update={"fetched_at": fetched})}
        )
        producer.send(topic, key=stamped.article_id.encode(), value=stamped.to_bytes())
        producer.flush()
        watch.sent(stamped.article_id, fetched.timestamp())
    producer.close()


def run_latency_bench(settings: Settings, es: Any, count: int, rate: float, timeout_s: float = 120) -> Watch:
    """Produce `count` articles at `rate` per second through the running stages; return the latencies."""
    from warta.pipeline.stages import start_downstream  # noqa: PLC0415

    ensure_topics(settings)
    stages = start_downstream(settings)
    watch, stop = Watch(), threading.Event()
    watcher = threading.Thread(target=_watch, args=(es, settings, watch, stop), daemon=True)
    try:
        articles = bench_articles(count)
        time.sleep(5)  # let both consumer groups join before the clock starts
        watcher.start()
        produce_steadily(settings, articles, rate, watch)
        deadline = time.monotonic() + timeout_s
        while watch.pending and time.monotonic() < deadline:
            stages.check()
            time.sleep(0.2)
    finally:
        stop.set()
        stages.stop()
    return watch
