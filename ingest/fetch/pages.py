"""Raw HTML kept compressed on disk, keyed by the SHA-256 of the bytes, so pages can be re-extracted.

Layout: `<root>/<sha[:2]>/<sha>.html.gz`. Writes are atomic (temporary file, then rename), so several
processes can share one store; writing the same page twice is a no-op.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
from pathlib import Path

from ingest.exceptions import IngestError


class PageMissingError(IngestError):
    """No stored page has this hash."""


class PageStore:
    """`put(raw) -> sha256`, `get(sha256) -> raw`, `has(sha256)`."""

    def __init__(self, root: Path) -> None:
        self.root = root

    @classmethod
    def open(cls, state_dir: Path) -> PageStore:
        return cls(state_dir / "pages")

    def path(self, sha256: str) -> Path:
        return self.root / sha256[:2] / f"{sha256}.html.gz"

    def has(self, sha256: str) -> bool:
        return self.path(sha256).exists()

    def put(self, raw: bytes) -> str:
        sha256 = hashlib.sha256(raw).hexdigest()
        target = self.path(sha256)
        if target.exists():
            return sha256
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(gzip.compress(raw, compresslevel=6, mtime=0))
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return sha256

    def get(self, sha256: str) -> bytes:
        try:
            return gzip.decompress(self.path(sha256).read_bytes())
        except FileNotFoundError as exc:
            raise PageMissingError(f"no stored page {sha256} under {self.root}") from exc
