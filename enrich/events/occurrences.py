"""Trigger occurrences in sentences, with their modality, roles (actors, place), date and score."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from enrich.events.dates import resolve_date
from enrich.events.lexicon import EventLexicon, Trigger
from enrich.events.modality import classify, sentence_is_future
from enrich.normalise.document import Document
from enrich.text import Sentence
from warta.models.enriched import Entity, EntityType, Mention, Modality

TITLE_BONUS = 0.2
LEAD_BONUS = 0.1
ACTOR_BONUS = 0.1  # per actor in the sentence, at most two
PLACE_BONUS = 0.05
LOCATIVES = frozenset({"di", "ke", "dari", "kawasan", "wilayah", "daerah", "kota", "kabupaten", "provinsi", "desa"})
SPEAKER_WINDOW = 40  # characters before a mention searched for "menurut" (the source, not an actor)
COUNTRY_ACTOR_FAMILIES = ("DIPLOMACY.", "CONFLICT.")
# In a sports report "pertemuan" is a match and "Gajah Perang" a team: only strong triggers of these count.
SPORT_VETOED = ("DIPLOMACY.", "CONFLICT.", "PROTEST.RIOT", "CRIME.ARREST", "POLITICS.APPOINTMENT")
SPORT_CUES_MIN = 4
STRONG = 0.6

Placed = tuple[Mention, Entity]


@dataclass(frozen=True, slots=True)
class Occurrence:
    trigger: Trigger
    sentence: int
    start: int
    end: int
    modality: Modality
    score: float
    actors: tuple[str, ...]
    place: Entity | None
    date: tuple[str, str] | None


def find_triggers(words: Sequence[str], lexicon: EventLexicon) -> list[tuple[int, int, Trigger]]:
    """Longest trigger matches over lower-case tokens, left to right, not overlapping."""
    found: list[tuple[int, int, Trigger]] = []
    i = 0
    while i < len(words):
        step = 1
        for trigger in lexicon.triggers.get(words[i], ()):
            size = len(trigger.words)
            if tuple(words[i : i + size]) == trigger.words:
                found.append((i, i + size, trigger))
                step = size
                break
        i += step
    return found


def entities_by_sentence(doc: Document, entities: Sequence[Entity]) -> dict[int, list[Placed]]:
    placed: dict[int, list[Placed]] = defaultdict(list)
    for entity in entities:
        for mention in entity.mentions:
            placed[doc.sentence_at(mention.start)].append((mention, entity))
    for items in placed.values():
        items.sort(key=lambda item: item[0].start)
    return placed


def _word_before(text: str, offset: int) -> str:
    before = text[max(0, offset - 15) : offset].lower().split()
    return before[-1] if before else ""


def roles(event_type: str, placed: Sequence[Placed], text: str) -> tuple[list[str], Entity | None]:
    """Actor ids (people, organisations, and countries for diplomacy/conflict) and the place of an event."""
    actors: list[str] = []
    place: Entity | None = None
    spare: Entity | None = None
    for mention, entity in placed:
        locative = _word_before(text, mention.start) in LOCATIVES
        if entity.type is not EntityType.LOC:
            if "menurut" not in text[max(0, mention.start - SPEAKER_WINDOW) : mention.start].lower():
                actors.append(entity.id)
        elif locative and place is None:
            place = entity
        elif entity.id.startswith("loc:iso-") and event_type.startswith(COUNTRY_ACTOR_FAMILIES):
            actors.append(entity.id)
        elif spare is None:
            spare = entity
    if place is None and not event_type.startswith("DIPLOMACY."):
        place = spare
    return list(dict.fromkeys(actors)), place


def _score(trigger: Trigger, start: int, doc: Document, actors: int, place: bool) -> float:
    score = trigger.strength + ACTOR_BONUS * min(actors, 2) + PLACE_BONUS * place
    if doc.in_title(start):
        score += TITLE_BONUS
    elif doc.in_lead(start):
        score += LEAD_BONUS
    return score


def sentence_occurrences(
    index: int,
    sentence: Sentence,
    doc: Document,
    placed: Mapping[int, list[Placed]],
    lexicon: EventLexicon,
    published: date | None,
    sport: bool = False,
) -> list[Occurrence]:
    """The trigger occurrences of one sentence, without drills and figurative uses."""
    words = [t.text.lower() for t in sentence.tokens]
    found = []
    for first, last, trigger in find_triggers(words, lexicon):
        modality = classify(words, first, last, lexicon.cues)
        if not isinstance(modality, Modality) or (sport and _sport_vetoed(trigger)):
            continue
        if _inside_a_name(trigger, sentence, first, doc):
            continue
        actors, place = roles(trigger.event_type, placed.get(index, []), doc.text)
        support = len(actors)
        if not actors and index > 0:
            actors = roles(trigger.event_type, placed.get(index - 1, []), doc.text)[0]
        start, end = sentence.tokens[first].start, sentence.tokens[last - 1].end
        future = modality is Modality.PLANNED or sentence_is_future(words, lexicon.cues)
        when = resolve_date(sentence.text, published, future) if published else None
        score = _score(trigger, start, doc, support, place is not None)
        found.append(Occurrence(trigger, index, start, end, modality, score, tuple(actors), place, when))
    return found


def _inside_a_name(trigger: Trigger, sentence: Sentence, first: int, doc: Document) -> bool:
    """A capitalised weak word in running text is part of a name ("Gajah Perang", "Pertemuan Nasional")."""
    surface = sentence.tokens[first].text
    return (
        trigger.strength < STRONG
        and first > 0
        and surface[:1].isupper()
        and not surface.isupper()
        and not doc.in_title(sentence.tokens[first].start)
    )


def _sport_vetoed(trigger: Trigger) -> bool:
    return trigger.event_type.startswith(SPORT_VETOED) and trigger.strength < STRONG


def is_sport(doc: Document, cues: Mapping[str, str]) -> bool:
    """Whether the document reads like a sports report (enough sport words)."""
    hits = sum(1 for s in doc.sentences for t in s.tokens if cues.get(t.text.lower()) == "sport")
    return hits >= SPORT_CUES_MIN


def find_occurrences(
    doc: Document, entities: Sequence[Entity], lexicon: EventLexicon, published: date | None
) -> list[Occurrence]:
    placed = entities_by_sentence(doc, entities)
    sport = is_sport(doc, lexicon.cues)
    found: list[Occurrence] = []
    for index, sentence in enumerate(doc.sentences):
        found.extend(sentence_occurrences(index, sentence, doc, placed, lexicon, published, sport))
    return found
