"""Non-article detection on real article texts and on the gold pages.

CLICK-ID texts (CC BY 4.0, William and Sari, Data in Brief 2020, doi:10.17632/k42j7x2kpn.1) rendered
into pages by the replay renderer must pass: extractor 1.0.0's lexical tests rejected 37 of the
replay demo's 318 pages. The six gold index pages must stay rejected.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from ingest.extract import FetchedPage, extract
from ingest.extract.layout import Layout
from ingest.extract.nonarticle import check_article
from ingest.replay.corpus import ClickArticle, click_articles
from ingest.replay.render import RenderedArticle, article_html
from tests.unit.ingest.extract.conftest import ARTICLES, INDEXES
from warta.exceptions import PermanentError
from warta.models.article import Article
from warta.models.dead_letter import Reason
from warta.shared import shared_dir

# All seven CLICK-ID files (the replay uses the first six); the first 60 usable articles of each cover
# the demo's pages (`--click-limit 200`: 34 per source) and the tempo texts used for filler pages.
SOURCES = ("kompas", "okezone", "sindonews", "tempo", "tribunnews", "kapanlagi", "pos_metro")
PER_SOURCE = 60
MIN_ACCEPTED = 0.995
FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)
CORPUS = shared_dir(required=False) / "corpus"
TEXT = "\n".join(f"Kalimat nomor {i} berita ini berisi sepuluh kata yang berbeda." for i in range(10))


def _page(article: ClickArticle, neighbours: list[ClickArticle]) -> FetchedPage:
    rendered = RenderedArticle(
        url=article.url,
        site_name=article.source.title(),
        title=article.title,
        published_at=article.published_at,
        author=f"Tim Redaksi {article.source.title()}",
        section=article.category or "Berita",
        paragraphs=article.paragraphs,
        related=[(n.url, n.title) for n in neighbours if n.url != article.url][:3],
    )
    return FetchedPage(url=article.url, html=article_html(rendered))


def _rejections() -> tuple[int, list[str]]:
    examined, rejected = 0, []
    for source in SOURCES:
        texts = list(click_articles(CORPUS, source, PER_SOURCE))
        for i, text in enumerate(texts):
            examined += 1
            try:
                extract([_page(text, texts[i + 1 : i + 5])], outlet=source, article_id=str(i), fetched_at=FETCHED_AT)
            except PermanentError as exc:
                rejected.append(f"{text.url}: {exc}")
    return examined, rejected


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not there")
def test_rendered_click_id_articles_are_accepted() -> None:
    examined, rejected = _rejections()
    accepted = 1 - len(rejected) / examined
    print(f"\nCLICK-ID pages accepted: {examined - len(rejected)}/{examined} ({accepted:.2%})")
    assert examined >= 400
    assert accepted >= MIN_ACCEPTED, "\n".join(rejected)


def test_every_gold_article_is_accepted_and_every_index_page_rejected(
    extracted: dict[str, Article | PermanentError],
) -> None:
    assert len(ARTICLES) >= 23 and len(INDEXES) == 6
    assert [p.name for p in ARTICLES if not isinstance(extracted[p.name], Article)] == []
    reasons = {p.name: getattr(extracted[p.name], "reason", None) for p in INDEXES}
    assert set(reasons.values()) == {Reason.NOT_AN_ARTICLE.value}, reasons


@pytest.mark.parametrize(
    ("layout", "accepted"),
    [
        (Layout(block_words=100, text_words=300, headline_links=40, declared_article=False), True),  # 0.5 of 100
        (Layout(block_words=49, text_words=300, headline_links=40, declared_article=False), False),
        (Layout(block_words=35, text_words=300, headline_links=40, declared_article=True), True),  # declared: 0.35
        (Layout(block_words=34, text_words=300, headline_links=40, declared_article=True), False),
    ],
)
def test_the_largest_block_must_hold_half_of_the_text(layout: Layout, accepted: bool) -> None:
    if accepted:
        check_article(TEXT, layout)
        return
    with pytest.raises(PermanentError) as caught:
        check_article(TEXT, layout)
    assert caught.value.reason == Reason.NOT_AN_ARTICLE.value
    assert "40 headline links" in caught.value.detail


def test_a_page_of_few_words_is_not_an_article_whatever_its_layout() -> None:
    with pytest.raises(PermanentError, match="only 7 words"):
        check_article("Foto: banjir di Samarinda, Senin (5/3/2024). (ANTARA)", Layout(9, 9, 0, True))
