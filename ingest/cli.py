"""Sub-commands of the ingest stage."""

from __future__ import annotations

import argparse
from typing import Any

from warta.subcommands import register_all

MODULES = (
    "ingest.extract.cli",  # extract, bench-extract
    "ingest.reextract.cli",  # reextract
    "ingest.sources.cli",  # sources list|check
    "ingest.replay.cli",  # replay
    "ingest.poll.cli",  # ingest (poller + fetch workers)
)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    register_all(sub, MODULES)
