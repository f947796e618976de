"""`warta demo`: the whole pipeline on the offline corpus, until every replayed article is searchable.

Stack up (a no-op when it runs) -> replay server -> enrich and index threads -> one poll of every
replayed feed with its fetches -> wait until both consumer groups are drained and every article on
`warta.articles` is in the alias -> counts per stage and outlet, a sample search, Kibana. The stack
keeps running afterwards; the replay server and the stage threads stop.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import Any

from warta.kafka import topics
from warta.kafka.offsets import topic_keys
from warta.pipeline.progress import Counts, counts, missing_ids, per_outlet
from warta.pipeline.report import print_report
from warta.pipeline.stages import Stages, start_downstream
from warta.settings import Settings


@dataclass(frozen=True)
class DemoOptions:
    click_limit: int = 200
    timeout_s: float = 900.0
    every_s: float = 3.0
    query: str = "tangkap"


def _start_ingest(settings: Settings, registry: Any, stop: threading.Event) -> tuple[threading.Thread, list[Any]]:
    from ingest.poll.runner import IngestOptions, run_ingest  # noqa: PLC0415 - heavy, only for the demo

    result: list[Any] = []

    def body() -> None:
        result.append(run_ingest(settings, registry, IngestOptions(once=True, workers=2), stop))

    thread = threading.Thread(target=body, name="ingest", daemon=True)
    thread.start()
    return thread, result


def _drained(now: Counts, ingest_done: bool) -> bool:
    return ingest_done and now.enrich_lag == 0 and now.index_lag == 0


def _wait(settings: Settings, es: Any, stages: Stages, ingest: threading.Thread, options: DemoOptions) -> Counts:
    """Print progress until everything is drained and searchable; raises on timeout or a failed stage."""
    began = time.monotonic()
    while True:
        stages.check()
        now = counts(settings, es)
        print(f"  [{time.monotonic() - began:5.0f} s] {now.line()}", flush=True)
        if _drained(now, not ingest.is_alive()):
            wanted = topic_keys(settings, settings.topic(topics.ARTICLES))
            missing = missing_ids(es, settings, wanted)
            if not missing:
                return now
            print(f"  {len(missing)} articles not searchable yet", flush=True)
        if time.monotonic() - began > options.timeout_s:
            raise TimeoutError(f"the demo did not finish within {options.timeout_s:.0f} s")
        time.sleep(options.every_s)


def run_demo(settings: Settings, options: DemoOptions) -> int:
    from elasticsearch import Elasticsearch  # noqa: PLC0415 - heavy

    from ingest.replay import ReplayOptions, start_replay  # noqa: PLC0415

    began = time.monotonic()
    sources = settings.data_dir / "replay" / "sources.json"
    replay = start_replay(ReplayOptions(click_limit=options.click_limit), port=0, sources_out=sources)
    feeds = sum(len(o.feeds) for o in replay.registry.outlets)
    print(f"replay server on {replay.base_url}: {len(replay.site.pages)} pages, {feeds} feeds, "
          f"{len(replay.registry.outlets)} outlets (sources file {sources})", flush=True)  # fmt: skip
    es = Elasticsearch(**settings.es_client_options())  # type: ignore[arg-type]
    stages = start_downstream(settings)
    before = counts(settings, es)
    ingest_stop = threading.Event()
    ingest, _ = _start_ingest(settings, replay.registry, ingest_stop)
    try:
        final = _wait(settings, es, stages, ingest, options)
    finally:
        ingest_stop.set()
        ingest.join(timeout=60)
        stages.stop()
        replay.stop()
    print_report(settings, es, before, final, per_outlet(es, settings), options.query, time.monotonic() - began)
    es.close()
    return 0
