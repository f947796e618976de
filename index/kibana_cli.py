"""`warta kibana import --url URL [--space S]` and `warta kibana build` (regenerate the NDJSON)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    from index.kibana_objects import NDJSON_FILE  # noqa: PLC0415 - imported when the command runs

    parser = sub.add_parser("kibana", help="Kibana saved objects: data view, searches, dashboard")
    actions = parser.add_subparsers(dest="kibana_command", metavar="ACTION", required=True)
    imp = actions.add_parser("import", help="POST kibana/warta.ndjson to Kibana's saved objects import API")
    imp.add_argument("--url", required=True, help="Kibana base URL, e.g. http://127.0.0.1:5601")
    imp.add_argument("--space", default=None, help="Kibana space id (default space when omitted)")
    imp.add_argument("--file", type=Path, default=NDJSON_FILE, help="NDJSON to import")
    imp.set_defaults(func=_import)
    build = actions.add_parser("build", help="regenerate kibana/warta.ndjson from index/kibana_objects.py")
    build.add_argument("--output", type=Path, default=NDJSON_FILE)
    build.set_defaults(func=_build)


def _import(args: argparse.Namespace) -> int:
    from index.kibana_import import build_request, send, summarise  # noqa: PLC0415 - imported when the command runs
    from index.kibana_objects import with_prefix  # noqa: PLC0415 - imported when the command runs
    from warta.settings import Settings  # noqa: PLC0415 - imported when the command runs

    settings = Settings()
    ndjson = with_prefix(args.file.read_text(encoding="utf-8"), settings.prefix)
    answer = send(build_request(args.url, args.space, ndjson))
    print("\n".join(summarise(answer)))
    return 0 if answer.get("success") else 1


def _build(args: argparse.Namespace) -> int:
    from index.kibana_objects import saved_objects, to_ndjson  # noqa: PLC0415 - imported when the command runs

    objects = saved_objects()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(to_ndjson(objects), encoding="utf-8")
    print(f"{args.output}: {len(objects)} saved objects")
    return 0
