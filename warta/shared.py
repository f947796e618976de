"""Where the offline corpus and NLP data live: `$WARTA_SHARED_DIR`, else `../shared` beside the repo."""

from __future__ import annotations

import os
from pathlib import Path

from warta.exceptions import ConfigError

REPO_ROOT = Path(__file__).resolve().parents[1]


def shared_dir(required: bool = True) -> Path:
    """The shared folder; `ConfigError` with the fix when it is missing and `required`."""
    override = os.environ.get("WARTA_SHARED_DIR")
    path = Path(override) if override else REPO_ROOT.parent / "shared"
    if required and not path.is_dir():
        raise ConfigError(f"the shared data folder is missing at {path}: set WARTA_SHARED_DIR to it")
    return path
