"""The index stage: a batch of EnrichedArticle records -> one or more bulk requests to Elasticsearch.

`Indexer.process` is the `run_stage` processor. Its contract with the loop:
- it returns only after Elasticsearch acknowledged every document of the batch, so the loop commits
  offsets only for written articles;
- Elasticsearch down, 429 or 5xx (for the request or any item): `ElasticsearchUnavailableError`, a
  `TransientError`; the loop pauses the consumer and retries the same batch. Documents already
  written by the failed attempt come back as version conflicts: skipped, never duplicated;
- a record that is not an EnrichedArticle, or a document Elasticsearch refuses (mapping error,
  bad value), becomes a dead letter with its reason;
- a 409 version conflict (the same or an older version) is counted as skipped, not an error.
"""

from __future__ import annotations

import json
import logging
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from elasticsearch import ApiError, ConnectionTimeout, Elasticsearch
from elasticsearch import ConnectionError as EsConnectionError
from kafka.consumer.fetcher import ConsumerRecord

from index.bootstrap import create_index
from index.document import bulk_lines, to_action
from index.exceptions import ElasticsearchUnavailableError, IndexConfigError
from warta.exceptions import PermanentError
from warta.kafka.dlq import dead_letter
from warta.kafka.records import Output, parse_record
from warta.models import EnrichedArticle, Reason
from warta.settings import Settings

log = logging.getLogger(__name__)

STAGE = "index"
MAX_BULK_BYTES = 8 * 1024 * 1024
RECENT_HOMES = 50_000


@dataclass
class IndexStats:
    """What the indexer did, for progress output and tests."""

    indexed: int = 0
    skipped: int = 0
    rejected: int = 0
    bulks: int = 0


@dataclass(frozen=True)
class ItemOutcome:
    """One bulk item's fate: 'indexed', 'skipped', 'retry' or 'rejected' (with the reason)."""

    kind: str
    detail: str = ""


def classify_item(item: dict[str, Any]) -> ItemOutcome:
    """The outcome of one item of a bulk response (`{"index": {"status": ..., "error": ...}}`)."""
    result = next(iter(item.values()))
    status = int(result.get("status", 500))
    if status < 300:
        return ItemOutcome("indexed")
    error = result.get("error") or {}
    detail = f"{error.get('type', status)}: {error.get('reason', '')}" if isinstance(error, dict) else str(error)
    if status == 409:
        return ItemOutcome("skipped", detail)
    if status == 429 or status >= 500:
        return ItemOutcome("retry", detail)
    return ItemOutcome("rejected", detail[:2000])


def chunk_by_size(actions: Sequence[dict[str, Any]], max_bytes: int) -> Iterator[list[dict[str, Any]]]:
    """Consecutive groups of actions whose documents add up to at most `max_bytes` (one at least)."""
    chunk: list[dict[str, Any]] = []
    size = 0
    for action in actions:
        weight = len(json.dumps(action["_source"], ensure_ascii=False).encode("utf-8")) + 200
        if chunk and size + weight > max_bytes:
            yield chunk
            chunk, size = [], 0
        chunk.append(action)
        size += weight
    if chunk:
        yield chunk


def _unavailable(exc: Exception) -> ElasticsearchUnavailableError:
    return ElasticsearchUnavailableError(f"Elasticsearch unavailable: {exc}")


