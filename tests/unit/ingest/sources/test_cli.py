from __future__ import annotations

from pathlib import Path

import pytest

from ingest.replay import RunningReplay
from ingest.sources import dump_registry
from warta.cli import main


def test_sources_list(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sources", "list"]) == 0
    out = capsys.readouterr().out
    assert "antara" in out and "tribun-jateng" in out
    assert out.strip().splitlines()[-1].startswith("55 outlets, ")


def test_sources_check_on_the_replay_file(
    replay: RunningReplay, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sources.json"
    dump_registry(replay.registry, path)
    assert main(["sources", "check", "--sources", str(path), "--strict"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    feeds = sum(len(o.feeds) for o in replay.registry.outlets)
    assert lines[-1] == f"{feeds}/{feeds} feeds answered and parsed; 0 failed"
    assert all(line.startswith("ok") for line in lines[:-1])


def test_a_bad_sources_file_is_a_clean_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"outlets": 3}')
    assert main(["sources", "list", "--sources", str(path)]) == 1
    assert "does not match the schema" in capsys.readouterr().err
