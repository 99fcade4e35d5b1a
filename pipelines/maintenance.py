"""Batch jobs run by Celery beat (and by hand): re-reviews after a prompt changed, and the
recovery sweep that republishes stranded requests.

Rows are claimed with ``SELECT … FOR UPDATE SKIP LOCKED`` so two beat processes started
by mistake never pick the same resume or request; the claim is committed before anything
is published.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import Engine, Select, and_, exists, false, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from core.config import Settings
from core.enums import (
    OPEN_REVIEW_STATUSES,
    ResumeStatus,
    ReviewMode,
    ReviewStatus,
    ReviewTrigger,
)
from core.errors import LlmNotAllowed, TooMuchWork
from database.engine import session_scope
from database.models import Prompt, Resume, ReviewRequest, ReviewResult, WorkerHeartbeat
from database.types import utcnow
from pipelines import intake, spending, storage

log = logging.getLogger(__name__)


def _latest_completed_request_id(resume_id_column: object) -> Select[tuple[uuid.UUID]]:
    latest = aliased(ReviewRequest)
    return (
        select(latest.id)
        .where(
            latest.resume_id == resume_id_column,
            latest.status == ReviewStatus.COMPLETED,
            # A job's evaluation is not a review of the resume: re-evaluations follow the
            # job's edits, not prompt versions.
            latest.job_id.is_(None),
        )
        .order_by(latest.completed_at.desc())
        .limit(1)
        # Nested two levels deep, auto-correlation would not reach the outer resumes row.
        .correlate(Resume)
    )


def _requested_since(moment: object) -> Any:
    return exists().where(
        ReviewRequest.resume_id == Resume.id, ReviewRequest.requested_at >= moment
    )


def rereview_candidates(
    *, agent_type: str | None = None, older_than_days: float | None = None
) -> Select[tuple[Resume]]:
    """Resumes whose latest completed review used a prompt version that is no longer
    active (optionally only for ``agent_type``), or, with ``older_than_days``, whose latest
    review is older than that. Resumes with a review in flight are left alone."""
    latest_id = _latest_completed_request_id(Resume.id).scalar_subquery()
    open_request = exists().where(
        ReviewRequest.resume_id == Resume.id, ReviewRequest.status.in_(OPEN_REVIEW_STATUSES)
    )
    outdated_prompt = (
        exists()
        .where(
            ReviewResult.review_request_id == latest_id,
            ReviewResult.prompt_id == Prompt.id,
            Prompt.is_active == false(),
        )
        .correlate(Resume)
    )
    if agent_type is not None:
        outdated_prompt = outdated_prompt.where(ReviewResult.agent_type == agent_type)
    # A request made since the prompts last changed already used them (or failed trying,
    # with its reason on record): never re-review the same resume twice for the same
    # prompt versions.
    prompts_changed_at = (
        select(func.max(Prompt.updated_at)).where(Prompt.is_active == true()).scalar_subquery()
    )
    conditions = [and_(outdated_prompt, ~_requested_since(prompts_changed_at))]
    if older_than_days is not None:
        cutoff = utcnow() - timedelta(days=older_than_days)
        conditions.append(
            and_(
                exists().where(ReviewRequest.id == latest_id, ReviewRequest.completed_at < cutoff),
                ~_requested_since(cutoff),
            )
        )
    return (
        select(Resume)
        .where(Resume.status == ResumeStatus.COMPLETED, ~open_request, or_(*conditions))
        .order_by(Resume.uploaded_at)
    )


def rereview_count_if_activated(session: Session, prompt: Prompt) -> int:
    """How many resumes the batch re-review of ``prompt.agent_type`` would take once
    ``prompt`` is the active version: :func:`rereview_candidates` counted inside a savepoint
    where it is active, rolled back afterwards (nothing changes)."""
    from database.queries.prompts import activate_prompt

    nested = session.begin_nested()
    try:
        activate_prompt(session, prompt)
        statement = rereview_candidates(agent_type=prompt.agent_type)
        count = session.scalar(select(func.count()).select_from(statement.subquery()))
    finally:
        nested.rollback()
    return int(count or 0)


@dataclass(frozen=True)
class Claimed:
    request_ids: list[uuid.UUID]
    remaining: bool  # more matching rows were left for a later batch


def claim_rereviews(
    session: Session,
    *,
    limit: int,
    agent_type: str | None = None,
    older_than_days: float | None = None,
) -> Claimed:
    """Create up to ``limit`` batch re-review requests (not committed, not published)."""
    statement = rereview_candidates(agent_type=agent_type, older_than_days=older_than_days)
    resumes = list(
        session.scalars(statement.limit(limit + 1).with_for_update(skip_locked=True, of=Resume))
    )
    request_ids: list[uuid.UUID] = []
    for resume in resumes[:limit]:
        previous = session.get(
            ReviewRequest, session.scalar(_latest_completed_request_id(resume.id))
        )
        request = intake.create_review_request(
            session,
            resume=resume,
            requested_by=None,
            job_description=previous.job_description if previous else None,
            trigger=ReviewTrigger.BATCH_REREVIEW,
            # Only the agents whose prompt version changed are asked again.
            mode=ReviewMode.CHANGED,
        )
        request_ids.append(request.id)
    session.flush()
    return Claimed(request_ids, remaining=len(resumes) > limit)


def claim_stranded(
    session: Session,
    *,
    pending_after_s: float,
    running_after_s: float,
    limit: int,
    dead_after_s: float | None = None,
    lost_after_s: float | None = None,
    queues_empty: bool = False,
) -> list[uuid.UUID]:
    """Open requests to publish again, claimed (``last_activity_at`` bumped, so the next
    sweep waits a full deadline again):

    - **pending** ones nobody published (a publish that failed after the commit);
    - what a worker process that stopped beating for ``dead_after_s`` was running
      (``worker_heartbeats``) and no live process runs: at once, whatever their age;
    - with ``queues_empty`` (the broker holds no message of ours), queued or processing
      ones untouched for ``lost_after_s`` that no live process is running: their message
      was lost (a broker restart). While the queues hold a backlog, a waiting request is
      left to wait;
    - the backstop: any queued or processing request untouched for ``running_after_s``.
    """
    now = utcnow()
    touched = ReviewRequest.last_activity_at
    running = ReviewRequest.status.in_([ReviewStatus.QUEUED, ReviewStatus.PROCESSING])
    stale_pending = and_(
        ReviewRequest.status == ReviewStatus.PENDING,
        or_(touched.is_(None), touched < now - timedelta(seconds=pending_after_s)),
        ReviewRequest.requested_at < now - timedelta(seconds=pending_after_s),
    )
    stale_running = and_(
        running, or_(touched.is_(None), touched < now - timedelta(seconds=running_after_s))
    )
    conditions = [stale_pending, stale_running]
    dead: list[WorkerHeartbeat] = []
    if dead_after_s is not None:
        beats = list(session.scalars(select(WorkerHeartbeat).with_for_update(skip_locked=True)))
        cutoff = now - timedelta(seconds=dead_after_s)
        dead = [beat for beat in beats if beat.seen_at < cutoff]
        live = [beat for beat in beats if beat.seen_at >= cutoff]
        alive = _request_ids(live)
        # By task, not by request: an agent a dead host held is orphaned even while another
        # host runs the request's other agents (their leases keep them from being paid twice).
        orphaned = {_request_of(task) for task in _tasks(dead) - _tasks(live)} - {None}
        if orphaned:
            conditions.append(and_(running, ReviewRequest.id.in_(orphaned)))
        if queues_empty and lost_after_s is not None:
            lost = and_(
                running,
                or_(touched.is_(None), touched < now - timedelta(seconds=lost_after_s)),
            )
            if alive:
                lost = and_(lost, ReviewRequest.id.not_in(alive))
            conditions.append(lost)
    requests = list(
        session.scalars(
            select(ReviewRequest)
            .where(or_(*conditions))
            .order_by(ReviewRequest.requested_at)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    for request in requests:
        request.last_activity_at = now
    if len(requests) < limit:
        for beat in dead:  # everything they were running is claimed: they are gone
            session.delete(beat)
    session.flush()
    return [request.id for request in requests]


def _tasks(beats: Iterable[WorkerHeartbeat]) -> set[str]:
    return {str(task) for beat in beats for task in beat.in_flight or []}


def _request_of(task: str) -> uuid.UUID | None:
    """The request of a heartbeat's task ("<request> <task> <agent>", or a bare request)."""
    try:
        return uuid.UUID(task.split(" ", 1)[0])
    except ValueError:
        return None


