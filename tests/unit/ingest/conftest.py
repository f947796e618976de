"""Fixtures of the ingest tests (sources, urls, poll, fetch, replay): the replay server on a free port."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.replay import ReplayOptions, RunningReplay, start_replay
from warta.settings import Settings
from warta.shared import shared_dir


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    path = shared_dir() / "corpus"
    if not path.is_dir():
        pytest.fail(f"the shared corpus is missing at {path} (set WARTA_SHARED_DIR)")
    return path


@pytest.fixture(scope="session")
def replay(corpus_dir: Path) -> Iterator[RunningReplay]:
    """A small replay (all gold pages, 12 CLICK-ID articles, 2015 feeds, tempo snapshots), all released."""
    running = start_replay(ReplayOptions(click_limit=12))
    yield running
    running.stop()


@pytest.fixture
def ingest_settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data")
