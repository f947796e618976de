"""Dates as Indonesian outlets write them, with the offset of their time zone.

A time with no offset on an Indonesian outlet is WIB (+07:00); WITA is +08:00 and WIT +09:00.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone

WIB = timezone(timedelta(hours=7), "WIB")
WITA = timezone(timedelta(hours=8), "WITA")
WIT = timezone(timedelta(hours=9), "WIT")
ZONES = {"WIB": WIB, "WITA": WITA, "WIT": WIT}

MONTHS = {
    "jan": 1, "januari": 1, "january": 1,
    "feb": 2, "februari": 2, "february": 2, "pebruari": 2,
    "mar": 3, "maret": 3, "march": 3,
    "apr": 4, "april": 4,
    "mei": 5, "may": 5,
    "jun": 6, "juni": 6, "june": 6,
    "jul": 7, "juli": 7, "july": 7,
    "agu": 8, "agt": 8, "agustus": 8, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9,
    "okt": 10, "oktober": 10, "oct": 10, "october": 10,
    "nov": 11, "nop": 11, "november": 11, "nopember": 11,
    "des": 12, "desember": 12, "dec": 12, "december": 12,
}  # fmt: skip

_ISO = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})(?:\s*T?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?",
    re.IGNORECASE,
)
_TIME = r"(?P<h>\d{1,2})[:.](?P<mi>\d{2})(?::(?P<s>\d{2}))?\s*(?P<tz>WIB|WITA|WIT)?\b"
_WRITTEN = re.compile(r"(?P<d>\d{1,2})\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})\D{0,12}?" + _TIME, re.IGNORECASE)
_NUMERIC = re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})\D{0,6}?" + _TIME, re.IGNORECASE)


def parse_iso(value: str, *, z_means: timezone = UTC) -> datetime | None:
    """An ISO-like stamp (`2015-11-05T14:56:43+07:00`, `2016-02-16T13:01:52+0700`, `2015-11-05 T10:08:58Z`).

    No offset means WIB. `z_means` lets a site rule say that its `Z` is not UTC.
    """
    match = _ISO.search(value or "")
    if not match:
        return None
    y, mo, d, h, mi, s, off = match.groups()
    tz: timezone = WIB
    if off and off.upper() == "Z":
        tz = z_means
    elif off:
        sign = -1 if off[0] == "-" else 1
        digits = off[1:].replace(":", "")
        tz = timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        return datetime(int(y), int(mo), int(d), int(h or 0), int(mi or 0), int(s or 0), tzinfo=tz)
    except ValueError:
        return None


def parse_visible(text: str) -> tuple[datetime, bool] | None:
    """A date and time as printed on the page, and whether it named its zone.

    `Rabu, 4 November 2015 | 21:04 WIB`, `Kamis, 5 November 2015 - 15:56 wib`,
    `Jumat , 17 February 2017, 13:16 WIB`, `Kamis, 05/11/2015 10:08 WIB`, `Minggu, 14 Februari 2016 09:15`.
    """
    for pattern in (_WRITTEN, _NUMERIC):
        match = pattern.search(text)
        if not match:
            continue
        parts = match.groupdict()
        month = MONTHS.get(parts["mon"].lower()) if "mon" in parts else int(parts["m"])
        zone = (parts["tz"] or "").upper()
        try:
            moment = datetime(
                int(parts["y"]), month or 0, int(parts["d"]), int(parts["h"]), int(parts["mi"]),
                int(parts["s"] or 0), tzinfo=ZONES.get(zone, WIB),
            )  # fmt: skip
        except ValueError:
            continue
        return moment, bool(zone)
    return None
