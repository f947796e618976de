"""Re-extraction of stored articles: rebuild each from its raw pages, publish the ones that changed.

For each fetched article: read its FeedItem and raw pages from the state and page stores, rebuild the
Article with the current extractor (`build_article`, as the fetch worker does), compare its field
digests with those of the last published version, and publish an update (same key, a newer `version`,
`changed_fields`) when they differ. A page that now fails is counted under its reason, never fatal;
a broker failure is (`TransientError`): run the command again, what was published is not published twice.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from ingest.fetch.pages import PageMissingError, PageStore
from ingest.fetch.worker import build_article, stored_pages
from ingest.reextract.compare import published_record, update_for
from ingest.sources.model import Registry
from ingest.state import StateStore
from warta.exceptions import PermanentError
from warta.models import Article, FeedItem

PUBLISH_BATCH = 100


@dataclass
class ReextractDeps:
    """The edges: the stores, the registry (for the outlets' URL rules), a publisher and a clock."""

    store: StateStore
    pages: PageStore
    registry: Registry
    publish: Callable[[Sequence[Article]], None]  # returns once the broker acknowledged every article
    clock: Callable[[], float] = field(default=time.time)


class Outcome(NamedTuple):
    """One article's result: `changed` (with the update), `unchanged`, or `failed` (with a reason)."""

    article_id: str
    status: str
    update: Article | None = None
    reason: str = ""
    detail: str = ""


@dataclass
class ReextractSummary:
    examined: int = 0
    changed: int = 0
    unchanged: int = 0
    failed: Counter[str] = field(default_factory=Counter)
    failures: list[Outcome] = field(default_factory=list)
    changed_fields: Counter[str] = field(default_factory=Counter)

    def add(self, outcome: Outcome) -> None:
        self.examined += 1
        if outcome.status == "changed" and outcome.update is not None:
            self.changed += 1
            self.changed_fields.update(outcome.update.changed_fields or ["(new)"])
        elif outcome.status == "unchanged":
            self.unchanged += 1
        else:
            self.failed[outcome.reason] += 1
            self.failures.append(outcome)

    def progress(self, total: int) -> str:
        return (
            f"{self.examined}/{total} examined: {self.changed} changed, {self.unchanged} unchanged,"
            f" {sum(self.failed.values())} failed"
        )


def _failed(article_id: str, reason: str, detail: str) -> Outcome:
    return Outcome(article_id, "failed", reason=reason, detail=detail)


def rebuild(deps: ReextractDeps, article_id: str) -> Article | Outcome:
    """The Article the current extractor makes of the stored pages, or the failed `Outcome`."""
    record = deps.store.fetched(article_id)
    if record is None:
        return _failed(article_id, "not_fetched", "no fetch recorded for this id")
    item_json = deps.store.item(article_id)
    if item_json is None:
        return _failed(article_id, "no_feed_item", "fetched before feed items were recorded: fetch it again")
    item = FeedItem.model_validate_json(item_json)
    outlet = deps.registry.get(item.outlet)
    if outlet is None:
        return _failed(article_id, "unknown_outlet", f"outlet {item.outlet!r} is not in the sources")
    try:
        return build_article(item, outlet, record, stored_pages(deps.pages, record))
    except PageMissingError as exc:
        return _failed(article_id, "page_missing", str(exc))
    except PermanentError as exc:
        return _failed(article_id, exc.reason, exc.detail)


def reextract_one(deps: ReextractDeps, article_id: str) -> Outcome:
    rebuilt = rebuild(deps, article_id)
    if isinstance(rebuilt, Outcome):
        return rebuilt
    update = update_for(deps.store.published(article_id), rebuilt, int(deps.clock() * 1000))
    return Outcome(article_id, "unchanged") if update is None else Outcome(article_id, "changed", update)


def _flush(deps: ReextractDeps, pending: list[Article], dry_run: bool) -> None:
    """Publish the pending updates, then remember them as published (after the broker's ack)."""
    if pending and not dry_run:
        deps.publish(pending)
        for article in pending:
            deps.store.record_published(published_record(article))
    pending.clear()


def run_reextract(
    deps: ReextractDeps,
    article_ids: Iterable[str] | None = None,
    *,
    dry_run: bool = False,
    progress_every: int = 100,
    report: Callable[[str], None] = print,
) -> ReextractSummary:
    """Re-extract `article_ids` (default: every fetched article); with `dry_run`, publish and record nothing."""
    ids = list(article_ids) if article_ids is not None else deps.store.fetched_ids()
    summary = ReextractSummary()
    pending: list[Article] = []
    for article_id in ids:
        outcome = reextract_one(deps, article_id)
        summary.add(outcome)
        if outcome.update is not None:
            pending.append(outcome.update)
        if len(pending) >= PUBLISH_BATCH:
            _flush(deps, pending, dry_run)
        if progress_every > 0 and summary.examined % progress_every == 0:
            report(summary.progress(len(ids)))
    _flush(deps, pending, dry_run)
    return summary
