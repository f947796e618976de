"""`warta bench-freshness`: publication-to-searchable time on this machine (see `warta.pipeline.freshness`).

The run gets its own name prefix and data directory; its topics, consumer groups, indices and templates
are deleted afterwards, whatever the outcome.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import tempfile
import uuid
from pathlib import Path
from typing import Any

from warta.settings import Settings

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    bench = sub.add_parser(
        "bench-freshness", help="benchmark publication-to-searchable time (replay releases -> ingest -> index)"
    )
    bench.add_argument("--duration", type=float, default=180.0, help="seconds of releases (default 180)")
    bench.add_argument("--rate", type=float, default=0.5, help="items released per second (default 0.5)")
    bench.add_argument("--grace", type=float, default=120.0, help="seconds to wait after the last release (120)")
    bench.add_argument("--workers", type=int, default=2, help="fetch worker threads (default 2)")
    bench.set_defaults(func=_bench_freshness)


def _delete_kafka(settings: Settings) -> None:
    from kafka.admin import KafkaAdminClient  # noqa: PLC0415 - heavy
    from kafka.errors import KafkaError  # noqa: PLC0415

    try:
        admin = KafkaAdminClient(client_id="warta-bench", **settings.kafka_config())
    except KafkaError as exc:
        log.warning("topics of %s not deleted: %s", settings.prefix, exc)
        return
    try:
        ours = (settings.prefix + ".", settings.prefix + "-")
        topics = [t for t in admin.list_topics() if t.startswith(ours)]
        groups = [g["group_id"] for g in admin.list_groups() if g["group_id"].startswith(ours)]
        if groups:
            admin.delete_groups(groups)
        if topics:
            admin.delete_topics(topics)
    except KafkaError as exc:
        log.warning("topics or groups of %s not all deleted: %s", settings.prefix, exc)
    finally:
        admin.close()


def _delete_indices(settings: Settings, es: Any) -> None:
    quiet = es.options(ignore_status=404)
    quiet.indices.delete(index=f"{settings.prefix}-*", expand_wildcards="all")
    quiet.indices.delete_index_template(name=f"{settings.prefix}-*")
    quiet.cluster.delete_component_template(name=f"{settings.prefix}-*")


def _bench_freshness(args: argparse.Namespace) -> int:
    from elasticsearch import Elasticsearch  # noqa: PLC0415 - heavy

    from warta.pipeline.freshness import FreshnessOptions, report_lines, run_freshness  # noqa: PLC0415

    data_dir = Path(tempfile.mkdtemp(prefix="warta-freshness-"))
    settings = Settings().model_copy(update={"prefix": "fresh" + uuid.uuid4().hex[:8], "data_dir": data_dir})
    options = FreshnessOptions(args.duration, args.rate, args.grace, max(1, args.workers))
    print(f"replay releasing {options.rate_per_s:g} item/s for {options.duration_s:g} s (+{options.grace_s:g} s "
          f"grace) through continuous ingest, enrich and index (prefix {settings.prefix})", flush=True)  # fmt: skip
    es = Elasticsearch(**settings.es_client_options())  # type: ignore[arg-type]
    try:
        result = run_freshness(settings, es, options)
    finally:
        _delete_indices(settings, es)
        es.close()
        _delete_kafka(settings)
        shutil.rmtree(data_dir, ignore_errors=True)
    for line in report_lines(result):
        print(line)
    return 0 if result.passed() else 1
