"""Gazetteers for the tagger's features: built from the shared lists, matched longest-first.

`build_gazetteer(shared)` reads the MIT-licensed region and country lists and the project's
alias lexicon, and returns a `Gazetteer` (lower-cased token phrase -> class). Training writes it
next to the model (`ner-<version>.gazetteer.json`) so that tagging needs no shared data.
Classes: PER, ORG, LOC (aliases, countries, provinces, regencies), DIST (district names, weak).
Titles and organisation cue words are small hand-written sets kept here.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from enrich.text import tokenize

# Words that precede a person's name (lower case).
TITLES = frozenset(
    {
        "presiden", "wapres", "menteri", "menko", "gubernur", "wagub", "bupati", "wabup", "wali", "walikota",
        "kapolda", "kapolri", "kapolres", "kapolsek", "wakapolri", "kapuspen", "kasad", "kasal", "kasau",
        "panglima", "jenderal", "jendral", "letjen", "mayjen", "brigjen", "kolonel", "kombes", "akbp", "kompol",
        "akp", "iptu", "ipda", "aiptu", "bripka", "brigadir", "kapten", "mayor", "pak", "bu", "bapak", "ibu",
        "dr.", "dr", "prof.", "prof", "ir.", "h.", "hj.", "kh.", "kiai", "ustaz", "ustadz", "habib", "sdr.",
        "saudara", "tersangka", "terdakwa", "korban", "pelaku", "kepala", "ketua", "wakil", "direktur",
        "dirut", "sekjen", "sekretaris", "juru", "jubir", "kabid", "kasat", "kasubdit", "dirkrimum",
        "pelatih", "striker", "artis", "penyanyi", "aktor", "aktris", "raja", "ratu", "pangeran",
        "paus", "perdana", "pm", "senator", "anggota", "politikus", "mr.", "mrs.", "ny.", "tn.", "mbak", "mas",
        "kakak", "adik", "istri", "suami", "anak", "ayah", "sang", "si", "almarhum", "mendiang", "dokter",
    }
)  # fmt: skip

# Words that open or form an organisation name (lower case).
ORG_CUES = frozenset(
    {
        "pt", "pt.", "cv", "tbk", "persero", "partai", "kementerian", "kemenkes", "universitas", "institut",
        "sekolah", "polres", "polresta", "polrestabes", "polda", "polsek", "polri", "dinas", "badan", "komisi",
        "dewan", "majelis", "mahkamah", "pengadilan", "kejaksaan", "kejari", "kejati", "bank", "fraksi",
        "lembaga", "yayasan", "perum", "perusahaan", "klub", "fc", "asosiasi", "persatuan", "ikatan",
        "himpunan", "organisasi", "kantor", "pemkab", "pemkot", "pemprov", "pemerintah", "dpr", "dprd",
        "kpk", "kpu", "bawaslu", "tni", "kodam", "kodim", "korem", "satpol", "rumah", "rs", "rsud", "grup",
        "group", "inc", "inc.", "corp", "ltd", "united", "city", "timnas", "sma", "smp", "sd", "smk", "stasiun",
    }
)  # fmt: skip

# Words that precede a place (lower case).
LOC_CUES = frozenset(
    {
        "di", "ke", "dari", "kota", "kabupaten", "kab.", "provinsi", "kecamatan", "desa", "kelurahan",
        "kampung", "dusun", "pulau", "jalan", "jl.", "jln.", "gunung", "sungai", "danau", "selat", "laut",
        "teluk", "wilayah", "daerah", "negara", "negeri", "kawasan", "asal", "warga",
    }
)  # fmt: skip

# The shared files the gazetteer is built from (relative to the shared dir).
GAZETTEER_SOURCES = (
    "nlp/gazetteers/countries_id_names_umpirsky.csv",
    "nlp/gazetteers/id_provinces_regencies_coords.csv",
    "nlp/gazetteers/id_wilayah_kemendagri_2025.csv",
    "nlp/lexicons/id_aliases_seed.csv",
)

_REGION_PREFIXES = ("kabupaten ", "kota ", "kab. ", "provinsi ", "daerah khusus ibukota ", "daerah istimewa ")


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Lower-cased phrases (tokens joined by one space) -> class, and the longest phrase length."""

    phrases: Mapping[str, str]
    max_len: int
    starts: frozenset[str]


