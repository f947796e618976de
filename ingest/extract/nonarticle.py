"""Deciding that a page is not an article (an index or section page, a gallery without text).

Two signals, both about the page's structure rather than its words:
- length: an article has at least `MIN_WORDS` words of text (galleries and stubs do not);
- one dominant block: the page's largest text block (`ingest.extract.layout`) holds most of the
  extracted text, while a listing's text is spread over teaser blocks of a sentence or two under their
  headline links. Gold pages: 0.97-1.17 for the articles, 0.01-0.21 for the six index pages. A page
  that declares itself an article (JSON-LD NewsArticle, article:published_time) needs a smaller share.

Lexical tests (title words in the text, paragraphs sharing words) were dropped in extractor 1.1.0:
they rejected 8% of real articles (episode synopses, one-sentence paragraphs, feed titles that
differ from the page's).
"""

from __future__ import annotations

from ingest.extract.layout import Layout
from warta.exceptions import PermanentError
from warta.models.dead_letter import Reason

MIN_WORDS = 50
MIN_BLOCK_SHARE = 0.5
MIN_BLOCK_SHARE_DECLARED = 0.35


def block_share(layout: Layout, words: int) -> float:
    """The largest block's words over the extracted text's words (above 1 when cleanup dropped lines)."""
    return layout.block_words / words if words else 0.0


def check_article(text: str, layout: Layout) -> None:
    """Raise `PermanentError(NOT_AN_ARTICLE)` for a page that has no article body."""
    words = len(text.split())
    if words < MIN_WORDS:
        raise PermanentError(Reason.NOT_AN_ARTICLE.value, f"only {words} words of text (index, gallery or stub)")
    share = block_share(layout, words)
    floor = MIN_BLOCK_SHARE_DECLARED if layout.declared_article else MIN_BLOCK_SHARE
    if share < floor:
        raise PermanentError(
            Reason.NOT_AN_ARTICLE.value,
            f"the largest text block holds {layout.block_words} of {words} words ({share:.0%}) and the page has "
            f"{layout.headline_links} headline links: a listing of teasers",
        )
