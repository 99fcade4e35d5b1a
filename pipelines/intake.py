"""Accepting work: an uploaded file becomes a resume version plus a queued review request.

The one home of what the API, the workspace and the CLI do with an upload or a review
request, inside the caller's transaction: the file is sniffed, sized and hashed once
(``check_upload``), never parsed (the worker reads it); a dropped file becomes a candidate
named after it until then (``accept_dropped_file``); the stored file goes if the
transaction rolls back and the review is published once it commits (``TransactionHooks``,
which the web app provides; publishing is :mod:`worker.dispatch`'s). The views only
translate HTTP.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.config import Settings
from core.enums import (
    AgentType,
    JobStatus,
    ReviewMode,
    ReviewStage,
    ReviewStatus,
    ReviewTrigger,
    UserRole,
)
from core.errors import (
    Conflict,
    DuplicateResume,
    InvalidRequest,
    UploadRejected,
    UploadRejection,
)
from core.filetypes import clean_filename, too_large_message
from database.models import (
    Candidate,
    Job,
    JobApplication,
    JobRequirement,
    Resume,
    ReviewRequest,
    User,
)
from database.queries.activity import log_activity
from database.queries.candidates import create_candidate, delete_candidate
from database.queries.prompts import active_prompts
from database.queries.resumes import (
    get_visible_resume,
    latest_resume,
    next_resume_version,
    resume_by_hash,
)
from pipelines import spending, storage
from pipelines.naming import provisional_name
from pipelines.review.spool import CallSpool, forget_requests

# Re-exported: callers catch ``intake.UploadRejected`` and friends.
__all__ = [
    "DuplicateResume",
    "InvalidRequest",
    "TransactionHooks",
    "Upload",
    "UploadRejected",
    "accept_dropped_file",
    "accept_resume",
    "check_upload",
    "choose_agent_types",
    "clean_filename",
    "create_review_request",
    "erase_candidate",
    "evaluate_new_resume",
    "register_upload",
    "request_evaluation",
    "request_review",
    "sniff_upload",
    "visible_duplicate",
]

JOB_MATCH = AgentType.JOB_MATCH.value
REQUIREMENTS = AgentType.REQUIREMENTS.value
MAX_JOB_DESCRIPTION_CHARS = 20_000


def sniff_upload(data: bytes, max_bytes: int) -> str:
    """The file's type from its content (never its name), or :class:`UploadRejected`."""
    from pipelines.extraction import ExtractionError, sniff_mime

    if not data:
        raise UploadRejected(UploadRejection.EMPTY, "The file is empty.")
    if len(data) > max_bytes:
        raise UploadRejected(
            UploadRejection.TOO_LARGE,
            too_large_message(max_bytes),
            details={"max_bytes": max_bytes},
        )
    try:
        return sniff_mime(data)
    except ExtractionError as error:
        kind = UploadRejection.EMPTY if error.code == "empty" else UploadRejection.UNSUPPORTED_TYPE
        raise UploadRejected(kind, error.reason, code=error.code) from error


def choose_agent_types(
    session: Session,
    requested: Sequence[str] | None,
    job_description: str | None,
    *,
    evaluation: bool = False,
) -> list[str]:
    """Validate the requested agents against the active prompts; default: all active
    review agents (``job_match`` only when a job description is given). ``requirements``
    belongs to a job's evaluations (``evaluation``) and never to an ordinary review."""
    active = set(active_prompts(session))
    if not evaluation:
        active.discard(REQUIREMENTS)
    if requested:
        chosen = list(dict.fromkeys(requested))
        unknown = [agent for agent in chosen if agent not in active]
        if unknown:
            raise InvalidRequest(
                f"unknown or inactive agent types: {', '.join(unknown)}; "
                f"available: {', '.join(sorted(active))}"
            )
        if JOB_MATCH in chosen and not job_description:
            raise InvalidRequest("the job_match agent needs a job_description")
    else:
        chosen = sorted(agent for agent in active if agent not in (JOB_MATCH, REQUIREMENTS))
        if job_description and JOB_MATCH in active:
            chosen.append(JOB_MATCH)
    if not chosen:
        raise InvalidRequest("no active prompts: run `resume-review load-prompts` first")
    return chosen


