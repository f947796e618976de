"""`warta stack prepare|up|down|status`: the two servers, side by side, each by its pid file."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from warta.stack import elasticsearch, es_home, kafka, maven
from warta.stack.errors import ServerStartError, StackError
from warta.stack.java import Jdk, find_jdk
from warta.stack.layout import StackLayout
from warta.stack.probe import http_ok, kafka_answers
from warta.stack.process import Started, exclusive, running_pid, start, stop, tail

SERVERS = (kafka.NAME, elasticsearch.NAME)
KAFKA_JAVA, ES_JAVA = 17, 21


@dataclass(frozen=True)
class ServerStatus:
    """What one server is doing. `seconds` is how long a start took (None when it was already running)."""

    name: str
    state: str  # running | not answering | stopped
    address: str
    pid: int | None = None
    seconds: float | None = None
    note: str = ""

    @property
    def running(self) -> bool:
        return self.state == "running"


@dataclass(frozen=True)
class Prepared:
    resolve_seconds: float | None  # None: the jars were already resolved
    build_seconds: float | None  # None: the Elasticsearch home was up to date (or in use)
    note: str = ""


@dataclass(frozen=True)
class UpReport:
    prepared: Prepared
    servers: list[ServerStatus]
    errors: list[StackError]


def _marker(name: str, layout: StackLayout) -> str:
    return kafka.marker(layout) if name == kafka.NAME else elasticsearch.marker(layout)


def _address(name: str, layout: StackLayout) -> str:
    port = layout.kafka_port if name == kafka.NAME else layout.es_port
    return f"{layout.host}:{port}"


def _answers(name: str, layout: StackLayout) -> bool:
    if name == kafka.NAME:
        return kafka_answers(layout.host, layout.kafka_port)
    return http_ok(f"http://{layout.host}:{layout.es_port}/")


def es_jdk() -> Jdk:
    return find_jdk(ES_JAVA, "Elasticsearch 9 (and compiling its stand-in modules)", need_javac=True)


def _es_home_note(layout: StackLayout, jdk: Jdk) -> str:
    if es_home.is_built(layout, jdk):
        return ""
    return "out of date, but elasticsearch is running: `warta stack down` first to rebuild it"


def prepare(layout: StackLayout) -> Prepared:
    """Resolve the jars and build the Elasticsearch home; leaves a running node's home alone."""
    jdk = es_jdk()
    with exclusive(layout.root / "stack.lock"):
        resolve_seconds = maven.resolve(layout.sources, layout.lib)
        if running_pid(layout.pid_file(elasticsearch.NAME), elasticsearch.marker(layout)) is not None:
            return Prepared(resolve_seconds, None, _es_home_note(layout, jdk))
        return Prepared(resolve_seconds, es_home.build_home(layout, jdk))


def status(layout: StackLayout) -> list[ServerStatus]:
    """The state of both servers, from their pid files and whether they answer."""
    statuses = []
    for name in SERVERS:
        pid = running_pid(layout.pid_file(name), _marker(name, layout))
        answering = _answers(name, layout)
        if pid is None:
            note = "its port is in use by another process" if answering else ""
            statuses.append(ServerStatus(name, "stopped", _address(name, layout), note=note))
        else:
            state = "running" if answering else "not answering"
            statuses.append(ServerStatus(name, state, _address(name, layout), pid))
    return statuses


def _start_kafka(layout: StackLayout, jdk: Jdk, timeout: float) -> tuple[Started, float | None]:
    """Format the log dir on first use and start the broker; the time includes the formatting."""
    began = time.monotonic()
    spec = kafka.server_spec(jdk, layout, timeout)
    if not kafka.is_formatted(layout):
        kafka.format_storage(jdk, layout, kafka.config_path(layout))
    started = start(spec)
    return Started(started.pid, time.monotonic() - began), None


