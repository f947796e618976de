"""Reading the shared corpus (never copied into the repo): gold pages, 2015 feeds, tempo snapshots,
CLICK-ID article texts.

CLICK-ID: William and Sari, "CLICK-ID: A Novel Dataset for Indonesian Clickbait Headlines", Data in
Brief, 2020, doi:10.17632/k42j7x2kpn.1, licensed CC BY 4.0.
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import urlsplit

WIB = timezone(timedelta(hours=7))
CLICK_SOURCES = ("kompas", "okezone", "sindonews", "tempo", "tribunnews", "kapanlagi")
CLICK_ATTRIBUTION = "Teks: CLICK-ID (William & Sari, Data in Brief 2020, doi:10.17632/k42j7x2kpn.1), lisensi CC BY 4.0."
_MONTHS = {
    "jan": 1, "januari": 1, "feb": 2, "februari": 2, "mar": 3, "maret": 3, "apr": 4, "april": 4, "mei": 5,
    "may": 5, "jun": 6, "juni": 6, "jul": 7, "juli": 7, "agu": 8, "aug": 8, "agustus": 8, "sep": 9,
    "september": 9, "okt": 10, "oct": 10, "oktober": 10, "nov": 11, "november": 11, "des": 12, "dec": 12,
    "desember": 12,
}  # fmt: skip


@dataclass(frozen=True)
class GoldPage:
    """A stored real page; `url` is None for index pages (which have no recorded address)."""

    path: Path
    url: str | None
    title: str | None
    published_at: datetime | None
    folder: str


@dataclass(frozen=True)
class ClickArticle:
    source: str
    title: str
    published_at: datetime | None
    category: str
    paragraphs: tuple[str, ...]
    url: str


def _epoch_ms(value: object) -> datetime | None:
    return datetime.fromtimestamp(int(value) / 1000, WIB) if isinstance(value, int | float) else None


def gold_pages(corpus: Path) -> list[GoldPage]:
    """All gold pages with their URL (from expected.json / meta.json), index pages with `url=None`."""
    pages: list[GoldPage] = []
    anpandu = corpus / "pages" / "anpandu_2015_2017"
    for name, exp in json.loads((anpandu / "expected.json").read_text(encoding="utf-8")).items():
        if "/older_versions/" in f"/{name}":
            continue
        pages.append(
            GoldPage(anpandu / name, exp.get("url"), exp.get("title"), _epoch_ms(exp.get("date_epoch_ms")), "anpandu")
        )
    for meta in sorted((corpus / "pages" / "mediaindonesia_2025_2026").glob("*.meta.json")):
        info = next(iter(json.loads(meta.read_text(encoding="utf-8")).values()))
        html = meta.with_name(meta.name.replace(".meta.json", ".html"))
        pages.append(GoldPage(html, info["url"], None, None, "mediaindonesia"))
    for exp_path in sorted((corpus / "pages" / "kabarislamia_2015").glob("*.expected.json")):
        exp = json.loads(exp_path.read_text(encoding="utf-8"))
        html = exp_path.with_name(exp_path.name.replace(".expected.json", ".html"))
        pages.append(GoldPage(html, exp["url"], None, None, "kabarislamia"))
    return pages


def feeds_2015(corpus: Path) -> list[Path]:
    return sorted((corpus / "feeds" / "publishers_2015").glob("*-rss.xml"))


def tempo_snapshots(corpus: Path) -> list[Path]:
    return sorted(p for p in (corpus / "feeds" / "tempo_2025_2026").iterdir() if p.is_dir())


def parse_click_date(date: str, time: str) -> datetime | None:
    """CLICK-ID's dates: `2019-09-10`, `dd/mm/yyyy`, `10-Sep-19`, `31 Juli 2019`, `Oktober 19, 2019`."""
    date = date.strip()
    ymd: tuple[int, int, int] | None = None
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date):
        ymd = (int(m[1]), int(m[2]), int(m[3]))
    elif m := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", date):
        ymd = (int(m[3]), int(m[2]), int(m[1]))
    elif (m := re.fullmatch(r"(\d{1,2})-([A-Za-z]+)-(\d{2})", date)) and m[2].lower() in _MONTHS:
        ymd = (2000 + int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    elif (m := re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})", date)) and m[2].lower() in _MONTHS:
        ymd = (int(m[3]), _MONTHS[m[2].lower()], int(m[1]))
    elif (m := re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", date)) and m[1].lower() in _MONTHS:
        ymd = (int(m[3]), _MONTHS[m[1].lower()], int(m[2]))
    if ymd is None:
        return None
    hm = re.match(r"(\d{1,2}):(\d{2})", time.strip())
    hour, minute = (int(hm[1]), int(hm[2])) if hm else (12, 0)
    try:
        return datetime(*ymd, hour, minute, tzinfo=WIB)
    except ValueError:
        return None


def split_paragraphs(content: str) -> tuple[str, ...]:
    """CLICK-ID joined paragraphs with commas: split after sentence ends and on runs of commas."""
    pieces = re.split(r",{2,}|(?<=[.!?\"”])\s*,\s*(?=[\"“A-Z0-9])", content)
    cleaned = (p.strip(" ,-–\u00a0") for p in pieces)
    return tuple(p for p in cleaned if len(p) > 1)


def click_articles(corpus: Path, source: str, limit: int) -> Iterator[ClickArticle]:
    """The first `limit` usable articles of one CLICK-ID source file (read lazily)."""
    path = corpus / "articles" / "click_id_2019" / f"{source}.csv"
    count = 0
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            url = (row.get("url") or "").strip()
            paragraphs = split_paragraphs(row.get("content") or "")
            if not url.startswith("http") or not urlsplit(url).hostname or len(paragraphs) < 2:
                continue
            yield ClickArticle(
                source=source,
                title=(row.get("title") or "").strip(),
                published_at=parse_click_date(row.get("date") or "", row.get("time") or ""),
                category=(row.get("category") or "").strip(),
                paragraphs=paragraphs,
                url=url,
            )
            count += 1
            if count >= limit:
                return