def create_review_request(
    session: Session,
    *,
    resume: Resume,
    requested_by: User | None,
    agent_types: Sequence[str] | None = None,
    job_description: str | None = None,
    trigger: ReviewTrigger | str = ReviewTrigger.MANUAL,
    mode: ReviewMode | str = ReviewMode.FULL,
    ip_address: str | None = None,
    job_id: uuid.UUID | None = None,
    limits: Settings | None = None,
) -> ReviewRequest:
    """A pending request; ``mode`` ``changed`` carries what an earlier review of the same
    text already answered and re-runs only failed or changed agents. With ``job_id`` the
    request is (also) an evaluation against that job's requirements. With ``limits`` (the
    settings of whoever asks) the user's quota and the day's LLM budget are checked first
    (:mod:`pipelines.spending`: 429 past either)."""
    if limits is not None:
        if requested_by is not None:
            spending.check_quota(session, limits, requested_by.id)
        spending.check_budget(session, limits)
    job_description = (job_description or "").strip() or None
    if job_description and len(job_description) > MAX_JOB_DESCRIPTION_CHARS:
        raise InvalidRequest(
            f"the job description is longer than {MAX_JOB_DESCRIPTION_CHARS} characters"
        )
    request = ReviewRequest(
        resume_id=resume.id,
        requested_by_user_id=requested_by.id if requested_by else None,
        agent_types=choose_agent_types(
            session, agent_types, job_description, evaluation=job_id is not None
        ),
        job_description=job_description,
        job_id=job_id,
        trigger=ReviewTrigger(trigger).value,
        status=ReviewStatus.PENDING.value,
        stage=ReviewStage.PENDING.value,
        mode=ReviewMode(mode).value,
    )
    session.add(request)
    session.flush()
    log_activity(
        session,
        "review.request",
        user_id=requested_by.id if requested_by else None,
        entity_type="review_request",
        entity_id=request.id,
        details={
            "resume_id": str(resume.id),
            "agent_types": request.agent_types,
            "trigger": request.trigger,
            "mode": request.mode,
            **({"job_id": str(job_id)} if job_id else {}),
        },
        ip_address=ip_address,
    )
    return request


@dataclass(frozen=True)
class Upload:
    """An uploaded file, sniffed and hashed once: its bytes are never parsed here."""

    data: bytes
    filename: str | None
    mime_type: str
    file_hash: str


def check_upload(session: Session, settings: Settings, data: bytes, filename: str | None) -> Upload:
    """Sniff and size the bytes, hash them and refuse a file already uploaded
    (:class:`UploadRejected`, :class:`DuplicateResume`)."""
    mime_type = sniff_upload(data, settings.max_upload_bytes)
    file_hash = storage.sha256_hex(data)
    existing = resume_by_hash(session, file_hash)
    if existing is not None:
        raise DuplicateResume(existing)
    return Upload(data, filename, mime_type, file_hash)


class TransactionHooks(Protocol):
    """What the caller's transaction offers: undo on rollback, publish after commit."""

    def on_rollback(self, callback: Callable[[], object]) -> None: ...

    def after_commit(self, callback: Callable[[], object]) -> None: ...

    def publish_after_commit(self, request_id: uuid.UUID) -> None: ...

    @property
    def limits(self) -> Settings | None:
        """The settings whose quotas and budget new requests obey (None: not checked)."""
        ...


