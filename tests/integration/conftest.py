"""Fixtures for tests against the real Kafka broker and Elasticsearch node (`warta stack up`).

Each test gets its own name prefix, so topics and indices never collide between tests or runs.
When the stack is not running, these tests fail with a clear message: `.ci/run` and `make test`
start it first.
"""

from __future__ import annotations

import socket
import uuid
from collections.abc import Iterator

import pytest
from elasticsearch import Elasticsearch

from warta.settings import Settings


def _port_open(host: str, port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1.0)
        return sock.connect_ex((host, port)) == 0


@pytest.fixture(scope="session")
def base_settings() -> Settings:
    settings = Settings()
    kafka_host, kafka_port = settings.kafka_bootstrap.split(",")[0].rsplit(":", 1)
    if not _port_open(kafka_host, int(kafka_port)):
        pytest.fail(f"Kafka is not answering on {settings.kafka_bootstrap}: run `warta stack up` first")
    es_hostport = settings.es_url.split("//", 1)[-1].rstrip("/")
    es_host, es_port = es_hostport.rsplit(":", 1)
    if not _port_open(es_host, int(es_port)):
        pytest.fail(f"Elasticsearch is not answering on {settings.es_url}: run `warta stack up` first")
    return settings


@pytest.fixture
def settings(base_settings: Settings, tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings with a unique prefix (topics `t<hex>.articles`, alias `t<hex>-articles`) and data dir."""
    prefix = "t" + uuid.uuid4().hex[:10]
    data_dir = tmp_path_factory.mktemp("warta-data")
    return base_settings.model_copy(update={"prefix": prefix, "data_dir": data_dir})


@pytest.fixture
def es(settings: Settings) -> Iterator[Elasticsearch]:
    """An Elasticsearch client; deletes the test's indices and templates afterwards."""
    client = Elasticsearch(**settings.es_client_options())  # type: ignore[arg-type]
    yield client
    client.options(ignore_status=404).indices.delete(index=f"{settings.prefix}-*", expand_wildcards="all")
    client.options(ignore_status=404).indices.delete_index_template(name=f"{settings.prefix}-*")
    client.close()
