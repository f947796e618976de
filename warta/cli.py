"""The `warta` command. Each stage registers its own sub-commands; heavy imports happen in handlers."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence

from warta.exceptions import WartaError
from warta.subcommands import register_all

# Modules that define `register(subparsers)`. Each adds its sub-commands with `set_defaults(func=...)`,
# where `func(args) -> int` builds `Settings()` itself.
COMMAND_MODULES = (
    "warta.stack.cli",  # stack up|down|status
    "warta.pipeline.cli",  # run, demo
    "warta.tail.cli",  # tail
    "warta.contract_cli",  # schemas
    "ingest.cli",  # ingest, extract, sources, replay, reextract, bench-extract
    "enrich.cli",  # enrich, tag, train-ner, eval-ner, bench-enrich
    "index.cli",  # index, search, kibana, stem-check
    "warta.pipeline.freshness_cli",  # bench-freshness
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="warta", description="Real-time pipeline for Indonesian news.")
    parser.add_argument("-v", "--verbose", action="store_true", help="log debug messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    register_all(sub, COMMAND_MODULES)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("kafka").setLevel(logging.WARNING)
    logging.getLogger("elastic_transport").setLevel(logging.WARNING)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 2
    try:
        return func(args)
    except WartaError as exc:
        print(f"warta: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
