"""A test-only job for the extraction sandbox: instead of parsing, it reports what an
isolated child can and cannot do.

``python -m testkit.isolation_probe [--serve]`` is ``pipelines.extraction.child`` with this
job in place of ``run_job``: the same launch (``sandbox.launch(..., module=PROBE_MODULE)``),
the same isolation, the same answer frames. The production child has no way to run it.
The request's data is JSON: ``{"port": a TCP port on 127.0.0.1, "outside": [paths to try
to write], "secrets": [values that must not be visible], "read": [files to try to read],
"list": [folders to try to list], "run": [command lines to try to start]}``.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import socket
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from typing import Any

from pipelines.extraction import child, protocol

PROBE_MODULE = "testkit.isolation_probe"


def _attempt(action: Callable[[], object]) -> str:
    """ "ok", or the errno name the attempt failed with."""
    try:
        action()
    except OSError as exc:
        return errno.errorcode.get(exc.errno or 0, repr(exc))
    return "ok"


def _environment(secrets: list[str]) -> dict[str, Any]:
    """The variables Python sees, and the exec environment block if it is readable at all
    (after the switch to nobody the process is not dumpable: /proc/self/environ is root's)."""
    try:
        with open("/proc/self/environ", "rb") as fh:
            block = fh.read()
        exec_names: list[str] | str = sorted(
            {e.split(b"=", 1)[0].decode() for e in block.split(b"\0") if e}
        )
    except OSError as exc:
        block, exec_names = b"", errno.errorcode.get(exc.errno or 0, repr(exc))
    visible = repr(dict(os.environ)).encode() + block
    return {
        "exec_names": exec_names,
        "python_names": sorted(os.environ),
        "secrets_seen": [s for s in secrets if s.encode() in visible],
    }


def _status() -> dict[str, Any]:
    with open("/proc/self/status") as fh:
        rows = dict(line.rstrip("\n").split(":\t", 1) for line in fh if ":\t" in line)
    keys = ("CapEff", "CapPrm", "NoNewPrivs", "Seccomp", "Seccomp_filters")
    status: dict[str, Any] = {key: rows.get(key, "").strip() for key in keys}
    signal = ctypes.c_int(-1)
    ctypes.CDLL(None).prctl(2, ctypes.byref(signal), 0, 0, 0)  # PR_GET_PDEATHSIG
    status["pdeathsig"] = signal.value
    return status


def _network(port: int) -> dict[str, str]:
    def connect(family: int, address: tuple[Any, ...]) -> None:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            sock.connect(address)

    return {
        "inet_connect": _attempt(lambda: connect(socket.AF_INET, ("127.0.0.1", port))),
        "inet6_connect": _attempt(lambda: connect(socket.AF_INET6, ("::1", port))),
        "unix_socket": _attempt(lambda: socket.socket(socket.AF_UNIX).close()),
        "udp_socket": _attempt(lambda: socket.socket(socket.AF_INET, socket.SOCK_DGRAM).close()),
        "netlink_socket": _attempt(
            lambda: socket.socket(socket.AF_NETLINK, socket.SOCK_RAW).close()
        ),
    }


def _write(path: str, size: int) -> None:
    block = b"x" * (1 << 20)
    with open(path, "wb") as fh:
        for _ in range(0, size, len(block)):
            fh.write(block)
            fh.flush()


def _files(limits: dict[str, Any], outside: list[str]) -> dict[str, Any]:
    tmp = tempfile.gettempdir()
    budget = int(limits["max_file_mb"]) << 20
    st = os.stat(tmp)
    return {
        "tmpdir": tmp,
        "cwd": os.getcwd(),
        "tmp_mode": oct(stat.S_IMODE(st.st_mode)),
        "tmp_owner": [st.st_uid, st.st_gid],
        "parent_listing": _attempt(lambda: os.listdir(os.path.dirname(tmp))),
        "write_within_budget": _attempt(lambda: _write(os.path.join(tmp, "ok.bin"), budget)),
        "write_past_budget": _attempt(
            lambda: _write(os.path.join(tmp, "big.bin"), budget + (2 << 20))
        ),
        "tempfile": _attempt(lambda: tempfile.NamedTemporaryFile(delete=False).close()),
        "outside": {path: _attempt(lambda p=path: _write(p, 1)) for path in outside},
    }


def _identity() -> dict[str, Any]:
    return {
        "uids": list(os.getresuid()),
        "gids": list(os.getresgid()),
        "groups": os.getgroups(),
        "setuid_root": _attempt(lambda: os.setuid(0)),
        "seteuid_root": _attempt(lambda: os.seteuid(0)),
    }


def _read(path: str) -> None:
    with open(path, "rb") as fh:
        fh.read(1)


def _reads(read: list[str], listing: list[str]) -> dict[str, Any]:
    """What a compromised parser could take: files it was not given, folders' names."""
    return {
        "read": {path: _attempt(lambda p=path: _read(p)) for path in read},
        "list": {path: _attempt(lambda p=path: os.listdir(p)) for path in listing},
    }


def _run(argv: list[str]) -> str:
    import subprocess

    try:
        done = subprocess.run(argv, capture_output=True, timeout=10, check=False)
    except OSError as exc:
        return errno.errorcode.get(exc.errno or 0, repr(exc))
    return "ok" if done.returncode == 0 else f"exit {done.returncode}"


def _clone(flags: int) -> str:
    """A raw clone() with ``flags`` (SIGCHLD added): the new child exits at once."""
    libc = ctypes.CDLL(None, use_errno=True)
    pid = libc.syscall(56, flags | 17, 0, 0, 0, 0)  # SYS_clone on x86-64, SIGCHLD
    if pid == 0:
        os._exit(0)
    if pid < 0:
        return errno.errorcode.get(ctypes.get_errno(), "?")
    os.waitpid(pid, 0)
    return "ok"


def _processes(run: list[list[str]]) -> dict[str, Any]:
    libc = ctypes.CDLL(None, use_errno=True)

    def unshare_user() -> str:
        if libc.unshare(0x10000000) == 0:
            return "ok"
        return errno.errorcode.get(ctypes.get_errno(), "?")

    return {
        "run": {" ".join(argv): _run(argv) for argv in run},
        "clone_newuser": _clone(0x10000000),
        "clone_newnet": _clone(0x40000000),
        "clone_plain": _clone(0),
        "unshare_user": unshare_user(),
    }


def probe(data: bytes, limits: dict[str, Any]) -> Iterator[bytes]:
    """The job: every finding in one JSON frame."""
    request = json.loads(data)
    import resource

    rlimits = {
        name: list(resource.getrlimit(getattr(resource, name)))
        for name in ("RLIMIT_AS", "RLIMIT_CPU", "RLIMIT_FSIZE", "RLIMIT_CORE")
    }
    findings = {
        "environment": _environment(list(request.get("secrets", []))),
        "identity": _identity(),
        "status": _status(),
        "network": _network(int(request["port"])),
        "files": _files(limits, list(request.get("outside", []))),
        "rlimits": rlimits,
        "reads": _reads(list(request.get("read", [])), list(request.get("list", []))),
        "processes": _processes(list(request.get("run", []))),
    }
    yield protocol.frame(json.dumps({"probe": findings}).encode())


if __name__ == "__main__":
    sys.exit(child.entry(probe))
