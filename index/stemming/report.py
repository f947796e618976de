"""The three-way family check: ours through `_analyze`, Lucene's `indonesian`, Sastrawi in Python."""

from __future__ import annotations

import logging
from pathlib import Path

from elasticsearch import ApiError, Elasticsearch
from elasticsearch import ConnectionError as EsConnectionError

from index.exceptions import ElasticsearchUnavailableError, IndexConfigError
from index.stemming.check import (
    LUCENE_ANALYZER,
    analyze_python,
    analyze_words,
    create_scratch_index,
    scratch_index_name,
)
from index.stemming.families import FamilyReport, Tokens, all_words, evaluate, load_families
from index.stemming.rules import load_rules, sastrawi_stemmer
from index.template import ANALYZER

log = logging.getLogger(__name__)


def _analyze_both(es: Elasticsearch, scratch: str, ours: str, words: list[str]) -> tuple[dict[str, Tokens], ...]:
    """Our analyzer's and Lucene's tokens, from a scratch index that is dropped afterwards."""
    try:
        create_scratch_index(es, scratch, load_rules())
    except EsConnectionError as exc:
        raise ElasticsearchUnavailableError(f"Elasticsearch did not answer: {exc}") from exc
    except ApiError as exc:
        raise IndexConfigError(f"cannot create the scratch index {scratch}: {exc}") from exc
    try:
        return analyze_words(es, scratch, ours, words), analyze_words(es, scratch, LUCENE_ANALYZER, words)
    except EsConnectionError as exc:
        raise ElasticsearchUnavailableError(f"Elasticsearch did not answer: {exc}") from exc
    except ApiError as exc:
        raise IndexConfigError(f"_analyze failed: {exc}") from exc
    finally:
        try:
            es.options(ignore_status=(404,)).indices.delete(index=scratch)
        except EsConnectionError:
            log.warning("could not delete the scratch index %s: Elasticsearch is gone", scratch)


def check_all(es: Elasticsearch, prefix: str, families_file: Path, analyzer: str | None = None) -> list[FamilyReport]:
    """Reports for our analyzer (first), Lucene's and Sastrawi's, over the same families."""
    families = load_families(families_file)
    words = all_words(families)
    ours = analyzer or ANALYZER
    mine, lucene = _analyze_both(es, scratch_index_name(prefix), ours, words)
    sastrawi = analyze_python(sastrawi_stemmer(), words)
    return [
        evaluate(f"{ours} (Elasticsearch _analyze)", families, mine),
        evaluate(f"{LUCENE_ANALYZER} (Lucene, Elasticsearch _analyze)", families, lucene),
        evaluate("Sastrawi (PySastrawi 1.2.1, Python)", families, sastrawi),
    ]
