"""A tiny shared dir with every file training reads, for end-to-end runs in a second."""

from __future__ import annotations

from pathlib import Path

import pytest

from enrich.ner.clusters import CLUSTER_SOURCES

NEWS = [
    ("Presiden Joko Widodo tiba di Bandung .", "O B-PER I-PER O O B-LOC O"),
    ("Menteri Sri Mulyani bertemu KPK di Jakarta .", "O B-PER I-PER O B-ORG O B-LOC O"),
    ("Partai Golkar menggelar rapat di Surabaya .", "B-ORG I-ORG O O O B-LOC O"),
    ("Ia makan nasi di rumah .", "O O O O O O"),
]
ARTICLE = "Presiden Joko Widodo tiba di Jakarta. Menteri Sri Mulyani ke Bandung. Partai Golkar rapat di Surabaya."


def _conll(rows: list[tuple[str, str]], sep: str, label_map: dict[str, str]) -> str:
    blocks = []
    for words, tags in rows:
        lines = []
        for word, tag in zip(words.split(), tags.split(), strict=True):
            kind = tag[2:]
            lines.append(f"{word}{sep}{tag[:2] + label_map.get(kind, kind) if kind else tag}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


@pytest.fixture()
def tiny_shared(tmp_path: Path) -> Path:
    shared = tmp_path / "shared"
    ner = shared / "nlp" / "ner"
    files = {
        "idner-news-2k/train.txt": _conll(NEWS, " X ", {}),
        "idner-news-2k/dev.txt": _conll(NEWS[:2], " X ", {}),
        "indolem-nerui/train.01.tsv": _conll(NEWS, "\t", {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}),
        "indolem-nerui/dev.01.tsv": _conll(NEWS[2:], "\t", {"PER": "PERSON", "ORG": "ORGANIZATION", "LOC": "LOCATION"}),
        "indonlu-nergrit/train_preprocess.txt": _conll(NEWS, "\t", {"PER": "PERSON", "LOC": "PLACE"}),
        "indonlu-nergrit/valid_preprocess.txt": _conll(NEWS[:1], "\t", {"PER": "PERSON", "LOC": "PLACE"}),
        "indonlu-nerp/train_preprocess.txt": _conll(NEWS, "\t", {"PER": "PPL", "LOC": "PLC", "ORG": "IND"}).lower(),
    }
    for name, text in files.items():
        (ner / name).parent.mkdir(parents=True, exist_ok=True)
        (ner / name).write_text(text, encoding="utf-8")
    gaz = shared / "nlp" / "gazetteers"
    gaz.mkdir(parents=True)
    (gaz / "id_wilayah_kemendagri_2025.csv").write_text(
        "code,level,parent_code,name\n32,province,,Jawa Barat\n32.73,regency,32,Kota Bandung\n"
        "32.73.01,district,32.73,Sukasari\n",
        encoding="utf-8",
    )
    (gaz / "id_provinces_regencies_coords.csv").write_text(
        "level,code,parent_code,name,latitude,longitude\nregency,3578,35,Kota Surabaya,-7.2,112.7\n", encoding="utf-8"
    )
    (gaz / "countries_id_names_umpirsky.csv").write_text('id,value\nUS,"Amerika Serikat"\n', encoding="utf-8")
    lex = shared / "nlp" / "lexicons"
    lex.mkdir(parents=True)
    (lex / "id_aliases_seed.csv").write_text(
        "alias,canonical,type,ne\nKPK,Komisi Pemberantasan Korupsi,ORG_GOV,ORG\nJokowi,Joko Widodo,PER_ID,PER\n",
        encoding="utf-8",
    )
    for i, name in enumerate(CLUSTER_SOURCES):
        path = shared / name
        path.parent.mkdir(parents=True, exist_ok=True)
        rows = "".join(f'Judul {i} {j},x,1 Juli 2019,10:00,NEWS,-,"{ARTICLE}",u\n' for j in range(5))
        path.write_text("title,source,date,time,category,sub-category,content,url\n" + rows, encoding="utf-8")
    return shared
