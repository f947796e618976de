"""Extraction on the stored real pages, scored against the shared expected values.

Floors: every article page's body token F1 >= 0.90, the mean >= 0.98 (0.993 reached with
extractor 1.0.0); titles and dates right on every page that has them. `warta bench-extract` prints
the same scores next to plain trafilatura's.
"""

from __future__ import annotations

import pytest

from ingest.extract.bench import same_minute
from ingest.extract.gold import GoldPage
from ingest.extract.scoring import same_title, token_f1
from tests.unit.ingest.extract.conftest import ARTICLES, GOLD, INDEXES
from warta.exceptions import PermanentError
from warta.models.article import Article
from warta.models.dead_letter import Reason

PAGE_FLOOR = 0.90
MEAN_FLOOR = 0.98


def _ids(pages: list[GoldPage]) -> list[str]:
    return [p.name for p in pages]


def _article(extracted: dict[str, Article | PermanentError], page: GoldPage) -> Article:
    result = extracted[page.name]
    assert isinstance(result, Article), f"{page.name} was rejected: {result}"
    return result


def test_the_shared_corpus_is_there() -> None:
    assert len(ARTICLES) >= 23, "set WARTA_SHARED_DIR to the shared folder (../shared by default)"
    assert len(INDEXES) == 6


@pytest.mark.parametrize("page", ARTICLES, ids=_ids(ARTICLES))
def test_body_f1_floor(page: GoldPage, extracted: dict[str, Article | PermanentError]) -> None:
    article = _article(extracted, page)
    score = token_f1(article.text, page.body or "")
    assert score.f1 >= PAGE_FLOOR, f"{page.name}: F1 {score.f1:.3f} (P {score.precision:.3f}, R {score.recall:.3f})"


def test_mean_body_f1(extracted: dict[str, Article | PermanentError]) -> None:
    scores = [token_f1(_article(extracted, p).text, p.body or "").f1 for p in ARTICLES]
    assert sum(scores) / len(scores) >= MEAN_FLOOR


@pytest.mark.parametrize("page", [p for p in ARTICLES if p.title], ids=_ids([p for p in ARTICLES if p.title]))
def test_title(page: GoldPage, extracted: dict[str, Article | PermanentError]) -> None:
    assert same_title(_article(extracted, page).title, page.title or ""), _article(extracted, page).title


@pytest.mark.parametrize(
    "page", [p for p in ARTICLES if p.published_at], ids=_ids([p for p in ARTICLES if p.published_at])
)
def test_published_at(page: GoldPage, extracted: dict[str, Article | PermanentError]) -> None:
    published = _article(extracted, page).published_at
    assert same_minute(published, page.published_at), f"{published} != {page.published_at}"
    assert published is not None and published.utcoffset() is not None


@pytest.mark.parametrize("page", INDEXES, ids=_ids(INDEXES))
def test_index_pages_are_not_articles(page: GoldPage, extracted: dict[str, Article | PermanentError]) -> None:
    result = extracted[page.name]
    assert isinstance(result, PermanentError), f"{page.name} was taken for an article"
    assert result.reason == Reason.NOT_AN_ARTICLE.value


def test_english_tempo_page_is_flagged(extracted: dict[str, Article | PermanentError]) -> None:
    english = next(p for p in ARTICLES if "tempo-english" in p.name)
    article = _article(extracted, english)
    assert (article.language, article.language_flag) == ("en", True)


def test_indonesian_pages_are_not_flagged(extracted: dict[str, Article | PermanentError]) -> None:
    flagged = [p.name for p in ARTICLES if "english" not in p.name and _article(extracted, p).language_flag]
    assert flagged == []


def test_boilerplate_is_gone_from_every_page(extracted: dict[str, Article | PermanentError]) -> None:
    bodies = {p.name: _article(extracted, p).text.lower() for p in ARTICLES}
    for needle in ("baca juga", "copyright", "all rights reserved", "load more", "editor:"):
        assert [name for name, body in bodies.items() if needle in body] == [], needle


def test_credits_and_metadata_of_a_kompas_page(extracted: dict[str, Article | PermanentError]) -> None:
    page = next(p for p in GOLD if p.name.endswith("kompas-singlepage2.html"))
    article = _article(extracted, page)
    assert article.credits.writer == ["Nabilla Tashandra"]
    assert article.credits.editor == ["Bayu Galih"]
    assert article.authors == ["Nabilla Tashandra"]
    assert article.section == "nasional"
    assert article.url.startswith("http://nasional.kompas.com/read/2016/02/16/14382361/")
    assert article.image and article.image.startswith("http://assets.kompas.com/")
    assert article.provenance.extractor_version


@pytest.mark.parametrize(
    ("suffix", "authors"),
    [
        ("antara-singlepage.html", ["Nur Imansyah"]),  # byline "Pewarta: <span itemprop=author>"
        ("antara-singlepage2.html", ["Budisantoso Budiman", "Agus S"]),
        ("viva-singlepage.html", ["Maya Sofia"]),  # "Oleh : Maya Sofia"
        ("liputan6-singlepage.html", ["Corry Anestia"]),  # JSON-LD
        ("MediaIndonesia_2026_01_08.html", ["Indriyani Astuti"]),
    ],
)
def test_authors(suffix: str, authors: list[str], extracted: dict[str, Article | PermanentError]) -> None:
    page = next(p for p in ARTICLES if p.name.endswith(suffix))
    assert _article(extracted, page).authors == authors


def test_keywords_cut_at_every_word_are_not_tags(extracted: dict[str, Article | PermanentError]) -> None:
    page = next(p for p in ARTICLES if p.name.endswith("kapanlagi-singlepage.html"))
    assert _article(extracted, page).tags == []
