"""Which enriched articles and events a subscriber wants to see. Pure and exact.

- entity: an entity's canonical name or id, or one of its mention texts (case-insensitive, whole value).
- event type: a taxonomy type (`CRIME.CORRUPTION_ARREST`) or a family (`CRIME`, `CRIME.*`).
- outlet: the outlet id (`kompas`).
- place: a place's canonical name, id, Kemendagri code or ISO code; a province's code also matches
  every regency, city and district inside it (`35` / `Jawa Timur` matches `Kota Surabaya`, 35.78).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from warta.models import EnrichedArticle, Entity, EntityType, Event, EventMessage


def _norm(value: str) -> str:
    return " ".join(value.casefold().split())


def type_matches(wanted: str, actual: str) -> bool:
    wanted = wanted.upper().removesuffix(".*")
    return actual == wanted or actual.startswith(wanted + ".")


def entity_matches(wanted: str, entity: Entity) -> bool:
    key = _norm(wanted)
    names = {_norm(entity.name), _norm(entity.id), *(_norm(m.text) for m in entity.mentions)}
    return key in names


def _place_codes(wanted: str, entities: Iterable[Entity]) -> set[str]:
    """Kemendagri codes the wanted place stands for, resolved by name among the given entities."""
    key = _norm(wanted)
    return {e.kemendagri_code for e in entities if e.kemendagri_code and key in {_norm(e.name), _norm(e.id)}}


def place_matches(wanted: str, entity: Entity, known_codes: set[str]) -> bool:
    if entity.type is not EntityType.LOC:
        return False
    if entity_matches(wanted, entity) or (entity.iso_code and entity.iso_code.upper() == wanted.upper()):
        return True
    code = entity.kemendagri_code
    if not code:
        return False
    prefixes = known_codes | ({wanted} if wanted.replace(".", "").isdigit() else set())
    return any(code == p or code.startswith(p + ".") for p in prefixes)


@dataclass(frozen=True)
class TailFilter:
    """All given criteria must hold (AND); an unset criterion holds for everything."""

    entity: str | None = None
    event_type: str | None = None
    outlet: str | None = None
    place: str | None = None
    place_codes: frozenset[str] = frozenset()

    def _events_match(self, events: Iterable[Event], entities: list[Entity]) -> bool:
        by_id = {e.id: e for e in entities}
        for event in events:
            if self.event_type and not type_matches(self.event_type, event.type):
                continue
            if self.place:
                places = [by_id[ref] for ref in (event.location, *event.actors) if ref in by_id]
                if not any(place_matches(self.place, p, self._codes(entities)) for p in places):
                    continue
            return True
        return False

    def _codes(self, entities: Iterable[Entity]) -> set[str]:
        return set(self.place_codes) | (_place_codes(self.place, entities) if self.place else set())

    def matches_article(self, enriched: EnrichedArticle) -> bool:
        if self.outlet and enriched.article.outlet != self.outlet:
            return False
        if self.entity and not any(entity_matches(self.entity, e) for e in enriched.entities):
            return False
        if self.event_type:
            return self._events_match(enriched.events, enriched.entities)
        if self.place:
            codes = self._codes(enriched.entities)
            return any(place_matches(self.place, e, codes) for e in enriched.entities)
        return True

    def matches_event(self, message: EventMessage) -> bool:
        if self.outlet and message.outlet != self.outlet:
            return False
        if self.entity and not any(entity_matches(self.entity, e) for e in message.entities):
            return False
        if self.event_type and not type_matches(self.event_type, message.event.type):
            return False
        if self.place:
            codes = self._codes(message.entities)
            return any(place_matches(self.place, e, codes) for e in message.entities)
        return True
