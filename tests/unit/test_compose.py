"""docker-compose.yml is validated by Debian's docker-compose (no daemon needed) and pins the versions
the tests run against."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"


def _docker_compose() -> str:
    found = shutil.which("docker-compose")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("docker-compose is missing on CI: .ci/run installs Debian's docker-compose package")
        pytest.skip("docker-compose is not installed here (apt-get install docker-compose); CI installs it")
    return found


def test_compose_file_is_valid() -> None:
    result = subprocess.run(
        [_docker_compose(), "-f", str(COMPOSE), "config", "-q"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_compose_has_the_stack_kibana_and_the_three_services() -> None:
    result = subprocess.run(
        [_docker_compose(), "-f", str(COMPOSE), "config", "--services"],
        capture_output=True, text=True, check=True,
    )
    services = set(result.stdout.split())
    assert {"kafka", "elasticsearch", "kibana", "kibana-setup", "ingest", "enrich", "index"} <= services


def test_compose_versions_match_the_local_stack() -> None:
    text = COMPOSE.read_text()
    poms = "\n".join(p.read_text() for p in (ROOT / "stack").rglob("pom.xml"))
    kafka = re.search(r"apache/kafka:([\d.]+)", text)
    es = re.search(r"elasticsearch/elasticsearch:([\d.]+)", text)
    kibana = re.search(r"kibana/kibana:([\d.]+)", text)
    assert kafka and es and kibana
    assert f"<version>{kafka.group(1)}</version>" in poms or kafka.group(1) in poms
    assert es.group(1) in poms and kibana.group(1) == es.group(1)
