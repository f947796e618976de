"""Readers for the labelled NER corpora in the shared data, mapped onto one BIO label set.

Every corpus is read as a list of `Sentence(tokens, tags)` with tags in BIO over the types
PER, ORG, LOC (and EVT, kept from NERP), whatever the corpus calls them. IOB1 input (an
``I-`` tag opening an entity) is normalised to BIO.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from enrich.ner.spans import bio_spans
from warta.exceptions import ConfigError

# Corpus label -> Warta type; a label missing here (FNB) becomes O.
LABEL_MAP: Mapping[str, str] = {
    "PER": "PER", "PERSON": "PER", "PPL": "PER",
    "ORG": "ORG", "ORGANIZATION": "ORG", "ORGANISATION": "ORG", "IND": "ORG",
    "LOC": "LOC", "LOCATION": "LOC", "PLACE": "LOC", "PLC": "LOC",
    "EVT": "EVT",
}  # fmt: skip

MEASURED_TYPES = ("PER", "ORG", "LOC")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One labelled sentence: tokens and their BIO tags, of equal length."""

    tokens: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class CorpusSplit:
    """Where one split of one corpus lives, relative to the shared dir."""

    name: str
    path: str
    lowercase: bool = False


TRAIN_SPLITS = (
    CorpusSplit("idner-news-2k", "nlp/ner/idner-news-2k/train.txt"),
    CorpusSplit("indolem-nerui", "nlp/ner/indolem-nerui/train.01.tsv"),
    CorpusSplit("indonlu-nergrit", "nlp/ner/indonlu-nergrit/train_preprocess.txt"),
    CorpusSplit("indonlu-nerp", "nlp/ner/indonlu-nerp/train_preprocess.txt", lowercase=True),
)
DEV_SPLITS = (
    CorpusSplit("idner-news-2k", "nlp/ner/idner-news-2k/dev.txt"),
    CorpusSplit("indolem-nerui", "nlp/ner/indolem-nerui/dev.01.tsv"),
    CorpusSplit("indonlu-nergrit", "nlp/ner/indonlu-nergrit/valid_preprocess.txt"),
)  # NERP is not trained on (it lowered the news F1), so its lower-case dev split is not scored
NEWS_SPLITS = ("idner-news-2k", "indolem-nerui")


def map_label(label: str) -> str:
    """Map a corpus tag (``B-PERSON``, ``I-PLC``, ``O``) to a Warta tag (``B-PER``, ``I-LOC``, ``O``)."""
    if label == "O" or "-" not in label:
        return "O"
    prefix, _, kind = label.partition("-")
    mapped = LABEL_MAP.get(kind.upper())
    if mapped is None or prefix not in ("B", "I"):
        return "O"
    return f"{prefix}-{mapped}"


def to_bio(tags: Iterable[str]) -> tuple[str, ...]:
    """Normalise IOB1 to BIO: an ``I-X`` that does not continue an ``X`` entity opens one."""
    out: list[str] = []
    previous = "O"
    for tag in tags:
        fixed = "B-" + tag[2:] if tag.startswith("I-") and previous[2:] != tag[2:] else tag
        out.append(fixed)
        previous = fixed
    return tuple(out)


def parse_conll(text: str) -> list[Sentence]:
    """Parse `token [columns...] tag` lines, blank-line separated; tabs or spaces, LF or CRLF."""
    sentences: list[Sentence] = []
    tokens: list[str] = []
    tags: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line:
            if tokens:
                sentences.append(Sentence(tuple(tokens), to_bio(map_label(t) for t in tags)))
            tokens, tags = [], []
            continue
        fields = line.split("\t") if "\t" in line else line.split()
        if len(fields) < 2:
            continue
        tokens.append(fields[0])
        tags.append(fields[-1])
    if tokens:
        sentences.append(Sentence(tuple(tokens), to_bio(map_label(t) for t in tags)))
    return sentences


def read_split(split: CorpusSplit, shared: Path) -> list[Sentence]:
    """Read one split from the shared dir; a missing file is a ConfigError."""
    path = shared / split.path
    if not path.is_file():
        raise ConfigError(f"NER corpus {split.name} not found at {path}; set WARTA_SHARED_DIR")
    return parse_conll(path.read_text(encoding="utf-8"))


def file_sha256(path: Path) -> str:
    """The hex SHA-256 of a file, for the training record."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


# Lower-case words that stay lower case inside a re-cased entity name.
_NAME_PARTICLES = frozenset({"dan", "di", "dari", "untuk", "bin", "binti", "van", "de", "der", "von", "of", "the"})


def recase(sentence: Sentence, casing: Mapping[str, str]) -> Sentence:
    """Restore plausible casing to an all-lower-case sentence (NERP) for training.

    Each word takes its most frequent written form in news (``casing``); inside an entity a word
    whose usual form is lower case is capitalised (name particles excepted); the sentence's
    first word is capitalised.
    """
    inside = {i for _, a, b in bio_spans(sentence.tags) for i in range(a, b)}
    words: list[str] = []
    for i, token in enumerate(sentence.tokens):
        word = casing.get(token, token)
        if i in inside and word.islower() and token not in _NAME_PARTICLES:
            word = word[:1].upper() + word[1:]
        words.append(word)
    if words:
        words[0] = words[0][:1].upper() + words[0][1:]
    return Sentence(tuple(words), sentence.tags)
