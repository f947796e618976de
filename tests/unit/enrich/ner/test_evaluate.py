"""Entity spans from BIO tags and entity-level precision, recall and F1."""

from __future__ import annotations

import pytest

from enrich.ner.evaluate import entity_scores, format_scores
from enrich.ner.spans import bio_spans, entities
from enrich.text import tokenize

TYPES = ("PER", "ORG", "LOC")


def test_bio_spans() -> None:
    tags = ["B-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-LOC", "I-ORG", "O", "B-ORG"]
    assert bio_spans(tags) == [("PER", 0, 2), ("LOC", 3, 4), ("LOC", 4, 6), ("ORG", 6, 7), ("ORG", 8, 9)]


def test_bio_spans_stray_inside_tag_opens_an_entity() -> None:
    assert bio_spans(["O", "I-PER", "I-PER"]) == [("PER", 1, 3)]
    assert bio_spans([]) == []


def test_entities_carry_character_offsets() -> None:
    text = "Kemarin Joko Widodo tiba di Jakarta."
    tokens = tokenize(text)
    found = entities(["O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"], tokens, text)
    assert [(e.type, e.text, e.start, e.end) for e in found] == [
        ("PER", "Joko Widodo", 8, 19),
        ("LOC", "Jakarta", 28, 35),
    ]


def test_exact_match_scores() -> None:
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    scores = entity_scores(gold, gold, TYPES)
    assert scores["ALL"].f1 == 1.0
    assert scores["ORG"].f1 == 0.0
    assert scores["ORG"].gold == 0


def test_partial_span_and_wrong_type_count_as_errors() -> None:
    gold = [["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-ORG", "I-ORG", "O", "B-PER"]]
    scores = entity_scores(gold, pred, TYPES)
    assert (scores["ALL"].tp, scores["ALL"].predicted, scores["ALL"].gold) == (1, 3, 3)
    assert scores["ALL"].precision == pytest.approx(1 / 3)
    assert scores["ALL"].recall == pytest.approx(1 / 3)
    assert scores["ORG"].f1 == 1.0
    assert (scores["PER"].tp, scores["PER"].predicted, scores["PER"].gold) == (0, 2, 1)
    assert scores["LOC"].recall == 0.0


def test_types_outside_the_measured_set_are_ignored() -> None:
    scores = entity_scores([["B-EVT", "I-EVT", "B-PER"]], [["O", "O", "B-PER"]], TYPES)
    assert scores["ALL"].f1 == 1.0


def test_format_scores_lists_every_type() -> None:
    table = format_scores("dev", entity_scores([["B-PER"]], [["B-PER"]], TYPES))
    assert table.splitlines()[0] == "dev"
    assert any(line.split()[0] == "ALL" and line.split()[3] == "1.0000" for line in table.splitlines()[2:])
