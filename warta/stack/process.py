"""Start a server detached with its output in a log file, wait until it answers, stop it by its pid."""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
import signal
import socket
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from warta.stack.errors import ServerStartError

TAIL_LINES = 30
_FRAME = re.compile(r"(?:^|\] )\s*(?:at [\w$.<>/@-]+\(.*\)(?: ~?\[.*\])?|\.\.\. \d+ more)\s*$")
ROTATE_BYTES = 50 * 1024 * 1024


@dataclass(frozen=True)
class ServerSpec:
    """How to start one server and how to tell that it is ours and ready."""

    name: str
    command: Sequence[str]
    log: Path
    pid_file: Path
    marker: str  # a string in the command line that only our process of this server has
    ready: Callable[[int], bool]  # given the log's size before the start: True once it answers
    timeout: float
    env: Mapping[str, str] | None = field(default=None)


@dataclass(frozen=True)
class Started:
    pid: int
    seconds: float


def read_pid(pid_file: Path) -> int | None:
    """The pid in `pid_file`, or None when missing or garbled."""
    try:
        text = pid_file.read_text().strip()
    except FileNotFoundError:
        return None
    return int(text) if text.isdigit() else None


def command_line(pid: int) -> list[str] | None:
    """The argv of a live process, from /proc; None when it does not exist (or is a zombie)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        return None
    return [arg.decode(errors="replace") for arg in raw.split(b"\0") if arg] or None


def is_ours(pid: int, marker: str) -> bool:
    """True when `pid` is alive, runs java, and has `marker` in its command line."""
    argv = command_line(pid)
    return argv is not None and Path(argv[0]).name == "java" and any(marker in arg for arg in argv)


def running_pid(pid_file: Path, marker: str) -> int | None:
    """The pid of our running server; a stale pid file (dead or foreign pid) is removed."""
    pid = read_pid(pid_file)
    if pid is not None and is_ours(pid, marker):
        return pid
    pid_file.unlink(missing_ok=True)
    return None


def is_stack_frame(line: str) -> bool:
    """A Java stack frame or `... 6 more`, bare or behind a log prefix: noise when 30 lines can be shown."""
    return _FRAME.search(line) is not None


def tail(path: Path, lines: int = TAIL_LINES, offset: int = 0, frames: bool = True) -> str:
    """The last `lines` lines of `path` written after byte `offset` (without Java stack frames if not `frames`)."""
    try:
        with path.open("rb") as handle:
            handle.seek(offset)
            data = handle.read()
    except FileNotFoundError:
        return ""
    kept = [line for line in data.decode(errors="replace").splitlines() if frames or not is_stack_frame(line)]
    return "\n".join(kept[-lines:])


def port_open(host: str, port: int, timeout: float = 1.0) -> bool:
    with socket.socket() as sock:
        sock.settimeout(timeout)
        return sock.connect_ex((host, port)) == 0


def _rotate(log: Path) -> None:
    if log.exists() and log.stat().st_size > ROTATE_BYTES:
        log.replace(log.with_name(log.name + ".1"))


def spawn(command: Sequence[str], log: BinaryIO, env: Mapping[str, str] | None = None) -> int:
    """Start `command` in its own session, stdin from /dev/null, stdout and stderr into `log`; its pid.

    Not `subprocess.Popen`: the server outlives this process, and a Popen object would warn when it goes.
    """
    actions = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_DUP2, log.fileno(), 1),
        (os.POSIX_SPAWN_DUP2, log.fileno(), 2),
    ]
    return os.posix_spawn(
        command[0], list(command), dict(os.environ if env is None else env), file_actions=actions, setsid=True
    )


def exit_status(pid: int) -> int | None:
    """The exit status of our child `pid` once it has ended (reaping it), else None."""
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return None if command_line(pid) is not None else -1
    return os.waitstatus_to_exitcode(status) if done == pid else None


def start(spec: ServerSpec, poll: float = 0.25) -> Started:
    """Start the server detached, write its pid file, wait until ready; ServerStartError if it is not."""
    spec.log.parent.mkdir(parents=True, exist_ok=True)
    _rotate(spec.log)
    began = time.monotonic()
    with spec.log.open("ab") as log:
        offset = log.tell()
        log.write(f"--- warta: starting {spec.name}: {' '.join(spec.command)}\n".encode())
        log.flush()
        pid = spawn(spec.command, log, spec.env)
    spec.pid_file.write_text(f"{pid}\n")
    while True:
        time.sleep(poll)
        code = exit_status(pid)
        if code is not None:
            spec.pid_file.unlink(missing_ok=True)
            raise ServerStartError(
                spec.name, f"the process exited with status {code}", tail(spec.log, offset=offset, frames=False)
            )
        if spec.ready(offset):
            return Started(pid, time.monotonic() - began)
        if time.monotonic() - began > spec.timeout:
            stop(pid, spec.marker, timeout=10)
            spec.pid_file.unlink(missing_ok=True)
            reason = f"it did not answer within {spec.timeout:.0f} s (stopped it)"
            raise ServerStartError(spec.name, reason, tail(spec.log, offset=offset, frames=False))


def alive(pid: int) -> bool:
    """True while `pid` exists and is not a zombie (a zombie child of ours is reaped)."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
    try:
        os.kill(pid, 0)
        stat = Path(f"/proc/{pid}/stat").read_text()
    except (ProcessLookupError, FileNotFoundError):
        return False
    except PermissionError:
        return True
    return stat.rpartition(")")[2].split()[:1] != ["Z"]


def _wait_gone(pid: int, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not alive(pid):
            return True
        time.sleep(0.1)
    return not alive(pid)


def stop(pid: int, marker: str, timeout: float = 30) -> bool:
    """SIGTERM our process, wait up to `timeout`, then SIGKILL; True when it had to be killed."""
    if not is_ours(pid, marker):
        return False
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    if _wait_gone(pid, timeout):
        return False
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    _wait_gone(pid, 10)
    return True


@contextlib.contextmanager
def exclusive(lock_file: Path) -> Iterator[None]:
    """Hold an exclusive lock on `lock_file`: a second `up` or `down` of the same stack waits for the first."""
    lock_file.parent.mkdir(parents=True, exist_ok=True)
    with lock_file.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
