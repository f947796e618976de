"""Dates with the offset of the zone the page names; WIB when it names none."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from ingest.extract.dates import WIB, parse_iso, parse_visible


@pytest.mark.parametrize(
    ("text", "hours", "named"),
    [
        ("Rabu, 4 November 2015 | 21:04 WIB", 7, True),
        ("Kamis, 5 November 2015 - 15:56 wita", 8, True),
        ("Jumat , 17 Februari 2017, 13:16 WIT", 9, True),
        ("Minggu, 14 Februari 2016 09:15", 7, False),
    ],
)
def test_visible_dates_carry_their_zone(text: str, hours: int, named: bool) -> None:
    found = parse_visible(text)
    assert found is not None
    moment, has_zone = found
    hour = int(text.split(":", maxsplit=1)[0][-2:])
    assert (moment.hour, moment.utcoffset(), has_zone) == (hour, timedelta(hours=hours), named)


def test_numeric_and_english_visible_dates() -> None:
    assert parse_visible("Kamis, 05/11/2015 10:08 WIB") == (datetime(2015, 11, 5, 10, 8, tzinfo=WIB), True)
    assert parse_visible("Wednesday, 04 November, 2015 |  07:28 WIB") == (
        datetime(2015, 11, 4, 7, 28, tzinfo=WIB),
        True,
    )


def test_iso_stamps() -> None:
    assert parse_iso("2016-02-16T13:01:52+0700") == datetime(2016, 2, 16, 6, 1, 52, tzinfo=UTC)
    assert parse_iso("2016-02-16T02:10:56Z") == datetime(2016, 2, 16, 2, 10, 56, tzinfo=UTC)
    assert parse_iso("2025-10-22 06:59") == datetime(2025, 10, 22, 6, 59, tzinfo=WIB)  # naive means WIB


def test_a_site_may_say_its_z_is_wib() -> None:
    assert parse_iso("2015-11-05 T10:08:58Z", z_means=WIB) == datetime(2015, 11, 5, 3, 8, 58, tzinfo=UTC)


def test_no_date() -> None:
    assert parse_visible("tanpa tanggal") is None
    assert parse_iso("kemarin") is None
