"""Real Celery worker processes for tests: the same command lines as the Procfile."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine

from core.config import PROJECT_ROOT
from database.models import ReviewRequest

CELERY = str(Path(sys.executable).with_name("celery"))


@dataclass
class WorkerSet:
    processes: dict[str, subprocess.Popen[bytes]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    log_dir: Path | None = None

    def alive(self) -> bool:
        return all(process.poll() is None for process in self.processes.values())

    def logs(self) -> str:
        if self.log_dir is None:
            return ""
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')[-4000:]}"
            for path in sorted(self.log_dir.glob("*.log"))
        )


def worker_command(queue: str, name: str, pool: str, concurrency: int) -> list[str]:
    return [
        CELERY, "-A", "worker.app", "worker", "-E", "-Q", queue, "-P", pool,
        "--concurrency", str(concurrency), "-n", name, "--loglevel", "INFO",
        "--without-gossip", "--without-mingle",
    ]  # fmt: skip


def wait_for_workers(names: list[str], timeout: float = 30.0) -> None:
    from worker.app import celery_app

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        replies = celery_app.control.ping(destination=names, timeout=0.5) or []
        answered = {name for reply in replies for name in reply}
        if answered >= set(names):
            return
    raise RuntimeError(f"workers {names} did not answer a ping within {timeout}s")


@contextmanager
def celery_workers(
    env: dict[str, str],
    log_dir: Path,
    llm_concurrency: int = 8,
    env_for: dict[str, dict[str, str]] | None = None,
) -> Iterator[WorkerSet]:
    """A prefork worker on the ``pipeline`` queue and a thread-pool worker on ``llm``;
    ``env_for`` adds variables to one of them (``"pipeline"`` or ``"llm"``), as for workers
    on hosts of their own."""
    log_dir.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:6]
    workers = WorkerSet(log_dir=log_dir)
    from core.config import get_settings

    specs = {
        "pipeline": (get_settings().pipeline_queue, f"pipeline-{tag}@localhost", "prefork", 2),
        "llm": (get_settings().llm_queue, f"llm-{tag}@localhost", "threads", llm_concurrency),
    }
    # The known-answer check is off unless a test's env turns it on (KNOWN_ANSWER_CHECK=1):
    # scripted servers count the agents' calls.
    full_env = {"KNOWN_ANSWER_CHECK": "0", **os.environ, **env}
    try:
        for key, (queue, name, pool, concurrency) in specs.items():
            log = open(log_dir / f"{key}.log", "wb")  # noqa: SIM115 - lives as long as the worker
            workers.processes[key] = subprocess.Popen(
                worker_command(queue, name, pool, concurrency),
                cwd=PROJECT_ROOT, env={**full_env, **(env_for or {}).get(key, {})},
                stdout=log, stderr=subprocess.STDOUT,
                start_new_session=True,
            )  # fmt: skip
            workers.names[key] = name
        wait_for_workers(list(workers.names.values()))
        yield workers
    finally:
        for process in workers.processes.values():
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        for process in workers.processes.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()


def submit_upload(engine: Engine, storage: Path, database_url: str, data: bytes) -> uuid.UUID:
    """A committed upload (resume + pending review request), as the API leaves it."""
    from database.engine import session_scope
    from testkit.pipeline_helpers import make_settings, upload

    with session_scope(engine) as session:
        return upload(session, make_settings(storage, database_url), data)


def wait_until_done(engine: Engine, request_id: uuid.UUID, timeout: float = 90) -> ReviewRequest:
    """Poll the database until the request is completed or failed."""
    from database.engine import session_scope

    deadline = time.monotonic() + timeout
    status = "unknown"
    while time.monotonic() < deadline:
        with session_scope(engine) as session:
            request = session.get(ReviewRequest, request_id)
            assert request is not None
            status = request.status
            if status in ("completed", "failed"):
                return request
        time.sleep(0.2)
    raise AssertionError(f"request {request_id} still {status} after {timeout}s")
