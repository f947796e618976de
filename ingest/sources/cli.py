"""`warta sources list` and `warta sources check [--sources FILE]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("sources", help="the outlets and feeds Warta follows")
    actions = parser.add_subparsers(dest="sources_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list outlets and their feeds")
    listing.add_argument("--sources", type=Path, help="a sources file (JSON) instead of the built-in registry")
    listing.add_argument("--feeds", action="store_true", help="one line per feed, with its origin")
    listing.set_defaults(func=handle_list)
    check = actions.add_parser("check", help="fetch and parse every feed (needs internet), with a summary")
    check.add_argument("--sources", type=Path, help="a sources file (JSON) instead of the built-in registry")
    check.add_argument("--timeout", type=float, default=10.0, help="seconds per request (default 10)")
    check.add_argument("--strict", action="store_true", help="exit 1 when any feed fails")
    check.set_defaults(func=handle_check)


def handle_list(args: argparse.Namespace) -> int:
    from ingest.sources import registry_from  # noqa: PLC0415 - imported when the command runs

    registry = registry_from(args.sources)
    for outlet in registry.outlets:
        if args.feeds:
            for feed in outlet.feeds:
                print(f"{outlet.id:<16} {feed.section:<14} {feed.url}  [{feed.origin}]")
            continue
        print(f"{outlet.id:<16} {outlet.name:<28} {outlet.region:<18} {outlet.kind:<13} "
              f"{len(outlet.feeds)} feed(s)  {', '.join(outlet.domains)}")  # fmt: skip
    feeds = sum(len(o.feeds) for o in registry.outlets)
    print(f"{len(registry.outlets)} outlets, {feeds} feeds")
    return 0


def handle_check(args: argparse.Namespace) -> int:
    from ingest.poll.http import HttpOptions  # noqa: PLC0415 - imported when the command runs
    from ingest.sources import registry_from  # noqa: PLC0415 - imported when the command runs
    from ingest.sources.check import check_all, render  # noqa: PLC0415 - imported when the command runs
    from warta.settings import Settings  # noqa: PLC0415 - imported when the command runs

    registry = registry_from(args.sources)
    options = HttpOptions(user_agent=Settings().user_agent, timeout_s=args.timeout)
    checks = check_all(registry, options)
    for line in render(checks):
        print(line)
    return 1 if args.strict and not all(c.ok for c in checks) else 0
