"""Shared plumbing for the stack benchmarks (``bench/pipeline.py``, ``bench/llm.py``).

Each benchmark gets a private PostgreSQL database (dropped and re-created per run), its own
Redis database number and queue names unique to the run, so it never collides with tests or
a developer's stack. Every subprocess is started in its own session and killed (by process
group) when the :class:`Processes` context exits, even on error.
"""

from __future__ import annotations

import contextlib
import io
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BIN = Path(sys.executable).parent
ADMIN_DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
BENCH_REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/10")
JWT_SECRET = "bench-secret-" + "x" * 40


def configure_environment(name: str, storage_dir: Path) -> dict[str, str]:
    """Set (in ``os.environ``, before anything imports ``celeryconfig`` or ``worker.*``)
    the variables the benchmark, its workers and gunicorn share. Returns them."""
    tag = uuid.uuid4().hex[:6]
    env = {
        "DATABASE_URL": database_url(name),
        "REDIS_URL": BENCH_REDIS_URL,
        "CELERY_BROKER_URL": BENCH_REDIS_URL,
        "CELERY_RESULT_BACKEND": BENCH_REDIS_URL,
        "CELERY_PIPELINE_QUEUE": f"bench-{name}-{tag}-pipeline",
        "CELERY_LLM_QUEUE": f"bench-{name}-{tag}-llm",
        "STORAGE_DIR": str(storage_dir),
        "INSTANCE_DIR": str(storage_dir.parent),
        "JWT_SECRET": JWT_SECRET,
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "text",
        # The recovery sweep is not running (no beat), but keep it out of any doubt.
        "RECOVERY_PENDING_AFTER_S": "3600",
        # One bench user queues hundreds of requests at once: a user's quota is not measured.
        "REQUESTS_PER_MINUTE": "100000",
        "REQUESTS_PER_DAY": "1000000",
    }
    os.environ.update(env)
    for variable in ("OPENAI_BASE_URL", "OPENAI_API_KEY"):
        os.environ.pop(variable, None)
    from core.config import get_settings

    get_settings.cache_clear()
    return env


