"""Resolving the jars (Maven) and laying out the Elasticsearch home, without running Maven or javac."""

from __future__ import annotations

import zipfile
from pathlib import Path

from warta.stack import es_home, maven
from warta.stack.layout import REPO_STACK_DIR


def _sources(tmp_path: Path) -> Path:
    sources = tmp_path / "stack"
    for pom in ("pom.xml", "kafka/pom.xml", "elasticsearch/pom.xml"):
        (sources / pom).parent.mkdir(parents=True, exist_ok=True)
        (sources / pom).write_text(f"<project>{pom}</project>")
    return sources


def test_resolution_is_skipped_while_the_poms_are_unchanged(tmp_path: Path) -> None:
    sources, lib = _sources(tmp_path), tmp_path / "lib"
    assert not maven.is_resolved(sources, lib)
    lib.mkdir()
    (lib / maven.STAMP).write_text(maven.poms_digest(sources) + "\n")
    assert maven.is_resolved(sources, lib)
    assert maven.resolve(sources, lib) is None  # no Maven run
    (sources / "kafka" / "pom.xml").write_text("<project>kafka 4.2</project>")
    assert not maven.is_resolved(sources, lib)


def test_maven_command_copies_into_the_stack(tmp_path: Path) -> None:
    command = maven.maven_command(REPO_STACK_DIR, tmp_path / "lib")
    assert command[-2:] == ["dependency:copy-dependencies", f"-Dwarta.lib.dir={tmp_path / 'lib'}"]
    assert "-q" in command and "-B" in command


def test_the_repo_poms_pin_the_versions() -> None:
    kafka_pom = (REPO_STACK_DIR / "kafka" / "pom.xml").read_text()
    es_pom = (REPO_STACK_DIR / "elasticsearch" / "pom.xml").read_text()
    assert "<kafka.version>4.1.1</kafka.version>" in kafka_pom
    assert "<elasticsearch.version>9.5.3</elasticsearch.version>" in es_pom


def test_netty_jars_go_to_their_module_not_the_class_path() -> None:
    assert es_home.belongs_to_netty("netty-codec-http-4.1.135.Final.jar")
    assert es_home.belongs_to_netty("transport-netty4-9.5.3.jar")
    assert not es_home.belongs_to_netty("elasticsearch-9.5.3.jar")
    assert not es_home.belongs_to_netty("lucene-analysis-common-10.5.1.jar")


def test_netty_descriptor_drops_the_module_name(tmp_path: Path) -> None:
    jar = tmp_path / "transport-netty4-9.5.3.jar"
    descriptor = "name=transport-netty4\nclassname=org.elasticsearch.transport.netty4.Netty4Plugin\n"
    with zipfile.ZipFile(jar, "w") as zf:
        path = "META-INF/es-plugins/transport-netty4/plugin-descriptor.properties"
        zf.writestr(path, descriptor + "modulename=org.elasticsearch.transport.netty4\n")
    assert es_home.netty_descriptor(jar) == descriptor


def test_java_units_are_the_launcher_and_the_stand_in_modules() -> None:
    units = es_home.java_units(REPO_STACK_DIR)
    assert set(units) == {"launcher", "warta-rest-root", "warta-analysis"}
    for name, src in units.items():
        assert list(src.rglob("*.java")), name
        if name != "launcher":
            descriptor = (src.parent / "plugin-descriptor.properties").read_text()
            assert f"name={name}\n" in descriptor and "elasticsearch.version=9.5.3" in descriptor


def test_find_zstd(tmp_path: Path) -> None:
    assert es_home.find_zstd((tmp_path,)) is None
    (tmp_path / "libzstd.so.1").write_text("")
    assert es_home.find_zstd((tmp_path / "none", tmp_path)) == tmp_path / "libzstd.so.1"


def test_maven_runs_with_the_quick_jit_and_keeps_user_options() -> None:
    env = maven.maven_environment({"MAVEN_OPTS": "-Dmaven.repo.local=/x", "PATH": "/bin"})
    assert env["MAVEN_OPTS"] == "-Dmaven.repo.local=/x -XX:TieredStopAtLevel=1"
    assert env["PATH"] == "/bin"
    assert maven.maven_environment({})["MAVEN_OPTS"] == "-XX:TieredStopAtLevel=1"
