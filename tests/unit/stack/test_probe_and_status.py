"""Readiness probes and `warta stack status|down` with nothing running."""

from __future__ import annotations

import socket
import struct
import threading
from pathlib import Path

import pytest

from warta.cli import main
from warta.stack import manager, probe
from warta.stack.layout import StackLayout


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_api_versions_request_is_well_formed() -> None:
    request = probe.api_versions_request("x")
    size, key, version, correlation, name_len = struct.unpack(">ihhih", request[:14])
    assert (size, key, version, correlation, name_len) == (len(request) - 4, 18, 0, probe.CORRELATION_ID, 1)
    assert request[14:] == b"x"


def test_parse_api_versions_head() -> None:
    ok = struct.pack(">iih", 100, probe.CORRELATION_ID, 0)
    assert probe.parse_api_versions_head(ok + b"...")
    assert not probe.parse_api_versions_head(struct.pack(">iih", 100, probe.CORRELATION_ID, 35))
    assert not probe.parse_api_versions_head(struct.pack(">iih", 100, 1, 0))
    assert not probe.parse_api_versions_head(b"\0\0")


def test_kafka_answers_a_fake_broker_and_not_a_silent_port() -> None:
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]

    def answer() -> None:
        conn, _ = server.accept()
        with conn:
            conn.recv(64)
            conn.sendall(struct.pack(">iih", 6, probe.CORRELATION_ID, 0))

    thread = threading.Thread(target=answer)
    thread.start()
    assert probe.kafka_answers("127.0.0.1", port)
    thread.join()
    server.close()
    assert not probe.kafka_answers("127.0.0.1", _free_port(), timeout=0.5)


def test_status_of_a_stack_that_never_ran(tmp_path: Path) -> None:
    layout = StackLayout(root=tmp_path, kafka_port=_free_port(), es_port=_free_port())
    statuses = manager.status(layout)
    assert [(s.name, s.state, s.pid) for s in statuses] == [
        ("kafka", "stopped", None),
        ("elasticsearch", "stopped", None),
    ]
    assert [s.pid for s in manager.down(layout)] == [None, None]


def test_status_command_exits_non_zero_when_nothing_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("WARTA_KAFKA_BOOTSTRAP", f"127.0.0.1:{_free_port()}")
    monkeypatch.setenv("WARTA_ES_URL", f"http://127.0.0.1:{_free_port()}")
    (tmp_path / "kafka.pid").write_text("999999999\n")  # stale: no such process
    assert main(["stack", "status", "--data-dir", str(tmp_path)]) != 0
    out = capsys.readouterr().out
    assert "kafka          stopped" in out and "elasticsearch  stopped" in out
    assert not (tmp_path / "kafka.pid").exists()
