"""Compose the sub-commands of a stage from the `register(subparsers)` functions of its modules."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Iterable
from typing import Any


def register_all(sub: argparse._SubParsersAction[Any], modules: Iterable[str]) -> None:
    """Import each module and call its `register(sub)`; a module not written yet is skipped."""
    for name in modules:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as exc:
            if exc.name is None or not (name == exc.name or name.startswith(exc.name + ".")):
                raise
            continue
        module.register(sub)
