"""`warta enrich`: run the enrich stage (one member of the `<prefix>-enrich` consumer group)."""

from __future__ import annotations

import argparse
import logging
import threading
from typing import Any

from warta.kafka.loop import install_signal_handlers
from warta.kafka.topics import ensure_topics
from warta.settings import Settings

log = logging.getLogger(__name__)


def register(sub: argparse._SubParsersAction[Any]) -> None:
    p = sub.add_parser("enrich", help="run the enrich stage: warta.articles -> warta.enriched.{articles,events}")
    p.set_defaults(func=_enrich)


def _enrich(args: argparse.Namespace) -> int:
    from enrich.annotate import Annotator  # noqa: PLC0415 - loads the model only for this command
    from enrich.consumer import run  # noqa: PLC0415

    settings = Settings()
    annotator = Annotator.load()
    ensure_topics(settings)
    stop = threading.Event()
    install_signal_handlers(stop)
    log.info("enrich: consuming %s", settings.topic("articles"))
    stats = run(settings, annotator.enrich, stop)
    log.info("enrich: stopped after %d articles (%d dead-lettered)", stats.records, stats.dead_lettered)
    return 0
