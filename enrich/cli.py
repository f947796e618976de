"""Sub-commands of the enrich stage."""

from __future__ import annotations

import argparse
from typing import Any

from warta.subcommands import register_all

MODULES = (
    "enrich.ner.cli",  # train-ner, eval-ner, tag --conll
    "enrich.annotate_cli",  # tag --json, bench-enrich
    "enrich.consumer_cli",  # enrich (the Kafka consumer)
)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    register_all(sub, MODULES)