@dataclass
class Indexer:
    """Writes batches of enriched articles; keeps the monthly indices it has already made sure of."""

    es: Elasticsearch
    settings: Settings
    stats: IndexStats = field(default_factory=IndexStats)
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    max_bulk_bytes: int = MAX_BULK_BYTES
    _known_indices: set[str] = field(default_factory=set)
    _recent_homes: OrderedDict[str, str] = field(default_factory=OrderedDict)

    def process(self, records: list[ConsumerRecord]) -> list[Output]:
        """The `run_stage` processor: dead letters out, everything else written before returning."""
        outputs: list[Output] = []
        parsed: list[tuple[ConsumerRecord, EnrichedArticle]] = []
        for record in records:
            try:
                parsed.append((record, parse_record(EnrichedArticle, record.value)))
            except PermanentError as exc:
                outputs.append(dead_letter(self.settings, STAGE, record, exc.reason, exc.detail))
        if parsed:
            outputs.extend(self._write(parsed))
        self.stats.rejected += len(outputs)
        return outputs

    def _write(self, parsed: list[tuple[ConsumerRecord, EnrichedArticle]]) -> list[Output]:
        now = self.clock()
        try:
            homes = self._existing_homes([e.article.article_id for _, e in parsed])
            actions = [
                to_action(e, prefix=self.settings.prefix, indexed_at=now, index=homes.get(e.article.article_id))
                for _, e in parsed
            ]
            self._ensure_indices({a["_index"] for a in actions})
            items = [item for chunk in chunk_by_size(actions, self.max_bulk_bytes) for item in self._bulk(chunk)]
        except (EsConnectionError, ConnectionTimeout) as exc:
            raise _unavailable(exc) from exc
        dead = self._outcomes(parsed, items)
        self._remember_homes(actions, items)
        return dead

    def _remember_homes(self, actions: list[dict[str, Any]], items: list[Any]) -> None:
        """Where the articles just written live: a search cannot see them until the next refresh."""
        for action, item in zip(actions, items, strict=True):
            if classify_item(item).kind == "indexed":
                self._recent_homes[action["_id"]] = action["_index"]
                self._recent_homes.move_to_end(action["_id"])
        while len(self._recent_homes) > RECENT_HOMES:
            self._recent_homes.popitem(last=False)

    def _outcomes(self, parsed: list[tuple[ConsumerRecord, EnrichedArticle]], items: list[Any]) -> list[Output]:
        outcomes = [classify_item(item) for item in items]
        retry = [o.detail for o in outcomes if o.kind == "retry"]
        if retry:
            raise ElasticsearchUnavailableError(f"{len(retry)} documents refused for now: {retry[0]}")
        dead: list[Output] = []
        for (record, _), outcome in zip(parsed, outcomes, strict=True):
            if outcome.kind == "indexed":
                self.stats.indexed += 1
            elif outcome.kind == "skipped":
                self.stats.skipped += 1
            else:
                log.warning("index: Elasticsearch rejected %s: %s", record.key, outcome.detail)
                dead.append(dead_letter(self.settings, STAGE, record, Reason.INDEX_REJECTED.value, outcome.detail))
        return dead

    def _existing_homes(self, ids: list[str]) -> dict[str, str]:
        """The index each already indexed article lives in, so that it stays there.

        A search finds what was refreshed (older than a second); the articles this worker wrote since
        are remembered. Records are keyed by article id, so one id always comes to the same worker."""
        recent = {i: self._recent_homes[i] for i in ids if i in self._recent_homes}
        return {**self._search_homes(ids), **recent}

    def _search_homes(self, ids: list[str]) -> dict[str, str]:
        try:
            response = self.es.search(
                index=self.settings.articles_alias,
                query={"ids": {"values": ids}},
                source=False,
                size=len(ids),
                ignore_unavailable=True,
                allow_no_indices=True,
            )
        except ApiError as exc:
            if exc.meta.status == 404:
                return {}
            raise self._api_failure(exc) from exc
        return {hit["_id"]: hit["_index"] for hit in response["hits"]["hits"]}

    def _ensure_indices(self, names: set[str]) -> None:
        for name in sorted(names - self._known_indices):
            try:
                create_index(self.es, name)
            except ApiError as exc:
                raise self._api_failure(exc) from exc
            self._known_indices.add(name)

    def _bulk(self, actions: list[dict[str, Any]]) -> list[Any]:
        try:
            response = self.es.bulk(operations=bulk_lines(actions))
        except ApiError as exc:
            raise self._api_failure(exc) from exc
        self.stats.bulks += 1
        items: list[Any] = response["items"]
        return items

    @staticmethod
    def _api_failure(exc: ApiError) -> Exception:
        """429 and 5xx are worth a retry; any other status of a whole request is our bug or config."""
        if exc.meta.status == 429 or exc.meta.status >= 500:
            return _unavailable(exc)
        return IndexConfigError(f"Elasticsearch refused the request: {exc}")
