"""Accepting work: an uploaded file becomes a resume version plus a queued review request.

Called by the API (and the CLI) inside their transaction; publishing to the broker happens
after the commit, in :mod:`worker.dispatch`.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from core.config import Settings
from core.enums import AgentType, ReviewMode, ReviewStage, ReviewStatus, ReviewTrigger
from core.errors import DuplicateResume, InvalidRequest, UploadRejected, UploadRejection
from core.filetypes import clean_filename, too_large_message
from database.models import Candidate, Resume, ReviewRequest, User
from database.queries.activity import log_activity
from database.queries.prompts import active_prompts
from database.queries.resumes import next_resume_version, resume_by_hash
from pipelines import storage

# Re-exported: callers catch ``intake.UploadRejected`` and friends.
__all__ = [
    "DuplicateResume",
    "InvalidRequest",
    "UploadRejected",
    "choose_agent_types",
    "clean_filename",
    "create_review_request",
    "register_upload",
    "sniff_upload",
]

JOB_MATCH = AgentType.JOB_MATCH.value
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
    session: Session, requested: Sequence[str] | None, job_description: str | None
) -> list[str]:
    """Validate the requested agents against the active prompts; default: all active ones
    (``job_match`` only when a job description is given)."""
    active = set(active_prompts(session))
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
        chosen = sorted(agent for agent in active if agent != JOB_MATCH)
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
) -> ReviewRequest:
    """A pending request; ``mode`` ``changed`` carries what an earlier review of the same
    text already answered and re-runs only failed or changed agents."""
    job_description = (job_description or "").strip() or None
    if job_description and len(job_description) > MAX_JOB_DESCRIPTION_CHARS:
        raise InvalidRequest(
            f"the job description is longer than {MAX_JOB_DESCRIPTION_CHARS} characters"
        )
    request = ReviewRequest(
        resume_id=resume.id,
        requested_by_user_id=requested_by.id if requested_by else None,
        agent_types=choose_agent_types(session, agent_types, job_description),
        job_description=job_description,
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
        },
        ip_address=ip_address,
    )
    return request


def register_upload(
    session: Session,
    settings: Settings,
    *,
    candidate: Candidate,
    user: User,
    data: bytes,
    original_filename: str | None,
    ip_address: str | None = None,
    job_description: str | None = None,
) -> tuple[Resume, ReviewRequest]:
    """Store the file and create the resume version and its review request (not committed)."""
    mime_type = sniff_upload(data, settings.max_upload_bytes)
    file_hash = storage.sha256_hex(data)
    existing = resume_by_hash(session, file_hash)
    if existing is not None:
        raise DuplicateResume(existing)
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
    storage.storage_for(settings.storage_dir).save(key, data)
    return resume, request
