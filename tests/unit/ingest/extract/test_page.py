"""Decoding a fetched page."""

from __future__ import annotations

from ingest.extract.page import FetchedPage, decode_html


def test_utf8_bytes_win_over_a_wrong_latin1_declaration() -> None:
    raw = '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>KapanLagi.com®</p>'
    assert "KapanLagi.com®" in decode_html(FetchedPage(url="http://x", html=raw.encode("utf-8")))


def test_real_latin1_bytes_use_the_declared_charset() -> None:
    raw = '<meta charset="iso-8859-1"><p>Caf\u00e9</p>'.encode("latin-1")
    assert "Caf\u00e9" in decode_html(FetchedPage(url="http://x", html=raw))


def test_header_charset_and_unknown_charsets() -> None:
    raw = "<p>\u00e9</p>".encode("latin-1")
    assert "\u00e9" in decode_html(FetchedPage(url="http://x", html=raw, content_type="text/html; charset=latin-1"))
    assert "\u00e9" in decode_html(FetchedPage(url="http://x", html=raw, content_type="text/html; charset=nope"))
