"""Stem rules for the `stemmer_override` filter, generated from a dictionary stemmer over a vocabulary.

Each vocabulary word is mapped to its root; the rules are grouped by root ("menangkap, ditangkap,
tangkap => tangkap"), the root itself included, so that a search for the root and for any form meets
the same term. The override marks the token as a keyword: Lucene's Indonesian stemmer, which comes
after it in the analyzer, then only stems words that are not in the vocabulary.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from index.exceptions import IndexConfigError
from index.stemming.morphology import PARTICLES, POSSESSIVES, VOWELS, analyses, choose_root

DATA_DIR = Path(__file__).parent / "data"
RULES_FILE = DATA_DIR / "stem_rules.txt"
DEFAULT_MIN_FREQ = 1
DEFAULT_MIN_EVIDENCE = 10
DEFAULT_MIN_SHARE = 0.0
PLAIN_PREFIXES = ("di", "ter", "ber", "ke", "se")

# What Lucene's IndonesianStemmer strips (particles, possessives, prefixes, derivational suffixes).
LUCENE_PREFIXES = ("me", "pe", "di", "ter", "ke", "be")
LUCENE_SUFFIXES = ("kah", "lah", "pun", "ku", "mu", "nya", "kan", "an", "i")

Stemmer = Callable[[str], str]


@dataclass(frozen=True)
class RuleParams:
    """What the generated rules depend on; written into the rules file's header."""

    min_freq: int = DEFAULT_MIN_FREQ
    min_evidence: int = DEFAULT_MIN_EVIDENCE
    min_share: float = DEFAULT_MIN_SHARE


def sastrawi_stemmer() -> Stemmer:
    """PySastrawi's stemmer (its dictionary of about 30,000 roots)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # noqa: PLC0415 - loads its dictionary on demand

    stemmer = StemmerFactory().create_stemmer()
    return stemmer.stem  # type: ignore[no-any-return]


def sastrawi_dictionary() -> frozenset[str]:
    """Sastrawi's root dictionary (`kata-dasar.txt`)."""
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory  # noqa: PLC0415 - loads its dictionary on demand

    return frozenset(StemmerFactory().get_words_from_file())


def clean_dictionary(dictionary: frozenset[str], vocab: Mapping[str, int]) -> frozenset[str]:
    """Sastrawi's dictionary without its entries that are a commoner root plus -kan ("adakan",
    "sahkan", "belikan"): they would catch "diadakan", "disahkan", "membelikan" before the root."""

    def derived(word: str) -> bool:
        base = word[:-3]
        return (
            word.endswith("kan") and len(base) >= 3 and base in dictionary and vocab.get(word, 0) < vocab.get(base, 0)
        )

    return frozenset(w for w in dictionary if not derived(w))


def all_analyses(words: Iterable[str], dictionary: frozenset[str]) -> dict[str, dict[str, float]]:
    """The candidate roots of each word."""
    return {w: analyses(w, dictionary) for w in words}


def root_evidence(vocab: Mapping[str, int], roots: Iterable[str]) -> dict[str, int]:
    """For each root, how often the corpus shows it letter for letter: alone or after a prefix that
    keeps it whole (di-, ter-, ber-, ke-, se-), with or without -nya, -lah, -kah, -pun, -ku, -mu.
    ter-/ber- count only before a consonant: before a vowel they are ambiguous.

    Forms with -an/-kan/-i are left out on purpose: "berikan" must not vouch for a root "berik"."""
    evidence: dict[str, int] = {}
    for root in set(roots):
        # ter-/ber- before a vowel reads as te-/be- before r as well (terawat: te+rawat, ter+awat)
        prefixes = [p for p in PLAIN_PREFIXES if not (p.endswith("r") and root[0] in VOWELS)]
        bases = [root, *(p + root for p in prefixes)]
        forms = [b + e for b in bases for e in ("", *PARTICLES, *POSSESSIVES)]
        evidence[root] = sum(vocab.get(form, 0) for form in forms)
    return evidence


def stem_words(
    vocab: Mapping[str, int],
    dictionary: frozenset[str],
    sastrawi: Stemmer,
    params: RuleParams,
) -> dict[str, str]:
    """The root of every vocabulary word (itself when no root is known)."""
    cands = all_analyses(vocab, dictionary)
    evidence = root_evidence(vocab, (root for found in cands.values() for root in found))
    return {
        w: choose_root(w, cands[w], evidence, (params.min_evidence, params.min_share), sastrawi(w))
        for w in sorted(vocab)
    }


def lucene_may_change(word: str) -> bool:
    """Whether Lucene's Indonesian stemmer may touch `word`: it only strips these affixes."""
    return word.startswith(LUCENE_PREFIXES) or word.endswith(LUCENE_SUFFIXES)


def group_rules(stems: Mapping[str, str]) -> list[str]:
    """`stemmer_override` rules, one per root, sorted: "form, form, root => root".

    A word that is its own root and no other word's needs no rule unless Lucene's stemmer would
    change it ("dinas" -> "nas"): the rule then protects it."""
    groups: dict[str, set[str]] = defaultdict(set)
    for word, root in stems.items():
        groups[root].add(word)
        groups[root].add(root)
    return [
        f"{', '.join(sorted(words))} => {root}"
        for root, words in sorted(groups.items())
        if len(words) > 1 or lucene_may_change(root)
    ]


def render_rules(rules: list[str], params: RuleParams, n_words: int) -> str:
    """The rules file: a header saying how it was made, then one rule per line."""
    header = [
        "# Generated by `warta stem-rules` (index/stemming/build.py); do not edit by hand.",
        f"# vocabulary: CLICK-ID 2019 words with frequency >= {params.min_freq} ({n_words} words)",
        f"# roots: cheapest analysis among roots seen >= {params.min_evidence} times"
        f" and >= {params.min_share} of the best candidate's count; cheapest, then longest",
        f"# rules: {len(rules)}",
    ]
    return "\n".join([*header, *rules]) + "\n"


def load_rules(path: Path = RULES_FILE) -> list[str]:
    """The rules from the data file, for the index template."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError as exc:
        raise IndexConfigError(f"stem rules missing: {path}; run `warta stem-rules`") from exc
    return [line for line in lines if line and not line.startswith("#")]


def rules_to_map(rules: Iterable[str]) -> dict[str, str]:
    """Parse rules back into word -> root (to apply them in Python)."""
    mapping: dict[str, str] = {}
    for rule in rules:
        left, right = rule.split("=>")
        for word in left.split(","):
            mapping[word.strip()] = right.strip()
    return mapping
