"""Word statistics from the unlabelled CLICK-ID news texts, computed deterministically at training time.

- Word clusters, a cheap stand-in for Brown clusters: each frequent word is described by its
  counts of left and right neighbours among the most frequent words, weighted by positive PMI,
  projected on the top singular vectors, and grouped by spherical k-means (fixed seed) at two
  granularities. A word's cluster reads ``<coarse>-<fine>-...``.
- Casing: each word's most frequent written form (``jakarta`` -> ``Jakarta``, ``kpk`` -> ``KPK``),
  used to re-case the all-lower-case NERP corpus for training.
"""

from __future__ import annotations

import csv
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from enrich.text import tokenize

CLUSTER_DIR = "corpus/articles/click_id_2019"
CLUSTER_SOURCES = tuple(
    f"{CLUSTER_DIR}/{name}.csv"
    for name in ("kapanlagi", "kompas", "okezone", "pos_metro", "sindonews", "tempo", "tribunnews")
)
SEED = 20190731
CONTEXT_WORDS = 800
DIMENSIONS = 64

FloatArray = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]


@dataclass(frozen=True, slots=True)
class WordStats:
    """Cluster per lower-cased word, and the most frequent written form of each lower-cased word."""

    clusters: dict[str, str]
    casing: dict[str, str]


def read_texts(shared: Path) -> Iterator[str]:
    """Titles and contents of the CLICK-ID articles, in file and row order."""
    csv.field_size_limit(sys.maxsize)
    for name in CLUSTER_SOURCES:
        with (shared / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield row.get("title") or ""
                yield row.get("content") or ""


def encode(texts: Iterator[str]) -> tuple[IntArray, list[str]]:
    """All texts as one array of surface-form ids (``-1`` between texts), and the id -> form table."""
    ids: dict[str, int] = {}
    stream: list[int] = []
    for text in texts:
        stream.extend(ids.setdefault(t.text, len(ids)) for t in tokenize(text))
        stream.append(-1)
    return np.array(stream, dtype=np.int64), list(ids)


def lower_ids(forms: list[str]) -> tuple[IntArray, list[str]]:
    """For each surface form id, the id of its lower-cased form; and the lower-cased table."""
    ids: dict[str, int] = {}
    mapping = np.array([ids.setdefault(f.lower(), len(ids)) for f in forms], dtype=np.int64)
    return mapping, list(ids)


def cooccurrence(rows: IntArray, cols: IntArray, n_rows: int, n_cols: int) -> FloatArray:
    """Counts of each row word's left and right neighbours among the column words: shape (V, 2C).

    ``rows``/``cols`` give, per stream position, the row/column index of its word or ``-1``.
    """
    counts = np.zeros((n_rows, 2 * n_cols), dtype=np.float32)
    pairs = ((rows[1:], cols[:-1], 0), (rows[:-1], cols[1:], n_cols))  # left, then right neighbour
    for r, c, offset in pairs:
        keep = (r >= 0) & (c >= 0)
        cells, n = np.unique(r[keep] * 2 * n_cols + offset + c[keep], return_counts=True)
        counts.flat[cells] += n.astype(np.float32)
    return counts


def ppmi_svd(counts: FloatArray, dimensions: int) -> FloatArray:
    """Positive-PMI weighting, projection on the top right singular vectors, unit-length rows."""
    total = counts.sum()
    row_sum = counts.sum(axis=1, keepdims=True) + 1e-9
    col_sum = counts.sum(axis=0, keepdims=True) + 1e-9
    with np.errstate(divide="ignore"):
        pmi: FloatArray = np.log(counts * total / (row_sum * col_sum))
    ppmi = np.maximum(pmi, 0, out=pmi)
    _, eigenvectors = np.linalg.eigh((ppmi.T @ ppmi).astype(np.float64))
    vectors = ppmi @ eigenvectors[:, ::-1][:, :dimensions].astype(np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    unit: FloatArray = (vectors / norms).astype(np.float32)
    return unit


def kmeans(vectors: FloatArray, k: int, iterations: int = 20) -> IntArray:
    """Spherical k-means with a seeded choice of initial centroids; returns a label per row."""
    rng = np.random.default_rng(SEED)
    centroids = vectors[np.sort(rng.choice(len(vectors), size=k, replace=False))]
    labels = np.zeros(len(vectors), dtype=np.int64)
    for _ in range(iterations):
        labels = np.argmax(vectors @ centroids.T, axis=1)
        for j in range(k):
            members = vectors[labels == j]
            if len(members):
                centre = members.sum(axis=0)
                centroids[j] = centre / (np.linalg.norm(centre) + 1e-9)
    return labels


def casing_table(stream: IntArray, forms: list[str], lower_of: IntArray, lowers: list[str]) -> dict[str, str]:
    """Lower-cased word -> its most frequent form, where that form is not the lower-cased word."""
    form_counts = np.bincount(stream[stream >= 0], minlength=len(forms))
    best: dict[int, int] = {}
    for form_id in np.argsort(-form_counts, kind="stable"):
        best.setdefault(int(lower_of[form_id]), int(form_id))
    return {lowers[low]: forms[f] for low, f in sorted(best.items()) if forms[f] != lowers[low]}


def build_word_stats(shared: Path, levels: Sequence[int], vocab_size: int) -> WordStats:
    """Clusters of the ``vocab_size`` most frequent lower-cased words (seen 3 times or more), and casing.

    A word's cluster id joins its k-means cluster at each granularity in ``levels`` with ``-``.
    """
    stream, forms = encode(read_texts(shared))
    lower_of, lowers = lower_ids(forms)
    low_stream = np.where(stream >= 0, lower_of[np.maximum(stream, 0)], -1)
    freq = np.bincount(low_stream[low_stream >= 0], minlength=len(lowers))
    order = sorted(range(len(lowers)), key=lambda i: (-freq[i], lowers[i]))
    vocab = [i for i in order[:vocab_size] if freq[i] >= 3]
    row_index = np.full(len(lowers) + 1, -1, dtype=np.int64)  # the last slot maps the -1 separator
    row_index[vocab] = np.arange(len(vocab))
    contexts = order[:CONTEXT_WORDS]
    col_index = np.full(len(lowers) + 1, -1, dtype=np.int64)
    col_index[contexts] = np.arange(len(contexts))
    counts = cooccurrence(row_index[low_stream], col_index[low_stream], len(vocab), len(contexts))
    vectors = ppmi_svd(counts, DIMENSIONS)
    labels = [kmeans(vectors, k) for k in levels]
    clusters = {lowers[w]: "-".join(str(level[i]) for level in labels) for i, w in enumerate(vocab)}
    return WordStats(clusters, casing_table(stream, forms, lower_of, lowers))
