"""Resolve Indonesian date expressions against the publication date: explicit, relative and weekday names."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "pebruari": 2, "maret": 3, "mar": 3, "april": 4, "apr": 4,
    "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7, "agustus": 8, "agu": 8, "agt": 8, "ags": 8,
    "september": 9, "sep": 9, "sept": 9, "oktober": 10, "okt": 10, "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12,
}  # fmt: skip
WEEKDAYS = {"senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "jum'at": 4, "sabtu": 5, "minggu": 6}
_MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMERIC = re.compile(
    r"(?:\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu),?\s*)?\((\d{1,2})/(\d{1,2})(?:/(\d{2}|\d{4}))?\)"
)
_NAMED = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH_ALT})\.?(?:\s+(\d{{4}}))?\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b(?:bulan\s+)?({_MONTH_ALT})\s+(\d{{4}})\b", re.IGNORECASE)
_RELATIVE = re.compile(
    r"\b(kemarin|hari ini|besok|lusa|tadi malam|semalam|tadi pagi|(?:pekan|minggu|bulan|tahun) (?:lalu|depan))\b",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(r"\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)\b(?:\s+(lalu|depan|mendatang))?")
_DAY_SHIFT = {"kemarin": -1, "hari ini": 0, "besok": 1, "lusa": 2, "tadi malam": -1, "semalam": -1, "tadi pagi": 0}
# A day-month date without a year is taken from the publication year unless that puts it this far away.
_YEAR_SLACK_DAYS = 62


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def _guess_year(day: int, month: int, published: date, future: bool) -> date:
    found = date(published.year, month, day)
    if not future and (found - published).days > _YEAR_SLACK_DAYS:
        return date(published.year - 1, month, day)
    if future and (published - found).days > _YEAR_SLACK_DAYS:
        return date(published.year + 1, month, day)
    return found


def _explicit(text: str, published: date, future: bool) -> tuple[str, str] | None:
    for pattern in (_NUMERIC, _NAMED):
        for match in pattern.finditer(text):
            day_s, month_s, year_s = match.groups()
            month = int(month_s) if month_s.isdigit() else MONTHS[month_s.lower()]
            try:
                if year_s:
                    year = int(year_s) + (2000 if len(year_s) == 2 else 0)
                    found = date(year, month, int(day_s))
                else:
                    found = _guess_year(int(day_s), month, published, future)
            except ValueError:
                continue
            return found.isoformat(), match.group()
    month_year = _MONTH_YEAR.search(text)
    if month_year:
        month_name, year_s = month_year.groups()
        return f"{int(year_s):04d}-{MONTHS[month_name.lower()]:02d}", month_year.group()
    return None


def _relative(text: str, published: date) -> tuple[str, str] | None:
    match = _RELATIVE.search(text)
    if not match:
        return None
    phrase = " ".join(match.group(1).lower().split())
    if phrase in _DAY_SHIFT:
        return (published + timedelta(days=_DAY_SHIFT[phrase])).isoformat(), match.group()
    unit, direction = phrase.split()
    sign = -1 if direction == "lalu" else 1
    if unit in ("pekan", "minggu"):
        return (published + timedelta(days=7 * sign)).isoformat(), match.group()
    if unit == "bulan":
        return add_months(published, sign).isoformat()[:7], match.group()
    return f"{published.year + sign:04d}", match.group()


def weekday_date(name: str, published: date, future: bool) -> date:
    """The latest such weekday on or before publication, or the next one after it for the future."""
    target = WEEKDAYS[name.lower()]
    if future:
        return published + timedelta(days=(target - published.weekday() - 1) % 7 + 1)
    return published - timedelta(days=(published.weekday() - target) % 7)


def resolve_date(text: str, published: date, future: bool = False) -> tuple[str, str] | None:
    """(ISO date, the words it came from) for the first date expression in `text`, explicit ones first.

    Day dates are `YYYY-MM-DD`; month-level expressions ("bulan depan", "Februari 2022") are `YYYY-MM`.
    """
    found = _explicit(text, published, future) or _relative(text, published)
    if found:
        return found
    for match in _WEEKDAY.finditer(text):
        if match.start() == 0 and match.group(1) == "Minggu" and text[6:12].lower().startswith(" lalu"):
            continue
        ahead = future or match.group(2) in ("depan", "mendatang")
        return weekday_date(match.group(1), published, ahead).isoformat(), match.group().strip()
    return None
