"""Spans, surname coreference and salience, with NER tags given by hand."""

from __future__ import annotations

import pytest

from enrich.normalise.document import Document
from enrich.normalise.entities import extract_entities
from enrich.normalise.lexicon import Lexicon
from enrich.normalise.spans import Span, merge_spans, ner_spans
from enrich.text import tokenize
from warta.models.enriched import Entity, EntityType


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return Lexicon.load()


def tag_names(doc: Document, names: dict[str, str]) -> list[list[str]]:
    """BIO tags marking every token sequence listed in `names` (surface -> type)."""
    tags = []
    for sentence in doc.sentences:
        words = [t.text for t in sentence.tokens]
        row = ["O"] * len(words)
        for surface, kind in sorted(names.items(), key=lambda item: -len(item[0])):
            parts = [t.text for t in tokenize(surface)]
            for i in range(len(words) - len(parts) + 1):
                if words[i : i + len(parts)] == parts and set(row[i : i + len(parts)]) == {"O"}:
                    row[i : i + len(parts)] = [f"B-{kind}"] + [f"I-{kind}"] * (len(parts) - 1)
        tags.append(row)
    return tags


def by_id(entities: list[Entity]) -> dict[str, Entity]:
    return {e.id: e for e in entities}


def test_ner_spans_split_at_hyphen_and_drop_lowercase() -> None:
    tokens = tokenize("KTT Putin-Trump dan warga")
    spans = ner_spans(tokens, ["O", "B-PER", "I-PER", "I-PER", "O", "B-PER"])
    assert spans == [Span(1, 2, EntityType.PER), Span(3, 4, EntityType.PER)]


def test_merge_prefers_longer_then_lexicon() -> None:
    lexical = [Span(1, 3, EntityType.PER, lexical=True), Span(3, 4, EntityType.LOC, lexical=True)]
    assert merge_spans([Span(0, 2, EntityType.PER)], lexical) == lexical
    longer = Span(0, 4, EntityType.ORG)
    assert merge_spans([longer], lexical) == [longer]


def test_person_span_ending_with_a_known_name_is_split() -> None:
    lexical = [Span(1, 2, EntityType.LOC, lexical=True), Span(2, 4, EntityType.PER, lexical=True)]
    assert merge_spans([Span(0, 4, EntityType.PER)], lexical) == lexical  # "Presiden Rusia Vladimir Putin"


def test_surname_links_to_full_name(lexicon: Lexicon) -> None:
    doc = Document.from_parts("Budi Santoso Terpilih", "Kemarin Budi Santoso menang. Santoso lalu berpidato.")
    entities = by_id(extract_entities(doc, tag_names(doc, {"Budi Santoso": "PER", "Santoso": "PER"}), lexicon))
    person = entities["per:budi-santoso"]
    assert [m.text for m in person.mentions] == ["Budi Santoso", "Budi Santoso", "Santoso"]
    assert "per:santoso" not in entities


def test_mentions_offsets_index_title_newline_text(lexicon: Lexicon) -> None:
    title, text = "Banjir di Jatim", "Hujan deras melanda Kota Surabaya dan Kabupaten Bandung."
    doc = Document.from_parts(title, text)
    entities = by_id(extract_entities(doc, tag_names(doc, {}), lexicon))
    full = f"{title}\n{text}"
    for entity in entities.values():
        for mention in entity.mentions:
            assert full[mention.start : mention.end] == mention.text
    assert entities["loc:id-35"].salience.in_title
    assert entities["loc:id-35.78"].salience.in_lead
    assert entities["loc:id-32.04"].kemendagri_code == "32.04"


def test_lexicon_type_wins_over_ner_type(lexicon: Lexicon) -> None:
    doc = Document.from_parts("Kremlin menjawab", "Juru bicara Kremlin berbicara.")
    entities = by_id(extract_entities(doc, tag_names(doc, {"Kremlin": "LOC"}), lexicon))
    assert entities["org:kepresidenan-rusia"].type is EntityType.ORG


def test_common_lowercase_words_are_not_entities(lexicon: Lexicon) -> None:
    doc = Document.from_parts("Warga", "warga mengangkat batu di puncak bukit dan malang nasibnya.")
    assert extract_entities(doc, tag_names(doc, {}), lexicon) == []


def test_salience_orders_entities(lexicon: Lexicon) -> None:
    doc = Document.from_parts("Jokowi ke Surabaya", "Jokowi tiba. Jokowi bertemu warga. Ada juga KPK.")
    entities = extract_entities(doc, tag_names(doc, {}), lexicon)
    assert entities[0].id == "per:joko-widodo"
    assert entities[0].salience.count == 3
    assert 0.0 <= entities[-1].salience.score < entities[0].salience.score <= 1.0


def test_title_case_headline_name_is_fitted_to_the_body_name(lexicon: Lexicon) -> None:
    doc = Document.from_parts("Tommy Sugiarto Dihentikan Momota", "Tunggal putra Tommy Sugiarto kalah. Tommy kecewa.")
    tags = tag_names(doc, {"Tommy Sugiarto Dihentikan Momota": "PER", "Tommy Sugiarto": "PER", "Tommy": "PER"})
    entities = by_id(extract_entities(doc, tags, lexicon))
    assert [m.text for m in entities["per:tommy-sugiarto"].mentions] == ["Tommy Sugiarto", "Tommy Sugiarto", "Tommy"]
    assert entities["per:tommy-sugiarto"].salience.in_title


def test_lone_common_words_and_leading_common_words_are_dropped(lexicon: Lexicon) -> None:
    doc = Document.from_parts("Kabar", "Baca juga berita ini. Postingan Veronica Koman viral.")
    tags = tag_names(doc, {"Baca": "PER", "Postingan Veronica Koman": "PER"})
    assert [e.name for e in extract_entities(doc, tags, lexicon)] == ["Veronica Koman"]
