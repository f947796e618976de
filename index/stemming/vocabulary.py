"""The corpus vocabulary the stem rules are generated from: lowercase words with their frequency."""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

from index.exceptions import IndexConfigError

WORD = re.compile(r"[a-z]+")
CORPUS_SUBDIR = Path("corpus") / "articles" / "click_id_2019"
TEXT_COLUMNS = ("title", "content")


def corpus_files(shared: Path) -> list[Path]:
    """The CLICK-ID CSV files, sorted so that the output never depends on directory order."""
    files = sorted((shared / CORPUS_SUBDIR).glob("*.csv"))
    if not files:
        raise IndexConfigError(f"no corpus CSV files under {shared / CORPUS_SUBDIR}")
    return files


def read_texts(files: Iterable[Path]) -> Iterator[str]:
    """Title and body of every article in the CSV files."""
    csv.field_size_limit(1 << 30)
    for path in files:
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            for row in csv.DictReader(handle):
                yield " ".join(row.get(col) or "" for col in TEXT_COLUMNS)


def count_words(texts: Iterable[str]) -> Counter[str]:
    """Frequency of each lowercase alphabetic word (the standard tokenizer splits on hyphens too)."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update(WORD.findall(text.lower()))
    return counts


def vocabulary(counts: Mapping[str, int], min_freq: int, min_len: int = 3) -> dict[str, int]:
    """Words seen at least `min_freq` times and at least `min_len` letters long."""
    return {w: c for w, c in counts.items() if c >= min_freq and len(w) >= min_len}
