"""Candidate entity spans in a sentence: from NER tags and from free lexicon matches, merged longest-first."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from enrich.normalise.lexicon import Lexicon
from enrich.text import Token
from warta.models.enriched import EntityType

# Tokens that never sit inside a name: an NER span over "Putin - Trump" is two names.
SEPARATORS = frozenset({"-", "–", "/", ",", "dan", "&", "serta", "atau", "(", ")", '"', "“", "”"})


@dataclass(frozen=True, slots=True)
class Span:
    """Tokens `[first, last)` of a sentence, with the NER type or (for a lexicon match) the lexicon's type."""

    first: int
    last: int
    kind: EntityType
    lexical: bool = False

    @property
    def size(self) -> int:
        return self.last - self.first


def _is_name_like(tokens: Sequence[Token]) -> bool:
    return any(t.text[:1].isupper() or t.text[:1].isdigit() for t in tokens) and any(t.text.isalpha() for t in tokens)


def _split_at_separators(first: int, last: int, tokens: Sequence[Token], kind: EntityType) -> list[Span]:
    spans, begin = [], first
    for i in range(first, last + 1):
        if i == last or tokens[i].text.lower() in SEPARATORS:
            if i > begin and _is_name_like(tokens[begin:i]):
                spans.append(Span(begin, i, kind))
            begin = i + 1
    return spans


def _trim(span: Span, tokens: Sequence[Token], common: frozenset[str]) -> Span | None:
    """Drop a lone common word ("Baca"); cut a common first word off a longer person name ("Postingan X Y")."""
    first = span.first
    while span.kind is EntityType.PER and span.last - first > 2 and tokens[first].text.lower() in common:
        first += 1
    if span.last - first == 1 and tokens[first].text.lower() in common:
        return None
    return Span(first, span.last, span.kind)


def ner_spans(tokens: Sequence[Token], tags: Sequence[str], common: frozenset[str] = frozenset()) -> list[Span]:
    """Spans of B-/I- tags (an I- after O opens a span); all-lowercase spans and lone common words are dropped."""
    spans: list[Span] = []
    start, kind = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        label = tag[2:] if tag[:2] in ("B-", "I-") else ""
        if start >= 0 and (not label or tag.startswith("B-") or label != kind):
            if kind in EntityType.__members__:
                for part in _split_at_separators(start, i, tokens, EntityType(kind)):
                    trimmed = _trim(part, tokens, common)
                    if trimmed is not None:
                        spans.append(trimmed)
            start = -1
        if label and start < 0:
            start, kind = i, label
    return spans


def lexicon_spans(tokens: Sequence[Token], lexicon: Lexicon) -> list[Span]:
    """Longest free lexicon matches (exact case), left to right, not overlapping."""
    spans: list[Span] = []
    i, n = 0, len(tokens)
    while i < n:
        longest = lexicon.first_tokens.get(tokens[i].text, 0)
        found = 0
        for size in range(min(longest, n - i), 0, -1):
            entry = lexicon.exact.get(tuple(t.text for t in tokens[i : i + size]))
            if entry is not None and entry.free:
                found = size
                break
        if found:
            entry = lexicon.exact[tuple(t.text for t in tokens[i : i + found])]
            spans.append(Span(i, i + found, entry.referents[0].type, lexical=True))
            i += found
        else:
            i += 1
    return spans


def _known_person_inside(span: Span, lexical: Sequence[Span]) -> bool:
    """An NER person span like 'Presiden Rusia Vladimir Putin' that ends with a known person's name."""
    return span.kind is EntityType.PER and any(
        s.kind is EntityType.PER and s.last == span.last and s.first > span.first for s in lexical
    )


def merge_spans(ner: Sequence[Span], lexical: Sequence[Span]) -> list[Span]:
    """Non-overlapping spans, longest first; on equal length the lexicon match wins. Sorted by position."""
    kept = [s for s in ner if not _known_person_inside(s, lexical)]
    ranked = sorted([*kept, *lexical], key=lambda s: (-s.size, not s.lexical, s.first))
    taken: list[Span] = []
    used: set[int] = set()
    for span in ranked:
        cells = set(range(span.first, span.last))
        if cells & used:
            continue
        used |= cells
        taken.append(span)
    return sorted(taken, key=lambda s: s.first)
