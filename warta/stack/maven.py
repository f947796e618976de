"""Resolve the stack's jars from Maven Central into the stack folder, once per version of the poms."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import time
from collections.abc import Mapping
from pathlib import Path

from warta.exceptions import ConfigError
from warta.stack.errors import StackError

MODULES = ("kafka", "elasticsearch")
STAMP = ".resolved"


def poms_digest(sources: Path) -> str:
    """sha256 over the aggregator pom and the module poms."""
    digest = hashlib.sha256()
    for pom in [sources / "pom.xml", *(sources / module / "pom.xml" for module in MODULES)]:
        digest.update(pom.read_bytes())
    return digest.hexdigest()


def is_resolved(sources: Path, lib: Path) -> bool:
    """True when `lib` holds the jars of the current poms."""
    stamp = lib / STAMP
    return stamp.is_file() and stamp.read_text().strip() == poms_digest(sources)


def maven_command(sources: Path, lib: Path, mvn: str = "mvn") -> list[str]:
    return [
        mvn,
        "-B",
        "-q",
        "-T",
        "2",
        "-f",
        str(sources / "pom.xml"),
        "dependency:copy-dependencies",
        f"-Dwarta.lib.dir={lib}",
    ]


def maven_environment(environ: Mapping[str, str]) -> dict[str, str]:
    """The environment with MAVEN_OPTS asking for the quick JIT only: Maven runs briefly."""
    env = dict(environ)
    env["MAVEN_OPTS"] = f"{env.get('MAVEN_OPTS', '')} -XX:TieredStopAtLevel=1".strip()
    return env


def resolve(sources: Path, lib: Path, timeout: float = 900) -> float | None:
    """Copy the jars into `lib/<module>/` unless already done; the seconds it took, or None when cached."""
    if is_resolved(sources, lib):
        return None
    mvn = shutil.which("mvn")
    if mvn is None:
        raise ConfigError("Maven (`mvn`) is not on PATH; install it (Debian: apt-get install maven)")
    for module in MODULES:
        shutil.rmtree(lib / module, ignore_errors=True)
    lib.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    try:
        result = subprocess.run(
            maven_command(sources, lib, mvn),
            env=maven_environment(os.environ),
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise StackError(f"Maven did not finish resolving the stack's jars within {timeout:.0f} s") from exc
    if result.returncode != 0:
        output = (result.stdout + result.stderr).strip().splitlines()[-30:]
        raise StackError("Maven failed to resolve the stack's jars:\n" + "\n".join(output))
    (lib / STAMP).write_text(poms_digest(sources) + "\n")
    return time.monotonic() - started
