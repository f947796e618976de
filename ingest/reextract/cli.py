"""`warta reextract [--sources FILE] [--article-id ID ...] [--dry-run] [--progress-every N]`."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ingest.reextract.run import ReextractSummary
    from ingest.sources.model import Registry
    from warta.models import Article
    from warta.settings import Settings

MAX_LISTED_FAILURES = 20


def register(sub: argparse._SubParsersAction[Any]) -> None:
    parser = sub.add_parser(
        "reextract", help="re-extract stored articles with the current extractor and publish those that changed"
    )
    parser.add_argument("--sources", type=Path, help="the sources file the articles were ingested with")
    parser.add_argument("--article-id", action="append", dest="article_ids", metavar="ID",
                        help="only this article (repeatable); default: every fetched article")  # fmt: skip
    parser.add_argument("--dry-run", action="store_true", help="compare and report, publish and record nothing")
    parser.add_argument("--progress-every", type=int, default=100, metavar="N", help="progress line every N articles")
    parser.set_defaults(func=handle)


def reextract(
    settings: Settings,
    registry: Registry,
    article_ids: Iterable[str] | None = None,
    *,
    dry_run: bool = False,
    progress_every: int = 100,
    report: Callable[[str], None] = print,
) -> ReextractSummary:
    """Wire the state, the page store and a producer to `<prefix>.articles`, then run the re-extraction."""
    from ingest.fetch.pages import PageStore  # noqa: PLC0415 - imported when the command runs
    from ingest.reextract.run import ReextractDeps, run_reextract  # noqa: PLC0415
    from ingest.state import StateStore  # noqa: PLC0415
    from warta.kafka.clients import make_producer, send_all  # noqa: PLC0415
    from warta.kafka.records import Output  # noqa: PLC0415
    from warta.kafka.topics import ARTICLES, ensure_topics  # noqa: PLC0415

    store = StateStore.open(settings.state_dir)
    producer = None if dry_run else make_producer(settings, client_id="warta-reextract")
    topic = settings.topic(ARTICLES)

    def publish(articles: Sequence[Article]) -> None:
        if producer is not None:
            send_all(producer, [Output(topic, a.article_id, a.to_bytes()) for a in articles])

    try:
        if producer is not None:
            ensure_topics(settings)
        deps = ReextractDeps(store, PageStore.open(settings.state_dir), registry, publish)
        return run_reextract(deps, article_ids, dry_run=dry_run, progress_every=progress_every, report=report)
    finally:
        if producer is not None:
            producer.close(timeout=10)
        store.close()


def summary_lines(summary: ReextractSummary, *, dry_run: bool) -> list[str]:
    """The closing report: counts, the changed fields, the failures by reason (the first few listed)."""
    verb = "would publish" if dry_run else "published"
    failed = sum(summary.failed.values())
    lines = [
        f"examined {summary.examined}: {summary.changed} changed ({verb}), {summary.unchanged} unchanged,"
        f" {failed} failed"
    ]
    if summary.changed_fields:
        lines.append("changed fields: " + ", ".join(f"{k} {v}" for k, v in summary.changed_fields.most_common()))
    if failed:
        lines.append("failed: " + ", ".join(f"{k} {v}" for k, v in summary.failed.most_common()))
        lines += [f"  {o.article_id}: {o.reason}: {o.detail}" for o in summary.failures[:MAX_LISTED_FAILURES]]
        if failed > MAX_LISTED_FAILURES:
            lines.append(f"  ... and {failed - MAX_LISTED_FAILURES} more")
    return lines


def handle(args: argparse.Namespace) -> int:
    from ingest.sources import registry_from  # noqa: PLC0415 - imported when the command runs
    from warta.settings import Settings  # noqa: PLC0415

    settings = Settings()
    summary = reextract(
        settings, registry_from(args.sources), args.article_ids, dry_run=args.dry_run,
        progress_every=args.progress_every,
    )  # fmt: skip
    print("\n".join(summary_lines(summary, dry_run=args.dry_run)))
    return 0
