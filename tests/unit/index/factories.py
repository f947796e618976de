"""Small EnrichedArticle builders shared by the index tests (no publisher text: written for tests)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from warta.models import Article, EnrichedArticle, Entity, EntityType, Event, GeoPoint, Provenance

FETCHED = datetime(2025, 2, 13, 11, 0, tzinfo=UTC)


def article(**overrides: Any) -> Article:
    fields: dict[str, Any] = {
        "article_id": "art-1",
        "url": "https://example.id/berita/1",
        "outlet": "kompas",
        "section": "nasional",
        "title": "Polisi Tangkap Dua Pencuri Motor",
        "text": "Polisi menangkap dua pelaku pencurian sepeda motor di Bogor pada Rabu malam.",
        "published_at": datetime(2025, 2, 13, 10, 0, tzinfo=UTC),
        "version": 1_739_440_800_000,
        "provenance": Provenance(fetched_at=FETCHED, extractor_version="test-1"),
    }
    fields.update(overrides)
    return Article(**fields)


def entities() -> list[Entity]:
    return [
        Entity(id="per:budi-santoso", type=EntityType.PER, name="Budi Santoso"),
        Entity(id="org:polri", type=EntityType.ORG, name="Polri"),
        Entity(
            id="loc:id-32.01",
            type=EntityType.LOC,
            name="Bogor",
            kemendagri_code="32.01",
            geo=GeoPoint(lat=-6.6, lon=106.8),
        ),
    ]


def events() -> list[Event]:
    return [
        Event(
            id="ev-1",
            type="CRIME.ARREST",
            sentence="Polisi menangkap dua pelaku pencurian sepeda motor di Bogor.",
            trigger="menangkap",
            actors=["org:polri"],
            location="loc:id-32.01",
            date="2025-02-12",
        ),
        Event(id="ev-2", type="CRIME.VIOLENT", cameo_root="18", sentence="Pelaku melukai korban.", trigger="melukai"),
    ]


def enriched(art: Article | None = None, **overrides: Any) -> EnrichedArticle:
    fields: dict[str, Any] = {
        "article": art or article(),
        "entities": entities(),
        "events": events(),
        "main_event": "ev-1",
        "enricher_version": "test-1",
        "enriched_at": datetime(2025, 2, 13, 11, 5, tzinfo=UTC),
    }
    fields.update(overrides)
    return EnrichedArticle(**fields)
