"""`warta stem-check` and `warta stem-rules`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from index.stemming.families import FAMILIES_FILE

TARGET_RATE = 0.97


def register(sub: argparse._SubParsersAction[Any]) -> None:
    check = sub.add_parser(
        "stem-check",
        help="conflation rate and merged families: the index's analyzer, plain Lucene and Sastrawi",
    )
    check.add_argument("--analyzer", default=None, help="analyzer of the index settings (warta_indonesian)")
    check.add_argument("--families", type=Path, default=FAMILIES_FILE, help="families TSV")
    check.add_argument("--target", type=float, default=TARGET_RATE, help="rate the analyzer must reach")
    check.add_argument("--verbose-splits", type=int, default=12, help="split families to list")
    check.set_defaults(func=_stem_check)

    rules = sub.add_parser("stem-rules", help="generate index/stemming/data/stem_rules.txt from the corpus")
    from index.stemming.build import add_arguments  # noqa: PLC0415 - imported when the command runs

    add_arguments(rules)
    rules.set_defaults(func=_stem_rules)


def _stem_rules(args: argparse.Namespace) -> int:
    from index.stemming.build import run  # noqa: PLC0415 - imported when the command runs

    return run(args)


def _stem_check(args: argparse.Namespace) -> int:
    from elasticsearch import Elasticsearch  # noqa: PLC0415 - imported when the command runs

    from index.stemming.report import check_all  # noqa: PLC0415 - imported when the command runs
    from warta.settings import Settings  # noqa: PLC0415 - imported when the command runs

    settings = Settings()
    es = Elasticsearch(**settings.es_client_options())  # type: ignore[arg-type]
    try:
        reports = check_all(es, settings.prefix, args.families, args.analyzer)
    finally:
        es.close()
    ours = reports[0]
    from index.stemming.families import format_report  # noqa: PLC0415 - imported when the command runs

    for report in reports:
        print("\n".join(format_report(report, args.verbose_splits)))
    ok = ours.rate >= args.target and not ours.merged
    print(f"target {args.target:.0%} and no merges for {ours.name}: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1
