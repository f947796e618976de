"""The token F1 shared by the bench and the tests."""

from __future__ import annotations

import pytest

from ingest.extract.scoring import same_title, token_f1


def test_token_f1_ignores_case_punctuation_and_line_breaks() -> None:
    assert token_f1("Jakarta - Halo,\ndunia!", "jakarta halo dunia").f1 == 1.0


def test_token_f1_counts_repeats() -> None:
    score = token_f1("a a b", "a b b c")
    assert score.precision == pytest.approx(2 / 3)
    assert score.recall == pytest.approx(2 / 4)


def test_token_f1_of_nothing() -> None:
    assert token_f1("", "").f1 == 1.0
    assert token_f1("x", "y").f1 == 0.0


def test_same_title() -> None:
    assert same_title("Menteri Yuddy Ancam PNS “Dipangkas”", 'Menteri Yuddy ancam PNS "Dipangkas"')
    assert not same_title(None, "x")
    assert not same_title("Judul - Kompas.com", "Judul")
