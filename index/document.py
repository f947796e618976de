"""EnrichedArticle -> the bulk action that indexes it: a pure function, no I/O."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from index.template import index_for
from warta.models import EnrichedArticle, Entity, EntityType, Event, GeoPoint
from warta.models.base import to_epoch_ms

FACET_BY_TYPE = {EntityType.PER: "persons", EntityType.ORG: "organisations", EntityType.LOC: "places"}


def _unique(values: Iterable[str | None]) -> list[str]:
    """Values in first-seen order, without duplicates or blanks."""
    return list(dict.fromkeys(v for v in values if v))


def _geo(point: GeoPoint | None) -> dict[str, float] | None:
    return None if point is None else {"lat": point.lat, "lon": point.lon}


def event_family(event_type: str) -> str:
    """`CRIME.ARREST` -> `CRIME`."""
    return event_type.split(".", 1)[0]


def doc_version(enriched: EnrichedArticle) -> int:
    """The external version: Article.version, else the fetch time (a version must never be 0 twice)."""
    article = enriched.article
    return article.version or to_epoch_ms(article.provenance.fetched_at)


def target_index(prefix: str, enriched: EnrichedArticle) -> str:
    """The monthly index of the article's publication (its fetch time when the date is unknown)."""
    article = enriched.article
    return index_for(prefix, article.published_at or article.provenance.fetched_at)


def _entity_doc(entity: Entity) -> dict[str, Any]:
    return {
        "id": entity.id,
        "type": entity.type.value,
        "name": entity.name,
        "kemendagri_code": entity.kemendagri_code,
        "iso_code": entity.iso_code,
        "geo": _geo(entity.geo),
        "salience": entity.salience.score,
        "in_title": entity.salience.in_title,
        "mentions": entity.salience.count or len(entity.mentions),
        "ambiguous": entity.ambiguous,
    }


def _event_doc(event: Event, by_id: dict[str, Entity], main_id: str | None) -> dict[str, Any]:
    place = by_id.get(event.location) if event.location else None
    geo = event.geo or (place.geo if place else None)
    return {
        "id": event.id,
        "type": event.type,
        "family": event_family(event.type),
        "cameo_root": event.cameo_root,
        "date": event.date,
        "date_text": event.date_text,
        "modality": event.modality.value,
        "actors": list(event.actors),
        "actor_names": _unique(by_id[a].name if a in by_id else None for a in event.actors),
        "location": event.location,
        "location_name": place.name if place else None,
        "geo": _geo(geo),
        "trigger": event.trigger,
        "sentence": event.sentence,
        "confidence": event.confidence,
        "is_main": event.id == main_id,
    }


def _entity_facets(entities: list[Entity]) -> dict[str, Any]:
    facets: dict[str, Any] = {
        field: _unique(e.name for e in entities if e.type is etype) for etype, field in FACET_BY_TYPE.items()
    }
    places = [e for e in entities if e.type is EntityType.LOC]
    facets["entity_ids"] = _unique(e.id for e in entities)
    facets["place_codes"] = _unique(code for e in places for code in (e.kemendagri_code, e.iso_code))
    facets["place_locations"] = [_geo(e.geo) for e in places if e.geo is not None]
    return facets


def _event_facets(events: list[dict[str, Any]]) -> dict[str, Any]:
    main = next((e for e in events if e["is_main"]), None)
    return {
        "event_types": _unique(e["type"] for e in events),
        "event_families": _unique(e["family"] for e in events),
        "cameo_roots": _unique(e["cameo_root"] for e in events),
        "main_event_type": main["type"] if main else None,
        "main_event_family": main["family"] if main else None,
        "event_locations": [e["geo"] for e in events if e["geo"] is not None],
    }


def to_document(enriched: EnrichedArticle, indexed_at: datetime) -> dict[str, Any]:
    """The `_source` of the article's document."""
    article = enriched.article
    by_id = {e.id: e for e in enriched.entities}
    events = [_event_doc(ev, by_id, enriched.main_event) for ev in enriched.events]
    return {
        "article_id": article.article_id,
        "url": article.url,
        "outlet": article.outlet,
        "section": article.section,
        "language": article.language,
        "language_flag": article.language_flag,
        "title": article.title,
        "description": article.description,
        "text": article.text,
        "authors": list(article.authors),
        "tags": list(article.tags),
        "image": article.image,
        "published_at": article.published_at.isoformat() if article.published_at else None,
        "updated_at": article.updated_at.isoformat() if article.updated_at else None,
        "fetched_at": article.provenance.fetched_at.isoformat(),
        "enriched_at": enriched.enriched_at.isoformat(),
        "indexed_at": indexed_at.isoformat(),
        "version": doc_version(enriched),
        "changed_fields": list(article.changed_fields),
        "schema_version": enriched.schema_version,
        "enricher_version": enriched.enricher_version,
        **_entity_facets(enriched.entities),
        "entities": [_entity_doc(e) for e in enriched.entities],
        **_event_facets(events),
        "events": events,
    }


def to_action(
    enriched: EnrichedArticle, *, prefix: str, indexed_at: datetime, index: str | None = None
) -> dict[str, Any]:
    """The bulk action (in `elasticsearch.helpers` form) that writes the article.

    `_id` is the article id and the version is external: writing the same version twice, or an
    older one after a newer, is refused by Elasticsearch with a 409 and leaves the newer document.
    `index` overrides the monthly index when the article already lives in another one.
    """
    return {
        "_op_type": "index",
        "_index": index or target_index(prefix, enriched),
        "_id": enriched.article.article_id,
        "version": doc_version(enriched),
        "version_type": "external",
        "_source": to_document(enriched, indexed_at),
    }


def bulk_lines(actions: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The `operations` of a bulk request: an action line then the document, for each action."""
    lines: list[dict[str, Any]] = []
    for action in actions:
        meta = {k: action[k] for k in ("_index", "_id", "version", "version_type")}
        lines.append({action["_op_type"]: meta})
        lines.append(action["_source"])
    return lines
