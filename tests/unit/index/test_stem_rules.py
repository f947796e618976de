from __future__ import annotations

from collections import Counter

from index.stemming.build import build_rules
from index.stemming.morphology import analyses, choose_root
from index.stemming.rules import (
    RuleParams,
    clean_dictionary,
    group_rules,
    lucene_may_change,
    root_evidence,
    rules_to_map,
)

DICTIONARY = frozenset(
    {"tangkap", "pilih", "temu", "teman", "tani", "culik", "culi", "desa", "desak", "rusak", "rusa", "ubah",
     "rubah", "sah", "sahkan", "arah", "karah", "kirim", "emas", "kemas", "bom", "kenal", "nal"}
)  # fmt: skip


def _identity(word: str) -> str:
    return word


def test_analyses_find_every_root_with_a_cost() -> None:
    assert analyses("penangkapan", DICTIONARY) == {"tangkap": 2.0}
    found = analyses("penculikan", DICTIONARY)
    assert set(found) == {"culik", "culi"}
    assert analyses("mengebom", DICTIONARY) == {"bom": 2.5}
    # meng- before a vowel: a vowel-initial root, or a k restored at a price
    found = analyses("mengemas", DICTIONARY)
    assert found["emas"] < found["kemas"]


def test_choose_root_prefers_attested_then_cheapest_then_longest() -> None:
    evidence = {"culik": 50, "culi": 0, "desa": 900, "desak": 40, "kenal": 300, "nal": 0}
    thresholds = (10, 0.0)
    assert choose_root("penculikan", analyses("penculikan", DICTIONARY), evidence, thresholds, "culi") == "culik"
    assert choose_root("desakan", analyses("desakan", DICTIONARY), evidence, thresholds, "desa") == "desak"
    assert choose_root("mengenal", analyses("mengenal", DICTIONARY), evidence, thresholds, "kenal") == "kenal"
    # no analysis: Sastrawi's answer stands; a root is its own root
    assert choose_root("jokowi", {}, evidence, thresholds, "jokowi") == "jokowi"
    assert choose_root("desa", {"desa": 0.0}, evidence, thresholds, "desa") == "desa"


def test_root_evidence_ignores_suffixed_forms() -> None:
    vocab = {"desak": 3, "didesak": 5, "desakan": 100, "berik": 0, "berikan": 70}
    evidence = root_evidence(vocab, ["desak", "berik"])
    assert evidence == {"desak": 8, "berik": 0}


def test_clean_dictionary_drops_root_plus_kan_entries() -> None:
    cleaned = clean_dictionary(DICTIONARY, {"sah": 50, "sahkan": 3})
    assert "sahkan" not in cleaned
    assert "sah" in cleaned


def test_group_rules_sorted_with_root_included_and_identity_only_when_lucene_would_stem() -> None:
    rules = group_rules({"menangkap": "tangkap", "ditangkap": "tangkap", "bogor": "bogor", "dinas": "dinas"})
    assert rules == ["dinas => dinas", "ditangkap, menangkap, tangkap => tangkap"]
    assert rules_to_map(rules) == {"dinas": "dinas", "ditangkap": "tangkap", "menangkap": "tangkap",
                                   "tangkap": "tangkap"}  # fmt: skip


def test_lucene_may_change() -> None:
    assert lucene_may_change("menangkap")
    assert lucene_may_change("jalan")
    assert not lucene_may_change("bogor")


def test_build_is_deterministic_on_a_small_vocabulary() -> None:
    counts = Counter({"menangkap": 30, "ditangkap": 20, "tangkap": 12, "penculikan": 5, "diculik": 11,
                      "pemilihan": 9, "memilih": 8, "dipilih": 12, "sahkan": 2, "sah": 40, "disahkan": 7,
                      "jarang": 1})  # fmt: skip
    params = RuleParams(min_freq=2, min_evidence=10)
    first = build_rules(counts, DICTIONARY | {"jarang"}, _identity, frozenset({"pemilu"}), params)
    second = build_rules(Counter(dict(reversed(list(counts.items())))), DICTIONARY | {"jarang"}, _identity,
                         frozenset({"pemilu"}), params)  # fmt: skip
    assert first.text == second.text
    mapping = rules_to_map(line for line in first.text.splitlines() if not line.startswith("#"))
    assert mapping["penculikan"] == "culik"
    assert mapping["menangkap"] == mapping["ditangkap"] == mapping["tangkap"] == "tangkap"
    assert mapping["pemilihan"] == mapping["dipilih"] == "pilih"
    assert mapping["disahkan"] == "sah"
    assert mapping["pemilu"] == "pemilu"
    assert "jarang" not in mapping  # below min_freq
    assert first.words == 11
