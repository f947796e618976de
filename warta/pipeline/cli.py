"""`warta run` (every stage in one process) and `warta demo` (the pipeline on the offline corpus)."""

from __future__ import annotations

import argparse
import threading
from pathlib import Path
from typing import Any

from warta.settings import Settings


def register(sub: argparse._SubParsersAction[Any]) -> None:
    run = sub.add_parser("run", help="run every stage in one process: ingest, enrich, index")
    run.add_argument("--sources", type=Path, help="a sources file (JSON) instead of the built-in registry")
    run.add_argument("--workers", type=int, default=2, help="fetch worker threads (default 2)")
    run.set_defaults(func=_run)
    demo = sub.add_parser("demo", help="the pipeline on the offline corpus, until every article is searchable")
    demo.add_argument("--click-limit", type=int, default=200, help="CLICK-ID articles to replay (default 200)")
    demo.add_argument("--timeout", type=float, default=900, help="give up after S seconds (default 900)")
    demo.add_argument("--query", default="tangkap", help="the sample search at the end")
    demo.set_defaults(func=_demo)
    register_bench(sub)


def _run(args: argparse.Namespace) -> int:
    from ingest.poll.runner import IngestOptions, run_ingest  # noqa: PLC0415 - heavy
    from ingest.sources import registry_from  # noqa: PLC0415
    from warta.kafka.loop import install_signal_handlers  # noqa: PLC0415
    from warta.pipeline.stages import start_downstream  # noqa: PLC0415

    settings = Settings()
    stages = start_downstream(settings)
    stop = threading.Event()
    install_signal_handlers(stop)
    try:
        run_ingest(settings, registry_from(args.sources), IngestOptions(workers=max(1, args.workers)), stop)
    finally:
        stages.stop()
    stages.check()
    return 0


def _demo(args: argparse.Namespace) -> int:
    from warta.pipeline.demo import DemoOptions, run_demo  # noqa: PLC0415
    from warta.stack import manager  # noqa: PLC0415
    from warta.stack.layout import layout_from_settings  # noqa: PLC0415

    settings = Settings()
    report = manager.up(layout_from_settings(settings, None))
    for server in report.servers:
        timing = f"ready in {server.seconds:.1f} s" if server.seconds is not None else "already running"
        print(f"{server.name}: {server.address} ({timing})", flush=True)
    options = DemoOptions(click_limit=max(0, args.click_limit), timeout_s=args.timeout, query=args.query)
    return run_demo(settings, options)


def register_bench(sub: argparse._SubParsersAction[Any]) -> None:
    bench = sub.add_parser("bench-latency", help="benchmark fetch-to-searchable latency (enrich + index)")
    bench.add_argument("--count", type=int, default=300, help="articles to send (default 300)")
    bench.add_argument("--rate", type=float, default=10.0, help="articles per second (default 10)")
    bench.set_defaults(func=_bench_latency)


def _bench_latency(args: argparse.Namespace) -> int:
    import uuid  # noqa: PLC0415

    from elasticsearch import Elasticsearch  # noqa: PLC0415

    from warta.pipeline.latency import percentile, run_latency_bench  # noqa: PLC0415

    settings = Settings().model_copy(update={"prefix": "bench" + uuid.uuid4().hex[:8]})
    es = Elasticsearch(**settings.es_client_options())  # type: ignore[arg-type]
    print(f"sending {args.count} articles at {args.rate:g}/s through enrich and index (prefix {settings.prefix})")
    try:
        watch = run_latency_bench(settings, es, args.count, args.rate)
    finally:
        es.options(ignore_status=404).indices.delete(index=f"{settings.prefix}-*", expand_wildcards="all")
        es.close()
    found = watch.latencies
    if not found:
        print("no article became searchable")
        return 1
    print(f"searchable: {len(found)}/{args.count}; fetch-to-searchable p50 {percentile(found, 0.5):.2f} s, "
          f"p95 {percentile(found, 0.95):.2f} s, max {max(found):.2f} s (target: p95 <= 2 s)")  # fmt: skip
    return 0 if len(found) == args.count else 1
