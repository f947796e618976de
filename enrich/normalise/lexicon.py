"""The name index: every written form of every known entity, from the project's alias lexicon and gazetteers.

Built once (`Lexicon.load()`) and passed to the resolver; nothing here is module-level state.
Keys are token tuples as `enrich.text.tokenize` cuts them, so that matching runs on sentence tokens.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from enrich.normalise.gazetteer import PlaceName, load_countries, load_regions, load_world_places
from enrich.normalise.paths import enrich_data_dir
from enrich.normalise.referents import Referent, referent_id, unknown_referent
from enrich.text import tokenize
from warta.models.enriched import EntityType

ALIAS_RANK = 30
ISLAND_RANK = 24  # "Bali", "Papua": the province wins over the island

Key = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class NameEntry:
    """What a written form may refer to; more than one referent means an ambiguous alias."""

    referents: tuple[Referent, ...]
    free: bool  # may be matched in text without NER support

    @property
    def ambiguous(self) -> bool:
        return len(self.referents) > 1


@dataclass(frozen=True, slots=True)
class Lexicon:
    exact: Mapping[Key, NameEntry]
    folded: Mapping[Key, NameEntry]
    first_tokens: Mapping[str, int]  # first token of a free key -> longest key length starting with it
    cues: Mapping[str, tuple[tuple[str, str], ...]]  # ambiguous alias -> (canonical, lowercase cue phrase)
    common: frozenset[str] = frozenset()  # lower-case words that are not names on their own

    @classmethod
    def load(cls, data_dir: Path | None = None) -> Lexicon:
        return build_lexicon(data_dir or enrich_data_dir())

    def lookup(self, tokens: Sequence[str]) -> NameEntry | None:
        """The entry for a span's tokens: exact case first, then case-folded."""
        key = tuple(tokens)
        return self.exact.get(key) or self.folded.get(tuple(t.lower() for t in key))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _place_index(names: Iterable[PlaceName]) -> dict[str, Referent]:
    """Canonical/official name -> referent, preferring the highest-ranked claim."""
    best: dict[str, tuple[int, Referent]] = {}
    for place in names:
        if place.surface not in best or place.rank > best[place.surface][0]:
            best[place.surface] = (place.rank, place.referent)
    return {name: ref for name, (_, ref) in best.items()}


def alias_referent(row: Mapping[str, str], places: Mapping[str, Referent], world: Mapping[str, Referent]) -> Referent:
    """The referent an alias row names: a country, a region or a world place for LOC, else a named ORG/PER."""
    kind = EntityType(row["ne"])
    canonical = row["canonical"]
    if kind is EntityType.LOC:
        return places.get(canonical) or world.get(canonical) or unknown_referent(kind, canonical)
    return Referent(referent_id(kind, canonical), kind, canonical)


def _collect(
    claims: dict[Key, list[tuple[int, Referent, bool]]], surface: str, rank: int, ref: Referent, free: bool
) -> None:
    key = tuple(t.text for t in tokenize(surface))
    if key:
        claims[key].append((rank, ref, free))


def _entry(claims: list[tuple[int, Referent, bool]]) -> NameEntry:
    top = max(rank for rank, _, _ in claims)
    refs: dict[str, Referent] = {}
    free = False
    for rank, ref, is_free in claims:
        if rank == top:
            refs.setdefault(ref.id, ref)
            free = free or is_free
    return NameEntry(tuple(refs.values()), free)


def _load_cues(path: Path) -> dict[str, tuple[tuple[str, str], ...]]:
    cues: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in _rows(path):
        cues[row["alias"]].append((row["canonical"], row["cue"].lower()))
    return {alias: tuple(pairs) for alias, pairs in cues.items()}


def build_lexicon(data_dir: Path) -> Lexicon:
    """Read the project's data files and index every written form."""
    _, region_names = load_regions(data_dir / "regions.csv")
    _, country_names = load_countries(data_dir / "countries.csv")
    world = load_world_places(data_dir / "world_places.csv")
    places = _place_index([*country_names, *region_names])
    claims: dict[Key, list[tuple[int, Referent, bool]]] = defaultdict(list)
    for place in [*region_names, *country_names]:
        _collect(claims, place.surface, place.rank, place.referent, place.free)
    for row in _rows(data_dir / "aliases.csv"):
        rank = ISLAND_RANK if row["type"] == "ISLAND" else ALIAS_RANK
        _collect(claims, row["alias"], rank, alias_referent(row, places, world), True)
    exact = {key: _entry(found) for key, found in claims.items()}
    folded: dict[Key, NameEntry] = {}
    for key, _ in sorted(claims.items(), key=lambda kv: -max(r for r, _, _ in kv[1])):
        folded.setdefault(tuple(t.lower() for t in key), exact[key])
    first: dict[str, int] = {}
    for key, entry in exact.items():
        if entry.free:
            first[key[0]] = max(first.get(key[0], 0), len(key))
    common = frozenset((data_dir / "common_words.txt").read_text(encoding="utf-8").split())
    return Lexicon(exact, folded, first, _load_cues(data_dir / "disambiguation.csv"), common)
