"""Private services and process helpers for ``bench/faults.py``.

Everything here runs on instances the harness owns: a throw-away PostgreSQL cluster
(``initdb`` in a temp dir, its own port and socket dir) and a ``redis-server`` subprocess
that keeps nothing on disk. The machine's shared PostgreSQL and Redis are never touched.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.5):
            return
        time.sleep(0.1)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


def children(pid: int) -> list[int]:
    """Direct children of ``pid`` (from /proc; psutil is not installed)."""
    found: list[int] = []
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            text = Path(stat).read_text()
        except OSError:
            continue
        # "pid (comm) state ppid ..." -- comm may contain spaces and parentheses.
        fields = text[text.rfind(")") + 2 :].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            found.append(int(stat.split("/")[2]))
    return sorted(found)


class PrivateRedis:
    """``redis-server --save "" --appendonly no`` on a free port: a kill loses everything."""

    def __init__(self, workdir: Path, port: int | None = None) -> None:
        self.port = port or free_port()
        self.workdir = workdir
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        log = open(self.workdir / "redis.log", "ab")  # noqa: SIM115 - lives with the server
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--daemonize", "no",
             "--dir", str(self.workdir)],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        wait_port(self.port)

    def kill(self) -> None:
        """SIGKILL: the queues, unacked messages, results and chord counters are gone.
        Works from any process (the server may have been started by another one)."""
        import redis

        pid: int | None = None
        if self.process is not None and self.process.poll() is None:
            pid = self.process.pid
        else:
            with contextlib.suppress(redis.RedisError):
                pid = int(redis.Redis.from_url(self.url).info("server")["process_id"])
        if pid is not None:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        if self.process is not None and self.process.poll() is None:
            self.process.wait(timeout=10)
        self.process = None
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
            except OSError:
                return
            time.sleep(0.05)

    def alive(self) -> bool:
        import redis

        try:
            return bool(redis.Redis.from_url(self.url, socket_timeout=2).ping())
        except redis.RedisError:
            return False

    def flushall(self) -> None:
        import redis

        redis.Redis.from_url(self.url).flushall()


class PrivatePostgres:
    """A throw-away cluster: initdb in a temp dir (as ``postgres`` when we are root)."""

    def __init__(self, workdir: Path, attach: dict[str, str] | None = None) -> None:
        self._as_user: list[str] = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if attach is not None:  # a cluster another process of ours started
            self.bin = Path(attach["bin"])
            self.port = int(attach["port"])
            self.root = Path(attach["root"])
            self.data = self.root / "data"
            self.log = self.root / "postgres.log"
            return
        versions = sorted(
            glob.glob("/usr/lib/postgresql/*/bin/initdb"),
            key=lambda p: int(Path(p).parts[-3]) if Path(p).parts[-3].isdigit() else 0,
        )
        if not versions:
            raise RuntimeError("no PostgreSQL server binaries under /usr/lib/postgresql/*/bin")
        self.bin = Path(versions[-1]).parent
        self.port = free_port()
        self.root = Path(tempfile.mkdtemp(prefix="rr-faults-pg-", dir=workdir))
        self.data = self.root / "data"
        self.log = self.root / "postgres.log"
        if os.geteuid() == 0:  # initdb refuses to run as root
            user = pwd.getpwnam("postgres")
            os.chown(self.root, user.pw_uid, user.pw_gid)
            os.chmod(workdir, 0o711)  # noqa: S103 - postgres must traverse it

    def describe(self) -> dict[str, str]:
        return {"bin": str(self.bin), "port": str(self.port), "root": str(self.root)}

    def _run(self, *args: str, timeout: float = 120) -> None:
        subprocess.run(
            [*self._as_user, *args], check=True, timeout=timeout,
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )  # fmt: skip

    @property
    def _options(self) -> str:
        return f"-p {self.port} -k {self.root} -c listen_addresses=127.0.0.1 -c max_connections=200"

    def admin_url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/{database}"

    def init_and_start(self) -> None:
        self._run(
            str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres",
            "--auth=trust", "-E", "UTF8", "--no-sync",
        )  # fmt: skip
        self.start()

    def start(self) -> None:
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", self._options,
            "-l", str(self.log), "-w", "-t", "60", "start",
        )  # fmt: skip

    def restart(self) -> None:
        """``pg_ctl restart -m fast``: every open connection is cut."""
        self._run(
            str(self.bin / "pg_ctl"), "-D", str(self.data), "-o", self._options,
            "-l", str(self.log), "-m", "fast", "-w", "-t", "60", "restart",
        )  # fmt: skip

    def stop(self) -> None:
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            self._run(str(self.bin / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def create_database(self, name: str) -> str:
        from sqlalchemy import create_engine, text

        admin = create_engine(self.admin_url(), isolation_level="AUTOCOMMIT")
        try:
            with admin.connect() as connection:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
        finally:
            admin.dispose()
        return self.admin_url(name)

    def cleanup(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)


class PrivateRabbit:
    """A RabbitMQ node of its own (``rabbitmq-server`` under a private node name, ports and
    data folder): its quorum queues live on disk, so a kill -9 keeps their messages.

    Debian's wrapper runs the node as the ``rabbitmq`` user, so the data folder is a
    temporary folder of that user's (the harness's own is root's only)."""

    def __init__(self, port: int | None = None, folder: Path | None = None) -> None:
        self.port = port or free_port()
        self.dist_port = free_port()
        self.folder = folder or Path(tempfile.mkdtemp(prefix="rr-faults-rabbit-"))
        self.node = f"rrfaults{self.port}@localhost"

    @property
    def url(self) -> str:
        return f"amqp://guest:guest@127.0.0.1:{self.port}//"

    def describe(self) -> dict[str, object]:
        return {"port": self.port, "dist_port": self.dist_port, "folder": str(self.folder)}

    @classmethod
    def attach(cls, description: dict[str, Any]) -> PrivateRabbit:
        rabbit = cls(port=int(description["port"]), folder=Path(str(description["folder"])))
        rabbit.dist_port = int(description["dist_port"])
        return rabbit

    def start(self) -> None:
        shutil.chown(self.folder, "rabbitmq", "rabbitmq")
        env = {
            **os.environ,
            "RABBITMQ_NODENAME": self.node,
            "RABBITMQ_NODE_PORT": str(self.port),
            "RABBITMQ_DIST_PORT": str(self.dist_port),
            "RABBITMQ_NODE_IP_ADDRESS": "127.0.0.1",
            "RABBITMQ_MNESIA_BASE": str(self.folder / "mnesia"),
            "RABBITMQ_LOG_BASE": str(self.folder / "log"),
            "RABBITMQ_ENABLED_PLUGINS_FILE": str(self.folder / "plugins"),
            "RABBITMQ_CONFIG_FILE": str(self.folder / "none"),
            "RABBITMQ_PID_FILE": str(self.folder / "pid"),
        }
        log = open(self.folder / "out.log", "ab")  # noqa: SIM115 - lives with the node
        subprocess.Popen(
            ["rabbitmq-server"], env=env, cwd=self.folder, stdout=log,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        wait_port(self.port, timeout=120)

    def kill(self) -> None:
        """SIGKILL the node: what is on disk (the quorum queues) stays."""
        pid_file = self.folder / "pid"
        with contextlib.suppress(FileNotFoundError, ValueError, ProcessLookupError):
            os.kill(int(pid_file.read_text().strip()), signal.SIGKILL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), 0.2).close()
            except OSError:
                break
            time.sleep(0.1)
        pid_file.unlink(missing_ok=True)

    def cleanup(self) -> None:
        self.kill()
        shutil.rmtree(self.folder, ignore_errors=True)


