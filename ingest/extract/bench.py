"""`warta bench-extract`: our extraction against plain trafilatura on the gold pages."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import NamedTuple, TypeVar

import trafilatura

from ingest.extract.core import extract
from ingest.extract.gold import GoldPage, load_gold
from ingest.extract.page import FetchedPage
from ingest.extract.scoring import same_title, token_f1
from ingest.extract.sites import rules_for
from warta.exceptions import PermanentError
from warta.models.article import Article

T = TypeVar("T")

FETCHED_AT = datetime(2026, 1, 1, tzinfo=UTC)


class Score(NamedTuple):
    name: str
    f1: float
    title_ok: bool | None
    date_ok: bool | None
    ms: float
    plain_f1: float
    plain_ms: float
    precise_f1: float
    precise_ms: float
    site_rule: bool


def same_minute(got: datetime | None, want: datetime | None) -> bool | None:
    """Dates match when they are the same instant to the minute (the gold files drop the seconds)."""
    if want is None:
        return None
    if got is None:
        return False
    return abs(got.replace(second=0) - want.replace(second=0)) < timedelta(minutes=1)


def _timed(func: Callable[[], T], repeat: int) -> tuple[T, float]:
    """The result of `func` and its fastest run in milliseconds (the machine is shared: take the minimum)."""
    start = time.perf_counter()
    result = func()
    best = time.perf_counter() - start
    for _ in range(repeat - 1):
        start = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - start)
    return result, best * 1000


def ours(page: GoldPage, raw: bytes) -> Article | PermanentError:
    fetched = FetchedPage(url=page.url, html=raw)
    try:
        return extract([fetched], outlet=page.outlet, article_id=page.name, fetched_at=FETCHED_AT)
    except PermanentError as exc:
        return exc


def score_page(page: GoldPage, repeat: int = 3) -> Score | str:
    """A `Score` for an article page; for an index page, a line saying whether it was rejected."""
    raw = page.path.read_bytes()
    article, ms = _timed(lambda: ours(page, raw), repeat)
    if page.is_index:
        verdict = f"rejected ({article.detail})" if isinstance(article, PermanentError) else "NOT REJECTED"
        return f"{page.name}: {verdict}"
    plain, plain_ms = _timed(lambda: str(trafilatura.extract(raw) or ""), repeat)
    precise, precise_ms = _timed(lambda: str(trafilatura.extract(raw, favor_precision=True) or ""), repeat)
    if isinstance(article, PermanentError):
        return Score(page.name, 0.0, False, False, ms, token_f1(plain, page.body or "").f1, plain_ms,
                     token_f1(precise, page.body or "").f1, precise_ms, bool(rules_for(page.url, None)))  # fmt: skip
    return Score(
        name=page.name,
        f1=token_f1(article.text, page.body or "").f1,
        title_ok=None if page.title is None else same_title(article.title, page.title),
        date_ok=same_minute(article.published_at, page.published_at),
        ms=ms,
        plain_f1=token_f1(plain, page.body or "").f1,
        plain_ms=plain_ms,
        precise_f1=token_f1(precise, page.body or "").f1,
        precise_ms=precise_ms,
        site_rule=bool(rules_for(page.url, None)),
    )


def _mark(flag: bool | None) -> str:
    return "-" if flag is None else ("ok" if flag else "NO")


def _generic_ratio(scores: list[Score]) -> str:
    generic = [s for s in scores if not s.site_rule]
    ours_ms, plain_ms = sum(s.ms for s in generic), sum(s.plain_ms for s in generic) or 1.0
    return f"pages without a site rule ({len(generic)}): ratio ours/plain {ours_ms / plain_ms:.2f}"


def report(scores: list[Score], rejected: list[str]) -> list[str]:
    head = f"{'page':62} {'F1':>6} {'title':>5} {'date':>4} {'ms':>6}"
    lines = [f"{head} | {'plain':>6} {'ms':>6} | {'prec':>6} {'ms':>6}"]
    for s in scores:
        lines.append(
            f"{s.name[-62:]:62} {s.f1:6.3f} {_mark(s.title_ok):>5} {_mark(s.date_ok):>4} {s.ms:6.1f} | "
            f"{s.plain_f1:6.3f} {s.plain_ms:6.1f} | {s.precise_f1:6.3f} {s.precise_ms:6.1f}"
        )
    n = len(scores)
    titles = [s.title_ok for s in scores if s.title_ok is not None]
    dates = [s.date_ok for s in scores if s.date_ok is not None]
    worst = min(scores, key=lambda s: s.f1)
    ours_ms, plain_ms = sum(s.ms for s in scores), sum(s.plain_ms for s in scores)
    lines += [
        f"pages: {n}  mean F1 ours {sum(s.f1 for s in scores) / n:.4f}  "
        f"plain {sum(s.plain_f1 for s in scores) / n:.4f}  favor_precision {sum(s.precise_f1 for s in scores) / n:.4f}",
        f"min F1 ours {worst.f1:.3f} ({worst.name})",
        f"titles right {sum(titles)}/{len(titles)}  dates right {sum(dates)}/{len(dates)}",
        f"time per page: ours {ours_ms / n:.1f} ms, plain {plain_ms / n:.1f} ms, "
        f"favor_precision {sum(s.precise_ms for s in scores) / n:.1f} ms; ratio ours/plain {ours_ms / plain_ms:.2f}",
        _generic_ratio(scores),
        *rejected,
    ]
    return lines


def run(pages_dir: Path | None = None, repeat: int = 3) -> list[str]:
    scores: list[Score] = []
    rejected: list[str] = []
    for page in load_gold(pages_dir):
        result = score_page(page, repeat)
        if isinstance(result, Score):
            scores.append(result)
        else:
            rejected.append(result)
    return report(scores, rejected)
