"""Places with codes and coordinates: Indonesian regions, countries and world places (from `enrich/data/`)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from enrich.normalise.referents import Referent, referent_id
from warta.models.enriched import EntityType, GeoPoint

# Bare-name preference when a province, a city and a regency share a name ("Bandung" -> Kota Bandung).
KIND_RANK = {"Provinsi": 25, "Kota": 22, "Kabupaten": 21}


@dataclass(frozen=True, slots=True)
class PlaceName:
    """One way of writing a place, with how strongly it claims the name and whether it may be matched bare."""

    surface: str
    referent: Referent
    rank: int
    free: bool


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _geo(lat: str, lon: str) -> GeoPoint | None:
    return GeoPoint(lat=float(lat), lon=float(lon)) if lat and lon else None


def region_surfaces(kind: str, name: str, short: str) -> list[str]:
    """Every written form of a region: 'Kabupaten Bandung', 'Kab. Bandung', 'Kab Bandung', 'Kota Surabaya'..."""
    if kind == "Provinsi":
        return [name, short, f"Provinsi {short}", f"Prov. {short}"]
    if kind == "Kota":
        return [name, f"Kota {short}", f"Kota Administrasi {short}"]
    return [name, f"Kabupaten {short}", f"Kab. {short}", f"Kab {short}", f"Kabupaten Administrasi {short}"]


def load_regions(path: Path) -> tuple[dict[str, Referent], list[PlaceName]]:
    """Provinces and regencies/cities: referents by code, and their written forms."""
    by_code: dict[str, Referent] = {}
    names: list[PlaceName] = []
    for row in _rows(path):
        ref = Referent(
            id=f"loc:id-{row['code']}",
            type=EntityType.LOC,
            name=row["name"],
            kemendagri_code=row["code"],
            geo=_geo(row["lat"], row["lon"]),
        )
        by_code[row["code"]] = ref
        kind, short = row["kind"], row["short_name"]
        for surface in region_surfaces(kind, row["name"], short):
            names.append(PlaceName(surface, ref, 30, True))
        names.append(PlaceName(short, ref, KIND_RANK[kind], row["bare_ok"] == "1"))
    return by_code, names


def load_countries(path: Path) -> tuple[dict[str, Referent], list[PlaceName]]:
    """Countries: referents by ISO2 code and their Indonesian names."""
    by_iso: dict[str, Referent] = {}
    names: list[PlaceName] = []
    for row in _rows(path):
        ref = Referent(
            id=f"loc:iso-{row['iso2']}",
            type=EntityType.LOC,
            name=row["name"],
            iso_code=row["iso2"],
            geo=_geo(row["lat"], row["lon"]),
        )
        by_iso[row["iso2"]] = ref
        for surface in row["variants"].split("|"):
            names.append(PlaceName(surface, ref, 30, row["bare_ok"] == "1"))
    return by_iso, names


def load_world_places(path: Path) -> dict[str, Referent]:
    """Cities and regions abroad (and Indonesian islands) by canonical name, with country code and geo."""
    places = {}
    for row in _rows(path):
        places[row["name"]] = Referent(
            id=referent_id(EntityType.LOC, row["name"]),
            type=EntityType.LOC,
            name=row["name"],
            iso_code=row["iso2"] or None,
            geo=_geo(row["lat"], row["lon"]),
        )
    return places
