"""One Elasticsearch node, started by our launcher from the home that `es_home` builds."""

from __future__ import annotations

import json

from warta.stack.java import Jdk, class_data_sharing
from warta.stack.layout import StackLayout
from warta.stack.probe import http_ok
from warta.stack.process import ServerSpec

NAME = "elasticsearch"
MAIN_CLASS = "org.warta.stack.es.Launcher"
JVM_OPTIONS = (
    "-Xms512m",
    "-Xmx1g",
    "-XX:+UseG1GC",
    "-Djava.awt.headless=true",
    "-Dfile.encoding=UTF-8",
    "-Dlog4j2.disable.jmx=true",
    "-Dlog4j.shutdownHookEnabled=false",  # so that the node can still log while it closes
    "-Dlog4j2.formatMsgNoLookups=true",
    # as the distribution's system JVM options: netty without sun.misc.Unsafe, CLDR locales
    "-Dio.netty.noUnsafe=true",
    "-Dio.netty.noKeySetOptimization=true",
    "-Dio.netty.recycler.maxCapacityPerThread=0",
    "-Djava.locale.providers=CLDR",
    "-Dorg.elasticsearch.nativeaccess.enableVectorLibrary=false",
    "--enable-native-access=ALL-UNNAMED",
    "--add-modules=jdk.incubator.vector",
)

LOG4J2 = """\
# Written by `warta stack up`: everything to stdout, which goes to the stack's elasticsearch.log.
status = error
appender.console.type = Console
appender.console.name = console
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d{ISO8601}][%-5p][%-25c{1.}] [%node_name]%marker %m%n
rootLogger.level = info
rootLogger.appenderRef.console.ref = console
logger.deprecation.name = org.elasticsearch.deprecation
logger.deprecation.level = error
"""


def node_settings(layout: StackLayout) -> dict[str, object]:
    """elasticsearch.yml: one node on loopback, no security (any `xpack.*` setting is unknown here)."""
    return {
        "cluster.name": "warta",
        "node.name": "warta",
        "discovery.type": "single-node",
        "network.host": layout.host,
        "http.port": layout.es_port,
        "transport.port": layout.es_transport_port,
        "path.data": str(layout.es_dir / "data"),
        "path.logs": str(layout.es_dir / "logs"),
        "cluster.routing.allocation.disk.threshold_enabled": False,
        "action.destructive_requires_name": False,
    }


def render_yaml(settings: dict[str, object]) -> str:
    """Flat `key: value` YAML; JSON scalars are valid YAML scalars."""
    lines = ["# Written by `warta stack up`; edits are overwritten."]
    lines += [f"{key}: {json.dumps(value)}" for key, value in settings.items()]
    return "\n".join(lines) + "\n"


def write_config(layout: StackLayout) -> None:
    config = layout.es_home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "elasticsearch.yml").write_text(render_yaml(node_settings(layout)))
    (config / "log4j2.properties").write_text(LOG4J2)
    (layout.es_dir / "tmp").mkdir(parents=True, exist_ok=True)


def marker(layout: StackLayout) -> str:
    return f"-Des.path.home={layout.es_home}"


def start_command(jdk: Jdk, layout: StackLayout) -> list[str]:
    return [
        str(jdk.java),
        *JVM_OPTIONS,
        marker(layout),
        f"-XX:ErrorFile={layout.es_dir / 'hs_err_pid%p.log'}",
        *class_data_sharing(jdk, layout.es_dir / "cds" / "elasticsearch.jsa"),
        f"-Djava.io.tmpdir={layout.es_dir / 'tmp'}",
        "-cp",
        str(layout.es_home / "lib" / "*"),
        MAIN_CLASS,
    ]


def health_url(layout: StackLayout) -> str:
    return f"http://{layout.host}:{layout.es_port}/_cluster/health?wait_for_status=yellow&timeout=1s"


def server_spec(jdk: Jdk, layout: StackLayout, timeout: float) -> ServerSpec:
    """Write the node's configuration and describe how to run it."""
    write_config(layout)
    url = health_url(layout)
    return ServerSpec(
        name=NAME,
        command=start_command(jdk, layout),
        log=layout.log_file(NAME),
        pid_file=layout.pid_file(NAME),
        marker=marker(layout),
        ready=lambda _offset: http_ok(url),
        timeout=timeout,
    )
