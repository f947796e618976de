"""Run the family check through Elasticsearch's `_analyze` (the analysis the index really uses)."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence

from elasticsearch import Elasticsearch

from index.stemming.families import Tokens
from index.template import index_settings

LUCENE_ANALYZER = "indonesian"


def scratch_index_name(prefix: str) -> str:
    return f"{prefix}-stemcheck-{uuid.uuid4().hex[:8]}"


def create_scratch_index(es: Elasticsearch, name: str, rules: list[str]) -> None:
    """An empty index with the template's real settings (analysis and stem rules)."""
    es.indices.create(index=name, settings=index_settings(rules))


def tokens_by_word(words: Sequence[str], tokens: list[dict[str, object]]) -> dict[str, Tokens]:
    """Map the tokens of `" ".join(words)` back to each word by character offsets."""
    starts: list[int] = []
    offset = 0
    for word in words:
        starts.append(offset)
        offset += len(word) + 1
    out: dict[str, list[str]] = {word: [] for word in words}
    index = 0
    for token in tokens:
        start = int(str(token["start_offset"]))
        while index + 1 < len(starts) and starts[index + 1] <= start:
            index += 1
        out[words[index]].append(str(token["token"]))
    return {word: tuple(toks) for word, toks in out.items()}


def analyze_words(es: Elasticsearch, index: str, analyzer: str, words: Sequence[str]) -> dict[str, Tokens]:
    """Each word's tokens under `analyzer` of `index`, in one request per 2,000 words."""
    result: dict[str, Tokens] = {}
    for i in range(0, len(words), 2000):
        chunk = list(words[i : i + 2000])
        response = es.indices.analyze(index=index, analyzer=analyzer, text=" ".join(chunk))
        result.update(tokens_by_word(chunk, response["tokens"]))
    return result


def analyze_python(stem: Callable[[str], str], words: Sequence[str]) -> dict[str, Tokens]:
    """Each word's stem under a Python stemmer (Sastrawi), as one token."""
    return {word: (stem(word),) for word in words}
