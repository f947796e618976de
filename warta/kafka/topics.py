"""The public topics, their planned partitions, and their creation at start."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from kafka.admin import KafkaAdminClient, NewTopic
from kafka.errors import KafkaError, TopicAlreadyExistsError

from warta.exceptions import TransientError
from warta.settings import Settings

log = logging.getLogger(__name__)

FEED_ITEMS = "feed-items"
ARTICLES = "articles"
ENRICHED_ARTICLES = "enriched.articles"
ENRICHED_EVENTS = "enriched.events"
DEAD_LETTER = "dead-letter"


@dataclass(frozen=True)
class TopicSpec:
    """A topic without its prefix, its partitions, and its retention policy."""

    name: str
    partitions: int
    config: tuple[tuple[str, str], ...] = ()


# Six partitions per stage topic: up to six workers per stage in one consumer group.
PLANNED = (
    TopicSpec(FEED_ITEMS, 6),
    TopicSpec(ARTICLES, 6),
    TopicSpec(ENRICHED_ARTICLES, 6),
    TopicSpec(ENRICHED_EVENTS, 6),
    TopicSpec(DEAD_LETTER, 1, (("retention.ms", str(30 * 24 * 3600 * 1000)),)),
)


def ensure_topics(settings: Settings, specs: tuple[TopicSpec, ...] = PLANNED, replication: int = 1) -> list[str]:
    """Create the topics that do not exist yet; returns the full names of those created."""
    try:
        admin = KafkaAdminClient(client_id="warta-admin", **settings.kafka_config())
    except KafkaError as exc:
        raise TransientError(f"cannot reach Kafka at {settings.kafka_bootstrap}: {exc}") from exc
    try:
        existing = set(admin.list_topics())
        missing = [
            NewTopic(settings.topic(s.name), s.partitions, replication, topic_configs=dict(s.config))
            for s in specs
            if settings.topic(s.name) not in existing
        ]
        created: list[str] = []
        for topic in missing:
            try:
                admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass  # another worker created it between our listing and our request
        if created:
            log.info("created topics %s", ", ".join(created))
        return created
    finally:
        admin.close()
