"""Date expressions resolved against the publication date (Thursday 13 February 2025)."""

from __future__ import annotations

from datetime import date

import pytest

from enrich.events.dates import resolve_date

PUBLISHED = date(2025, 2, 13)  # a Thursday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Panggilan telepon pada hari Rabu (12/2/2025) menandai", "2025-02-12"),
        ("pada Senin (10/2) lalu", "2025-02-10"),
        ("pada 12 Februari 2025", "2025-02-12"),
        ("pada 3 Januari", "2025-01-03"),
        ("pada 20 Desember", "2024-12-20"),  # no year, long after publication: last year
        ("sejak Februari 2022", "2022-02"),
        ("kemarin", "2025-02-12"),
        ("hari ini", "2025-02-13"),
        ("besok", "2025-02-14"),
        ("pekan lalu", "2025-02-06"),
        ("minggu depan", "2025-02-20"),
        ("bulan depan", "2025-03"),
        ("bulan lalu", "2025-01"),
        ("Berbicara pada hari Rabu", "2025-02-12"),
        ("pada Selasa malam", "2025-02-11"),
        ("pada Jumat", "2025-02-07"),
        ("pada Kamis", "2025-02-13"),
        ("Minggu lalu ia datang", "2025-02-06"),
    ],
)
def test_past_and_explicit_dates(text: str, expected: str) -> None:
    found = resolve_date(text, PUBLISHED)
    assert found is not None and found[0] == expected


def test_weekday_in_future_tense_is_the_next_one() -> None:
    assert resolve_date("akan bertemu pada Selasa", PUBLISHED, future=True) == ("2025-02-18", "Selasa")
    assert resolve_date("pada Senin depan", PUBLISHED) == ("2025-02-17", "Senin depan")


def test_date_text_keeps_the_weekday() -> None:
    assert resolve_date("pada hari Rabu (12/2/2025)", PUBLISHED) == ("2025-02-12", "Rabu (12/2/2025)")


def test_no_date_and_invalid_dates() -> None:
    assert resolve_date("tidak ada tanggal di sini", PUBLISHED) is None
    assert resolve_date("pada 31 Februari", PUBLISHED) is None
    assert resolve_date("rabu", PUBLISHED) is None  # weekday names are capitalised