def accept_resume(
    session: Session,
    settings: Settings,
    hooks: TransactionHooks,
    *,
    candidate: Candidate,
    user: User,
    upload: Upload,
    ip_address: str | None = None,
    job_description: str | None = None,
) -> tuple[Resume, ReviewRequest]:
    """A new resume version of ``candidate`` and its review, queued once the caller's
    transaction commits; its stored file goes if the transaction rolls back."""
    resume, review_request = register_upload(
        session, settings, candidate=candidate, user=user, upload=upload,
        ip_address=ip_address, job_description=job_description,
    )  # fmt: skip
    files = storage.storage_for(settings)
    key = resume.stored_filename
    hooks.on_rollback(lambda: files.delete(key))
    hooks.publish_after_commit(review_request.id)
    evaluate_new_resume(session, hooks, resume, user)
    return resume, review_request


def accept_dropped_file(
    session: Session,
    settings: Settings,
    hooks: TransactionHooks,
    *,
    user: User,
    upload: Upload,
    ip_address: str | None = None,
    job_description: str | None = None,
) -> tuple[Candidate, Resume, ReviewRequest]:
    """A dropped file becomes a candidate, assigned to the uploader, named after the file
    until the worker reads the resume (``awaiting_resume``), with its first version."""
    first_name, last_name = provisional_name(upload.filename)
    candidate = create_candidate(
        session, user, first_name=first_name, last_name=last_name, awaiting_resume=True
    )
    log_activity(
        session, "candidate.create", user_id=user.id, entity_type="candidate",
        entity_id=candidate.id, details={"via": "bulk_upload"}, ip_address=ip_address,
    )  # fmt: skip
    resume, review_request = accept_resume(
        session, settings, hooks, candidate=candidate, user=user, upload=upload,
        ip_address=ip_address, job_description=job_description,
    )  # fmt: skip
    return candidate, resume, review_request


def request_review(
    session: Session,
    hooks: TransactionHooks,
    *,
    resume: Resume,
    user: User,
    agent_types: Sequence[str] | None = None,
    job_description: str | None = None,
    mode: ReviewMode | str = ReviewMode.FULL,
    ip_address: str | None = None,
    job_id: uuid.UUID | None = None,
) -> ReviewRequest:
    """A review of an existing resume version (with ``job_id``, an evaluation against that
    job), queued once the transaction commits."""
    review_request = create_review_request(
        session, resume=resume, requested_by=user, agent_types=agent_types,
        job_description=job_description, mode=mode, ip_address=ip_address, job_id=job_id,
        limits=hooks.limits,
    )  # fmt: skip
    hooks.publish_after_commit(review_request.id)
    return review_request


def erase_candidate(
    session: Session,
    settings: Settings,
    hooks: TransactionHooks,
    *,
    candidate: Candidate,
    user: User,
    ip_address: str | None = None,
) -> None:
    """Erase the candidate and everything derived from it; its stored files go once the
    transaction commits (a rolled-back erasure keeps them). Audited."""
    candidate_id = candidate.id
    uploader_removal = user.role != UserRole.ADMIN
    request_ids = list(
        session.scalars(
            select(ReviewRequest.id)
            .join(Resume, Resume.id == ReviewRequest.resume_id)
            .where(Resume.candidate_id == candidate_id)
        )
    )
    spool = CallSpool(settings.spool_dir)
    spooled = forget_requests(session, spool, request_ids)
    keys = delete_candidate(session, candidate)
    log_activity(
        session, "candidate.delete", user_id=user.id, entity_type="candidate",
        entity_id=candidate_id, ip_address=ip_address,
        details={"resumes_deleted": len(keys), "unread_upload": uploader_removal},
    )  # fmt: skip
    files = storage.storage_for(settings)

    def delete_files() -> None:
        # A deletion that fails here is retried by beat's orphan sweep.
        for key in keys:
            files.delete(key)
        for spool_key in spooled:
            spool.remove(spool_key)

    hooks.after_commit(delete_files)


