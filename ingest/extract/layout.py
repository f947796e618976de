"""The page's layout, read from the DOM before extraction: is the text one block, or many teasers?

An article page holds its text in one dominant block: a container whose paragraphs (`<p>`, or `<div>`s
that hold only inline content, as on viva.co.id) carry most of the words. A listing (index, section or
tag page) spreads short snippets over many teaser blocks, each with its headline link. Link text never
counts as block text: a list of headlines is a block of links, not of text.

On the gold pages the largest block holds 0.97-1.17 of the extracted text's word count on the 23 article
pages and 0.01-0.21 on the six index pages (3 to 38 words each).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from lxml import html as lxml_html

from ingest.extract.metadata import json_ld_article, meta_tags

# Elements that open a block of their own.
CONTAINERS = frozenset(
    ("html", "body", "div", "section", "article", "main", "aside", "header", "footer", "nav", "form", "center",
     "ul", "ol", "li", "dl", "dd", "dt", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "figure")
)  # fmt: skip
# A `<div>` or `<section>` with no container inside is a paragraph of its parent's block.
_PARAGRAPH_CONTAINERS = frozenset(("div", "section"))
# Never block text: links (headlines, tags), code, form controls, captions.
_SKIPPED = frozenset(
    ("a", "script", "style", "noscript", "template", "button", "select", "textarea", "svg", "iframe", "head",
     "title", "figcaption", "figure", "nav")
)  # fmt: skip
_ARTICLE_TYPES = frozenset(("article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "blogposting"))
HEADLINE_WORDS = 4  # a link of 4+ words is a headline, not a keyword link
# A block with 4+ headline links and under 40 words of text per link is a run of teasers (gold articles:
# kapanlagi's bodies have 5 "Baca juga" headlines in 231 and 282 words, 46 and 56 per link).
MIN_TEASERS = 4
WORDS_PER_TEASER = 40


class Layout(NamedTuple):
    """Word counts of a page's largest text block and of all its text outside links."""

    block_words: int
    text_words: int
    headline_links: int
    declared_article: bool  # JSON-LD *Article type or article:published_time


def merge(layouts: Sequence[Layout]) -> Layout:
    """The layout of a multi-page article: the pages' counts added up."""
    return Layout(
        sum(layout.block_words for layout in layouts),
        sum(layout.text_words for layout in layouts),
        sum(layout.headline_links for layout in layouts),
        any(layout.declared_article for layout in layouts),
    )


def _words(text: str | None) -> int:
    return len(text.split()) if text else 0


def _in_order(root: lxml_html.HtmlElement) -> list[lxml_html.HtmlElement]:
    """Elements under `root` in document order, without the subtrees of skipped elements."""
    order: list[lxml_html.HtmlElement] = []
    stack = [root]
    while stack:
        node = stack.pop()
        order.append(node)
        stack.extend(c for c in reversed(node) if isinstance(c.tag, str) and c.tag not in _SKIPPED)
    return order


def _is_headline(node: lxml_html.HtmlElement) -> bool:
    return node.tag == "a" and _words(node.text_content()) >= HEADLINE_WORDS


def is_teaser_run(words: int, headlines: int) -> bool:
    """A block of headline links each followed by a snippet: a flat listing, not a body with links."""
    return headlines >= MIN_TEASERS and words < WORDS_PER_TEASER * headlines


def block_sizes(root: lxml_html.HtmlElement) -> tuple[int, int]:
    """(words of the largest block that is not a teaser run, words of all text outside links), bottom-up.

    A block's words are its own text, its tails' and its inline children's, plus the words of its
    paragraph `<div>`s; a nested container is a block of its own.
    """
    passed: dict[lxml_html.HtmlElement, tuple[int, int, bool]] = {}  # element -> (words, headlines, has container)
    largest = total = 0
    for node in reversed(_in_order(root)):
        words, headlines, nested = _words(node.text), 0, False
        for child in node:
            words += _words(child.tail)
            headlines += _is_headline(child)
            if child in passed:
                child_words, child_headlines, child_nested = passed.pop(child)
                words, headlines = words + child_words, headlines + child_headlines
                nested = nested or child_nested
        if node.tag not in CONTAINERS:
            passed[node] = (words, headlines, nested)
            continue
        if node.tag in _PARAGRAPH_CONTAINERS and not nested:
            passed[node] = (words, headlines, True)  # counted in the parent's block
            continue
        passed[node] = (0, 0, True)
        total += words
        if not is_teaser_run(words, headlines):
            largest = max(largest, words)
    return largest, total


def headline_links(root: lxml_html.HtmlElement) -> int:
    """Distinct targets of links whose text has `HEADLINE_WORDS`+ words."""
    hrefs = {a.get("href") for a in root.iter("a") if _words(a.text_content()) >= HEADLINE_WORDS}
    return len(hrefs - {None, "", "#"})


def declares_article(tree: lxml_html.HtmlElement) -> bool:
    """The page says it is an article: a JSON-LD *Article object or an `article:published_time`.

    (`og:type=article` is not enough: kompas.com sets it on its index page too.)"""
    ld_type = json_ld_article(tree).get("@type", "")
    types = ld_type if isinstance(ld_type, list) else [ld_type]
    return any(str(t).lower() in _ARTICLE_TYPES for t in types) or bool(meta_tags(tree).get("article:published_time"))


def read_layout(tree: lxml_html.HtmlElement) -> Layout:
    """The layout of a parsed page (read before extraction prunes the tree)."""
    body = tree.find("body")
    root = body if body is not None else tree
    largest, total = block_sizes(root)
    return Layout(largest, total, headline_links(root), declares_article(tree))