def database_url(name: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(ADMIN_DATABASE_URL).set(database=name).render_as_string(hide_password=False)


def fresh_database(name: str) -> str:
    """Drop and create database ``name``, migrate it, load the prompts. Returns its URL."""
    from sqlalchemy import create_engine, text

    from database.engine import session_scope
    from database.migrate import upgrade
    from database.queries.prompts import sync_prompts
    from pipelines.review.prompts import load_prompt_files

    _forget_engines(name)
    admin = create_engine(ADMIN_DATABASE_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    url = database_url(name)
    upgrade(url)
    from database.engine import make_engine

    engine = make_engine(url)
    with session_scope(engine) as session:
        sync_prompts(session, load_prompt_files(ROOT / "prompts"))
    engine.dispose()
    return url


def _forget_engines(name: str) -> None:
    """Close this process's pooled connections to ``name`` before it is dropped."""
    from database.engine import engine_for

    engine_for(database_url(name)).dispose()
    engine_for.cache_clear()


def drop_database(name: str) -> None:
    from sqlalchemy import create_engine, text

    _forget_engines(name)
    admin = create_engine(ADMIN_DATABASE_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# --------------------------------------------------------------------------- processes


class Processes:
    """Subprocesses started in their own session, logs to files; all killed on exit."""

    def __init__(self, log_dir: Path) -> None:
        self.log_dir = log_dir
        log_dir.mkdir(parents=True, exist_ok=True)
        self.procs: dict[str, subprocess.Popen[bytes]] = {}

    def start(self, key: str, command: Sequence[str], env: dict[str, str]) -> subprocess.Popen:
        log = open(self.log_dir / f"{key}.log", "wb")  # noqa: SIM115 - closed with the process
        proc = subprocess.Popen(
            list(command),
            cwd=ROOT,
            env={**os.environ, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        self.procs[key] = proc
        return proc

    def check_alive(self) -> None:
        dead = {key: p.returncode for key, p in self.procs.items() if p.poll() is not None}
        if dead:
            raise RuntimeError(f"processes exited early: {dead}; logs in {self.log_dir}")

    def log(self, key: str) -> str:
        path = self.log_dir / f"{key}.log"
        return path.read_text(errors="replace") if path.exists() else ""

    def stop_all(self) -> None:
        for proc in self.procs.values():
            if proc.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(proc.pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for proc in self.procs.values():
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=max(0.1, deadline - time.monotonic()))
        # Whatever is left in the groups (stuck children, fork servers): SIGKILL.
        for proc in self.procs.values():
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=5)

    def __enter__(self) -> Processes:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop_all()


def worker_command(queue: str, name: str, pool: str, concurrency: int) -> list[str]:
    """The Procfile's ``worker`` / ``llm`` lines (plus no gossip/mingle, like the tests)."""
    return [
        str(BIN / "celery"), "-A", "worker.app", "worker", "-E", "-Q", queue, "-P", pool,
        "--concurrency", str(concurrency), "-n", name, "--loglevel", "INFO",
        "--without-gossip", "--without-mingle",
    ]  # fmt: skip


def gunicorn_command(bind: str, workers: int) -> list[str]:
    """The Procfile's ``web`` line (access log to the log file, as in production)."""
    return [
        str(BIN / "gunicorn"), "--bind", bind, "--workers", str(workers),
        "--access-logfile", "-", "api.wsgi:app",
    ]  # fmt: skip


def wait_for_workers(names: Iterable[str], timeout: float = 60.0) -> None:
    from worker.app import celery_app

    wanted = set(names)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        replies = celery_app.control.ping(destination=list(wanted), timeout=0.5) or []
        if {name for reply in replies for name in reply} >= wanted:
            return
    raise RuntimeError(f"workers {sorted(wanted)} did not answer a ping within {timeout}s")


def wait_for_http(url: str, timeout: float = 30.0) -> None:
    import requests

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            requests.get(url, timeout=1)
            return
        except requests.RequestException:
            time.sleep(0.2)
    raise RuntimeError(f"{url} did not answer within {timeout}s")


def tree_pids(root: int) -> list[int]:
    """``root`` and all its descendants, from /proc (no psutil needed)."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        children.setdefault(int(fields[1]), []).append(int(entry))
    found, stack = [], [root]
    while stack:
        pid = stack.pop()
        found.append(pid)
        stack.extend(children.get(pid, []))
    return found


def rss_mb(pids: Iterable[int]) -> float:
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
        except OSError:
            continue
    return total / 1024


def cpu_seconds(pids: Iterable[int]) -> float:
    """User + system CPU seconds of these processes (children already reaped included)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0
    for pid in pids:
        try:
            with open(f"/proc/{pid}/stat", "rb") as handle:
                stat = handle.read()
        except OSError:
            continue
        fields = stat[stat.rfind(b")") + 2 :].split()
        # utime, stime, cutime, cstime are fields 14-17 (1-based) of the full line.
        total += sum(int(value) for value in fields[11:15])
    return total / ticks


# --------------------------------------------------------------------------- corpus


def _pdf_variant(data: bytes, marker: str) -> bytes:
    # A comment after %%EOF: every reader ignores it, the hash changes.
    return data.rstrip(b"\n") + f"\n% bench {marker}\n".encode()


def _docx_variant(data: bytes, marker: str) -> bytes:
    # Same members, a different zip comment: the document is identical, the hash is not.
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            target.writestr(item, source.read(item.filename))
        target.comment = f"bench {marker}".encode()
    return out.getvalue()


def corpus(count: int, run_tag: str = "") -> list[tuple[str, bytes]]:
    """``count`` distinct files, alternating the two example resumes (PDF, DOCX) with a
    varied trailing comment so every hash differs."""
    examples = ROOT / "examples"
    pdf = (examples / "elena_varga_resume.pdf").read_bytes()
    docx = (examples / "elena_varga_resume.docx").read_bytes()
    files = []
    for i in range(count):
        marker = f"{run_tag}-{i}"
        if i % 2 == 0:
            files.append((f"resume-{i}.pdf", _pdf_variant(pdf, marker)))
        else:
            files.append((f"resume-{i}.docx", _docx_variant(docx, marker)))
    assert len({data for _, data in files}) == count
    return files


# --------------------------------------------------------------------------- database


def wait_until_terminal(
    engine: object, request_ids: Sequence[uuid.UUID] | None, expected: int, timeout: float
) -> tuple[float, dict[str, int]]:
    """Poll until ``expected`` requests (those ids, or all) are completed or failed.
    Returns the time.monotonic() when that was seen, and the counts per status."""
    from sqlalchemy import func, select

    from database.engine import session_scope
    from database.models import ReviewRequest

    deadline = time.monotonic() + timeout
    counts: dict[str, int] = {}
    while True:
        query = select(ReviewRequest.status, func.count()).group_by(ReviewRequest.status)
        if request_ids is not None:
            query = query.where(ReviewRequest.id.in_(list(request_ids)))
        with session_scope(engine) as session:  # type: ignore[arg-type]
            counts = {status: n for status, n in session.execute(query)}
        done = counts.get("completed", 0) + counts.get("failed", 0)
        now = time.monotonic()
        if done >= expected:
            return now, counts
        if now > deadline:
            raise TimeoutError(f"only {done}/{expected} requests finished: {counts}")
        time.sleep(0.1)


def failure_reasons(engine: object, limit: int = 5) -> list[str]:
    from sqlalchemy import select

    from database.engine import session_scope
    from database.models import ReviewRequest

    with session_scope(engine) as session:  # type: ignore[arg-type]
        return list(
            session.scalars(
                select(ReviewRequest.error_message)
                .where(ReviewRequest.status == "failed")
                .limit(limit)
            )
        )


def task_runtimes(log_text: str) -> dict[str, tuple[int, float]]:
    """From a Celery worker log: task name -> (count, summed seconds) of successful runs."""
    import re

    pattern = re.compile(r"Task (resume_review\.\w+)\[[^\]]+\] succeeded in ([0-9.]+)s")
    totals: dict[str, tuple[int, float]] = {}
    for name, seconds in pattern.findall(log_text):
        count, total = totals.get(name, (0, 0.0))
        totals[name] = (count + 1, total + float(seconds))
    return totals


# --------------------------------------------------------------------------- machine load


class MachineLoad:
    """Whole-machine CPU use and CPU pressure between ``start()`` and ``stop()``: this
    machine is shared, so a figure is only meaningful next to what else was running."""

    def start(self) -> MachineLoad:
        self._t0 = time.monotonic()
        self._cpu0 = self._cpu()
        self._psi0 = self._pressure()
        return self

    def stop(self) -> str:
        wall = time.monotonic() - self._t0
        busy1, total1 = self._cpu()
        busy = (busy1 - self._cpu0[0]) / max(1, total1 - self._cpu0[1])
        self.busy_cores = busy * (os.cpu_count() or 1)
        self.wall = wall
        text = f"machine CPU busy {busy:.0%} of {os.cpu_count()} cores"
        psi1 = self._pressure()
        if psi1 is not None and self._psi0 is not None:
            stalled = (psi1 - self._psi0) / 1e6 / wall
            text += f", CPU pressure (some task waiting for a CPU) {stalled:.0%} of the time"
        return text

    @staticmethod
    def _cpu() -> tuple[int, int]:
        with open("/proc/stat") as handle:
            values = [int(v) for v in handle.readline().split()[1:]]
        idle = values[3] + values[4]
        total = sum(values[:8])
        return total - idle, total

    @staticmethod
    def _pressure() -> int | None:
        try:
            with open("/proc/pressure/cpu") as handle:
                first = handle.readline().split()
        except OSError:
            return None
        return int(first[-1].split("=")[1])


def foreign_python_jobs() -> list[str]:
    """Other benchmark/test runs on the machine (their load skews these figures)."""
    found = []
    me = os.getpid()
    for entry in os.listdir("/proc"):
        if not entry.isdigit() or int(entry) == me:
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as handle:
                args = handle.read().split(b"\0")
        except OSError:
            continue
        line = " ".join(a.decode(errors="replace") for a in args if a)
        ours = ("bench/pipeline.py", "bench/llm.py", "/bin/sh", "timeout ")
        if ("pytest" in line or "bench/" in line) and not any(o in line for o in ours):
            found.append(line[:100])
    return sorted(set(found))
