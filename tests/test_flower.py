"""Flower, as the Procfile runs it, against real workers: it lists the workers and every
pipeline task with its review request id, behind basic auth, /metrics too."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine

from core.config import PROJECT_ROOT
from database.engine import session_scope
from testkit.pipeline_helpers import load_prompts, make_settings, upload
from testkit.samples import make_pdf
from testkit.worker_harness import CELERY, WorkerSet, celery_workers
from worker.dispatch import publish_review

pytestmark = pytest.mark.worker
AUTH = ("ops", "flower-test-password")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def stack(
    pipeline_env: Path, pg_url: str, committed_engine: Engine, tmp_path: Path
) -> Iterator[tuple[str, WorkerSet]]:
    env = {"DATABASE_URL": pg_url, "STORAGE_DIR": str(pipeline_env)}
    with session_scope(committed_engine) as session:
        load_prompts(session)
    port = free_port()
    flower_log = open(tmp_path / "flower.log", "wb")  # noqa: SIM115
    flower = subprocess.Popen(
        [CELERY, "-A", "worker.app", "flower", "--conf=worker/flowerconfig.py",
         "--address=127.0.0.1", f"--port={port}",
         f"--basic-auth={AUTH[0]}:{AUTH[1]}"],
        cwd=PROJECT_ROOT, env={**os.environ, **env}, stdout=flower_log, stderr=subprocess.STDOUT,
        start_new_session=True,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if requests.get(f"{base}/healthcheck", timeout=1).status_code == 200:
                    break
            except requests.RequestException:
                time.sleep(0.3)
        with celery_workers(env, tmp_path / "logs") as workers:
            yield base, workers
    finally:
        os.killpg(flower.pid, signal.SIGTERM)
        flower.wait(timeout=15)


def test_flower_shows_workers_and_pipeline_tasks(
    stack: tuple[str, WorkerSet], committed_engine: Engine, pipeline_env: Path, pg_url: str
) -> None:
    base, workers = stack
    assert requests.get(f"{base}/api/workers", timeout=5).status_code == 401
    with session_scope(committed_engine) as session:
        request_id = upload(session, make_settings(pipeline_env, pg_url), make_pdf(marker="flower"))
    assert publish_review(request_id)

    deadline = time.monotonic() + 60
    seen: dict[str, str] = {}
    while time.monotonic() < deadline:
        tasks = requests.get(f"{base}/api/tasks", auth=AUTH, timeout=5).json()
        seen = {
            task["name"]: task["state"]
            for task in tasks.values()
            if str(request_id) in (task.get("args") or "")
        }
        if seen.get("resume_review.finalize") == "SUCCESS":
            break
        time.sleep(0.5)
    assert {"resume_review.extract", "resume_review.split", "resume_review.agent",
            "resume_review.finalize"} <= set(seen), seen  # fmt: skip
    assert seen["resume_review.finalize"] == "SUCCESS"

    listed = requests.get(
        f"{base}/api/workers", params={"refresh": 1}, auth=AUTH, timeout=10
    ).json()
    assert set(workers.names.values()) <= set(listed)
    # Before: /metrics answered anyone while the UI and API asked for credentials.
    assert requests.get(f"{base}/metrics", timeout=5).status_code == 401
    metrics = requests.get(f"{base}/metrics", auth=AUTH, timeout=5)
    assert metrics.status_code == 200
    assert "flower_events_total" in metrics.text
