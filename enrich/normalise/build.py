"""Regenerate the project-owned lexicons and gazetteers in `enrich/data/` from the shared sources.

    python -m enrich.normalise.build [--shared DIR] [--out DIR]

Inputs (read-only, `../shared`): the Kemendagri 2025 region list and region coordinates (MIT), the
Indonesian country names (MIT) and country centroids (ODbL 1.0), the alias and trigger seeds, the event
taxonomy, and CLICK-ID (CC BY 4.0) used only for word statistics. Hand-kept inputs in `enrich/data/`:
`aliases_extra.csv`, `event_triggers_extra.csv`, `world_places.csv`.
Outputs: `regions.csv`, `countries.csv` (ODbL, see ATTRIBUTION.md), `aliases.csv`, `event_triggers.csv`,
`common_words.txt` (word statistics only: no CLICK-ID text is stored).
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from enrich.normalise.paths import enrich_data_dir
from warta.shared import shared_dir

# Seed aliases the project drops on review: "Arab" alone is mostly the language or the people.
DROP_ALIASES = frozenset({("Arab", "Arab Saudi")})
# Region names that are mostly people's names in news text ("Bima Arya", coach "Bima Sakti").
BARE_DENY = frozenset({"Bima", "Sigi"})
# Display names preferred over the CLDR name.
COUNTRY_DISPLAY = {
    "PS": "Palestina",
    "MM": "Myanmar",
    "HK": "Hong Kong",
    "MO": "Makau",
    "CI": "Pantai Gading",
    "CG": "Republik Kongo",
    "CD": "Republik Demokratik Kongo",
}
# A bare one-word name is matched without NER support only if its lowercase form is this rare.
LOWERCASE_RATIO_MAX = 0.2
# A word is "common" (never a one-word name, never the first word of a person's name) when it is seen
# in lower case at least this often, and this many times more often than capitalised mid-sentence.
COMMON_MIN = 20
COMMON_RATIO = 10
GENERATED = ("regions.csv", "countries.csv", "aliases.csv", "event_triggers.csv", "common_words.txt")
_WORD = re.compile(r"[A-Za-z]+|[^\sA-Za-z]")


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def _write_csv(path: Path, header: list[str], rows: Iterable[list[str]]) -> int:
    count = 0
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count


def word_case_counts(texts: Iterable[str]) -> tuple[Counter[str], Counter[str]]:
    """Counts of each word seen in lower case and capitalised right after a lower-case word (mid-sentence)."""
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    for text in texts:
        prev_lower = False
        for word in _WORD.findall(text):
            if not word.isalpha():
                prev_lower = False
            elif word.islower():
                lower[word] += 1
                prev_lower = True
                continue
            if prev_lower and word[0].isupper():
                upper[word.lower()] += 1
            prev_lower = False
    return lower, upper


def bare_ok(name: str, lower: Counter[str], upper: Counter[str]) -> bool:
    """Whether a gazetteer name may be matched without NER support (multi-word, or rarely lowercase)."""
    if name in BARE_DENY:
        return False
    if " " in name:
        return True
    key = name.lower()
    return lower[key] == 0 or lower[key] <= LOWERCASE_RATIO_MAX * upper[key]


def common_words(lower: Counter[str], upper: Counter[str]) -> list[str]:
    """Lower-case words that are almost never capitalised inside a sentence ("baca", "postingan")."""
    return sorted(w for w, n in lower.items() if n >= COMMON_MIN and n >= COMMON_RATIO * upper[w] and len(w) > 1)


def _corpus_texts(shared: Path) -> Iterator[str]:
    csv.field_size_limit(sys.maxsize)
    for path in sorted((shared / "corpus" / "articles" / "click_id_2019").glob("*.csv")):
        with path.open(encoding="utf-8", errors="replace", newline="") as handle:
            for row in csv.DictReader(handle):
                yield row.get("content") or ""


def short_region_name(name: str) -> tuple[str, str]:
    """('Kota', 'Surabaya') from 'Kota Surabaya'; ('Kabupaten', 'Kepulauan Seribu') from the administrative form."""
    name = " ".join(name.split())
    for prefix, kind in (
        ("Kota Administrasi ", "Kota"),
        ("Kabupaten Administrasi ", "Kabupaten"),
        ("Kota ", "Kota"),
        ("Kabupaten ", "Kabupaten"),
    ):
        if name.startswith(prefix):
            return kind, name[len(prefix) :]
    return "Provinsi", name


def build_regions(shared: Path, lower: Counter[str], upper: Counter[str]) -> list[list[str]]:
    gaz = shared / "nlp" / "gazetteers"
    coords = {r["code"]: (r["latitude"], r["longitude"]) for r in _read_csv(gaz / "id_provinces_regencies_coords.csv")}
    rows: list[list[str]] = []
    first_city: dict[str, tuple[str, str]] = {}
    for r in _read_csv(gaz / "id_wilayah_kemendagri_2025.csv"):
        if r["level"] not in ("province", "regency"):
            continue
        kind, short = short_region_name(r["name"])
        lat, lon = coords.get(r["code"].replace(".", ""), ("", ""))
        if kind == "Kota" and lat and r["parent_code"] not in first_city:
            first_city[r["parent_code"]] = (lat, lon)
        name = "DKI Jakarta" if r["code"] == "31" else " ".join(r["name"].split())
        rows.append([r["code"], kind, name, short, r["parent_code"], lat, lon, str(int(bare_ok(short, lower, upper)))])
    by_code = {row[0]: row for row in rows}
    for row in rows:  # provinces without coordinates take their first city's; regencies their province's
        if not row[5]:
            fallback = first_city.get(row[0]) if row[1] == "Provinsi" else tuple(by_code[row[4]][5:7])
            row[5], row[6] = fallback if fallback and fallback[0] else ("", "")
    return rows


def build_countries(shared: Path, lower: Counter[str], upper: Counter[str]) -> list[list[str]]:
    gaz = shared / "nlp" / "gazetteers"
    names = {r["id"]: r["value"] for r in _read_csv(gaz / "countries_id_names_umpirsky.csv")}
    rows = []
    for r in _read_csv(gaz / "countries_latlng_mledoze.csv"):
        iso2 = r["cca2"]
        cldr = names.get(iso2)
        if not cldr:
            continue
        display = COUNTRY_DISPLAY.get(iso2, cldr)
        variants = sorted({cldr, display} - {""})
        ok = all(bare_ok(v, lower, upper) for v in variants)
        rows.append([iso2, r["cca3"], display, "|".join(variants), r["name_en"], r["lat"], r["lng"], str(int(ok))])
    return rows


def build_aliases(shared: Path, data: Path) -> list[list[str]]:
    seed = _read_csv(shared / "nlp" / "lexicons" / "id_aliases_seed.csv")
    extra = _read_csv(data / "aliases_extra.csv")
    overridden = {r["alias"] for r in extra}
    rows: dict[tuple[str, str], list[str]] = {}
    for r in seed:
        if (r["alias"], r["canonical"]) in DROP_ALIASES or r["alias"] in overridden:
            continue
        rows[(r["alias"], r["canonical"])] = [r["alias"], r["canonical"], r["type"], r["ne"]]
    for r in extra:
        rows[(r["alias"], r["canonical"])] = [r["alias"], r["canonical"], r["type"], r["ne"]]
    return sorted(rows.values(), key=lambda row: (row[3], row[0].lower(), row[1]))


def taxonomy_cameo(shared: Path) -> dict[str, str]:
    """Event type -> CAMEO root ('' when none), read from the taxonomy table."""
    table = {}
    for line in (shared / "nlp" / "event_taxonomy.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) >= 3 and re.fullmatch(r"[A-Z]+\.[A-Z_]+", cells[0]):
            table[cells[0]] = cells[1]
    return table


def build_triggers(shared: Path, data: Path) -> list[list[str]]:
    cameo = taxonomy_cameo(shared)
    seed = _read_csv(shared / "nlp" / "lexicons" / "id_event_triggers_seed.csv")
    extra = _read_csv(data / "event_triggers_extra.csv")
    rows: dict[tuple[str, str], list[str]] = {}
    for r in seed:
        strength = "medium" if r["kind"] == "phrase" else "weak"
        rows[(r["event_type"], r["trigger"])] = [r["event_type"], r["trigger"], r["kind"], strength]
    for r in extra:
        rows[(r["event_type"], r["trigger"])] = [r["event_type"], r["trigger"], r["kind"], r["strength"]]
    unknown = {key[0] for key in rows} - set(cameo)
    if unknown:
        raise ValueError(f"trigger types not in the taxonomy: {sorted(unknown)}")
    return [[t, cameo[t], trig, kind, s] for (t, trig), (_, _, kind, s) in sorted(rows.items())]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=None, help="shared data dir (default ../shared)")
    parser.add_argument("--out", type=Path, default=None, help="output dir (default enrich/data)")
    args = parser.parse_args(argv)
    shared: Path = args.shared or shared_dir()
    out: Path = args.out or enrich_data_dir()
    data = enrich_data_dir()
    lower, upper = word_case_counts(_corpus_texts(shared))
    written = {
        "regions.csv": _write_csv(
            out / "regions.csv",
            ["code", "kind", "name", "short_name", "parent_code", "lat", "lon", "bare_ok"],
            build_regions(shared, lower, upper),
        ),
        "countries.csv": _write_csv(
            out / "countries.csv",
            ["iso2", "iso3", "name", "variants", "name_en", "lat", "lon", "bare_ok"],
            build_countries(shared, lower, upper),
        ),
        "aliases.csv": _write_csv(
            out / "aliases.csv", ["alias", "canonical", "type", "ne"], build_aliases(shared, data)
        ),
        "event_triggers.csv": _write_csv(
            out / "event_triggers.csv",
            ["event_type", "cameo_root", "trigger", "kind", "strength"],
            build_triggers(shared, data),
        ),
    }
    common = common_words(lower, upper)
    (out / "common_words.txt").write_text("\n".join(common) + "\n", encoding="utf-8")
    written["common_words.txt"] = len(common)
    for name, count in written.items():
        print(f"{name}: {count} rows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
