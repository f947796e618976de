"""`warta index`: consume `<prefix>.enriched.articles` and write the articles to Elasticsearch."""

from __future__ import annotations

import argparse
import logging
import threading
from datetime import UTC, datetime
from typing import Any

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser("index", help="index enriched articles into Elasticsearch (Kafka consumer)")
    parser.add_argument("--group", default=None, help="consumer group (default <prefix>-index)")
    parser.add_argument("--batch-size", type=int, default=500, help="records per bulk request at most")
    parser.add_argument("--max-wait-ms", type=int, default=300, help="longest wait to fill a batch")
    parser.set_defaults(func=handler)


def handler(args: argparse.Namespace) -> int:
    from elasticsearch import Elasticsearch  # noqa: PLC0415 - imported when the command runs

    from index.bootstrap import ensure_index  # noqa: PLC0415 - imported when the command runs
    from index.indexer import STAGE, Indexer  # noqa: PLC0415 - imported when the command runs
    from index.stemming.rules import load_rules  # noqa: PLC0415 - imported when the command runs
    from warta.kafka.loop import StageConfig, install_signal_handlers, run_stage  # noqa: PLC0415 - imported when the command runs
    from warta.kafka.topics import ENRICHED_ARTICLES, ensure_topics  # noqa: PLC0415 - imported when the command runs
    from warta.settings import Settings  # noqa: PLC0415 - imported when the command runs

    settings = Settings()
    es = Elasticsearch(**settings.es_client_options())  # type: ignore[arg-type]
    ensure_index(es, settings, load_rules(), datetime.now(UTC))
    ensure_topics(settings)
    config = StageConfig(
        stage=STAGE,
        input_topic=settings.topic(ENRICHED_ARTICLES),
        group_id=args.group or f"{settings.prefix}-index",
        max_batch=args.batch_size,
        max_wait_ms=args.max_wait_ms,
    )
    indexer = Indexer(es, settings)
    stop = threading.Event()
    install_signal_handlers(stop)
    log.info("indexing %s into %s", config.input_topic, settings.articles_alias)
    try:
        stats = run_stage(settings, config, indexer.process, stop)
    finally:
        es.close()
    s = indexer.stats
    print(
        f"index: {stats.records} records in {stats.batches} batches: {s.indexed} indexed, "
        f"{s.skipped} skipped (version conflicts), {s.rejected} dead-lettered, {stats.retries} retries"
    )
    return 0
