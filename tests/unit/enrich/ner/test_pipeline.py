"""End-to-end training on a tiny shared dir, word statistics, re-casing, corpus names and the CLI."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from enrich.ner.cli import register
from enrich.ner.clusters import build_word_stats
from enrich.ner.corpora import Sentence, recase
from enrich.ner.gazetteer import corpus_gazetteer
from enrich.ner.tagger import NerTagger, sidecar
from enrich.ner.train import TrainConfig, train

CONFIG = TrainConfig(max_iterations=50, c1=0.0, cluster_levels=(2, 3), cluster_vocab=100)


def test_word_stats_are_deterministic(tiny_shared: Path) -> None:
    first = build_word_stats(tiny_shared, (2, 3), 100)
    assert first == build_word_stats(tiny_shared, (2, 3), 100)
    assert first.casing["jakarta"] == "Jakarta"
    assert "di" not in first.casing
    assert all(len(c.split("-")) == 2 for c in first.clusters.values())
    assert "jakarta" in first.clusters


def test_recase_restores_names() -> None:
    sentence = Sentence(("menteri", "sri", "mulyani", "ke", "kpk", "dan", "bank", "dunia"),
                        ("O", "B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "I-ORG"))  # fmt: skip
    recased = recase(sentence, {"kpk": "KPK", "menteri": "Menteri"})
    assert recased.tokens == ("Menteri", "Sri", "Mulyani", "ke", "KPK", "dan", "Bank", "Dunia")
    assert recased.tags == sentence.tags


def test_corpus_gazetteer_keeps_consistent_capitalised_names() -> None:
    names = [("PER", ("Sri", "Mulyani")), ("PER", ("sri", "mulyani")), ("LOC", ("Bali",)), ("ORG", ("Bali",)),
             ("ORG", ("rumah",))]  # fmt: skip
    gaz = corpus_gazetteer(names, {"sri": "Sri", "bali": "Bali"}, purity=0.8)
    assert dict(gaz.phrases) == {"sri mulyani": "PER"}


def test_train_writes_model_sidecars_and_record(tiny_shared: Path, tmp_path: Path) -> None:
    out = tmp_path / "models" / "ner-1.crfsuite"
    record = train(tiny_shared, out, CONFIG)
    for kind in ("", "gazetteer", "known", "clusters"):
        assert sidecar(out, kind).is_file()
    saved = json.loads(sidecar(out, "").read_text(encoding="utf-8"))
    assert saved == json.loads(json.dumps(record))
    assert "nlp/ner/idner-news-2k/train.txt" in saved["inputs_sha256"]
    assert saved["dev_scores"]["news"]["ALL"]["f1"] == 1.0
    tagger = NerTagger.load(out)
    assert tagger.tag_tokens(["Presiden", "Joko", "Widodo", "tiba", "di", "Bandung", "."])[1:3] == ["B-PER", "I-PER"]
    first = out.read_bytes()
    train(tiny_shared, out, CONFIG)
    assert out.read_bytes() == first


def test_cli_train_if_missing_skips_an_existing_model(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    register(parser.add_subparsers())
    out = tmp_path / "ner-1.crfsuite"
    out.write_bytes(b"model")
    args = parser.parse_args(["train-ner", "--out", str(out), "--if-missing"])
    assert args.func(args) == 0
    assert "not retraining" in capsys.readouterr().out
    assert parser.parse_args(["eval-ner", "--model", str(out)]).model == out
