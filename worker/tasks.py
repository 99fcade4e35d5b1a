"""Thin Celery tasks: one per step of :data:`pipelines.chain.REVIEW_CHAIN`, registered
from that definition, plus beat's three periodic tasks. Each opens its own transaction(s)
through the step, and stops the chain when the request failed or closed.

Tasks take ids only (strings, JSON). Time limits, queues and acks live in celeryconfig.
"""

from __future__ import annotations

import logging
import uuid
from typing import Any

from celery import Task
from celery.exceptions import Ignore, SoftTimeLimitExceeded
from sqlalchemy.exc import InterfaceError, OperationalError

from core.config import get_settings
from core.errors import StorageUnavailable
from database.engine import default_engine, session_scope
from pipelines import storage
from pipelines.chain import REVIEW_CHAIN, Outcome, Step, fail_request_now
from pipelines.flow import TransientStageError
from pipelines.maintenance import claim_stranded, rereview_batch, sweep_orphan_files
from worker.app import celery_app, task_name
from worker.dispatch import publish_review

log = logging.getLogger(__name__)


class PipelineTask(Task):
    """Base for every pipeline task: retries transient database errors with backoff and
    jitter; turns a soft time limit into a failed request with a readable reason."""

    abstract = True
    # Connection trouble only (a database restart, a dropped socket, the file store
    # restarting); an IntegrityError or a programming error would fail the same way again.
    autoretry_for = (OperationalError, InterfaceError, TransientStageError, StorageUnavailable)
    retry_backoff = 2
    retry_backoff_max = 60
    retry_jitter = True
    max_retries = 8


def _register_step(step: Step) -> Task:
    def run(self: PipelineTask, request_id: str, *args: str) -> str:
        rid = uuid.UUID(request_id)
        try:
            outcome = step.run(default_engine(), get_settings(), rid, *args)
        except SoftTimeLimitExceeded:
            reason = f"The {step.label} step took longer than its time limit and was stopped."
            fail_request_now(default_engine(), rid, reason)
            raise Ignore() from None
        if outcome is not Outcome.DONE:
            # Ignore stops the chain here: the request already carries its final state.
            raise Ignore()
        return request_id

    run.__name__ = run.__qualname__ = step.name
    task: Any = celery_app.task(name=task_name(step), bind=True, base=PipelineTask)(run)
    return task


STEP_TASKS: dict[str, Task] = {step.name: _register_step(step) for step in REVIEW_CHAIN}


# --- beat ------------------------------------------------------------------------------


@celery_app.task(name="resume_review.recover_stranded", base=PipelineTask, bind=True)
def recover_stranded(self: PipelineTask) -> int:
    """Republish requests stranded by a failed publish, a lost queue or a dead worker."""
    settings = get_settings()
    backlog = queued_messages((settings.pipeline_queue, settings.llm_queue))
    with session_scope(default_engine()) as session:
        request_ids = claim_stranded(
            session,
            pending_after_s=settings.recovery_pending_after_s,
            running_after_s=settings.recovery_running_after_s,
            limit=settings.recovery_batch_size,
            dead_after_s=settings.worker_dead_after_s,
            lost_after_s=settings.recovery_lost_after_s,
            queues_empty=backlog == 0,
        )
    published = sum(publish_review(request_id, force=True) for request_id in request_ids)
    if request_ids:
        log.warning(
            "recovery sweep: republished %d of %d stranded requests", published, len(request_ids)
        )
    return published


@celery_app.task(name="resume_review.sweep_orphan_files", base=PipelineTask, bind=True)
def sweep_files(self: PipelineTask) -> int:
    """Delete stored files no resume references, after a grace period (issue 21)."""
    settings = get_settings()
    files = storage.storage_for(settings)
    return sweep_orphan_files(
        default_engine(), files, grace_s=settings.storage_sweep_grace_s
    ).deleted


def queued_messages(queues: tuple[str, ...]) -> int | None:
    """How many messages wait in the broker's queues (a queue the broker no longer knows,
    after a restart, holds none); None when the broker cannot be asked."""
    from kombu.exceptions import ChannelError

    total = 0
    try:
        with celery_app.connection_for_read() as connection:
            connection.ensure_connection(max_retries=1)
            for name in queues:
                channel = connection.channel()
                try:
                    total += channel.queue_declare(queue=name, passive=True).message_count
                except ChannelError:
                    pass  # not declared (any more): empty
                finally:
                    channel.close()
    except Exception:
        log.warning("recovery sweep: the broker's queues could not be counted", exc_info=True)
        return None
    return total


@celery_app.task(name="resume_review.rereview_batch", base=PipelineTask, bind=True)
def rereview(self: PipelineTask) -> int:
    """One bounded batch of re-reviews for resumes reviewed with an outdated prompt."""
    settings = get_settings()
    batch = rereview_batch(
        default_engine(),
        publish_review,
        limit=settings.rereview_batch_size,
        older_than_days=settings.rereview_older_than_days,
        limits=settings,
    )
    return batch.requested
