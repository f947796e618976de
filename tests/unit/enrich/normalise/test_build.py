"""The files in enrich/data are exactly what the build script makes from the shared sources."""

from __future__ import annotations

from pathlib import Path

from enrich.normalise.build import GENERATED, main, taxonomy_cameo
from enrich.normalise.paths import enrich_data_dir
from warta.shared import shared_dir


def test_generated_files_are_up_to_date(tmp_path: Path) -> None:
    assert main(["--out", str(tmp_path)]) == 0
    for name in GENERATED:
        assert (tmp_path / name).read_text(encoding="utf-8") == (enrich_data_dir() / name).read_text(
            encoding="utf-8"
        ), f"{name} is stale: run python -m enrich.normalise.build"


def test_every_taxonomy_type_has_triggers() -> None:
    cameo = taxonomy_cameo(shared_dir())
    assert len(cameo) == 42
    triggers = (enrich_data_dir() / "event_triggers.csv").read_text(encoding="utf-8")
    assert all(f"\n{event_type}," in triggers for event_type in cameo)
    assert cameo["CONFLICT.ATTACK"] == "18" and cameo["DISASTER.FLOOD"] == ""
