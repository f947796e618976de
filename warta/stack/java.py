"""Find a JDK of at least a given feature version (Kafka runs on 17+, Elasticsearch 9 needs 21+)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from warta.exceptions import ConfigError

JVM_ROOT = Path("/usr/lib/jvm")
_RELEASE_VERSION = re.compile(r'^JAVA_VERSION="([^"]+)"', re.MULTILINE)
_VERSION_OUTPUT = re.compile(r'version "([^"]+)"')


@dataclass(frozen=True)
class Jdk:
    """A Java installation: its home and feature version (17, 21, 25, ...)."""

    home: Path
    version: int

    @property
    def java(self) -> Path:
        return self.home / "bin" / "java"

    @property
    def javac(self) -> Path:
        return self.home / "bin" / "javac"


def feature_version(version: str) -> int:
    """`"17.0.15"` -> 17, `"25"` -> 25, `"1.8.0_402"` -> 8."""
    parts = version.strip().split(".")
    try:
        major = int(re.sub(r"\D.*$", "", parts[0]) or "0")
        if major == 1 and len(parts) > 1:
            return int(re.sub(r"\D.*$", "", parts[1]) or "0")
    except ValueError as exc:
        raise ValueError(f"not a Java version: {version!r}") from exc
    if major == 0:
        raise ValueError(f"not a Java version: {version!r}")
    return major


def parse_version_output(text: str) -> int:
    """The feature version in the output of `java -version` (`openjdk version "17.0.15" ...`)."""
    match = _VERSION_OUTPUT.search(text)
    if match is None:
        raise ValueError(f"no version in: {text[:200]!r}")
    return feature_version(match.group(1))


def probe(home: Path) -> Jdk | None:
    """The JDK at `home` (read from its `release` file, else `java -version`), or None."""
    if not (home / "bin" / "java").is_file():
        return None
    release = home / "release"
    if release.is_file():
        match = _RELEASE_VERSION.search(release.read_text(errors="replace"))
        if match is not None:
            return Jdk(home, feature_version(match.group(1)))
    try:
        out = subprocess.run(
            [str(home / "bin" / "java"), "-version"], capture_output=True, text=True, timeout=30, check=False
        )
        return Jdk(home, parse_version_output(out.stderr + out.stdout))
    except (OSError, ValueError, subprocess.TimeoutExpired):
        return None


def candidate_homes(environ: Mapping[str, str], jvm_root: Path = JVM_ROOT) -> list[Path]:
    """Where to look, in order of preference: JAVA_HOME, the `java` on PATH, then /usr/lib/jvm/*."""
    homes: list[Path] = []
    if environ.get("JAVA_HOME"):
        homes.append(Path(environ["JAVA_HOME"]))
    on_path = shutil.which("java", path=environ.get("PATH"))
    if on_path:
        homes.append(Path(os.path.realpath(on_path)).parent.parent)
    if jvm_root.is_dir():
        homes.extend(sorted(p for p in jvm_root.iterdir() if p.is_dir() and not p.is_symlink()))
    unique: list[Path] = []
    for home in homes:
        if home not in unique:
            unique.append(home)
    return unique


def pick(jdks: Iterable[Jdk], minimum: int, need_javac: bool = False) -> Jdk | None:
    """The first JDK (in preference order) of at least `minimum`, with `javac` if asked."""
    for jdk in jdks:
        if jdk.version >= minimum and (not need_javac or jdk.javac.is_file()):
            return jdk
    return None


def find_jdk(minimum: int, purpose: str, need_javac: bool = False, environ: Mapping[str, str] | None = None) -> Jdk:
    """A JDK for `purpose`, or a ConfigError that lists what was found."""
    env = os.environ if environ is None else environ
    found = [jdk for jdk in (probe(home) for home in candidate_homes(env)) if jdk is not None]
    chosen = pick(found, minimum, need_javac)
    if chosen is not None:
        return chosen
    seen = ", ".join(f"{jdk.home} (Java {jdk.version})" for jdk in found) or "none"
    what = "a JDK (with javac)" if need_javac else "a Java runtime"
    raise ConfigError(
        f"{purpose} needs {what} of version {minimum} or newer; found: {seen}. "
        f"Install one (e.g. Temurin {max(minimum, 21)} under {JVM_ROOT}) or set JAVA_HOME to it."
    )


def class_data_sharing(jdk: Jdk, archive: Path) -> list[str]:
    """JVM options that keep the loaded classes in `archive` at exit and map them at the next start.

    JDK 19+ re-creates a stale archive by itself; older ones write it once and then use it (a stale one
    is ignored with a warning, so name the archive after what it was built from).
    """
    archive.parent.mkdir(parents=True, exist_ok=True)
    if jdk.version >= 19:
        return [f"-XX:SharedArchiveFile={archive}", "-XX:+AutoCreateSharedArchive", "-Xlog:cds*=off"]
    if archive.is_file():
        return [f"-XX:SharedArchiveFile={archive}", "-Xshare:auto", "-Xlog:cds*=off"]
    return [f"-XX:ArchiveClassesAtExit={archive}", "-Xlog:cds*=off"]
