"""Deciding that a page is not an article (an index or section page, a gallery without text).

Three signals on the extracted text, each a plain property of article prose:
- length: an article has at least `MIN_WORDS` words (galleries and stubs do not);
- title overlap: an article's text uses the words of its title (a listing titled "Indeks Berita" does not);
- cohesion: an article's paragraphs share content words with each other (the topic repeats), while
  the teasers of an index page are about unrelated things. On the gold pages, articles score 0.92-1.0
  and the six index pages 0.39-0.86; the threshold sits below the articles.
"""

from __future__ import annotations

from collections import Counter

from ingest.extract.scoring import tokens
from warta.exceptions import PermanentError
from warta.models.dead_letter import Reason

MIN_WORDS = 50
MIN_TITLE_OVERLAP = 0.25  # articles of the gold set: 0.5 and more; index pages: 0.14 and less
MIN_COHESION = 0.85
MIN_PARAGRAPHS_FOR_COHESION = 5  # short articles of two or three paragraphs may not repeat words


def title_overlap(title: str, text: str) -> float:
    """Share of the title's content words (4+ letters) that the text uses."""
    words = [t for t in tokens(title) if len(t) >= 4]
    if not words:
        return 1.0
    body = set(tokens(text))
    return sum(w in body for w in words) / len(words)


def cohesion(text: str) -> float:
    """Share of paragraphs (5+ words) that share a content word (5+ letters) with another paragraph."""
    paragraphs = [
        {t for t in tokens(line) if len(t) >= 5 and not t.isdigit()}
        for line in text.split("\n")
        if len(line.split()) >= 5
    ]
    if len(paragraphs) < MIN_PARAGRAPHS_FOR_COHESION:
        return 1.0
    spread = Counter(word for words in paragraphs for word in words)
    return sum(any(spread[w] >= 2 for w in words) for words in paragraphs) / len(paragraphs)


def check_article(title: str | None, text: str) -> None:
    """Raise `PermanentError(NOT_AN_ARTICLE)` for a page that has no article body."""
    words = len(text.split())
    if words < MIN_WORDS:
        raise PermanentError(Reason.NOT_AN_ARTICLE.value, f"only {words} words of text (index, gallery or stub)")
    overlap = title_overlap(title or "", text)
    if overlap < MIN_TITLE_OVERLAP:
        raise PermanentError(
            Reason.NOT_AN_ARTICLE.value, f"the text does not use the title's words ({overlap:.0%}): a listing"
        )
    share = cohesion(text)
    if share < MIN_COHESION:
        raise PermanentError(
            Reason.NOT_AN_ARTICLE.value, f"only {share:.0%} of the paragraphs share a topic: a listing of teasers"
        )