def _await(layout: StackLayout, name: str, pid: int, timeout: float) -> tuple[Started, float | None]:
    """A server that runs but does not answer yet (another `up` is starting it): wait for it."""
    began = time.monotonic()
    while not _answers(name, layout):
        if time.monotonic() - began > timeout or running_pid(layout.pid_file(name), _marker(name, layout)) is None:
            log_tail = tail(layout.log_file(name), offset=0, frames=False)
            raise ServerStartError(name, f"pid {pid} runs but did not answer within {timeout:.0f} s", log_tail)
        time.sleep(0.25)
    return Started(pid, time.monotonic() - began), None


def _start_es(layout: StackLayout, jdk: Jdk, timeout: float) -> tuple[Started, float | None]:
    """Build the home (compiling while Kafka starts) and start the node; also the seconds the build took."""
    build_seconds = es_home.build_home(layout, jdk)
    return start(elasticsearch.server_spec(jdk, layout, timeout)), build_seconds


def up(layout: StackLayout, kafka_timeout: float = 90, es_timeout: float = 180) -> UpReport:
    """Resolve, then start whichever server is not running, both at once, and wait until they answer."""
    with exclusive(layout.root / "stack.lock"):
        return _up(layout, kafka_timeout, es_timeout)


def _up(layout: StackLayout, kafka_timeout: float, es_timeout: float) -> UpReport:
    jdks = {kafka.NAME: find_jdk(KAFKA_JAVA, "Kafka"), elasticsearch.NAME: es_jdk()}  # fail early and clearly
    timeouts = {kafka.NAME: kafka_timeout, elasticsearch.NAME: es_timeout}
    starters = {kafka.NAME: _start_kafka, elasticsearch.NAME: _start_es}
    resolve_seconds = maven.resolve(layout.sources, layout.lib)
    current = {s.name: s for s in status(layout)}
    servers: list[ServerStatus] = []
    errors: list[StackError] = []
    build_seconds: float | None = None
    with ThreadPoolExecutor(max_workers=len(SERVERS), thread_name_prefix="stack-up") as pool:
        futures = {}
        for name in SERVERS:
            pid = current[name].pid
            if pid is not None and current[name].running:
                servers.append(current[name])
            elif pid is not None:
                futures[name] = pool.submit(_await, layout, name, pid, timeouts[name])
            elif current[name].note:
                errors.append(StackError(f"{name} cannot start: {_address(name, layout)} {current[name].note}"))
            else:
                futures[name] = pool.submit(starters[name], layout, jdks[name], timeouts[name])
        for name, future in futures.items():
            try:
                started, seconds = future.result()
            except StackError as exc:
                errors.append(exc)
                continue
            build_seconds = seconds if name == elasticsearch.NAME else build_seconds
            servers.append(ServerStatus(name, "running", _address(name, layout), started.pid, started.seconds))
    note = _es_home_note(layout, jdks[elasticsearch.NAME]) if current[elasticsearch.NAME].pid else ""
    order = {name: i for i, name in enumerate(SERVERS)}
    return UpReport(
        Prepared(resolve_seconds, build_seconds, note), sorted(servers, key=lambda s: order[s.name]), errors
    )


@dataclass(frozen=True)
class Stopped:
    name: str
    pid: int | None  # None: it was not running
    seconds: float
    killed: bool


def _stop_one(layout: StackLayout, name: str, timeout: float) -> Stopped:
    began = time.monotonic()
    pid_file = layout.pid_file(name)
    pid = running_pid(pid_file, _marker(name, layout))
    killed = stop(pid, _marker(name, layout), timeout) if pid is not None else False
    pid_file.unlink(missing_ok=True)
    return Stopped(name, pid, time.monotonic() - began, killed)


def down(layout: StackLayout, timeout: float = 60) -> list[Stopped]:
    """Stop both servers at once: SIGTERM, then SIGKILL after `timeout` seconds."""
    with exclusive(layout.root / "stack.lock"), ThreadPoolExecutor(len(SERVERS), "stack-down") as pool:
        return list(pool.map(lambda name: _stop_one(layout, name, timeout), SERVERS))


__all__ = ["Prepared", "ServerStartError", "ServerStatus", "Stopped", "UpReport", "down", "prepare", "status", "up"]
