"""Feature extraction and gazetteer matching."""

from __future__ import annotations

import pytest

from enrich.ner.features import FeatureResources, cue_class, sentence_features, word_shape
from enrich.ner.gazetteer import make_gazetteer, match_gazetteer

GAZ = make_gazetteer({"jawa barat": "LOC", "jawa": "LOC", "amerika serikat": "LOC", "kpk": "ORG"})


@pytest.mark.parametrize(
    ("token", "shape"),
    [("Jakarta", "Xx"), ("KPK", "X"), ("12/2/2025", "d/d/d"), ("Rp10.000", "Xxd.d"), ("baik-baik", "x-x")],
)
def test_word_shape(token: str, shape: str) -> None:
    assert word_shape(token) == shape


def test_cue_class() -> None:
    assert [cue_class(w) for w in ("presiden", "partai", "kabupaten", "makan")] == ["T", "O", "L", ""]


def test_gazetteer_prefers_the_longest_match() -> None:
    words = ["warga", "jawa", "barat", "dan", "jawa", "ke", "amerika", "serikat"]
    assert match_gazetteer(words, GAZ) == ["", "B-LOC", "I-LOC", "", "B-LOC", "", "B-LOC", "I-LOC"]


def test_sentence_features() -> None:
    resources = FeatureResources(GAZ, {"jokowi": "3-17", "presiden": "5-2"})
    feats = sentence_features(["Presiden", "Jokowi", "ke", "Jawa", "Barat"], resources)
    assert len(feats) == 5
    assert {"bias", "BOS|cap=known", "w=presiden", "cue=T", "+1w=jokowi", "+1c=3-17"} <= set(feats[0])
    expected = {"w=jokowi", "c=3-17", "c0=3", "c1=17", "-1cue=T", "-1|w=presiden|jokowi", "-2BOS", "+1cap="}
    assert expected <= set(feats[1])
    assert not any(f.startswith("+1g=") for f in feats[1])
    assert "cap=rare" in feats[3]
    assert {"g=B-LOC", "+1g=I-LOC"} <= set(feats[3])
    assert {"g=I-LOC", "EOS", "-1g=B-LOC"} <= set(feats[4])
    assert sentence_features([], resources) == []
