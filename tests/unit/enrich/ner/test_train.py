"""A tiny training run: the pipeline writes a model that learns what it saw."""

from __future__ import annotations

from pathlib import Path

import pytest

from enrich.ner.corpora import Sentence
from enrich.ner.features import FeatureResources
from enrich.ner.gazetteer import make_gazetteer, save_gazetteer
from enrich.ner.tagger import NerTagger, default_model_path, sidecar
from enrich.ner.train import TrainConfig, fit_crf, score_tagger
from warta.exceptions import ConfigError

SENTENCES = [
    Sentence(("Presiden", "Joko", "Widodo", "tiba", "di", "Bandung", "."),
             ("O", "B-PER", "I-PER", "O", "O", "B-LOC", "O")),
    Sentence(("Menteri", "Sri", "Mulyani", "bertemu", "KPK", "di", "Jakarta", "."),
             ("O", "B-PER", "I-PER", "O", "B-ORG", "O", "B-LOC", "O")),
    Sentence(("Partai", "Golkar", "menggelar", "rapat", "di", "Surabaya", "."),
             ("B-ORG", "I-ORG", "O", "O", "O", "B-LOC", "O")),
    Sentence(("Ia", "makan", "nasi", "."), ("O", "O", "O", "O")),
]  # fmt: skip


def train_tiny(tmp_path: Path) -> Path:
    out = tmp_path / "models" / "ner-test.crfsuite"
    resources = FeatureResources(make_gazetteer({"jakarta": "LOC", "kpk": "ORG"}), {})
    fit_crf(SENTENCES, resources, out, TrainConfig(c1=0.0, c2=0.01, max_iterations=50))
    save_gazetteer(resources.gazetteer, sidecar(out, "gazetteer"))
    return out


def test_tiny_training_learns_what_it_saw(tmp_path: Path) -> None:
    out = train_tiny(tmp_path)
    assert out.stat().st_size > 0
    tagger = NerTagger.load(out)
    assert tagger.tag_tokens(SENTENCES[0].tokens) == list(SENTENCES[0].tags)
    assert tagger.tag_sentences([s.tokens for s in SENTENCES]) == [list(s.tags) for s in SENTENCES]
    assert tagger.tag_tokens([]) == []
    assert score_tagger(tagger, SENTENCES)["ALL"].f1 == 1.0
    assert {"B-PER", "I-PER", "B-ORG", "B-LOC", "O"} <= set(tagger.labels)


def test_training_is_reproducible(tmp_path: Path) -> None:
    first = train_tiny(tmp_path / "a").read_bytes()
    assert train_tiny(tmp_path / "b").read_bytes() == first


def test_missing_model_tells_how_to_train(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="warta train-ner"):
        NerTagger.load(tmp_path / "ner-1.crfsuite")


def test_default_model_path_and_sidecars(tmp_path: Path) -> None:
    path = default_model_path(tmp_path)
    assert path.parent == tmp_path / "models"
    assert path.name.startswith("ner-") and path.suffix == ".crfsuite"
    assert sidecar(path, "").name == path.name.replace(".crfsuite", ".json")
    assert sidecar(path, "gazetteer").name == path.name.replace(".crfsuite", ".gazetteer.json")
