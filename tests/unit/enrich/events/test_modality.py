"""Modality cues around a trigger: drills, negation, hedges and plans."""

from __future__ import annotations

import pytest

from enrich.events.lexicon import EventLexicon
from enrich.events.modality import DRILL, classify
from warta.models.enriched import Modality


@pytest.fixture(scope="module")
def cues() -> dict[str, str]:
    return dict(EventLexicon.load().cues)


@pytest.mark.parametrize(
    ("sentence", "trigger", "expected"),
    [
        ("siswa mengikuti simulasi evakuasi gempa di sekolah", "gempa", DRILL),
        ("polisi membantah menangkap dua mahasiswa", "menangkap", Modality.NEGATED),
        ("tidak ada banjir di kawasan itu", "banjir", Modality.NEGATED),
        ("bmkg mengingatkan potensi banjir di jakarta", "banjir", Modality.HEDGED),
        ("kawasan itu rawan longsor saat hujan", "longsor", Modality.HEDGED),
        ("indonesia akan menggelar ktt asean", "ktt", Modality.PLANNED),
        ("ktt putin - trump segera berlangsung , persiapan", "ktt", Modality.PLANNED),
        ("gempa mengguncang lombok", "gempa", Modality.ASSERTED),
        ("tidak ada yang tahu , tetapi gempa mengguncang lombok", "gempa", Modality.ASSERTED),
    ],
)
def test_classify(cues: dict[str, str], sentence: str, trigger: str, expected: object) -> None:
    words = sentence.split()
    i = words.index(trigger)
    assert classify(words, i, i + 1, cues) == expected