def port_open(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), 0.5).close()
    except OSError:
        return False
    return True


class PrivateS3:
    """An S3 server that survives a kill -9 with its objects, at one address.

    moto's server keeps objects in memory; with its recorder on, it appends every request
    to a file on disk before answering (a write-ahead log), and a new server replays that
    file on start: the objects of the killed one come back, as on a durable store. The
    services reach it through a relay (``testkit.tcp_proxy``) on a fixed port, killed and
    started with it, so the address refuses connections while the server restarts."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = free_port()  # the relay's: what the services use
        self.recording = folder / "s3-requests.jsonl"
        self.server: subprocess.Popen[bytes] | None = None
        self.relay: subprocess.Popen[bytes] | None = None
        self.bucket = "faults-resumes"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _spawn(self, args: list[str], env: dict[str, str], log: str) -> subprocess.Popen[bytes]:
        with open(self.folder / log, "ab") as output:
            return subprocess.Popen(
                args, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
            )

    def start(self) -> None:
        import sys
        import urllib.request

        from testkit.s3_server import CREDENTIALS, create_bucket

        self.folder.mkdir(parents=True, exist_ok=True)
        first = not self.recording.exists()
        server_port = free_port()
        env = {**os.environ, **CREDENTIALS, "MOTO_ENABLE_RECORDING": "true",
               "MOTO_RECORDER_FILEPATH": str(self.recording)}  # fmt: skip
        # moto's server with its recorder writing one record at a time (testkit's module).
        env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
        server = [sys.executable, "-m", "testkit.s3_recorded_server"]
        address = ["-H", "127.0.0.1", "-p", str(server_port)]
        self.server = self._spawn([*server, *address], env, "s3.log")
        wait_port(server_port)
        server_url = f"http://127.0.0.1:{server_port}"
        if first:
            create_bucket(server_url, self.bucket)
        else:
            self._drop_torn_tail()
            # Replay what the killed server had been asked (the recorder stays off meanwhile).
            replay = urllib.request.Request(
                f"{server_url}/moto-api/recorder/replay-recording", method="POST", data=b""
            )
            urllib.request.urlopen(replay, timeout=300).close()
        self.relay = self._spawn(
            [sys.executable, "-m", "testkit.tcp_proxy", str(self.port), str(server_port)],
            {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])},
            "s3-relay.log",
        )
        wait_port(self.port)

    def _drop_torn_tail(self) -> None:
        """Cut a last entry the kill -9 left half-written (moto writes an entry's JSON and its
        newline separately, and its replay stops with a 500 on a torn line), as a
        write-ahead log discards a torn tail: that request was never answered, so its client
        sends it again."""
        data = self.recording.read_bytes()
        whole = data[: data.rfind(b"\n") + 1]
        if whole != data:
            self.recording.write_bytes(whole)

    def kill(self) -> None:
        """SIGKILL the server and its relay: the address refuses connections."""
        for process in (self.relay, self.server):
            if process is not None and process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        self.relay = self.server = None

    def environment(self) -> dict[str, str]:
        from testkit.s3_server import CREDENTIALS

        return {**CREDENTIALS, "STORAGE_BACKEND": "s3", "S3_BUCKET": self.bucket,
                "S3_ENDPOINT_URL": self.url}  # fmt: skip
