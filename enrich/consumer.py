"""The enrich stage on Kafka: `warta.articles` -> `warta.enriched.articles` + `warta.enriched.events`.

Delivery is at-least-once: both outputs are acknowledged by the broker before the input offset is
committed (see `warta.kafka.loop`). We chose this over Kafka transactions because the outputs are
idempotent by construction: an enriched article is keyed by its article id and carries the article's
`version`, an event is keyed by a stable event id, so a redelivered message is the same record again
(the indexer's external versioning ignores it, compacting subscribers keep one). Transactions would add
a coordinator round trip per batch and `read_committed` latency for every subscriber, for no gain.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, datetime

from kafka.consumer.fetcher import ConsumerRecord

from warta.exceptions import PermanentError
from warta.kafka.loop import StageConfig, StageStats, per_record, run_stage
from warta.kafka.records import Output, parse_record
from warta.kafka.topics import ARTICLES, ENRICHED_ARTICLES, ENRICHED_EVENTS
from warta.models import Article, EnrichedArticle, EventMessage, Reason
from warta.settings import Settings

Enrich = Callable[[Article, datetime], EnrichedArticle]


def event_messages(enriched: EnrichedArticle) -> list[EventMessage]:
    """One message per event, with the article's identity and the entities the event refers to."""
    article = enriched.article
    by_id = {entity.id: entity for entity in enriched.entities}
    messages = []
    for event in enriched.events:
        refs = [*event.actors, *([event.location] if event.location else [])]
        messages.append(
            EventMessage(
                event=event,
                article_id=article.article_id,
                title=article.title,
                url=article.url,
                outlet=article.outlet,
                published_at=article.published_at,
                entities=[by_id[ref] for ref in dict.fromkeys(refs) if ref in by_id],
                is_main=event.id == enriched.main_event,
            )
        )
    return messages


def outputs_for(settings: Settings, enriched: EnrichedArticle) -> list[Output]:
    """The enriched article, then its events, as records to produce."""
    outputs = [Output(settings.topic(ENRICHED_ARTICLES), enriched.article.article_id, enriched.to_bytes())]
    outputs += [
        Output(settings.topic(ENRICHED_EVENTS), message.event.id, message.to_bytes())
        for message in event_messages(enriched)
    ]
    return outputs


def enrich_record(
    settings: Settings, enrich: Enrich, clock: Callable[[], datetime]
) -> Callable[[ConsumerRecord], list[Output]]:
    """The per-record function: parse, enrich, emit. A bad article raises `PermanentError`."""

    def handle(record: ConsumerRecord) -> list[Output]:
        article = parse_record(Article, record.value)
        try:
            enriched = enrich(article, clock())
        except (ValueError, IndexError, KeyError, TypeError, AttributeError) as exc:
            # A bug the article triggers in the annotator: dead-letter it with the error rather than
            # crash-looping the group on it; the dead-letter limit stops us if every article does this.
            raise PermanentError(Reason.ENRICH_FAILED, f"{type(exc).__name__}: {exc}") from exc
        return outputs_for(settings, enriched)

    return handle


def run(
    settings: Settings, enrich: Enrich, stop: threading.Event, stats: StageStats | None = None, max_batch: int = 100
) -> StageStats:
    """Consume articles in the `<prefix>-enrich` group until `stop` is set."""
    stats = stats or StageStats()
    config = StageConfig(
        stage="enrich", input_topic=settings.topic(ARTICLES), group_id=f"{settings.prefix}-enrich", max_batch=max_batch
    )
    handle = enrich_record(settings, enrich, lambda: datetime.now(UTC))
    return run_stage(settings, config, per_record(settings, "enrich", handle, stats), stop, stats)
