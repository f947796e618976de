"""The generated configuration of both servers, and where the stack lives."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from warta.exceptions import ConfigError
from warta.settings import Settings
from warta.stack import elasticsearch, kafka
from warta.stack.java import Jdk
from warta.stack.layout import StackLayout, layout_from_settings


def test_layout_from_settings_takes_ports_and_folder(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, kafka_bootstrap="127.0.0.1:19092", es_url="http://127.0.0.1:19200")
    layout = layout_from_settings(settings)
    assert layout.root == tmp_path.resolve() / "stack"
    assert (layout.kafka_port, layout.controller_port, layout.es_port, layout.es_transport_port) == (
        19092,
        19093,
        19200,
        19300,
    )
    assert layout_from_settings(settings, tmp_path / "elsewhere").root == tmp_path.resolve() / "elsewhere"


@pytest.mark.parametrize(
    ("bootstrap", "url"),
    [
        ("10.0.0.5:9092", "http://127.0.0.1:9200"),
        ("127.0.0.1:9092", "https://127.0.0.1:9200"),
        ("127.0.0.1:9092", "http://127.0.0.1"),
    ],
)
def test_layout_refuses_what_the_local_stack_cannot_serve(tmp_path: Path, bootstrap: str, url: str) -> None:
    with pytest.raises(ConfigError):
        layout_from_settings(Settings(data_dir=tmp_path, kafka_bootstrap=bootstrap, es_url=url))


def test_kafka_properties_for_one_node_in_kraft_mode(tmp_path: Path) -> None:
    props = kafka.server_properties(StackLayout(root=tmp_path, kafka_port=9092))
    assert props["process.roles"] == "broker,controller"
    assert props["controller.quorum.voters"] == "1@127.0.0.1:9093"
    assert props["listeners"] == "PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093"
    assert props["advertised.listeners"] == "PLAINTEXT://127.0.0.1:9092"
    assert props["log.dirs"] == str(tmp_path / "kafka" / "data")
    for key in (
        "offsets.topic.replication.factor",
        "transaction.state.log.replication.factor",
        "transaction.state.log.min.isr",
        "num.partitions",
    ):
        assert props[key] == "1"
    assert props["group.initial.rebalance.delay.ms"] == "0"


def test_kafka_config_files_are_written(tmp_path: Path) -> None:
    layout = StackLayout(root=tmp_path)
    path = kafka.write_config(layout)
    text = path.read_text()
    assert "node.id=1\n" in text
    assert "rootLogger.appenderRef.stdout.ref = STDOUT" in (path.parent / "log4j2.properties").read_text()
    assert not kafka.is_formatted(layout)
    (layout.kafka_dir / "data").mkdir()
    (layout.kafka_dir / "data" / "meta.properties").write_text("cluster.id=x\n")
    assert kafka.is_formatted(layout)


def test_render_properties_escapes_backslashes() -> None:
    assert kafka.render_properties({"log.dirs": r"C:\kafka"}).endswith("log.dirs=C:\\\\kafka\n")


def test_random_cluster_id_is_a_kafka_uuid() -> None:
    ids = {kafka.random_cluster_id() for _ in range(200)}
    assert len(ids) == 200
    for cluster_id in ids:
        assert len(cluster_id) == 22 and not cluster_id.startswith("-")
        assert len(base64.urlsafe_b64decode(cluster_id + "==")) == 16


def test_kafka_command_runs_our_properties(tmp_path: Path) -> None:
    layout = StackLayout(root=tmp_path)
    command = kafka.start_command(Jdk(Path("/jdk"), 17), layout, kafka.config_path(layout))
    assert command[0] == "/jdk/bin/java"
    assert command[-2:] == ["kafka.Kafka", kafka.marker(layout)]
    assert str(layout.lib / "kafka" / "*") in command


def test_elasticsearch_settings_single_node_on_loopback(tmp_path: Path) -> None:
    settings = elasticsearch.node_settings(StackLayout(root=tmp_path, es_port=19200))
    assert settings["discovery.type"] == "single-node"
    assert settings["network.host"] == "127.0.0.1"
    assert (settings["http.port"], settings["transport.port"]) == (19200, 19300)
    assert settings["path.data"] == str(tmp_path / "elasticsearch" / "data")
    assert not [key for key in settings if key.startswith("xpack.")]


def test_elasticsearch_yaml_quotes_paths() -> None:
    text = elasticsearch.render_yaml({"path.data": "/a b/c", "http.port": 9200, "x.enabled": False})
    assert 'path.data: "/a b/c"\n' in text
    assert "http.port: 9200\n" in text
    assert "x.enabled: false\n" in text


def test_elasticsearch_command_has_the_flags_that_matter(tmp_path: Path) -> None:
    layout = StackLayout(root=tmp_path)
    command = elasticsearch.start_command(Jdk(Path("/jdk"), 25), layout)
    assert f"-Des.path.home={layout.es_home}" in command
    for flag in (
        "--enable-native-access=ALL-UNNAMED",
        "--add-modules=jdk.incubator.vector",
        "-Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false",
        "-Xmx1g",
    ):
        assert flag in command
    assert command[-1] == elasticsearch.MAIN_CLASS
