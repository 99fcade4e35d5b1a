"""Celery beat, as the Procfile runs it, with real workers: a new prompt version makes beat
re-review each affected resume exactly once, and the recovery sweep rescues a request whose
publish never happened."""

from __future__ import annotations

import os
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from core.config import PROJECT_ROOT
from database.engine import session_scope
from database.models import ReviewRequest
from pipelines.chain import run_review
from testkit.pipeline_helpers import load_prompts, make_settings, upload
from testkit.samples import make_pdf
from testkit.worker_harness import CELERY, WorkerSet, celery_workers
from tests.test_maintenance import new_prompt_version

pytestmark = pytest.mark.worker


@pytest.fixture
def beat_stack(
    pipeline_env: Path, pg_url: str, committed_engine: Engine, tmp_path: Path
) -> Iterator[WorkerSet]:
    env = {
        "DATABASE_URL": pg_url,
        "STORAGE_DIR": str(pipeline_env),
        "REREVIEW_INTERVAL_S": "1",
        "RECOVERY_INTERVAL_S": "1",
        "RECOVERY_PENDING_AFTER_S": "2",
        "REREVIEW_BATCH_SIZE": "2",
    }
    with session_scope(committed_engine) as session:
        load_prompts(session)
    with celery_workers(env, tmp_path / "logs") as workers:
        beat_log = open(tmp_path / "logs" / "beat.log", "wb")  # noqa: SIM115
        beat = subprocess.Popen(
            [CELERY, "-A", "worker.app", "beat", "--loglevel", "INFO",
             "--schedule", str(tmp_path / "beat-schedule")],
            cwd=PROJECT_ROOT, env={**os.environ, **env}, stdout=beat_log,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            yield workers
        finally:
            os.killpg(beat.pid, signal.SIGTERM)
            beat.wait(timeout=15)


def wait_for(condition: object, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():  # type: ignore[operator]
            return
        time.sleep(0.5)
    raise AssertionError("condition not met in time")


def test_beat_rereviews_each_affected_resume_once_and_recovers_stranded_requests(
    beat_stack: WorkerSet, committed_engine: Engine, pipeline_env: Path, pg_url: str
) -> None:
    settings = make_settings(pipeline_env, pg_url)
    with session_scope(committed_engine) as session:
        first = [upload(session, settings, make_pdf(marker=f"beat-{i}")) for i in range(5)]
    for request_id in first:
        run_review(committed_engine, settings, request_id)
    with session_scope(committed_engine) as session:
        resumes = {session.get(ReviewRequest, rid).resume_id for rid in first}  # type: ignore[union-attr]
        new_prompt_version(session, "language")
        # Committed but never published, as if the broker had been down at upload time.
        stranded = upload(session, settings, make_pdf(marker=f"stranded-{uuid.uuid4()}"))

    def batch_requests() -> list[ReviewRequest]:
        with session_scope(committed_engine) as session:
            return list(
                session.scalars(
                    select(ReviewRequest).where(ReviewRequest.trigger == "batch_rereview")
                )
            )

    wait_for(
        lambda: len([r for r in batch_requests() if r.status == "completed"]) == len(resumes),
        timeout=90,
    )
    time.sleep(4)  # several more beat ticks: nothing new may be claimed
    rereviews = batch_requests()
    assert sorted(r.resume_id for r in rereviews) == sorted(resumes)
    assert all(r.status == "completed" for r in rereviews)

    def stranded_done() -> bool:
        with session_scope(committed_engine) as session:
            request = session.get(ReviewRequest, stranded)
            return request is not None and request.status == "completed"

    wait_for(stranded_done, timeout=60)
    with session_scope(committed_engine) as session:
        assert (
            session.scalar(select(func.count()).select_from(ReviewRequest))
            == len(first) + len(resumes) + 1
        )
