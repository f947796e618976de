"""`warta train-ner` and `warta eval-ner`."""

from __future__ import annotations

import argparse
import time
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    """Add the NER sub-commands."""
    train = sub.add_parser("train-ner", help="train the named-entity tagger from the shared corpora")
    train.add_argument("--out", type=Path, help="model path (default: <data_dir>/models/ner-<version>.crfsuite)")
    train.add_argument("--if-missing", action="store_true", help="do nothing when the model already exists")
    train.set_defaults(func=train_handler)
    evaluate = sub.add_parser("eval-ner", help="entity-level P/R/F1 of the tagger on the dev splits")
    evaluate.add_argument("--model", type=Path, help="model path (default: the trained default model)")
    evaluate.set_defaults(func=eval_handler)


def train_handler(args: argparse.Namespace) -> int:
    """Train, save the model and its record, print the dev scores."""
    from enrich.ner.tagger import default_model_path  # noqa: PLC0415 - heavy imports kept in the handler
    from enrich.ner.train import TrainConfig, train  # noqa: PLC0415 - heavy imports kept in the handler
    from warta.shared import shared_dir  # noqa: PLC0415

    out: Path = args.out or default_model_path()
    if args.if_missing and out.is_file():
        print(f"NER model present at {out}; not retraining")
        return 0
    record = train(shared_dir(), out, TrainConfig())
    print(f"model written to {out} in {record['train_seconds']} s ({record['train_sentences']} sentences)")
    for split, per_type in record["dev_scores"].items():
        figures = " ".join(f"{t}={s['f1']:.4f}" for t, s in per_type.items())
        print(f"  {split:<16} F1 {figures}")
    return 0


def eval_handler(args: argparse.Namespace) -> int:
    """Print P/R/F1 per type on each dev split and on news, and the tagging speed."""
    from enrich.ner.corpora import DEV_SPLITS  # noqa: PLC0415 - heavy imports kept in the handler
    from enrich.ner.evaluate import format_scores  # noqa: PLC0415 - heavy imports kept in the handler
    from enrich.ner.tagger import NerTagger  # noqa: PLC0415 - heavy imports kept in the handler
    from enrich.ner.train import dev_scores  # noqa: PLC0415 - heavy imports kept in the handler
    from warta.shared import shared_dir  # noqa: PLC0415

    tagger = NerTagger.load(args.model)
    shared = shared_dir()
    started = time.perf_counter()
    scores = dev_scores(tagger, shared, DEV_SPLITS)
    seconds = time.perf_counter() - started
    print(f"model: {tagger.model_path}")
    for name, per_type in scores.items():
        print(format_scores(name, per_type))
    tokens = _dev_tokens(shared)
    cold = NerTagger.load(tagger.model_path)  # an empty feature cache, as on fresh text
    speed_start = time.process_time()  # CPU time: the figure holds on a busy machine too
    tagged = sum(len(cold.tag_tokens(sentence)) for sentence in tokens)
    speed = tagged / max(time.process_time() - speed_start, 1e-9)
    print(f"speed: {speed:,.0f} tokens per CPU second (~{speed / 400:,.0f} articles of 400 tokens)")
    print(f"scoring took {seconds:.1f} s")
    return 0


def _dev_tokens(shared: Path) -> list[tuple[str, ...]]:
    from enrich.ner.corpora import DEV_SPLITS, NEWS_SPLITS, read_split  # noqa: PLC0415 - heavy imports kept in the handler

    return [s.tokens for split in DEV_SPLITS if split.name in NEWS_SPLITS for s in read_split(split, shared)]
