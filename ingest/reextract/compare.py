"""What changed between the last published Article and a re-extraction, and the update's version. Pure.

The state store keeps, per published article, a short digest of each field below (not the whole
article): enough to name the fields a new extractor changes without keeping a second copy of the text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping

from ingest.state import PublishedRecord
from warta.models import Article

# The fields extraction decides (the rest is identity, version and provenance).
# Every field an outlet's edit or a better extractor can change; the fetch worker compares the same.
FIELDS = (
    "url", "section", "title", "text", "description", "authors", "credits", "tags", "image", "published_at",
    "updated_at", "language", "language_flag",
)  # fmt: skip


def field_digests(article: Article) -> dict[str, str]:
    """A 16-hex-digit SHA-256 of each field's JSON value."""
    dumped = article.model_dump(mode="json")
    return {
        name: hashlib.sha256(json.dumps(dumped[name], sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]
        for name in FIELDS
    }


def published_record(article: Article) -> PublishedRecord:
    """What the state store remembers of an Article once it is published."""
    return PublishedRecord(article.article_id, article.version, article.provenance.extractor_version,
                           field_digests(article))  # fmt: skip


def changed_fields(before: Mapping[str, str], after: Mapping[str, str]) -> list[str]:
    """The fields whose digests differ, in `FIELDS` order (a field unknown before counts as changed)."""
    return [name for name in FIELDS if before.get(name) != after.get(name)]


def next_version(now_ms: int, previous: int | None) -> int:
    """The re-extraction time, but always above the published version (Elasticsearch external versioning)."""
    return now_ms if previous is None else max(now_ms, previous + 1)


def update_for(previous: PublishedRecord | None, article: Article, now_ms: int) -> Article | None:
    """The Article to publish, or None when the re-extraction changed nothing that was published.

    Without a record (never published: dead-lettered by an older extractor, or fetched before records were
    kept) the article is published as a new one, with no `changed_fields`.
    """
    if previous is None:
        return article.model_copy(update={"version": next_version(now_ms, article.version), "changed_fields": []})
    changed = changed_fields(previous.digests, field_digests(article))
    if not changed:
        return None
    return article.model_copy(update={"version": next_version(now_ms, previous.version), "changed_fields": changed})
