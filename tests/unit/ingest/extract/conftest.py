"""Gold pages from `../shared/corpus/pages` (or `$WARTA_SHARED_DIR`), extracted once per test session."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ingest.extract import FetchedPage, extract
from ingest.extract.gold import GoldPage, load_gold, pages_dir
from warta.exceptions import PermanentError
from warta.models.article import Article

FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)
GOLD = load_gold() if pages_dir().is_dir() else []
ARTICLES = [p for p in GOLD if not p.is_index]
INDEXES = [p for p in GOLD if p.is_index]


def run_extract(page: GoldPage) -> Article | PermanentError:
    fetched = FetchedPage(url=page.url or "http://www.example.co.id/", html=page.path.read_bytes())
    try:
        return extract([fetched], outlet=page.outlet, article_id=page.name, fetched_at=FETCHED_AT)
    except PermanentError as exc:
        return exc


@pytest.fixture(scope="session")
def extracted() -> dict[str, Article | PermanentError]:
    """Every gold page's extraction, by page name."""
    return {page.name: run_extract(page) for page in GOLD}
