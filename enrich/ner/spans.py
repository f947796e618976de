"""From BIO tags to entity spans, over token indices and over character offsets."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from enrich.text import Token


@dataclass(frozen=True, slots=True)
class Entity:
    """A tagged entity: its type, token span ``[start_token, end_token)`` and character span."""

    type: str
    start_token: int
    end_token: int
    start: int
    end: int
    text: str


def bio_spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """``(type, start_token, end_token)`` spans, end exclusive, conlleval-style.

    An ``I-X`` after ``O`` or after another type opens a new entity, as conlleval does.
    """
    spans: list[tuple[str, int, int]] = []
    kind, begin = "", -1
    for i, tag in enumerate(tags):
        prefix, _, label = tag.partition("-")
        continues = prefix == "I" and label == kind
        if kind and not continues:
            spans.append((kind, begin, i))
            kind = ""
        if prefix in ("B", "I") and not continues:
            kind, begin = label, i
    if kind:
        spans.append((kind, begin, len(tags)))
    return spans


def entities(tags: Sequence[str], tokens: Sequence[Token], text: str) -> list[Entity]:
    """Entities with character offsets into ``text``, from BIO ``tags`` over ``tokens``."""
    found: list[Entity] = []
    for kind, first, last in bio_spans(tags):
        start, end = tokens[first].start, tokens[last - 1].end
        found.append(Entity(kind, first, last, start, end, text[start:end]))
    return found
