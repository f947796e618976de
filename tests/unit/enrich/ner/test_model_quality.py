"""The trained default model (`make setup` runs `warta train-ner`): guards against quality regressions.

Floors are the scores measured when the model was tuned (news entity F1 0.872) less 0.01.
"""

from __future__ import annotations

import pytest

from enrich.ner.spans import bio_spans
from enrich.ner.tagger import NerTagger
from enrich.ner.train import dev_scores
from enrich.text import split_sentences
from warta.shared import shared_dir


@pytest.fixture(scope="module")
def tagger() -> NerTagger:
    return NerTagger.load()


@pytest.fixture(scope="module")
def scores(tagger: NerTagger) -> dict[str, dict[str, float]]:
    return {
        split: {t: s.f1 for t, s in per_type.items()} for split, per_type in dev_scores(tagger, shared_dir()).items()
    }


def test_news_f1_floor(scores: dict[str, dict[str, float]]) -> None:
    assert scores["news"]["ALL"] >= 0.862
    assert scores["news"]["PER"] >= 0.905
    assert scores["news"]["ORG"] >= 0.852
    assert scores["news"]["LOC"] >= 0.814


def test_per_corpus_floors(scores: dict[str, dict[str, float]]) -> None:
    assert scores["idner-news-2k"]["ALL"] >= 0.838
    assert scores["indolem-nerui"]["ALL"] >= 0.896


def test_tags_a_news_paragraph(tagger: NerTagger) -> None:
    text = (
        "Presiden Prabowo Subianto bertemu Perdana Menteri Jepang di Istana Merdeka, Jakarta, Senin (12/2/2025). "
        'Menurut Ketua KPK, "Kami akan memanggil pejabat Kementerian Keuangan," katanya.'
    )
    found = set()
    for sentence in split_sentences(text):
        words = [t.text for t in sentence.tokens]
        for kind, first, last in bio_spans(tagger.tag_tokens(words)):
            found.add((kind, " ".join(words[first:last])))
    assert {("PER", "Prabowo Subianto"), ("LOC", "Jakarta"), ("ORG", "KPK"), ("ORG", "Kementerian Keuangan")} <= found
