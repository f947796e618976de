"""The pure enrichment stage: `Article -> Annotations` (entities, events, main event) and `-> EnrichedArticle`.

annotator = Annotator.load()  # the NER model, lexicons and gazetteers, once
enriched = annotator.enrich(article)  # no I/O here: the Kafka consumer wraps it
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Protocol

from enrich.events.detect import detect_events, main_event
from enrich.events.lexicon import EventLexicon
from enrich.ner.tagger import NerTagger
from enrich.normalise.document import Document
from enrich.normalise.entities import extract_entities
from enrich.normalise.lexicon import Lexicon
from warta.models.article import Article
from warta.models.enriched import EnrichedArticle, Entity, Event

ENRICHER_VERSION = "warta-enrich/1.0"
WIB = timezone(timedelta(hours=7))


class Tagger(Protocol):
    def tag_tokens(self, tokens: Sequence[str]) -> list[str]: ...


@dataclass(frozen=True, slots=True)
class Annotations:
    entities: list[Entity]
    events: list[Event]
    main_event: str | None = None  # id of the main event

    @property
    def main_event_type(self) -> str | None:
        return next((e.type for e in self.events if e.id == self.main_event), None)


def _now() -> datetime:
    return datetime.now(UTC)


def local_date(moment: datetime | None) -> date | None:
    """The publication day in Western Indonesian Time, which the text's relative dates count from."""
    return moment.astimezone(WIB).date() if moment is not None else None


@dataclass(frozen=True)
class Annotator:
    tagger: Tagger | None
    lexicon: Lexicon
    events: EventLexicon
    clock: Callable[[], datetime] = field(default=_now)

    @classmethod
    def load(cls, model_path: Path | None = None, data_dir: Path | None = None) -> Annotator:
        """Load the NER model (default path) and the project's lexicons; ConfigError if the model is missing."""
        return cls(NerTagger.load(model_path), Lexicon.load(data_dir), EventLexicon.load(data_dir))

    def tag_words(self, words: Sequence[str]) -> list[str]:
        """BIO tags of one sentence's tokens (all `O` without a tagger)."""
        if self.tagger is None or not words:
            return ["O"] * len(words)
        return list(self.tagger.tag_tokens(list(words)))

    def tag(self, doc: Document) -> list[list[str]]:
        return [self.tag_words([t.text for t in s.tokens]) for s in doc.sentences]

    def annotate_text(
        self, title: str, text: str, published_at: datetime | None = None, article_id: str = ""
    ) -> Annotations:
        doc = Document.from_parts(title, text)
        entities = extract_entities(doc, self.tag(doc), self.lexicon)
        detected = detect_events(doc, entities, self.events, local_date(published_at), article_id)
        main = main_event(detected)
        return Annotations(entities, [d.event for d in detected], main.event.id if main else None)

    def annotate(self, article: Article) -> Annotations:
        return self.annotate_text(article.title, article.text, article.published_at, article.article_id)

    def enrich(self, article: Article, enriched_at: datetime | None = None) -> EnrichedArticle:
        found = self.annotate(article)
        return EnrichedArticle(
            article=article,
            entities=found.entities,
            events=found.events,
            main_event=found.main_event,
            enricher_version=ENRICHER_VERSION,
            enriched_at=enriched_at or self.clock(),
        )
