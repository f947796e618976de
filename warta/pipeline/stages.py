"""Start the enrich and index stages as threads of one process, each a member of its consumer group."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime

from warta.kafka.loop import StageConfig, StageStats, run_stage
from warta.kafka.topics import ENRICHED_ARTICLES, ensure_topics
from warta.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class Stages:
    """The running stage threads and their counters; `stop()` ends them after their current batch."""

    stop_event: threading.Event = field(default_factory=threading.Event)
    threads: list[threading.Thread] = field(default_factory=list)
    stats: dict[str, StageStats] = field(default_factory=dict)
    failures: dict[str, BaseException] = field(default_factory=dict)

    def start(self, name: str, target: object, *args: object) -> None:
        stats = StageStats()
        self.stats[name] = stats

        def body() -> None:
            try:
                target(*args, self.stop_event, stats)  # type: ignore[operator]
            except Exception as exc:  # reported by `check()` in the main thread, which stops the demo
                log.exception("%s stage failed", name)
                self.failures[name] = exc

        thread = threading.Thread(target=body, name=name, daemon=True)
        thread.start()
        self.threads.append(thread)

    def check(self) -> None:
        """Re-raise a stage's failure in the caller's thread."""
        for name, exc in self.failures.items():
            raise RuntimeError(f"the {name} stage stopped: {exc}") from exc

    def stop(self, timeout_s: float = 30) -> None:
        self.stop_event.set()
        for thread in self.threads:
            thread.join(timeout=timeout_s)


def run_index_stage(settings: Settings, stop: threading.Event, stats: StageStats) -> None:
    """The index stage: templates and alias in place, then consume enriched articles into Elasticsearch."""
    from elasticsearch import Elasticsearch  # noqa: PLC0415 - heavy, only for this stage

    from index.bootstrap import ensure_index  # noqa: PLC0415
    from index.indexer import STAGE, Indexer  # noqa: PLC0415
    from index.stemming.rules import load_rules  # noqa: PLC0415

    es = Elasticsearch(**settings.es_client_options())  # type: ignore[arg-type]
    try:
        ensure_index(es, settings, load_rules(), datetime.now(UTC))
        config = StageConfig(STAGE, settings.topic(ENRICHED_ARTICLES), f"{settings.prefix}-index", max_batch=500,
                             max_wait_ms=200)  # fmt: skip
        run_stage(settings, config, Indexer(es, settings).process, stop, stats)
    finally:
        es.close()


def start_downstream(settings: Settings) -> Stages:
    """Enrich and index, consuming whatever ingest publishes. The NER model is loaded first, so that
    a missing model is a clear error before anything starts."""
    from enrich.annotate import Annotator  # noqa: PLC0415 - loads the model only for this stage
    from enrich.consumer import run as run_enrich  # noqa: PLC0415

    annotator = Annotator.load()
    ensure_topics(settings)
    stages = Stages()
    stages.start("enrich", run_enrich, settings, annotator.enrich)
    stages.start("index", run_index_stage, settings)
    return stages
