"""Sentence splitting and tokenization of Indonesian news text."""

from __future__ import annotations

import pytest

from enrich.text import split_sentences, tokenize


def texts(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("dr. H. Ahmad di Jl. Sudirman No. 5", ["dr.", "H.", "Ahmad", "di", "Jl.", "Sudirman", "No.", "5"]),
        ("Prof. Budi dan tgl. 5", ["Prof.", "Budi", "dan", "tgl.", "5"]),
        ("naik 2,5 persen dari 1.000 orang", ["naik", "2,5", "persen", "dari", "1.000", "orang"]),
        ("Senin (12/2/2025).", ["Senin", "(", "12/2/2025", ")", "."]),
        ("Rp10.000 atau Rp 1.000.000", ["Rp10.000", "atau", "Rp", "1.000.000"]),
        ('"Kami siap," kata Ani.', ['"', "Kami", "siap", ",", '"', "kata", "Ani", "."]),
        ("“Ya”, ujarnya", ["“", "Ya", "”", ",", "ujarnya"]),
        ("pertemuan Putin-Trump", ["pertemuan", "Putin", "-", "Trump"]),
        ("baik-baik Undang-undang Kota-Kota", ["baik-baik", "Undang-undang", "Kota-Kota"]),
        ("PDI-P Covid-19 se-Sulawesi Al-Qaeda", ["PDI-P", "Covid-19", "se-Sulawesi", "Al-Qaeda"]),
        ("pukul 09.30 WIB", ["pukul", "09.30", "WIB"]),
        ("JAKARTA, KOMPAS.com - Presiden", ["JAKARTA", ",", "KOMPAS.com", "-", "Presiden"]),
        ("lihat https://www.detik.com/a/b.", ["lihat", "https://www.detik.com/a/b", "."]),
        ("Ma'ruf Amin", ["Ma'ruf", "Amin"]),
    ],
)
def test_tokenize(text: str, expected: list[str]) -> None:
    assert texts(text) == expected


def test_offsets_point_into_the_source() -> None:
    text = "Presiden  Joko Widodo (Jokowi) tiba di Jakarta, Senin (12/2/2025).\nIa disambut Putin-Trump."
    for sentence in split_sentences(text):
        assert text[sentence.start : sentence.end] == sentence.text
        for token in sentence.tokens:
            assert text[token.start : token.end] == token.text


def test_split_sentences_keeps_abbreviations_and_closing_quotes() -> None:
    text = 'Ia bertemu dr. Ani di Jl. Merdeka. "Kami siap." Harga naik 2,5 persen! Lalu pulang'
    assert [s.text for s in split_sentences(text)] == [
        "Ia bertemu dr. Ani di Jl. Merdeka.",
        '"Kami siap."',
        "Harga naik 2,5 persen!",
        "Lalu pulang",
    ]


def test_period_before_lowercase_does_not_split() -> None:
    assert len(split_sentences("Ada buah, sayur, dll. dan lain lagi.")) == 1


def test_newline_ends_a_sentence() -> None:
    sentences = split_sentences("Judul Berita Tanpa Titik\nIsi berita.\n\n")
    assert [s.text for s in sentences] == ["Judul Berita Tanpa Titik", "Isi berita."]


def test_empty_text() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n ") == []
