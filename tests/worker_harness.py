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

from resume_review.config import PROJECT_ROOT

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
    env: dict[str, str], log_dir: Path, llm_concurrency: int = 8
) -> Iterator[WorkerSet]:
    """A prefork worker on the ``pipeline`` queue and a thread-pool worker on ``llm``."""
    log_dir.mkdir(parents=True, exist_ok=True)
    tag = uuid.uuid4().hex[:6]
    workers = WorkerSet(log_dir=log_dir)
    import celeryconfig

    specs = {
        "pipeline": (celeryconfig.PIPELINE_QUEUE, f"pipeline-{tag}@localhost", "prefork", 2),
        "llm": (celeryconfig.LLM_QUEUE, f"llm-{tag}@localhost", "threads", llm_concurrency),
    }
    full_env = {**os.environ, **env}
    try:
        for key, (queue, name, pool, concurrency) in specs.items():
            log = open(log_dir / f"{key}.log", "wb")  # noqa: SIM115 - lives as long as the worker
            workers.processes[key] = subprocess.Popen(
                worker_command(queue, name, pool, concurrency),
                cwd=PROJECT_ROOT, env=full_env, stdout=log, stderr=subprocess.STDOUT,
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
