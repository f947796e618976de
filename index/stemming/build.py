"""`warta stem-rules`: generate `data/stem_rules.txt` from the corpus vocabulary.

Deterministic: the same corpus, dictionary and parameters give the same file, byte for byte.
Run it with `warta stem-rules` (or `python -m index.stemming.build`) after changing the generator.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from index.stemming.rules import (
    DATA_DIR,
    RULES_FILE,
    RuleParams,
    Stemmer,
    clean_dictionary,
    group_rules,
    render_rules,
    sastrawi_dictionary,
    sastrawi_stemmer,
    stem_words,
)
from index.stemming.vocabulary import corpus_files, count_words, read_texts, vocabulary
from warta.shared import shared_dir

KEEP_FILE = DATA_DIR / "keep.txt"


@dataclass(frozen=True)
class BuildResult:
    """What a build produced, for the report."""

    words: int
    rules: int
    changed: int
    size_bytes: int
    text: str


def load_keep(path: Path = KEEP_FILE) -> frozenset[str]:
    """Words kept as they are (acronyms written as words)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def build_rules(
    counts: Mapping[str, int],
    dictionary: frozenset[str],
    sastrawi: Stemmer,
    keep: frozenset[str],
    params: RuleParams,
) -> BuildResult:
    """The rules file for word counts: pure, so that tests can run it on a small vocabulary."""
    vocab = vocabulary(counts, params.min_freq)
    roots = clean_dictionary(dictionary, vocab)
    stems = stem_words(vocab, roots, sastrawi, params)
    stems.update({word: word for word in keep})
    rules = group_rules(stems)
    text = render_rules(rules, params, len(vocab))
    changed = sum(1 for word, root in stems.items() if word != root)
    return BuildResult(len(vocab), len(rules), changed, len(text.encode("utf-8")), text)


def build_from_corpus(params: RuleParams, shared: Path | None = None) -> BuildResult:
    """Count the corpus words and build the rules (the slow part: about half a minute)."""
    counts = count_words(read_texts(corpus_files(shared or shared_dir())))
    return build_rules(counts, sastrawi_dictionary(), sastrawi_stemmer(), load_keep(), params)


def run(args: argparse.Namespace) -> int:
    """Handler of `warta stem-rules`."""
    params = RuleParams(min_freq=args.min_freq)
    result = build_from_corpus(params)
    out: Path = args.output
    out.write_text(result.text, encoding="utf-8")
    print(
        f"{out}: {result.rules} rules for {result.words} words "
        f"({result.changed} stemmed), {result.size_bytes / 1024:.0f} KiB"
    )
    return 0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--min-freq", type=int, default=RuleParams().min_freq, help="vocabulary threshold")
    parser.add_argument("--output", type=Path, default=RULES_FILE, help="where to write the rules")


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m index.stemming.build", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
