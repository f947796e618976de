"""`warta stack up|down|status|prepare`: the local Kafka broker and Elasticsearch node."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from warta.settings import Settings
from warta.stack import manager
from warta.stack.layout import StackLayout, layout_from_settings


def register(sub: argparse._SubParsersAction[Any]) -> None:
    stack = sub.add_parser("stack", help="the local Kafka and Elasticsearch (from Maven Central, no Docker)")
    actions = stack.add_subparsers(dest="stack_command", metavar="ACTION", required=True)
    helps = {
        "up": "resolve, start both servers and wait until they answer (a no-op for a running one)",
        "down": "stop the servers this stack started (SIGTERM, SIGKILL after a timeout)",
        "status": "say what runs; exit 0 only when both answer",
        "prepare": "resolve the jars and compile the Elasticsearch stand-in modules; start nothing",
    }
    handlers = {"up": cmd_up, "down": cmd_down, "status": cmd_status, "prepare": cmd_prepare}
    for name, text in helps.items():
        parser = actions.add_parser(name, help=text, description=text)
        parser.add_argument(
            "--data-dir",
            type=Path,
            default=None,
            help="the stack's folder (default: $WARTA_DATA_DIR/stack, ~/.local/share/warta/stack)",
        )
        parser.set_defaults(func=handlers[name])
    up = actions.choices["up"]
    up.add_argument("--kafka-timeout", type=float, default=90, help="seconds to wait for Kafka (default 90)")
    up.add_argument("--es-timeout", type=float, default=180, help="seconds to wait for Elasticsearch (default 180)")
    actions.choices["down"].add_argument(
        "--timeout", type=float, default=60, help="seconds between SIGTERM and SIGKILL (default 60)"
    )


def _layout(args: argparse.Namespace) -> StackLayout:
    return layout_from_settings(Settings(), args.data_dir)


def _describe_prepared(prepared: manager.Prepared) -> str:
    resolved = "cached" if prepared.resolve_seconds is None else f"resolved in {prepared.resolve_seconds:.1f} s"
    if prepared.build_seconds is not None:
        built = f"compiled in {prepared.build_seconds:.1f} s"
    else:
        built = prepared.note or "up to date"
    return f"jars {resolved}; elasticsearch home {built}"


def _describe(server: manager.ServerStatus, layout: StackLayout, starting: bool = False) -> str:
    """`kafka  running  127.0.0.1:9092  pid 1234  ready in 4.1 s  (logs: ...)`."""
    pid = f"pid {server.pid}" if server.pid is not None else "-"
    if server.seconds is not None:
        timing = f"ready in {server.seconds:.1f} s"
    else:
        timing = "already running" if starting and server.running else server.note
    columns = f"{server.name:<14} {server.state:<14} {server.address:<16} {pid:<10}"
    return "  ".join(part for part in (columns, timing, f"(logs: {layout.log_file(server.name)})") if part)


def cmd_prepare(args: argparse.Namespace) -> int:
    layout = _layout(args)
    print(f"stack in {layout.root}: {_describe_prepared(manager.prepare(layout))}")
    return 0


def cmd_up(args: argparse.Namespace) -> int:
    layout = _layout(args)
    began = time.monotonic()
    report = manager.up(layout, kafka_timeout=args.kafka_timeout, es_timeout=args.es_timeout)
    print(f"stack in {layout.root}: {_describe_prepared(report.prepared)}")
    for server in report.servers:
        print(_describe(server, layout, starting=True))
    for error in report.errors:
        print(f"warta: {error}", file=sys.stderr)
    verdict = "failed" if report.errors else "up"
    print(f"stack {verdict} after {time.monotonic() - began:.1f} s")
    return 1 if report.errors else 0


def cmd_down(args: argparse.Namespace) -> int:
    layout = _layout(args)
    for stopped in manager.down(layout, timeout=args.timeout):
        if stopped.pid is None:
            print(f"{stopped.name:<14} not running")
        else:
            how = "killed after the timeout" if stopped.killed else "stopped"
            print(f"{stopped.name:<14} {how} (pid {stopped.pid}) in {stopped.seconds:.1f} s")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    layout = _layout(args)
    servers = manager.status(layout)
    print(f"stack in {layout.root}")
    for server in servers:
        print(_describe(server, layout))
    return 0 if all(server.running for server in servers) else 3
