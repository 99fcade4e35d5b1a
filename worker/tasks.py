"""Thin Celery tasks: each opens its own transaction(s) through :mod:`pipelines.runner`,
calls one pipeline function, and stops the chain when the request failed or closed.

Tasks take ids only (strings, JSON). Time limits, queues and acks live in celeryconfig.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from typing import Any

from celery import Task
from celery.exceptions import Ignore, SoftTimeLimitExceeded
from sqlalchemy.exc import InterfaceError, OperationalError

from core.config import get_settings
from database.engine import default_engine
from pipelines import flow
from pipelines.runner import Outcome, fail_request_now, run_agent, run_stage, start_and_extract
from worker.app import celery_app

log = logging.getLogger(__name__)


class PipelineTask(Task):
    """Base for every pipeline task: retries transient database errors with backoff and
    jitter; turns a soft time limit into a failed request with a readable reason."""

    abstract = True
    # Connection trouble only (a database restart, a dropped socket); an IntegrityError or
    # a programming error would fail the same way again.
    autoretry_for = (OperationalError, InterfaceError)
    retry_backoff = 2
    retry_backoff_max = 60
    retry_jitter = True
    max_retries = 8
    stage_label = "processing"

    def run_guarded(self, request_id: str, body: Callable[[uuid.UUID], Outcome]) -> str:
        rid = uuid.UUID(request_id)
        try:
            outcome = body(rid)
        except SoftTimeLimitExceeded:
            fail_request_now(
                default_engine(),
                rid,
                f"The {self.stage_label} step took longer than its time limit and was stopped.",
            )
            raise Ignore() from None
        if outcome is not Outcome.DONE:
            # Ignore stops the chain here: the request already carries its final state.
            raise Ignore()
        return request_id


def _task(name: str, label: str, **options: Any) -> Callable[[Callable[..., str]], Task]:
    return celery_app.task(name=name, bind=True, base=PipelineTask, stage_label=label, **options)


@_task("resume_review.extract", "text extraction")
def extract(self: PipelineTask, request_id: str) -> str:
    def body(rid: uuid.UUID) -> Outcome:
        return start_and_extract(default_engine(), get_settings(), rid)

    return self.run_guarded(request_id, body)


@_task("resume_review.split", "section splitting")
def split(self: PipelineTask, request_id: str) -> str:
    engine = default_engine()
    return self.run_guarded(request_id, lambda rid: run_stage(engine, lambda s: flow.split(s, rid)))


@_task("resume_review.agent", "review")
def agent(self: PipelineTask, request_id: str, agent_type: str) -> str:
    return self.run_guarded(
        request_id, lambda rid: run_agent(default_engine(), get_settings(), rid, agent_type)
    )


@_task("resume_review.finalize", "finalize")
def finalize(self: PipelineTask, request_id: str) -> str:
    engine = default_engine()
    return self.run_guarded(
        request_id, lambda rid: run_stage(engine, lambda s: flow.finalize(s, rid))
    )


# --- beat ------------------------------------------------------------------------------


@celery_app.task(name="resume_review.recover_stranded", base=PipelineTask, bind=True)
def recover_stranded(self: PipelineTask) -> int:
    """Republish requests stranded by a failed publish, a lost queue or a dead worker."""
    from database.engine import session_scope
    from pipelines.maintenance import claim_stranded
    from worker.dispatch import publish_review

    settings = get_settings()
    with session_scope(default_engine()) as session:
        request_ids = claim_stranded(
            session,
            pending_after_s=settings.recovery_pending_after_s,
            running_after_s=settings.recovery_running_after_s,
            limit=settings.recovery_batch_size,
        )
    published = sum(publish_review(request_id, force=True) for request_id in request_ids)
    if request_ids:
        log.warning(
            "recovery sweep: republished %d of %d stranded requests", published, len(request_ids)
        )
    return published


@celery_app.task(name="resume_review.rereview_batch", base=PipelineTask, bind=True)
def rereview_batch(self: PipelineTask) -> int:
    """One bounded batch of re-reviews for resumes reviewed with an outdated prompt."""
    from database.engine import session_scope
    from pipelines.maintenance import claim_rereviews
    from worker.dispatch import publish_review

    settings = get_settings()
    with session_scope(default_engine()) as session:
        claimed = claim_rereviews(
            session,
            limit=settings.rereview_batch_size,
            older_than_days=settings.rereview_older_than_days,
        )
    for request_id in claimed.request_ids:
        publish_review(request_id)
    return len(claimed.request_ids)
