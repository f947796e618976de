"""Sub-commands of the index stage."""

from __future__ import annotations

import argparse
from typing import Any

from warta.subcommands import register_all

MODULES = (
    "index.indexer_cli",  # index (the Kafka consumer writing to Elasticsearch)
    "index.search_cli",  # search
    "index.kibana_cli",  # kibana import
    "index.stemming.cli",  # stem-check, stem-rules
)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    register_all(sub, MODULES)