def make_gazetteer(phrases: Mapping[str, str]) -> Gazetteer:
    """A `Gazetteer` over ``phrases``, with the index of first words that matching needs."""
    keys = [k for k in phrases if k]
    return Gazetteer(
        dict(sorted((k, phrases[k]) for k in keys)),
        max((len(k.split(" ")) for k in keys), default=1),
        frozenset(k.split(" ")[0] for k in keys),
    )


def _key(name: str) -> str:
    return " ".join(t.text.lower() for t in tokenize(name))


def _region_names(name: str) -> list[str]:
    """``Kabupaten Aceh Selatan`` -> [``kabupaten aceh selatan``, ``aceh selatan``]."""
    lower = name.lower()
    names = [lower]
    for prefix in _REGION_PREFIXES:
        if lower.startswith(prefix):
            names.append(lower[len(prefix) :])
    return names


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def build_gazetteer(shared: Path) -> Gazetteer:
    """Compile the gazetteer from the shared lists (deterministic; later sources win ties)."""
    entries: dict[str, str] = {}
    gaz = shared / "nlp" / "gazetteers"
    for row in _read_csv(gaz / "id_wilayah_kemendagri_2025.csv"):
        if row["level"] == "district":
            for name in _region_names(row["name"]):
                entries.setdefault(_key(name), "DIST")
    for row in _read_csv(gaz / "id_wilayah_kemendagri_2025.csv") + _read_csv(gaz / "id_provinces_regencies_coords.csv"):
        if row["level"] in ("province", "regency"):
            for name in _region_names(row["name"]):
                entries[_key(name)] = "LOC"
    for row in _read_csv(gaz / "countries_id_names_umpirsky.csv"):
        entries[_key(row["value"])] = "LOC"
    for row in _read_csv(shared / "nlp" / "lexicons" / "id_aliases_seed.csv"):
        if row["ne"] in ("PER", "ORG", "LOC"):
            entries[_key(row["alias"])] = row["ne"]
            entries[_key(row["canonical"])] = row["ne"]
    return make_gazetteer(entries)


def save_gazetteer(gazetteer: Gazetteer, path: Path) -> None:
    """Write the gazetteer as sorted JSON."""
    payload = {"max_len": gazetteer.max_len, "phrases": dict(sorted(gazetteer.phrases.items()))}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=0, sort_keys=True), encoding="utf-8")


def load_gazetteer(path: Path) -> Gazetteer:
    """Read a gazetteer written by `save_gazetteer`."""
    payload = json.loads(path.read_text(encoding="utf-8"))
    return make_gazetteer(payload["phrases"])


def match_gazetteer(lowered: Sequence[str], gazetteer: Gazetteer) -> list[str]:
    """Per token: ``B-<class>``/``I-<class>`` of the longest phrase covering it, else ``""``."""
    marks = [""] * len(lowered)
    i, n = 0, len(lowered)
    phrases = gazetteer.phrases
    while i < n:
        if lowered[i] not in gazetteer.starts:
            i += 1
            continue
        for length in range(min(gazetteer.max_len, n - i), 0, -1):
            kind = phrases.get(" ".join(lowered[i : i + length]))
            if kind is not None:
                marks[i] = "B-" + kind
                for j in range(i + 1, i + length):
                    marks[j] = "I-" + kind
                i += length
                break
        else:
            i += 1
    return marks


def corpus_gazetteer(
    entities: Iterable[tuple[str, Sequence[str]]], casing: Mapping[str, str], purity: float = 0.8
) -> Gazetteer:
    """Entity names seen in labelled corpora (type, tokens) -> their majority type.

    Kept only when one type has at least ``purity`` of the name's occurrences and the name's first
    word is usually written with a capital in news (``casing``), which drops common words.
    """
    counts: dict[str, Counter[str]] = {}
    for kind, tokens in entities:
        key = " ".join(t.lower() for t in tokens)
        counts.setdefault(key, Counter())[kind] += 1
    phrases: dict[str, str] = {}
    for key, by_type in counts.items():
        kind, n = by_type.most_common(1)[0]
        if n / sum(by_type.values()) >= purity and casing.get(key.split(" ")[0], "")[:1].isupper():
            phrases[key] = kind
    return make_gazetteer(phrases)
