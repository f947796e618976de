"""Corpus readers and the mapping of each corpus's labels onto PER/ORG/LOC in BIO."""

from __future__ import annotations

from pathlib import Path

import pytest

from enrich.ner.corpora import CorpusSplit, map_label, parse_conll, read_split, to_bio
from warta.exceptions import ConfigError


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("B-PER", "B-PER"),
        ("I-PERSON", "I-PER"),
        ("B-PPL", "B-PER"),
        ("B-ORGANIZATION", "B-ORG"),
        ("I-ORGANISATION", "I-ORG"),
        ("B-IND", "B-ORG"),
        ("B-LOCATION", "B-LOC"),
        ("I-PLACE", "I-LOC"),
        ("B-PLC", "B-LOC"),
        ("B-EVT", "B-EVT"),
        ("B-FNB", "O"),
        ("O", "O"),
        ("X-PER", "O"),
    ],
)
def test_map_label(label: str, expected: str) -> None:
    assert map_label(label) == expected


def test_to_bio_repairs_iob1() -> None:
    assert to_bio(["I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"]) == (
        "B-PER", "I-PER", "O", "B-LOC", "B-LOC", "B-ORG",
    )  # fmt: skip


def test_parse_idner_format_with_crlf_and_pos_column() -> None:
    text = "Joko PROPN B-PER\r\nWidodo PROPN I-PER\r\nke ADP O\r\nBali PROPN B-LOC\r\n\r\nIa PRON O\r\n"
    sentences = parse_conll(text)
    assert [s.tokens for s in sentences] == [("Joko", "Widodo", "ke", "Bali"), ("Ia",)]
    assert sentences[0].tags == ("B-PER", "I-PER", "O", "B-LOC")


def test_parse_tab_separated_nerui_and_nergrit_labels() -> None:
    text = '"\tO\nkata\tO\nFederer\tB-PERSON\n,\tO\nReuters\tB-ORGANIZATION\n\nDi\tO\nJawa\tB-PLACE\nBarat\tI-PLACE\n'
    sentences = parse_conll(text)
    assert sentences[0].tokens == ('"', "kata", "Federer", ",", "Reuters")
    assert sentences[0].tags == ("O", "O", "B-PER", "O", "B-ORG")
    assert sentences[1].tags == ("O", "B-LOC", "I-LOC")


def test_parse_nerp_drops_food_and_keeps_events() -> None:
    text = "makan\tO\nrendang\tB-FNB\ndi\tO\nasian\tB-EVT\ngames\tI-EVT\n"
    assert parse_conll(text)[0].tags == ("O", "O", "O", "B-EVT", "I-EVT")


def test_missing_corpus_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="WARTA_SHARED_DIR"):
        read_split(CorpusSplit("nothing", "nlp/ner/none.txt"), tmp_path)
