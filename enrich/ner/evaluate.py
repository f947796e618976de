"""Entity-level evaluation (exact span and type match, as conlleval) of a tagger on labelled data."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from enrich.ner.spans import bio_spans


@dataclass(frozen=True, slots=True)
class Score:
    """Precision, recall and F1 over counts of true positives, predicted and gold entities."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def entity_scores(
    gold: Iterable[Sequence[str]], predicted: Iterable[Sequence[str]], types: Sequence[str]
) -> dict[str, Score]:
    """Scores per type and ``"ALL"`` over ``types``; entities of other types are ignored."""
    tp: Counter[str] = Counter()
    n_pred: Counter[str] = Counter()
    n_gold: Counter[str] = Counter()
    wanted = set(types)
    for gold_tags, pred_tags in zip(gold, predicted, strict=True):
        gold_spans = {s for s in bio_spans(gold_tags) if s[0] in wanted}
        pred_spans = {s for s in bio_spans(pred_tags) if s[0] in wanted}
        for span in pred_spans:
            n_pred[span[0]] += 1
            tp[span[0]] += span in gold_spans
        for span in gold_spans:
            n_gold[span[0]] += 1
    scores = {t: Score(tp[t], n_pred[t], n_gold[t]) for t in types}
    scores["ALL"] = Score(sum(tp.values()), sum(n_pred.values()), sum(n_gold.values()))
    return scores


def format_scores(name: str, scores: dict[str, Score]) -> str:
    """A small table: one line per type, precision, recall, F1 and gold count."""
    lines = [f"{name}", f"  {'type':<5} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6}"]
    for kind, s in scores.items():
        lines.append(f"  {kind:<5} {s.precision:6.4f} {s.recall:6.4f} {s.f1:6.4f} {s.gold:6d}")
    return "\n".join(lines)
