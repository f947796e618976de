from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from warta.stack.errors import ServerStartError
from warta.stack.process import ServerSpec, is_ours, is_stack_frame, read_pid, running_pid, start, stop, tail


def _fake_java(tmp_path: Path) -> Path:
    """A `java` that is really Python, so that /proc/<pid>/cmdline looks like our servers'."""
    java = tmp_path / "bin" / "java"
    java.parent.mkdir()
    java.symlink_to(sys.executable)
    return java


def _spec(tmp_path: Path, script: str, ready: bool = False, timeout: float = 20) -> ServerSpec:
    marker = f"--marker={tmp_path}"
    return ServerSpec(
        name="fake",
        command=[str(_fake_java(tmp_path)), "-c", script, marker],
        log=tmp_path / "fake.log",
        pid_file=tmp_path / "fake.pid",
        marker=marker,
        ready=lambda _offset: ready,
        timeout=timeout,
    )


def test_read_pid(tmp_path: Path) -> None:
    pid_file = tmp_path / "x.pid"
    assert read_pid(pid_file) is None
    pid_file.write_text("1234\n")
    assert read_pid(pid_file) == 1234
    pid_file.write_text("garbage")
    assert read_pid(pid_file) is None


def test_a_stale_pid_file_is_removed(tmp_path: Path) -> None:
    dead = subprocess.Popen(["true"])
    dead.wait()
    pid_file = tmp_path / "kafka.pid"
    pid_file.write_text(f"{dead.pid}\n")
    assert running_pid(pid_file, "kafka.Kafka") is None
    assert not pid_file.exists()


def test_a_live_pid_of_another_program_is_not_ours(tmp_path: Path) -> None:
    pid_file = tmp_path / "kafka.pid"
    pid_file.write_text(f"{os.getpid()}\n")  # pytest: alive, but not java
    assert not is_ours(os.getpid(), "kafka.Kafka")
    assert running_pid(pid_file, "kafka.Kafka") is None


def test_tail_reads_the_last_lines_after_an_offset(tmp_path: Path) -> None:
    log = tmp_path / "x.log"
    log.write_text("old run\n" + "".join(f"line {i}\n" for i in range(50)))
    assert tail(log, lines=2) == "line 48\nline 49"
    assert tail(log, lines=100, offset=len("old run\n")).splitlines()[0] == "line 0"
    assert tail(tmp_path / "missing.log") == ""


def test_a_server_that_exits_at_once_reports_its_output(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "import sys; print('Address already in use: 127.0.0.1:9092'); sys.exit(3)")
    with pytest.raises(ServerStartError) as info:
        start(spec)
    message = str(info.value)
    assert "fake failed to start: the process exited with status 3" in message
    assert "Address already in use: 127.0.0.1:9092" in message
    assert not spec.pid_file.exists()


def test_a_server_that_never_answers_is_stopped_after_the_timeout(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "import time; print('booting', flush=True); time.sleep(60)", timeout=1.5)
    with pytest.raises(ServerStartError, match=r"did not answer within 2 s \(stopped it\)[\s\S]*booting"):
        start(spec)
    assert not spec.pid_file.exists()


def test_start_writes_the_pid_file_and_stop_ends_the_process(tmp_path: Path) -> None:
    spec = _spec(tmp_path, "import time; time.sleep(60)", ready=True)
    started = start(spec)
    assert read_pid(spec.pid_file) == started.pid
    assert running_pid(spec.pid_file, spec.marker) == started.pid
    assert stop(started.pid, spec.marker, timeout=10) is False  # ended by SIGTERM, not killed
    assert not is_ours(started.pid, spec.marker)


def test_stop_kills_a_process_that_ignores_sigterm(tmp_path: Path) -> None:
    script = (
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); print('up', flush=True); time.sleep(60)"
    )
    spec = _spec(tmp_path, script, ready=True)
    started = start(spec)
    # wait until the handler is installed: the script prints after setting it
    for _ in range(100):
        if "up" in tail(spec.log):
            break
        subprocess.run(["sleep", "0.05"], check=True)
    assert stop(started.pid, spec.marker, timeout=0.5) is True
    assert not is_ours(started.pid, spec.marker)


def test_a_failure_shows_messages_not_stack_frames(tmp_path: Path) -> None:
    frames = "".join(f"\tat kafka.Frame{i}(X.java:{i})\n" for i in range(40)) + "\t... 6 more\n"
    script = f"print('ERROR Exiting Kafka'); print('Caused by: BindException: in use'); print({frames!r}); exit(1)"
    with pytest.raises(ServerStartError) as info:
        start(_spec(tmp_path, script))
    assert "ERROR Exiting Kafka\nCaused by: BindException: in use" in str(info.value)
    shown = str(info.value).splitlines()
    assert not [line for line in shown if line.startswith("\tat ") or line.strip() == "... 6 more"]


@pytest.mark.parametrize(
    ("line", "frame"),
    [
        ("\tat kafka.network.Acceptor.start(SocketServer.scala:530) ~[kafka_2.13-4.1.1.jar:?]", True),
        ("\tat kafka.network.Acceptor.start(SocketServer.scala:530)", True),
        (
            "[2026-11-27T04:02:59,291][WARN ][stderr] [warta] \tat java.base/java.lang.Thread.run(Thread.java:1474)",
            True,
        ),
        ("\t... 6 more", True),
        ("Caused by: java.net.BindException: Address already in use", False),
        ("[2026-11-27T04:02:59,299][WARN ][stderr] [warta] \tSuppressed: java.lang.RuntimeException: x", False),
    ],
)
def test_is_stack_frame(line: str, frame: bool) -> None:
    assert is_stack_frame(line) is frame
