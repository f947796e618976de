"""The messages on Warta's topics: versioned pydantic models, JSON on the wire.

Within a major schema version, changes are additive only (new optional fields). Every message carries
`schema_version`; subscribers must ignore fields they do not know.
"""

from warta.models.article import Article, Credits, Provenance
from warta.models.dead_letter import DeadLetter, Reason
from warta.models.enriched import (
    EnrichedArticle,
    Entity,
    EntityType,
    Event,
    EventMessage,
    GeoPoint,
    Mention,
    Modality,
    Salience,
)
from warta.models.feed_item import FeedItem

__all__ = [
    "Article",
    "Credits",
    "DeadLetter",
    "EnrichedArticle",
    "Entity",
    "EntityType",
    "Event",
    "EventMessage",
    "FeedItem",
    "GeoPoint",
    "Mention",
    "Modality",
    "Provenance",
    "Reason",
    "Salience",
]
