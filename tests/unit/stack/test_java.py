from __future__ import annotations

from pathlib import Path

import pytest

from warta.exceptions import ConfigError
from warta.stack.java import Jdk, class_data_sharing, feature_version, find_jdk, parse_version_output, pick, probe


def _fake_jdk(root: Path, name: str, version: str, javac: bool = True) -> Path:
    home = root / name
    (home / "bin").mkdir(parents=True)
    (home / "bin" / "java").write_text("")
    if javac:
        (home / "bin" / "javac").write_text("")
    (home / "release").write_text(f'IMPLEMENTOR="Test"\nJAVA_VERSION="{version}"\n')
    return home


@pytest.mark.parametrize(
    ("text", "expected"), [("17.0.15", 17), ("25", 25), ("21.0.2+13", 21), ("1.8.0_402", 8), ("25-ea", 25)]
)
def test_feature_version(text: str, expected: int) -> None:
    assert feature_version(text) == expected


def test_feature_version_rejects_garbage() -> None:
    with pytest.raises(ValueError, match="not a Java version"):
        feature_version("abc")


def test_parse_version_output_of_openjdk() -> None:
    text = 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)\n'
    assert parse_version_output(text) == 17


def test_probe_reads_the_release_file(tmp_path: Path) -> None:
    home = _fake_jdk(tmp_path, "temurin-25", "25.0.1")
    assert probe(home) == Jdk(home, 25)
    assert probe(tmp_path / "missing") is None


def test_pick_prefers_order_and_honours_minimum_and_javac(tmp_path: Path) -> None:
    old = Jdk(_fake_jdk(tmp_path, "jdk17", "17.0.1"), 17)
    jre = Jdk(_fake_jdk(tmp_path, "jre21", "21.0.1", javac=False), 21)
    new = Jdk(_fake_jdk(tmp_path, "jdk25", "25"), 25)
    assert pick([old, jre, new], 17) == old
    assert pick([old, jre, new], 21) == jre
    assert pick([old, jre, new], 21, need_javac=True) == new
    assert pick([old], 21) is None


def test_find_jdk_uses_java_home_when_it_fits(tmp_path: Path) -> None:
    home = _fake_jdk(tmp_path, "jdk21", "21.0.3")
    assert find_jdk(21, "test", environ={"JAVA_HOME": str(home), "PATH": ""}).home == home


def test_find_jdk_says_what_is_missing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("warta.stack.java.JVM_ROOT", tmp_path / "no-jvms")
    home = _fake_jdk(tmp_path, "jdk17", "17.0.15")
    with pytest.raises(ConfigError, match=r"Elasticsearch needs a JDK \(with javac\) of version 99 or newer.*Java 17"):
        find_jdk(99, "Elasticsearch", need_javac=True, environ={"JAVA_HOME": str(home), "PATH": ""})


def test_class_data_sharing_by_jdk_version(tmp_path: Path) -> None:
    archive = tmp_path / "cds" / "server.jsa"
    assert class_data_sharing(Jdk(Path("/jdk25"), 25), archive)[:2] == [
        f"-XX:SharedArchiveFile={archive}",
        "-XX:+AutoCreateSharedArchive",
    ]
    assert class_data_sharing(Jdk(Path("/jdk17"), 17), archive)[0] == f"-XX:ArchiveClassesAtExit={archive}"
    archive.write_bytes(b"archive")
    assert class_data_sharing(Jdk(Path("/jdk17"), 17), archive)[0] == f"-XX:SharedArchiveFile={archive}"
