"""`read_layout`: the largest text block, paragraph `<div>`s, link text, teaser runs, declared articles."""

from __future__ import annotations

from lxml import html as lxml_html

from ingest.extract.layout import Layout, block_sizes, merge, read_layout

WORDS_20 = " ".join(f"kata{i}" for i in range(20))


def _layout(body: str, head: str = "") -> Layout:
    return read_layout(lxml_html.document_fromstring(f"<html><head>{head}</head><body>{body}</body></html>"))


def test_paragraphs_of_one_container_make_one_block() -> None:
    layout = _layout(f"<div><p>{WORDS_20}</p><p>{WORDS_20}</p><p>{WORDS_20} <b>dua kata</b></p></div>")
    assert layout.block_words == 62


def test_paragraph_divs_count_in_their_parent_block() -> None:
    """viva.co.id: one `<div>` per paragraph, inside a `<span>` inside the content block."""
    layout = _layout(f"<div class='article-content'><span><div>{WORDS_20}</div><div>{WORDS_20}</div></span></div>")
    assert layout.block_words == 40


def test_nested_containers_are_blocks_of_their_own() -> None:
    layout = _layout(f"<div><p>{WORDS_20}</p><ul><li>{WORDS_20}</li><li>{WORDS_20}</li></ul></div>")
    assert (layout.block_words, layout.text_words) == (20, 60)


def test_link_text_is_not_block_text() -> None:
    links = "".join(f"<a href='/{i}'>tiga kata tautan</a> dan {WORDS_20}" for i in range(3))
    layout = _layout(f"<div><p>{links}</p><a href='/x'>{WORDS_20}</a></div>")
    assert (layout.block_words, layout.headline_links) == (63, 1)


def test_a_run_of_headlines_with_short_snippets_is_not_a_block() -> None:
    teasers = "".join(f"<h3><a href='/{i}'>judul berita nomor {i}</a></h3><p>{WORDS_20}</p>" for i in range(6))
    root = lxml_html.fromstring(f"<div><ul><li>{teasers}</li></ul><p>{WORDS_20}</p></div>")
    assert block_sizes(root) == (20, 140)


def test_a_body_with_a_few_read_also_links_is_a_block() -> None:
    body = "".join(f"<p>{WORDS_20} {WORDS_20}</p><p>Baca juga: <a href='/{i}'>judul berita lain nomor {i}</a></p>"
                   for i in range(4))  # fmt: skip
    assert _layout(f"<div>{body}</div>").block_words == 4 * 42


def test_scripts_and_captions_are_skipped() -> None:
    layout = _layout(f"<div><script>var a = 'satu dua tiga';</script><figure><figcaption>{WORDS_20}</figcaption>"
                     "</figure><p>empat kata di sini</p></div>")  # fmt: skip
    assert layout.block_words == 4


def test_an_article_is_declared_by_json_ld_or_published_time_not_by_og_type() -> None:
    ld = '<script type=\'application/ld+json\'>{"@type": "NewsArticle", "headline": "Judul"}</script>'
    published = "<meta property='article:published_time' content='2024-03-05T14:30:00+07:00'>"
    og = "<meta property='og:type' content='article'>"
    assert _layout("<p>teks</p>", ld).declared_article
    assert _layout("<p>teks</p>", published).declared_article
    assert not _layout("<p>teks</p>", og).declared_article


def test_layouts_of_pages_add_up() -> None:
    assert merge([Layout(10, 20, 1, False), Layout(5, 6, 2, True)]) == Layout(15, 26, 3, True)
