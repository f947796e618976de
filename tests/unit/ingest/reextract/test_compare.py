"""Field digests, changed fields and versions of re-extracted articles."""

from __future__ import annotations

from datetime import UTC, datetime

from ingest.reextract.compare import FIELDS, changed_fields, field_digests, next_version, published_record, update_for
from warta.models import Article, Provenance

FETCHED = datetime(2026, 1, 1, tzinfo=UTC)


def _article(**changes: object) -> Article:
    article = Article(
        article_id="a1", url="https://nasional.kompas.com/read/1/banjir", outlet="kompas", title="Banjir",
        text="Banjir merendam rumah.\nWarga mengungsi.", authors=["Ana"], version=1_767_225_600_000,
        provenance=Provenance(fetched_at=FETCHED, extractor_version="warta-extract/1.0.0"),
    )  # fmt: skip
    return article.model_copy(update=changes)


def test_digests_cover_the_extracted_fields_and_ignore_version_and_provenance() -> None:
    digests = field_digests(_article())
    assert list(digests) == list(FIELDS) and all(len(d) == 16 for d in digests.values())
    later = _article(version=2, provenance=Provenance(fetched_at=FETCHED, extractor_version="warta-extract/1.1.0"))
    assert field_digests(later) == digests


def test_changed_fields_are_named_in_field_order() -> None:
    before = field_digests(_article())
    after = field_digests(_article(text="Banjir merendam rumah.", title="Banjir besar", authors=["Ana", "Budi"]))
    assert changed_fields(before, after) == ["title", "text", "authors"]
    assert changed_fields({}, after) == list(FIELDS)


def test_an_unchanged_article_gives_no_update() -> None:
    article = _article()
    assert update_for(published_record(article), article, now_ms=2_000_000_000_000) is None


def test_a_changed_article_gives_an_update_with_a_newer_version() -> None:
    old = published_record(_article())
    new = _article(text="Banjir merendam rumah.", provenance=Provenance(fetched_at=FETCHED, extractor_version="x/2"))
    update = update_for(old, new, now_ms=1_800_000_000_000)
    assert update is not None
    assert (update.article_id, update.changed_fields, update.version) == ("a1", ["text"], 1_800_000_000_000)
    assert update.provenance.extractor_version == "x/2"


def test_the_version_always_moves_past_the_published_one() -> None:
    assert next_version(100, None) == 100
    assert next_version(100, 50) == 100
    assert next_version(100, 100) == 101  # same millisecond, or a clock behind the published version
    assert next_version(100, 500) == 501


def test_an_article_never_published_is_published_as_new() -> None:
    update = update_for(None, _article(), now_ms=1_800_000_000_000)
    assert update is not None and update.changed_fields == [] and update.version == 1_800_000_000_000
