"""`warta schemas`: write or check the JSON Schemas of the public topics (docs/schemas/)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from warta.schemas import stale, write_all


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("schemas", help="write (or --check) the JSON Schemas of the public topics")
    p.add_argument("--dir", type=Path, default=Path("docs/schemas"), help="where the schema files live")
    p.add_argument("--check", action="store_true", help="exit 1 when a schema file differs from its model")
    p.set_defaults(func=_schemas)


def _schemas(args: argparse.Namespace) -> int:
    if args.check:
        outdated = stale(args.dir)
        for topic in outdated:
            print(f"{topic}: schema differs from its model; run `warta schemas`")
        return 1 if outdated else 0
    for path in write_all(args.dir):
        print(f"wrote {path}")
    return 0
