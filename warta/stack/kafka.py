"""A single-node Apache Kafka in KRaft combined mode (broker and controller in one JVM)."""

from __future__ import annotations

import base64
import secrets
import subprocess
from pathlib import Path

from warta.stack import maven
from warta.stack.errors import ServerStartError
from warta.stack.java import Jdk, class_data_sharing
from warta.stack.layout import StackLayout
from warta.stack.probe import kafka_answers
from warta.stack.process import ServerSpec

NAME = "kafka"
MAIN_CLASS = "kafka.Kafka"
HEAP = ("-Xms256m", "-Xmx512m")

LOG4J2 = """\
# Written by `warta stack up`: everything to stdout, which goes to the stack's kafka.log.
status = warn
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.stdout.ref = STDOUT
logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.statechange.name = state.change.logger
logger.statechange.level = WARN
"""


def server_properties(layout: StackLayout) -> dict[str, str]:
    """The broker's configuration: one node, both roles, replication factor 1 everywhere."""
    host = layout.host
    return {
        "process.roles": "broker,controller",
        "node.id": "1",
        "controller.quorum.voters": f"1@{host}:{layout.controller_port}",
        "listeners": f"PLAINTEXT://{host}:{layout.kafka_port},CONTROLLER://{host}:{layout.controller_port}",
        "advertised.listeners": f"PLAINTEXT://{host}:{layout.kafka_port}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
        "log.dirs": str(layout.kafka_dir / "data"),
        "num.partitions": "1",
        "offsets.topic.replication.factor": "1",
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "group.initial.rebalance.delay.ms": "0",
        "auto.create.topics.enable": "true",
    }


def render_properties(props: dict[str, str]) -> str:
    """Java properties text; values here never need escaping beyond backslashes."""
    lines = ["# Written by `warta stack up`; edits are overwritten."]
    lines += [f"{key}={value.replace(chr(92), chr(92) * 2)}" for key, value in props.items()]
    return "\n".join(lines) + "\n"


def random_cluster_id() -> str:
    """A Kafka `Uuid` as `StorageTool random-uuid` prints it: 16 random bytes, base64url, no padding."""
    while True:
        raw = secrets.token_bytes(16)
        text = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        if int.from_bytes(raw) > 1 and not text.startswith("-"):
            return text


def config_path(layout: StackLayout) -> Path:
    return layout.kafka_dir / "config" / "server.properties"


def write_config(layout: StackLayout) -> Path:
    """Write server.properties and log4j2.properties; the path of server.properties."""
    path = config_path(layout)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_properties(server_properties(layout)))
    (path.parent / "log4j2.properties").write_text(LOG4J2)
    return path


def is_formatted(layout: StackLayout) -> bool:
    return (layout.kafka_dir / "data" / "meta.properties").is_file()


def _java_base(jdk: Jdk, layout: StackLayout) -> list[str]:
    log4j = layout.kafka_dir / "config" / "log4j2.properties"
    return [str(jdk.java), f"-Dlog4j2.configurationFile={log4j}", "-cp", str(layout.lib / "kafka" / "*")]


def format_storage(jdk: Jdk, layout: StackLayout, properties: Path) -> None:
    """`StorageTool format` with a fresh cluster id; only call when not formatted yet."""
    command = [
        *_java_base(jdk, layout),
        "-XX:TieredStopAtLevel=1",
        "kafka.tools.StorageTool",
        "format",
        "-t",
        random_cluster_id(),
        "-c",
        str(properties),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)
    with layout.log_file(NAME).open("a") as log:
        log.write(f"--- warta: formatting the log dir\n{result.stdout}{result.stderr}")
    if result.returncode != 0:
        raise ServerStartError(NAME, "formatting the log dir failed", (result.stdout + result.stderr)[-4000:])


def cds_archive(layout: StackLayout) -> Path:
    """The class archive of these jars: named after the stamp of their resolution."""
    stamp = layout.lib / maven.STAMP
    version = stamp.read_text().strip()[:12] if stamp.is_file() else "unresolved"
    return layout.kafka_dir / "cds" / f"kafka-{version}.jsa"


def start_command(jdk: Jdk, layout: StackLayout, properties: Path) -> list[str]:
    return [
        str(jdk.java),
        *HEAP,
        "-XX:+UseG1GC",
        "-XX:MaxGCPauseMillis=20",
        "-Djava.awt.headless=true",
        f"-XX:ErrorFile={layout.kafka_dir / 'hs_err_pid%p.log'}",
        *class_data_sharing(jdk, cds_archive(layout)),
        *_java_base(jdk, layout)[1:],
        MAIN_CLASS,
        str(properties),
    ]


def server_spec(jdk: Jdk, layout: StackLayout, timeout: float) -> ServerSpec:
    """Write the configuration, format the log dir on first use, and describe how to run the broker."""
    properties = write_config(layout)
    log = layout.log_file(NAME)

    def ready(_offset: int) -> bool:
        return kafka_answers(layout.host, layout.kafka_port)

    return ServerSpec(
        name=NAME,
        command=start_command(jdk, layout, properties),
        log=log,
        pid_file=layout.pid_file(NAME),
        marker=str(properties),
        ready=ready,
        timeout=timeout,
    )


def marker(layout: StackLayout) -> str:
    return str(config_path(layout))
