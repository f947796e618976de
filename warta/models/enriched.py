"""`warta.enriched.articles` and `warta.enriched.events`: the article with its entities and events."""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from warta.models.article import Article
from warta.models.base import Message, Timestamp


class _Part(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


class EntityType(StrEnum):
    PER = "PER"
    ORG = "ORG"
    LOC = "LOC"


class Modality(StrEnum):
    """How the text reports an event (see the event taxonomy)."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    HEDGED = "hedged"
    NEGATED = "negated"


class GeoPoint(_Part):
    lat: float
    lon: float


class Mention(_Part):
    text: str
    start: int = Field(description="character offset in `title + '\\n' + text`")
    end: int


class Salience(_Part):
    in_title: bool = False
    in_lead: bool = False
    count: int = 0
    score: float = Field(0.0, description="0..1, higher is more central to the article")


class Entity(_Part):
    id: str = Field(description="stable id, e.g. 'loc:id-31' (Kemendagri), 'loc:iso-RU', 'per:joko-widodo'")
    type: EntityType
    name: str = Field(description="canonical name")
    mentions: list[Mention] = Field(default_factory=list)
    salience: Salience = Field(default_factory=Salience)
    kemendagri_code: str | None = None
    iso_code: str | None = None
    geo: GeoPoint | None = None
    ambiguous: bool = False
    candidates: list[str] = Field(default_factory=list, description="canonical names an ambiguous alias may mean")


class Event(_Part):
    id: str = Field(description="stable event id derived from article id, type and sentence")
    type: str = Field(description="taxonomy type, e.g. 'DIPLOMACY.SUMMIT'")
    cameo_root: str | None = None
    sentence: str
    trigger: str
    actors: list[str] = Field(default_factory=list, description="entity ids")
    location: str | None = Field(None, description="entity id of the place")
    geo: GeoPoint | None = None
    date: str | None = Field(None, description="ISO date the event happened or is planned for")
    date_text: str | None = None
    modality: Modality = Modality.ASSERTED
    confidence: float = 0.0


class EnrichedArticle(Message):
    """The article and its annotations: a subscriber needs nothing else. Keyed by `article.article_id`."""

    schema_version: Literal["1.0"] = "1.0"
    article: Article
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    main_event: str | None = Field(None, description="id of the article's main event")
    enricher_version: str
    enriched_at: Timestamp


class EventMessage(Message):
    """One event, for subscribers that only react to events. Keyed by `event.id`."""

    schema_version: Literal["1.0"] = "1.0"
    event: Event
    article_id: str
    title: str
    url: str
    outlet: str
    published_at: Timestamp | None = None
    entities: list[Entity] = Field(default_factory=list, description="the entities the event refers to")
    is_main: bool = False
    kind: Literal["event"] = "event"
