"""The chain on real Celery worker processes, real Redis and real PostgreSQL."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update

from database.engine import session_scope
from database.models import (
    PromptUsageHistory,
    ReviewRequest,
    ReviewResult,
)
from testkit.pipeline_helpers import load_prompts, row_counts
from testkit.samples import make_docx, make_pdf
from testkit.worker_harness import WorkerSet, celery_workers, submit_upload, wait_until_done
from worker.dispatch import publish_review, review_canvas

pytestmark = pytest.mark.worker


@pytest.fixture
def workers(
    pipeline_env: Path, pg_url: str, committed_engine: Engine, tmp_path: Path
) -> Iterator[WorkerSet]:
    env = {"DATABASE_URL": pg_url, "STORAGE_DIR": str(pipeline_env), "MAX_ATTEMPTS": "3"}
    with session_scope(committed_engine) as session:
        load_prompts(session)
    with celery_workers(env, tmp_path / "logs") as started:
        yield started


def test_uploads_complete_on_real_workers(
    workers: WorkerSet, committed_engine: Engine, pipeline_env: Path, pg_url: str
) -> None:
    ids = [
        submit_upload(committed_engine, pipeline_env, pg_url, make_pdf(marker="w1")),
        submit_upload(committed_engine, pipeline_env, pg_url, make_docx(marker="w2")),
    ]
    for request_id in ids:
        assert publish_review(request_id)
    for request_id in ids:
        request = wait_until_done(committed_engine, request_id)
        assert request.status == "completed", (request.error_message, workers.logs())
        assert request.overall_score is not None
        assert request.attempts == 1
    with session_scope(committed_engine) as session:
        results = session.scalar(select(func.count()).select_from(ReviewResult))
        assert results == 8  # 2 resumes x 4 agents
    # One review can be followed through the JSON logs, and the resume text never appears.
    log_text = workers.logs()
    lines = [json.loads(line) for line in log_text.splitlines() if line.startswith("{")]
    traced = [line for line in lines if line.get("review_request_id") == str(ids[0])]
    assert {"resume_review.extract", "resume_review.agent", "resume_review.finalize"} <= {
        line.get("task") for line in traced
    }
    assert all(line.get("task_id") for line in traced)
    assert any(line.get("resume_id") for line in traced)
    assert "Acme Corp" not in log_text


def test_the_chain_published_twice_adds_nothing(
    workers: WorkerSet, committed_engine: Engine, pipeline_env: Path, pg_url: str
) -> None:
    request_id = submit_upload(committed_engine, pipeline_env, pg_url, make_pdf(marker="twice"))
    assert publish_review(request_id)
    assert wait_until_done(committed_engine, request_id).status == "completed"
    with session_scope(committed_engine) as session:
        before = row_counts(session)
        # Re-open the request as a recovery sweep would find a stranded one, and run the
        # whole chain again: every stage finds its work done.
        session.execute(
            update(ReviewRequest)
            .where(ReviewRequest.id == request_id)
            .values(status="processing", completed_at=None)
        )
    review_canvas(request_id, ["ats", "content", "language", "structure"]).apply_async()
    # And each task once more, by itself.
    from worker.tasks import STEP_TASKS

    STEP_TASKS["agent"].si(str(request_id), "content").apply_async().get(timeout=30)
    assert wait_until_done(committed_engine, request_id).status == "completed"
    time.sleep(1)
    with session_scope(committed_engine) as session:
        after = row_counts(session)
    changed = {k: (before[k], after[k]) for k in before if before[k] != after[k]}
    # Only the audit trail grows (a second review.complete); no result, feedback, section
    # or usage row is duplicated, so no agent was called again.
    assert set(changed) <= {"activity_logs"}, changed


def test_a_bad_file_fails_cleanly_and_the_worker_lives_on(
    workers: WorkerSet, committed_engine: Engine, pipeline_env: Path, pg_url: str
) -> None:
    bad = submit_upload(committed_engine, pipeline_env, pg_url, make_pdf(marker="bad")[:300])
    good = submit_upload(committed_engine, pipeline_env, pg_url, make_pdf(marker="after-bad"))
    assert publish_review(bad)
    assert publish_review(good)
    failed = wait_until_done(committed_engine, bad)
    assert failed.status == "failed"
    assert failed.error_message
    assert wait_until_done(committed_engine, good).status == "completed"
    assert workers.alive()
    with session_scope(committed_engine) as session:
        assert (
            session.scalar(
                select(func.count())
                .select_from(ReviewResult)
                .where(ReviewResult.review_request_id == bad)
            )
            == 0
        )


def test_attempt_cap_stops_a_request_that_keeps_dying(
    workers: WorkerSet, committed_engine: Engine, pipeline_env: Path, pg_url: str
) -> None:
    request_id = submit_upload(committed_engine, pipeline_env, pg_url, make_pdf(marker="cap"))
    with session_scope(committed_engine) as session:
        # As if the worker had died three times on this file.
        session.execute(
            update(ReviewRequest).where(ReviewRequest.id == request_id).values(attempts=3)
        )
    assert publish_review(request_id)
    request = wait_until_done(committed_engine, request_id)
    assert request.status == "failed"
    assert "attempted 3 times" in (request.error_message or "")
    with session_scope(committed_engine) as session:
        assert not session.scalars(
            select(PromptUsageHistory).where(PromptUsageHistory.review_request_id == request_id)
        ).all()
        assert not session.scalars(
            select(ReviewResult).where(ReviewResult.review_request_id == request_id)
        ).all()
