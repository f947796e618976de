"""The source registry: which outlets Warta follows, declared as data.

`builtin_registry()` is the declared registry (grouped by country, `ingest/sources/<cc>/`);
`load_registry(path)` reads a sources file (JSON of the same schema) that replaces it, e.g. the one the
replay server writes.
"""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from ingest.exceptions import SourcesFileError
from ingest.sources.id import OUTLETS as INDONESIA
from ingest.sources.model import Feed, Outlet, Politeness, Registry

__all__ = ["Feed", "Outlet", "Politeness", "Registry", "builtin_registry", "dump_registry", "load_registry"]


def builtin_registry() -> Registry:
    return Registry(outlets=INDONESIA)


def load_registry(path: Path) -> Registry:
    """Read a sources file; raises `SourcesFileError` with the reason when it is unusable."""
    try:
        return Registry.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise SourcesFileError(f"cannot read sources file {path}: {exc}") from exc
    except ValidationError as exc:
        raise SourcesFileError(f"sources file {path} does not match the schema: {exc}") from exc


def registry_from(path: Path | None) -> Registry:
    """The registry of `--sources FILE`, or the built-in one."""
    return builtin_registry() if path is None else load_registry(path)


def dump_registry(registry: Registry, path: Path) -> None:
    """Write a sources file atomically (write to a temporary file, then rename)."""
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(registry.model_dump_json(indent=1) + "\n", encoding="utf-8")
    tmp.replace(path)
