"""`warta replay [--port P] [--release-rate N | --all] [--sources-out FILE] [--click-limit N]`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("replay", help="serve the offline corpus on 127.0.0.1 as if it were the outlets")
    parser.add_argument("--port", type=int, default=8765, help="port (default 8765; 0 picks a free one)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--release-rate", type=float, metavar="N", help="release N feed items per second")
    mode.add_argument("--all", action="store_true", help="every item is in the feeds from the start (default)")
    parser.add_argument("--click-limit", type=int, default=200, help="CLICK-ID articles to serve (default 200)")
    parser.add_argument("--snapshot-period", type=float, default=60.0, help="seconds per tempo snapshot when releasing")
    parser.add_argument("--no-2015", action="store_true", help="do not serve the 2015 feeds")
    parser.add_argument("--no-tempo", action="store_true", help="do not serve the tempo snapshots")
    parser.add_argument("--sources-out", type=Path, help="where to write the sources file (default: data dir)")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    from ingest.replay import ReplayOptions, start_replay  # noqa: PLC0415 - imported when the command runs
    from warta.settings import Settings  # noqa: PLC0415 - imported when the command runs

    options = ReplayOptions(
        click_limit=max(0, args.click_limit),
        include_2015=not args.no_2015,
        include_tempo=not args.no_tempo,
        rate_per_s=args.release_rate if args.release_rate and args.release_rate > 0 else None,
        snapshot_period_s=args.snapshot_period,
    )
    sources_out = args.sources_out or Settings().data_dir / "replay" / "sources.json"
    running = start_replay(options, port=args.port, sources_out=sources_out, background=False)
    pages = len(running.site.pages)
    feeds = sum(len(o.feeds) for o in running.registry.outlets)
    print(
        f"replay server on {running.base_url} ({pages} pages, {feeds} feeds, {len(running.registry.outlets)} outlets)"
    )
    print(f"sources file: {sources_out}  ->  warta ingest --sources {sources_out}")
    print("texts of rendered pages: CLICK-ID (William & Sari 2020, doi:10.17632/k42j7x2kpn.1), CC BY 4.0", flush=True)
    try:
        running.server.serve_forever()
    finally:
        running.server.stop()
    return 0