def visible_duplicate(session: Session, user: User, error: DuplicateResume) -> Conflict:
    """The 409 for a file uploaded before: where the earlier upload is, only when the
    uploader may see it (a junior learns nothing of others' candidates)."""
    visible = get_visible_resume(session, user, error.existing.id)
    if visible is None:
        return Conflict(error.message)
    return Conflict(
        error.message,
        details={
            "existing_resume_id": str(visible.id),
            "candidate_id": str(visible.candidate_id),
        },
    )


def register_upload(
    session: Session,
    settings: Settings,
    *,
    candidate: Candidate,
    user: User,
    data: bytes | None = None,
    original_filename: str | None = None,
    upload: Upload | None = None,
    ip_address: str | None = None,
    job_description: str | None = None,
) -> tuple[Resume, ReviewRequest]:
    """Store the file and create the resume version and its review request (not committed).
    ``upload`` is the file already checked; else ``data`` is checked here."""
    if upload is None:
        upload = check_upload(session, settings, data or b"", original_filename)
    data, original_filename = upload.data, upload.filename
    mime_type, file_hash = upload.mime_type, upload.file_hash
    key = storage.new_storage_key(mime_type)
    resume = Resume(
        candidate_id=candidate.id,
        uploaded_by_user_id=user.id,
        original_filename=clean_filename(original_filename),
        stored_filename=key,
        file_hash=file_hash,
        file_size=len(data),
        mime_type=mime_type,
        version_number=next_resume_version(session, candidate.id),
    )
    session.add(resume)
    session.flush()
    request = create_review_request(
        session,
        resume=resume,
        requested_by=user,
        job_description=job_description,
        trigger=ReviewTrigger.UPLOAD,
        ip_address=ip_address,
        limits=settings,
    )
    log_activity(
        session,
        "resume.upload",
        user_id=user.id,
        entity_type="resume",
        entity_id=resume.id,
        details={
            "candidate_id": str(candidate.id),
            "version_number": resume.version_number,
            "file_size": resume.file_size,
            "mime_type": mime_type,
        },
        ip_address=ip_address,
    )
    # Written last: if anything above failed, no orphan file is left behind.
    storage.storage_for(settings).save(key, data)
    return resume, request


# --- a job's evaluations -----------------------------------------------------------------


def request_evaluation(
    session: Session,
    hooks: TransactionHooks,
    user: User | None,
    application: JobApplication,
    *,
    mode: ReviewMode = ReviewMode.FULL,
    resume: Resume | None = None,
    trigger: ReviewTrigger = ReviewTrigger.MANUAL,
) -> ReviewRequest | None:
    """Queue an evaluation of the candidate's latest resume against the application's job:
    a review request carrying the job, with the ``requirements`` agent only. None when the
    candidate has no resume yet or the job has no requirements."""
    resume = resume or latest_resume(session, application.candidate_id)
    has_requirements = session.scalar(
        select(JobRequirement.id).where(JobRequirement.job_id == application.job_id).limit(1)
    )
    if resume is None or has_requirements is None:
        return None
    request = create_review_request(
        session,
        resume=resume,
        requested_by=user,
        agent_types=[REQUIREMENTS],
        trigger=trigger,
        mode=mode,
        job_id=application.job_id,
        limits=hooks.limits,
    )
    application.evaluation_request_id = request.id
    hooks.publish_after_commit(request.id)
    return request


def evaluate_new_resume(
    session: Session, hooks: TransactionHooks, resume: Resume, user: User | None
) -> list[ReviewRequest]:
    """A new resume version is evaluated for every open job its candidate is attached to."""
    queued = []
    applications = session.scalars(
        select(JobApplication)
        .join(Job, Job.id == JobApplication.job_id)
        .where(JobApplication.candidate_id == resume.candidate_id, Job.status == JobStatus.OPEN)
    )
    for application in applications:
        request = request_evaluation(
            session, hooks, user, application, resume=resume, trigger=ReviewTrigger.UPLOAD
        )
        if request is not None:
            queued.append(request)
    return queued