def _request_ids(beats: Iterable[WorkerHeartbeat]) -> set[uuid.UUID]:
    return {r for r in map(_request_of, _tasks(beats)) if r is not None}


@dataclass(frozen=True)
class BatchResult:
    requested: int
    not_published: int  # left pending: the recovery sweep publishes them later
    remaining: bool  # more resumes match than this batch took


def rereview_batch(
    engine: Engine,
    publish: Callable[[uuid.UUID], bool],
    *,
    limit: int,
    agent_type: str | None = None,
    older_than_days: float | None = None,
    limits: Settings | None = None,
) -> BatchResult:
    """One bounded batch of re-reviews: claim and commit the requests, then hand each to
    ``publish`` (the broker for beat and for a CLI with a broker; an in-process run for the
    CLI on the embedded default). A publish that returns False or raises leaves its request
    ``pending`` for the recovery sweep: nothing is lost. With ``limits``, no batch is
    claimed once the day's LLM budget is spent (the next run tries again)."""
    with session_scope(engine) as session:
        if limits is not None:
            try:
                spending.check_budget(session, limits)
            except (TooMuchWork, LlmNotAllowed) as refusal:
                log.warning("re-review batch skipped: %s", refusal.message)
                return BatchResult(0, 0, remaining=True)
        claimed = claim_rereviews(
            session, limit=limit, agent_type=agent_type, older_than_days=older_than_days
        )
    not_published = 0
    for request_id in claimed.request_ids:
        try:
            published = publish(request_id)
        except Exception:
            log.exception("publishing re-review request %s failed", request_id)
            published = False
        not_published += not published
    return BatchResult(len(claimed.request_ids), not_published, claimed.remaining)


def file_owner(key: str) -> str:
    """The resume file a stored key belongs to: ``<uuid>.pdf`` and its page images
    ``<uuid>.page-<n>.png`` share the part before the first dot."""
    return key.split(".", 1)[0]


@dataclass(frozen=True)
class SweepResult:
    deleted: int
    kept: int


def sweep_orphan_files(
    engine: Engine, files: storage.FileStorage, *, grace_s: float
) -> SweepResult:
    """Delete stored files that no resume references and that are older than ``grace_s``:
    the files of an erased candidate whose deletion failed, and files left by an upload whose
    transaction rolled back after they were written. The grace period keeps a file an
    upload is still committing."""
    with session_scope(engine) as session:
        referenced = {
            file_owner(key) for key in session.scalars(select(Resume.stored_filename)) if key
        }
    deleted = kept = 0
    for key in list(files.stored_keys(older_than_s=grace_s)):
        if file_owner(key) in referenced:
            kept += 1
            continue
        files.delete(key)
        deleted += 1
    if deleted:
        log.warning("storage sweep: %d files no resume references were deleted", deleted)
    return SweepResult(deleted, kept)
