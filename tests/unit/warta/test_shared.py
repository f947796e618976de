from pathlib import Path

import pytest

from warta.exceptions import ConfigError
from warta.shared import REPO_ROOT, shared_dir


def test_shared_dir_is_beside_the_repo_unless_overridden(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WARTA_SHARED_DIR", str(tmp_path))
    assert shared_dir() == tmp_path
    monkeypatch.delenv("WARTA_SHARED_DIR")
    assert shared_dir(required=False) == REPO_ROOT.parent / "shared"


def test_a_missing_shared_dir_says_how_to_fix_it(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("WARTA_SHARED_DIR", str(tmp_path / "nowhere"))
    with pytest.raises(ConfigError, match="WARTA_SHARED_DIR"):
        shared_dir()
    assert shared_dir(required=False) == tmp_path / "nowhere"
