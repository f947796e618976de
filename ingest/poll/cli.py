"""`warta ingest [--sources FILE] [--once] [--workers N] [--poll-only | --fetch-only]`."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import Any


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("ingest", help="poll the outlets' feeds and fetch new articles into Kafka")
    parser.add_argument("--sources", type=Path, help="a sources file (JSON) instead of the built-in registry")
    parser.add_argument("--once", action="store_true", help="poll every feed once, wait for the fetches, exit")
    parser.add_argument("--workers", type=int, default=2, help="fetch worker threads (default 2)")
    parser.add_argument("--poll-threads", type=int, default=4, help="feeds polled in parallel (default 4)")
    parser.add_argument("--timeout", type=float, default=600.0, help="with --once: seconds to wait for fetches")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--poll-only", action="store_true", help="only poll and publish feed items")
    mode.add_argument("--fetch-only", action="store_true", help="only fetch (scale out with more processes)")
    parser.set_defaults(func=handle)


def handle(args: argparse.Namespace) -> int:
    from ingest.poll.runner import IngestOptions, run_ingest  # noqa: PLC0415 - imported when the command runs
    from ingest.sources import registry_from  # noqa: PLC0415 - imported when the command runs
    from warta.kafka.loop import install_signal_handlers  # noqa: PLC0415 - imported when the command runs
    from warta.settings import Settings  # noqa: PLC0415 - imported when the command runs

    settings = Settings()
    registry = registry_from(args.sources)
    options = IngestOptions(
        once=args.once,
        poll=not args.fetch_only,
        fetch=not args.poll_only,
        workers=max(1, args.workers),
        poll_threads=max(1, args.poll_threads),
        once_timeout_s=args.timeout,
    )
    stop = threading.Event()
    install_signal_handlers(stop)
    summary = run_ingest(settings, registry, options, stop)
    if options.once:
        failed = [p for p in summary.polls if p.error]
        print(
            f"polled {len(summary.polls)} feeds ({len(failed)} failed), published {summary.published} feed items,"
            f" fetch workers handled {summary.fetched} records"
            + ("" if summary.drained else " (timed out before all items were fetched)")
        )
        return 0 if summary.drained else 1
    for error in summary.errors:
        print(f"warta ingest: fetch worker stopped: {error}")
    return 1 if summary.errors else 0
