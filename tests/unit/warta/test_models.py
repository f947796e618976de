from datetime import UTC, datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from warta.models import (
    Article,
    DeadLetter,
    EnrichedArticle,
    Entity,
    EntityType,
    Event,
    EventMessage,
    FeedItem,
    Modality,
    Provenance,
)

WIB = timezone(timedelta(hours=7))


def make_article(**overrides: object) -> Article:
    fields: dict[str, object] = {
        "article_id": "a1",
        "url": "https://www.antaranews.com/berita/1/x",
        "outlet": "antara",
        "title": "Polisi menangkap pelaku",
        "text": "Jakarta (ANTARA) - Polisi menangkap pelaku.",
        "published_at": datetime(2025, 2, 13, 8, 15, tzinfo=WIB),
        "provenance": Provenance(fetched_at=datetime(2025, 2, 13, 1, 20, tzinfo=UTC), extractor_version="x1"),
    }
    fields.update(overrides)
    return Article.model_validate(fields)


def test_article_round_trips_with_its_offset() -> None:
    article = make_article()
    raw = article.to_bytes()
    assert b'"published_at":"2025-02-13T08:15:00+07:00"' in raw
    again = Article.model_validate_json(raw)
    assert again == article
    assert again.schema_version == "1.0"


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValidationError):
        make_article(published_at=datetime(2025, 2, 13, 8, 15))


def test_unknown_fields_from_newer_producers_are_ignored() -> None:
    raw = make_article().model_dump(mode="json")
    raw["added_in_1_1"] = {"anything": True}
    assert Article.model_validate(raw).article_id == "a1"


def test_enriched_article_and_event_message_carry_what_subscribers_need() -> None:
    entity = Entity(id="per:vladimir-putin", type=EntityType.PER, name="Vladimir Putin")
    event = Event(
        id="ev1", type="DIPLOMACY.SUMMIT", sentence="KTT akan digelar.", trigger="KTT", modality=Modality.PLANNED
    )
    enriched = EnrichedArticle(
        article=make_article(),
        entities=[entity],
        events=[event],
        main_event="ev1",
        enricher_version="e1",
        enriched_at=datetime(2025, 2, 13, 2, 0, tzinfo=UTC),
    )
    parsed = EnrichedArticle.model_validate_json(enriched.to_bytes())
    assert parsed.entities[0].type is EntityType.PER
    assert parsed.events[0].modality is Modality.PLANNED
    message = EventMessage(event=event, article_id="a1", title="t", url="u", outlet="antara")
    assert EventMessage.model_validate_json(message.to_bytes()).event.id == "ev1"


def test_feed_item_and_dead_letter_validate() -> None:
    now = datetime(2025, 1, 1, tzinfo=UTC)
    item = FeedItem(
        article_id="a",
        url="https://x/a",
        link="https://x/a?utm_source=rss",
        outlet="x",
        feed_url="https://x/rss",
        fingerprint="f",
        polled_at=now,
    )
    assert FeedItem.model_validate_json(item.to_bytes()) == item
    letter = DeadLetter(
        reason="invalid_json", stage="enrich", source_topic="warta.articles", payload="{", failed_at=now
    )
    assert DeadLetter.model_validate_json(letter.to_bytes()).reason == "invalid_json"
    with pytest.raises(ValidationError):
        DeadLetter.model_validate({"reason": "x"})
