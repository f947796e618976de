"""JSON Schemas of the public topics, generated from their pydantic models.

The files in `docs/schemas/` are the published contract; a test fails when a model changes without
its schema being regenerated (`warta schemas --write`).
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from warta.kafka import topics
from warta.models import Article, DeadLetter, EnrichedArticle, EventMessage, FeedItem

TOPIC_MODELS: dict[str, type[BaseModel]] = {
    topics.FEED_ITEMS: FeedItem,
    topics.ARTICLES: Article,
    topics.ENRICHED_ARTICLES: EnrichedArticle,
    topics.ENRICHED_EVENTS: EventMessage,
    topics.DEAD_LETTER: DeadLetter,
}

SCHEMA_BASE_URI = "https://warta.invalid/schemas/"


def schema_for(topic: str) -> dict[str, object]:
    """The JSON Schema (draft 2020-12) of a topic's messages, as they appear on the wire."""
    model = TOPIC_MODELS[topic]
    schema = model.model_json_schema(mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"{SCHEMA_BASE_URI}{topic}.schema.json",
        **schema,
    }


def render(topic: str) -> str:
    return json.dumps(schema_for(topic), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def schema_path(directory: Path, topic: str) -> Path:
    return directory / f"{topic}.schema.json"


def write_all(directory: Path) -> list[Path]:
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for topic in TOPIC_MODELS:
        path = schema_path(directory, topic)
        path.write_text(render(topic), encoding="utf-8")
        written.append(path)
    return written


def stale(directory: Path) -> list[str]:
    """Topics whose schema file is missing or differs from the model."""
    return [
        topic
        for topic in TOPIC_MODELS
        if not schema_path(directory, topic).is_file()
        or schema_path(directory, topic).read_text(encoding="utf-8") != render(topic)
    ]
