"""Event triggers and modality cues, loaded from the project's lexicons in `enrich/data/`."""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from enrich.normalise.paths import enrich_data_dir

STRENGTH = {"strong": 0.6, "medium": 0.45, "weak": 0.3}


@dataclass(frozen=True, slots=True)
class Trigger:
    event_type: str
    cameo_root: str | None
    words: tuple[str, ...]  # lower case
    strength: float


@dataclass(frozen=True, slots=True)
class EventLexicon:
    triggers: Mapping[str, tuple[Trigger, ...]]  # first word -> triggers starting with it, longest first
    cues: Mapping[str, str]  # lower-case cue word or phrase -> drill | negated | hedged | planned

    @classmethod
    def load(cls, data_dir: Path | None = None) -> EventLexicon:
        data = data_dir or enrich_data_dir()
        return cls(load_triggers(data / "event_triggers.csv"), load_cues(data / "modality_cues.csv"))


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def load_triggers(path: Path) -> dict[str, tuple[Trigger, ...]]:
    index: dict[str, list[Trigger]] = defaultdict(list)
    for row in _rows(path):
        words = tuple(row["trigger"].lower().split())
        trigger = Trigger(row["event_type"], row["cameo_root"] or None, words, STRENGTH[row["strength"]])
        index[words[0]].append(trigger)
    return {first: tuple(sorted(found, key=lambda t: -len(t.words))) for first, found in index.items()}


def load_cues(path: Path) -> dict[str, str]:
    return {row["cue"].lower(): row["kind"] for row in _rows(path)}
