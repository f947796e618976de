from __future__ import annotations

import pytest

from index.exceptions import IndexConfigError
from index.stemming.build import load_keep
from index.stemming.check import tokens_by_word
from index.stemming.families import all_words, evaluate, format_report, load_families, parse_families

LINES = ["# comment", "tangkap\tmenangkap ditangkap", "tari\tmenari penari", "tarik\tmenarik ditarik", ""]


def test_parse_families_puts_the_root_first() -> None:
    fams = parse_families(LINES)
    assert [f.root for f in fams] == ["tangkap", "tari", "tarik"]
    assert fams[0].forms == ("tangkap", "menangkap", "ditangkap")
    assert all_words(fams)[:3] == ["tangkap", "menangkap", "ditangkap"]


def test_parse_families_refuses_a_line_without_tab() -> None:
    with pytest.raises(IndexConfigError):
        parse_families(["tangkap menangkap"])


def test_rate_split_and_merge() -> None:
    fams = parse_families(LINES)
    analysed = {
        "tangkap": ("tangkap",), "menangkap": ("tangkap",), "ditangkap": ("tangkap",),
        "tari": ("tari",), "menari": ("tari",), "penari": ("tari",),
        "tarik": ("tari",), "menarik": ("tarik",), "ditarik": ("tarik",),
    }  # fmt: skip
    report = evaluate("x", fams, analysed)
    assert report.conflated == 2
    assert report.rate == pytest.approx(2 / 3)
    assert [root for root, _ in report.split] == ["tarik"]
    assert report.merged == [("tari", ("tari", "tarik"))]
    assert "MERGED on 'tari': tari, tarik" in "\n".join(format_report(report))


def test_a_form_without_tokens_is_not_conflated() -> None:
    fams = parse_families(["ada\tadanya"])
    report = evaluate("x", fams, {"ada": (), "adanya": ()})
    assert report.conflated == 0
    assert report.dropped == ["ada", "adanya"]


def test_tokens_are_mapped_back_to_words_by_offset() -> None:
    words = ["menangkap", "yang", "bertemu"]
    tokens = [{"token": "tangkap", "start_offset": 0}, {"token": "temu", "start_offset": 15}]
    assert tokens_by_word(words, tokens) == {"menangkap": ("tangkap",), "yang": (), "bertemu": ("temu",)}


def test_the_family_list_is_large_and_one_root_per_line() -> None:
    fams = load_families()
    assert len(fams) >= 150
    assert len({f.root for f in fams}) == len(fams)
    assert sum(len(f.forms) for f in fams) > 1000


def test_no_family_word_is_special_cased_in_the_keep_list() -> None:
    assert load_keep().isdisjoint(all_words(load_families()))
