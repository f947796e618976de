"""Events of a document: trigger occurrences grouped by type, thresholded, with a stable id; the main event."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from enrich.events.dates import resolve_date
from enrich.events.lexicon import EventLexicon
from enrich.events.occurrences import Occurrence, find_occurrences
from enrich.normalise.document import Document
from warta.models.enriched import Entity, Event, Modality

THRESHOLD = 0.55
SECOND_CUE_BONUS = 0.1  # another trigger word of the same type elsewhere in the article
REPEAT_BONUS = 0.05  # per further occurrence, at most two
CONFIDENCE_FACTOR = {Modality.ASSERTED: 1.0, Modality.PLANNED: 0.9, Modality.HEDGED: 0.6, Modality.NEGATED: 0.5}
REPORTED = (Modality.ASSERTED, Modality.PLANNED)
ACTOR_REQUIRED = ("DIPLOMACY.",)  # talks, deals and sanctions need someone doing them


@dataclass(frozen=True, slots=True)
class Detected:
    event: Event
    in_title: bool
    in_lead: bool
    score: float


def event_id(article_id: str, event_type: str, sentence_start: int) -> str:
    """Stable id: the same article, type and sentence always give the same id."""
    digest = hashlib.sha1(f"{article_id}|{event_type}|{sentence_start}".encode()).hexdigest()
    return f"evt:{digest[:16]}"


def _anchor(group: Sequence[Occurrence]) -> Occurrence:
    return max(group, key=lambda o: (o.modality in REPORTED, o.score, -o.start))


def build_event(
    group: Sequence[Occurrence], doc: Document, article_id: str, lead_date: tuple[str, str] | None = None
) -> Detected | None:
    """One event from all occurrences of a type, or None when the evidence is too weak.

    Without a date of its own, an event reported in the title or lead takes the lead's date.
    """
    anchor = _anchor(group)
    if anchor.trigger.event_type.startswith(ACTOR_REQUIRED) and not any(o.actors for o in group):
        return None
    score = anchor.score + SECOND_CUE_BONUS * (len({o.trigger.words for o in group}) > 1)
    score += REPEAT_BONUS * min(len(group) - 1, 2)
    if score < THRESHOLD:
        return None
    same = [anchor, *(o for o in group if o is not anchor and o.modality == anchor.modality)]
    actors = list(dict.fromkeys(a for o in same for a in o.actors))
    when = anchor.date or next((o.date for o in group if o.date), None)
    if (
        when is None
        and anchor.modality is Modality.ASSERTED
        and (doc.in_lead(anchor.start) or doc.in_title(anchor.start))
    ):
        when = lead_date
    place = anchor.place or next((o.place for o in same if o.place), None)
    sentence = doc.sentences[anchor.sentence]
    event = Event(
        id=event_id(article_id, anchor.trigger.event_type, sentence.start),
        type=anchor.trigger.event_type,
        cameo_root=anchor.trigger.cameo_root,
        sentence=sentence.text,
        trigger=doc.text[anchor.start : anchor.end],
        actors=actors,
        location=place.id if place else None,
        geo=place.geo if place else None,
        date=when[0] if when else None,
        date_text=when[1] if when else None,
        modality=anchor.modality,
        confidence=round(min(score, 1.0) * CONFIDENCE_FACTOR[anchor.modality], 3),
    )
    reported = [o for o in group if o.modality in REPORTED]
    return Detected(
        event,
        any(doc.in_title(o.start) for o in reported),
        any(doc.in_lead(o.start) for o in reported),
        score,
    )


def detect_events(
    doc: Document, entities: Sequence[Entity], lexicon: EventLexicon, published: date | None, article_id: str
) -> list[Detected]:
    """The document's events, most confident first."""
    groups: dict[str, list[Occurrence]] = defaultdict(list)
    for occurrence in find_occurrences(doc, entities, lexicon, published):
        groups[occurrence.trigger.event_type].append(occurrence)
    lead_date = resolve_date(doc.text[: doc.lead_end], published) if published else None
    found = [d for g in groups.values() if (d := build_event(g, doc, article_id, lead_date)) is not None]
    return sorted(found, key=lambda d: (-d.event.confidence, d.event.type))


def main_event(detected: Sequence[Detected]) -> Detected | None:
    """The event the headline reports; else the best reported event of the lead; else the best reported one."""
    reported = [d for d in detected if d.event.modality in REPORTED]
    if not reported:
        return None
    return max(reported, key=lambda d: (d.in_title, d.in_lead, d.score))
