"""Word families and the conflation maths of `warta stem-check`.

A family is one lexical root with its derived forms. An analyzer conflates a family when every form
comes out as one and the same token. Two families are merged when some token comes out of both:
a search for one would find the other.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from index.exceptions import IndexConfigError
from index.stemming.rules import DATA_DIR

FAMILIES_FILE = DATA_DIR / "families.tsv"

Tokens = tuple[str, ...]


@dataclass(frozen=True)
class Family:
    root: str
    forms: tuple[str, ...]  # the root first


@dataclass(frozen=True)
class FamilyReport:
    """How one analyzer treats the families."""

    name: str
    total: int
    conflated: int
    split: list[tuple[str, dict[str, Tokens]]] = field(default_factory=list)
    merged: list[tuple[str, tuple[str, ...]]] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.conflated / self.total if self.total else 0.0


def parse_families(lines: Iterable[str]) -> list[Family]:
    """`root<TAB>form form ...` lines; `#` starts a comment line."""
    families: list[Family] = []
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        root, sep, rest = line.rstrip("\n").partition("\t")
        if not sep or not root.strip():
            raise IndexConfigError(f"families line {number}: expected 'root<TAB>forms'")
        forms = [root.strip(), *(f for f in rest.split() if f != root.strip())]
        families.append(Family(root.strip(), tuple(dict.fromkeys(forms))))
    return families


def load_families(path: Path = FAMILIES_FILE) -> list[Family]:
    return parse_families(path.read_text(encoding="utf-8").splitlines())


def all_words(families: Iterable[Family]) -> list[str]:
    """Every form of every family, once, in order."""
    return list(dict.fromkeys(w for fam in families for w in fam.forms))


def evaluate(name: str, families: list[Family], analysed: Mapping[str, Tokens]) -> FamilyReport:
    """Conflation rate, split families and merged families, given each form's tokens."""
    conflated = 0
    split: list[tuple[str, dict[str, Tokens]]] = []
    owners: dict[str, set[str]] = defaultdict(set)
    dropped: list[str] = []
    for fam in families:
        outputs = {form: analysed.get(form, ()) for form in fam.forms}
        dropped.extend(form for form, tokens in outputs.items() if not tokens)
        distinct = {tokens for tokens in outputs.values()}
        if len(distinct) == 1 and len(next(iter(distinct))) == 1:
            conflated += 1
        else:
            split.append((fam.root, _odd_ones(outputs, analysed.get(fam.root, ()))))
        for tokens in outputs.values():
            for token in tokens:
                owners[token].add(fam.root)
    merged = [(token, tuple(sorted(roots))) for token, roots in sorted(owners.items()) if len(roots) > 1]
    return FamilyReport(name, len(families), conflated, split, merged, dropped)


def _odd_ones(outputs: Mapping[str, Tokens], root_tokens: Tokens) -> dict[str, Tokens]:
    """The forms whose tokens differ from the root's (all forms when the root gives no token)."""
    return {form: tokens for form, tokens in outputs.items() if tokens != root_tokens or len(tokens) != 1}


def format_report(report: FamilyReport, max_lines: int = 12) -> list[str]:
    """Human-readable lines: the figures, then some split families and every merge."""
    lines = [
        f"{report.name}: {report.conflated}/{report.total} families conflated ({report.rate:.1%}), "
        f"{len(report.merged)} merged stems"
    ]
    for root, odd in report.split[:max_lines]:
        shown = ", ".join(f"{form}->{'+'.join(toks) or '(none)'}" for form, toks in odd.items())
        lines.append(f"  split {root}: {shown}")
    if len(report.split) > max_lines:
        lines.append(f"  ... and {len(report.split) - max_lines} more split families")
    lines.extend(f"  MERGED on '{token}': {', '.join(roots)}" for token, roots in report.merged[:max_lines])
    if report.dropped:
        lines.append(f"  forms removed entirely (stop words?): {', '.join(report.dropped[:20])}")
    return lines
