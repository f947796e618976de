"""The named-entity tagger the other stages use.

    from enrich.ner.tagger import NerTagger, bio_spans, entities
    from enrich.text import split_sentences

    tagger = NerTagger.load()                      # default model, or NerTagger.load(path)
    for sentence in split_sentences(text):
        words = [t.text for t in sentence.tokens]
        tags = tagger.tag_tokens(words)            # ["B-PER", "I-PER", "O", ...]
        for entity in entities(tags, sentence.tokens, text):
            ...                                    # entity.type in {"PER", "ORG", "LOC", "EVT"}

The model is a CRF (python-crfsuite) trained by `warta train-ner`; it lives in
`Settings().data_dir / "models" / "ner-<NER_VERSION>.crfsuite"` with its sidecars:
`.json` (training record: data hashes, settings, scores), `.gazetteer.json` (regions, countries,
aliases), `.known.json` (entity names from NERGrit and NERP) and `.clusters.json` (word clusters).
Load it once and pass the tagger down; it keeps no global state.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import pycrfsuite

from enrich.ner.features import FeatureResources, TokenInfo, sentence_features
from enrich.ner.gazetteer import load_gazetteer, make_gazetteer
from enrich.ner.spans import Entity, bio_spans, entities
from warta.exceptions import ConfigError

NER_VERSION = "1"
CACHE_SIZE = 200_000  # distinct tokens whose features a tagger keeps; cleared when full

__all__ = ["NER_VERSION", "Entity", "NerTagger", "bio_spans", "default_model_path", "entities", "load_tagger"]


def default_model_path(data_dir: Path | None = None) -> Path:
    """`<data_dir>/models/ner-<version>.crfsuite`; ``data_dir`` defaults to `Settings().data_dir`."""
    if data_dir is None:
        from warta.settings import Settings  # noqa: PLC0415 - settings only when no path is given

        data_dir = Settings().data_dir
    return data_dir / "models" / f"ner-{NER_VERSION}.crfsuite"


def sidecar(model_path: Path, kind: str) -> Path:
    """``ner-1.crfsuite`` -> ``ner-1.json`` (kind ``""``), ``ner-1.gazetteer.json`` (kind ``gazetteer``)."""
    stem = model_path.name.removesuffix(".crfsuite")
    return model_path.with_name(f"{stem}.{kind}.json" if kind else f"{stem}.json")


def load_resources(model_path: Path) -> FeatureResources:
    """The gazetteer and word clusters saved next to a model."""
    clusters_path = sidecar(model_path, "clusters")
    clusters = json.loads(clusters_path.read_text(encoding="utf-8")) if clusters_path.is_file() else {}
    known_path = sidecar(model_path, "known")
    known = load_gazetteer(known_path) if known_path.is_file() else make_gazetteer({})
    return FeatureResources(load_gazetteer(sidecar(model_path, "gazetteer")), clusters, known)


class NerTagger:
    """A loaded CRF model with its feature resources. Thread-compatible, not thread-safe."""

    def __init__(self, crf: pycrfsuite.Tagger, resources: FeatureResources, model_path: Path) -> None:
        self._crf = crf
        self.resources = resources
        self.model_path = model_path
        self._cache: dict[str, TokenInfo] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> NerTagger:
        """Load the model at ``path`` (default: `default_model_path()`); ConfigError when missing."""
        model_path = path or default_model_path()
        missing = [p for p in (model_path, sidecar(model_path, "gazetteer")) if not p.is_file()]
        if missing:
            raise ConfigError(
                f"NER model not found ({', '.join(map(str, missing))}); "
                "run `warta train-ner` (or `make setup`) to train it"
            )
        crf = pycrfsuite.Tagger()
        crf.open(str(model_path))
        return cls(crf, load_resources(model_path), model_path)

    def tag_tokens(self, tokens: Sequence[str]) -> list[str]:
        """BIO tags (``B-PER``, ``I-ORG``, ``O``, ...) for the tokens of one sentence."""
        if not tokens:
            return []
        if len(self._cache) > CACHE_SIZE:
            self._cache.clear()
        tags: list[str] = self._crf.tag(sentence_features(tokens, self.resources, self._cache))
        return tags

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO tags for each tokenized sentence."""
        return [self.tag_tokens(tokens) for tokens in sentences]

    @property
    def labels(self) -> list[str]:
        """The tags the model can output."""
        labels: list[str] = self._crf.labels()
        return labels


def load_tagger(path: Path | None = None) -> NerTagger:
    """Same as `NerTagger.load`."""
    return NerTagger.load(path)
