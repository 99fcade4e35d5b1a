"""The review chain's stages as plain functions over ids and a session.

Each stage is idempotent: it first looks at what is already stored and does only what is
missing, so a re-delivered task, a re-published chain or a stage run twice adds nothing.
Stages flush but never commit: the chain driver (:mod:`pipelines.chain`) owns
the transaction. A stage that cannot go on raises :class:`StageFailed` after recording the
reason on the request (and on the resume when the file itself is at fault).

State machine (``review_requests.status``)::

    pending ──publish──▶ queued ──extract──▶ processing ──finalize──▶ completed
        └────────────────────┴───────────────────┴──▶ failed (reason in error_message)

``resumes.progress`` follows the request being processed: extract 20, split 30, agents
30→90 as each finishes, finalize 100.
"""

from __future__ import annotations

import logging
import uuid
from enum import StrEnum
from typing import Any

import filetype
from sqlalchemy import (
    ColumnElement,
    String,
    Uuid,
    and_,
    bindparam,
    case,
    exists,
    func,
    insert,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from core import logs
from core.config import Settings
from core.enums import (
    OPEN_REVIEW_STATUSES,
    AgentOutcome,
    AgentType,
    KnownAnswerResult,
    ResumeStatus,
    ReviewMode,
    ReviewStage,
    ReviewStatus,
)
from core.once import built_once
from database.engine import dialect_insert
from database.models import (
    Prompt,
    Resume,
    ResumeLayout,
    ResumeSection,
    ReviewAgentOutcome,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
)
from database.queries import agent_answers
from database.queries.activity import log_activity
from database.queries.prompts import active_prompts
from database.queries.resumes import hidden_text_of, resume_sections
from database.queries.reviews import previous_review
from database.queries.search import refresh_search_documents
from database.queries.triage import carry_triage
from database.types import utcnow
from pipelines import leases, storage
from pipelines.candidate_profile import fill_from_resume, settle_unread
from pipelines.contacts import read_contacts
from pipelines.extraction import (
    ExtractedDocument,
    ExtractionError,
    ExtractionLimits,
    LayoutFacts,
    extract_document,
)
from pipelines.extraction.document import SANDBOX_UNAVAILABLE
from pipelines.extraction.textmap import encode_text_map
from pipelines.jobs import evaluation
from pipelines.outcomes import (
    carry,
    finding_key,
    outcomes_of,
    reusable_answer,
    score_basis,
    set_outcome,
)
from pipelines.review import agent_inputs, known_answer
from pipelines.review.grounding import ground_feedback
from pipelines.review.hidden import hidden_text_findings
from pipelines.review.injection import detect_prompt_injection, injection_places
from pipelines.review.llm import AgentRunError, CallRecord
from pipelines.review.prompts import PromptSpec
from pipelines.review.reviewer import AgentCall, answered_by_a_model
from pipelines.review.schemas import AgentReview
from pipelines.review.spool import CALL_STARTED, record_calls, usage_columns
from pipelines.sections import split_sections

log = logging.getLogger(__name__)

PROGRESS_EXTRACTED = 20
PROGRESS_SPLIT = 30
PROGRESS_AGENTS_DONE = 90
PROGRESS_DONE = 100
# The agent that carries the review-wide alerts (prompt injection, hidden text), so they
# appear once per review.
ALERT_REPORTING_AGENT_ORDER = (
    AgentType.ATS,
    AgentType.CONTENT,
    AgentType.STRUCTURE,
    AgentType.LANGUAGE,
    AgentType.JOB_MATCH,
)


class StageFailed(Exception):
    """The request was marked ``failed``; the chain must stop."""


class TransientStageError(Exception):
    """The stage could not run on this machine right now (not the file's fault): nothing
    was recorded, and the task is retried."""


class RequestClosed(Exception):
    """The request is already terminal (completed, failed, cancelled): nothing to do."""


class Stored(StrEnum):
    """What storing an agent's outcome did. Its paid calls are recorded in every case."""

    STORED = "stored"
    ALREADY_STORED = "already stored"  # another run of this agent stored its outcome first
    REQUEST_CLOSED = "request closed"  # failed, cancelled or gone meanwhile: calls only


# --- helpers ---------------------------------------------------------------------------


def _open_request(session: Session, request_id: uuid.UUID, *, lock: bool = False) -> ReviewRequest:
    statement = select(ReviewRequest).where(ReviewRequest.id == request_id)
    if lock:
        statement = statement.with_for_update()
    request = session.scalars(statement).one_or_none()
    if request is None:
        # Deleted meanwhile (the candidate was erased): nothing to do.
        raise RequestClosed(f"review request {request_id} no longer exists")
    _check_open(request)
    return request


def _check_open(request: ReviewRequest) -> None:
    _require_open(request.id, request.resume_id, request.status)


def _require_open(request_id: uuid.UUID, resume_id: uuid.UUID, status: str) -> None:
    logs.bind(review_request_id=str(request_id), resume_id=str(resume_id))
    if status not in OPEN_REVIEW_STATUSES:
        raise RequestClosed(f"review request {request_id} is {status}")


def _touch(request: ReviewRequest) -> None:
    request.last_activity_at = utcnow()


def _enter_stage(request: ReviewRequest, stage: ReviewStage) -> None:
    request.stage = stage.value
    _touch(request)


def advance_progress(session: Session, resume_id: uuid.UUID, progress: int) -> None:
    """Move progress forward only: concurrent agents may finish in any order."""
    session.execute(
        update(Resume)
        .where(Resume.id == resume_id)
        .values(progress=case((Resume.progress < progress, progress), else_=Resume.progress))
    )


def fail_request(
    session: Session, request: ReviewRequest, reason: str, *, resume_too: bool = False
) -> None:
    request.status = ReviewStatus.FAILED.value
    request.stage = ReviewStage.FAILED.value
    request.error_message = reason
    request.completed_at = utcnow()
    _touch(request)
    resume = session.get(Resume, request.resume_id)
    if resume is not None and (resume_too or resume.status != ResumeStatus.COMPLETED):
        resume.status = ResumeStatus.FAILED.value
        resume.error_message = reason
    log_activity(
        session,
        "review.fail",
        entity_type="review_request",
        entity_id=request.id,
        details={"reason": reason},
    )
    session.flush()


def mark_queued(session: Session, request_id: uuid.UUID, task_id: str | None) -> None:
    """pending → queued, only if nothing has moved it further meanwhile."""
    session.execute(
        update(ReviewRequest)
        .where(ReviewRequest.id == request_id, ReviewRequest.status == ReviewStatus.PENDING)
        .values(
            status=ReviewStatus.QUEUED.value,
            stage=ReviewStage.QUEUED.value,
            celery_task_id=task_id,
            last_activity_at=utcnow(),
        )
    )


# --- stage 0: start ------------------------------------------------------------------


def start(session: Session, request_id: uuid.UUID, *, max_attempts: int) -> int:
    """Count an attempt before doing any work, so a file that kills its worker (and is
    re-queued at once by ``task_reject_on_worker_lost``) cannot loop forever."""
    request = _open_request(session, request_id, lock=True)
    if request.attempts >= max_attempts:
        extracted = session.scalar(
            select(Resume.extracted_text.is_not(None)).where(Resume.id == request.resume_id)
        )
        if extracted:
            reason = (
                f"The review was started {request.attempts} times without finishing (its "
                "tasks were lost or its workers stopped); request a new review."
            )
        else:
            reason = (
                f"Processing was attempted {request.attempts} times without finishing; the "
                "file may be damaged. Upload a new copy (for example, re-export the PDF)."
            )
        fail_request(session, request, reason)
        raise StageFailed(reason)
    request.attempts += 1
    request.status = ReviewStatus.PROCESSING.value
    request.stage = ReviewStage.EXTRACTING.value
    request.started_at = request.started_at or utcnow()
    _touch(request)
    resume = session.get(Resume, request.resume_id)
    assert resume is not None
    if resume.status != ResumeStatus.COMPLETED:
        resume.status = ResumeStatus.PROCESSING.value
    session.flush()
    return request.attempts


def note_retry(session: Session, request_id: uuid.UUID, reason: str) -> None:
    """The stage could not run on this machine and will be retried: say so on the request
    and its resume (both stay open), and give back the attempt it counted, which the file
    did not use up."""
    request = _open_request(session, request_id, lock=True)
    if request.status not in OPEN_REVIEW_STATUSES:
        return
    request.attempts = max(0, request.attempts - 1)
    request.error_message = reason
    _touch(request)
    resume = session.get(Resume, request.resume_id)
    if resume is not None and resume.status == ResumeStatus.PROCESSING:
        resume.error_message = reason


# --- stage 1: extract ----------------------------------------------------------------


def extraction_limits(settings: Settings) -> ExtractionLimits:
    return ExtractionLimits(
        max_bytes=settings.max_upload_bytes,
        max_pages=settings.max_pages,
        memory_mb=settings.extract_memory_mb,
        cpu_seconds=settings.extract_cpu_seconds,
        timeout_s=settings.extract_timeout_s,
        max_text_chars=settings.max_text_chars,
        sandbox=settings.extract_sandbox,
        pdf_engine=settings.extract_pdf_engine,
        max_file_mb=settings.extract_max_file_mb,
        render_pages=settings.extract_render_pages,
        page_image_dpi=settings.extract_page_image_dpi,
        ocr_page_seconds=settings.extract_ocr_page_seconds,
        ocr_parallel_pages=settings.extract_ocr_parallel_pages,
        sandbox_user=settings.extract_sandbox_user,
    )


def extract(session: Session, settings: Settings, request_id: uuid.UUID) -> bool:
    """Extract the file's text once; False when it was already extracted. The resume's row
    is locked first (PostgreSQL): a review and an evaluation of a new file extract it
    once, the second waits and finds the text."""
    request = _open_request(session, request_id)
    resume = session.get(Resume, request.resume_id, with_for_update=True)
    assert resume is not None
    if resume.extracted_text is not None and resume.extraction_meta is not None:
        advance_progress(session, resume.id, PROGRESS_EXTRACTED)
        return False
    if resume.status == ResumeStatus.FAILED and resume.error_message:
        fail_request(session, request, resume.error_message)
        raise StageFailed(resume.error_message)
    files = storage.storage_for(settings)
    try:
        data = files.read(resume.stored_filename)
    except FileNotFoundError:
        reason = "The uploaded file is missing from storage; upload it again."
        fail_request(session, request, reason, resume_too=True)
        raise StageFailed(reason) from None
    try:
        document = extract_document(data, extraction_limits(settings))
    except ExtractionError as error:
        if error.code == SANDBOX_UNAVAILABLE:
            # The machine's fault, not the file's: retried, never held against the resume.
            log.error("extraction of resume %s must wait: %s", resume.id, error.reason)
            raise TransientStageError(error.reason) from error
        fail_request(session, request, error.reason, resume_too=True)
        settle_unread(session, resume)
        raise StageFailed(error.reason) from error
    store_extraction(session, files, resume, document)
    fill_from_resume(session, resume, read_contacts(document))
    # The candidate's search document: this text (when it is the newest version with
    # text) and the profile just filled in.
    refresh_search_documents(session, [resume.candidate_id])
    _touch(request)
    session.flush()
    advance_progress(session, resume.id, PROGRESS_EXTRACTED)
    return True


# Stored elsewhere than extraction_meta: the text in extracted_text, the map and the hidden
# text in resume_layouts (never loaded by the agents).
_NOT_IN_META = ("text", "text_map", "hidden_text")


def store_extraction(
    session: Session, files: storage.FileStorage, resume: Resume, document: ExtractedDocument
) -> None:
    resume.extracted_text = document.text
    resume.word_count = document.word_count
    resume.extractor_version = document.extractor_version
    resume.extraction_meta = {
        key: value for key, value in document.to_json().items() if key not in _NOT_IN_META
    }
    resume.mime_type = document.mime_type
    layout = ResumeLayout(
        resume_id=resume.id,
        extractor_version=document.extractor_version,
        page_count=document.layout.page_count,
        text_map=encode_text_map(document.text_map),
        hidden_text=list(document.hidden_text) or None,
        ocr_pages=list(document.ocr_pages) or None,
        page_images=store_page_images(files, resume.stored_filename, document.page_images),
    )
    try:
        with session.begin_nested():
            session.add(layout)
    except IntegrityError:
        # A concurrent run of this stage stored the layout first: theirs stands.
        log.info("layout for resume %s was stored concurrently", resume.id)


def store_page_images(
    files: storage.FileStorage, file_key: str, images: tuple[bytes, ...]
) -> list[str | None] | None:
    """Each page image beside the file, named after it: ``<file stem>.page-<n>.<ext>``, in
    page order (None for a page the sandbox could not render)."""
    keys: list[str | None] = []
    stem = file_key.rsplit(".", 1)[0]
    for number, image in enumerate(images, start=1):
        if not image:
            keys.append(None)
            continue
        kind = filetype.guess(image)
        key = f"{stem}.page-{number}.{kind.extension if kind else 'img'}"
        files.save(key, image)
        keys.append(key)
    return keys if any(keys) else None


def stored_document(resume: Resume) -> ExtractedDocument:
    assert resume.extraction_meta is not None and resume.extracted_text is not None
    return ExtractedDocument.from_json({**resume.extraction_meta, "text": resume.extracted_text})


# --- stage 2: split ------------------------------------------------------------------


def split(session: Session, request_id: uuid.UUID, *, with_reference_scores: bool = False) -> bool:
    """Store the resume's sections once, and the request's agent inputs (with the output
    check's reference scores when asked); False when the sections were already stored."""
    request = _open_request(session, request_id)
    _enter_stage(request, ReviewStage.SPLITTING)
    resume = session.get(Resume, request.resume_id)
    assert resume is not None
    if resume.extraction_meta is None:
        raise StageFailed("split ran before extract")
    existing = session.scalar(
        select(ResumeSection.id).where(ResumeSection.resume_id == resume.id).limit(1)
    )
    if existing is None:
        document = stored_document(resume)
        rows = [
            ResumeSection(
                resume_id=resume.id,
                section_type=span.section_type,
                title=span.title,
                content=document.text[span.start_offset : span.end_offset],
                sequence_order=span.sequence_order,
                start_offset=span.start_offset,
                end_offset=span.end_offset,
                word_count=len(document.text[span.start_offset : span.end_offset].split()),
            )
            for span in split_sections(document)
        ]
        try:
            # Added inside the savepoint, so a conflict discards them with it.
            with session.begin_nested():
                session.add_all(rows)
        except IntegrityError:
            # A concurrent run of this stage stored the sections first: theirs stand.
            log.info("sections for resume %s were stored concurrently", resume.id)
    _store_agent_inputs(session, request, resume, with_reference_scores=with_reference_scores)
    _touch(request)
    advance_progress(session, resume.id, PROGRESS_SPLIT)
    session.flush()
    return existing is None


def _store_agent_inputs(
    session: Session, request: ReviewRequest, resume: Resume, *, with_reference_scores: bool
) -> None:
    """What every agent of the request would work out again, worked out here once: the
    pipeline's processes have the cores; an llm worker's threads share one."""
    text = resume.extracted_text or ""
    sections = resume_sections(session, resume.id)
    layout = (resume.extraction_meta or {}).get("layout")
    inputs = agent_inputs.prepare(
        text=text,
        headings=[section.title for section in sections],
        job_description=request.job_description,
        agent_types=list(request.agent_types),
        sections=sections,
        layout=LayoutFacts(**layout) if layout is not None else None,
        with_reference_scores=with_reference_scores and layout is not None,
    )
    request.agent_inputs = agent_inputs.to_json(
        inputs, text=text, job_description=request.job_description
    )


# --- stage 3+4: review and ground ----------------------------------------------------


def prepare_known_answer(session: Session, request_id: uuid.UUID) -> str | None:
    """The resume text to run the known-answer check on, or None when it has run already
    (a redelivered step) or the request is closed."""
    # One round trip for what it needs (no request object: nothing here writes).
    row = session.execute(
        select(
            ReviewRequest.status,
            ReviewRequest.resume_id,
            ReviewRequest.known_answer,
            ReviewRequest.job_description,
            ReviewRequest.agent_inputs,
            Resume.extracted_text,
        )
        .join(Resume, Resume.id == ReviewRequest.resume_id)
        .where(ReviewRequest.id == request_id)
    ).one_or_none()
    if row is None:  # deleted meanwhile (the candidate was erased): nothing to do
        raise RequestClosed(f"review request {request_id} no longer exists")
    _require_open(request_id, row.resume_id, row.status)
    if row.known_answer is not None:
        return None
    _remember_agent_inputs(row.agent_inputs, row.extracted_text, row.job_description)
    return row.extracted_text


def _remember_agent_inputs(
    stored: dict[str, Any] | None, text: str | None, job_description: str | None
) -> agent_inputs.AgentInputs | None:
    """The split step's stored inputs, handed to this process's injection detector."""
    inputs = agent_inputs.from_json(stored, text=text or "", job_description=job_description)
    if inputs is not None:
        inputs.remember()
    return inputs


def store_known_answer(
    session: Session, request_id: uuid.UUID, result: str, calls: list[CallRecord]
) -> None:
    """Record the check's calls and result; a steered model puts the request in need of
    attention (its model answers are then excluded: ``answer_outcome``). The calls of a
    closed request are recorded all the same."""
    request = session.get(ReviewRequest, request_id)
    # A request erased meanwhile keeps its calls' costs, unattached (as on delete).
    _record_calls(session, request_id if request is not None else None, None, calls)
    if request is None or request.status not in OPEN_REVIEW_STATUSES:
        return
    request.known_answer = result
    if result == KnownAnswerResult.STEERED:
        request.needs_attention = True
    # The review's first model call is done: the request is reviewing from here, written
    # with the check's result (its agents then write nothing before their calls).
    _enter_stage(request, ReviewStage.REVIEWING)
    _touch(request)


def prompt_spec(prompt: Prompt) -> PromptSpec:
    return PromptSpec(
        agent_type=prompt.agent_type,
        name=prompt.name,
        system_prompt=prompt.system_prompt,
        user_prompt_template=prompt.user_prompt_template,
        model=prompt.model,
        temperature=float(prompt.temperature),
        max_tokens=prompt.max_tokens,
    )


def _record_calls(
    session: Session,
    request_id: uuid.UUID | None,
    prompt_id: uuid.UUID | None,
    calls: list[CallRecord],
) -> None:
    """One usage row per paid call (tokens, cached tokens, cost, its call id); a call
    already on record (stored by an earlier try or by the spool's drain) is skipped."""
    record_calls(session, request_id, prompt_id, calls)


def _request_for_calls(
    session: Session, request_id: uuid.UUID, prompt_id: uuid.UUID | None, calls: list[CallRecord]
) -> ReviewRequest | None:
    """Record ``calls`` and return the request, or None when it is no longer open: the
    calls were paid for all the same, so they are recorded (unattached if it is gone)."""
    try:
        request = _open_request(session, request_id)
    except RequestClosed as closed:
        owner = request_id if session.get(ReviewRequest, request_id) is not None else None
        _record_calls(session, owner, prompt_id, calls)
        log.info("%s: %d paid call(s) recorded, nothing else stored", closed, len(calls))
        return None
    _record_calls(session, request.id, prompt_id, calls)
    return request


def _reports_alerts(agent_type: str, agent_types: list[str]) -> bool:
    for candidate in ALERT_REPORTING_AGENT_ORDER:
        if candidate in agent_types:
            return candidate == agent_type
    return agent_type == agent_types[0]


def prepare_agent(
    session: Session,
    request_id: uuid.UUID,
    agent_type: str,
    *,
    lease: leases.LeaseTerms | None = None,
) -> AgentCall | None:
    """What the agent needs, or None when it has nothing to do: its outcome is already
    stored (an agent is never called twice), or, in ``changed`` mode, an earlier answer to
    the same question was carried instead. With ``lease`` (a model will be paid) the agent's
    lease is taken in this transaction: :class:`TransientStageError` while another live
    process holds it."""
    row = session.execute(
        _agent_read(), {"read_request": request_id, "read_agent": agent_type}
    ).one_or_none()
    if row is None:  # deleted meanwhile (the candidate was erased): nothing to do
        raise RequestClosed(f"review request {request_id} no longer exists")
    request, done, text, layout, stored_inputs, prompt, hidden = row
    _check_open(request)
    # The first agent moves the stage; the others find it there (and the store's count
    # touches the request again), so they write nothing before their call.
    if request.stage != ReviewStage.REVIEWING.value:
        _enter_stage(request, ReviewStage.REVIEWING)
    if done:
        return None
    prompt_id = prompt.id if prompt else None
    requirements = _to_ask(session, request, agent_type, prompt_id)
    if requirements is None:
        return None
    assert text is not None and layout is not None
    if lease is not None and not leases.take_with(session, request.id, agent_type, lease):
        raise _held_elsewhere(request_id, agent_type)
    return _agent_call(session, request, agent_type, prompt, requirements, text, layout,
                       stored_inputs, hidden)  # fmt: skip


def prepare_agent_at_once(
    session: Session, request_id: uuid.UUID, agent_type: str, lease: leases.LeaseTerms
) -> AgentCall | None:
    """:func:`prepare_agent`'s common case as one statement (PostgreSQL, run outside a
    transaction): the read, and the lease taken when the agent is simply to be asked (the
    request open and reviewing, the agent not done, not in ``changed`` mode, not the
    requirements agent), which writes nothing else. None when it is not that case:
    :func:`prepare_agent` then decides, in a transaction. :class:`TransientStageError`
    while another live process holds the lease."""
    values = {"read_request": request_id, "read_agent": agent_type}
    row = session.execute(
        _agent_read_and_lease(), values | leases.take_values(request_id, agent_type, lease)
    ).one_or_none()
    if row is None or not row.simply_asked:
        return None
    if not row.leased:
        raise _held_elsewhere(request_id, agent_type)
    request, _, text, layout, stored_inputs, prompt, hidden, *_ = row
    _check_open(request)  # it is (simply_asked says so); this binds the logs to it
    return _agent_call(session, request, agent_type, prompt, [], text, layout, stored_inputs,
                       hidden)  # fmt: skip


def _held_elsewhere(request_id: uuid.UUID, agent_type: str) -> TransientStageError:
    return TransientStageError(
        f"agent {agent_type} of request {request_id} is being asked by another worker"
    )


def _agent_call(
    session: Session,
    request: ReviewRequest,
    agent_type: str,
    prompt: Prompt | None,
    requirements: list[evaluation.RequirementToJudge],
    text: str,
    layout: dict[str, Any],
    stored_inputs: dict[str, Any] | None,
    hidden: list[dict[str, Any]] | None,
) -> AgentCall:
    inputs = _remember_agent_inputs(stored_inputs, text, request.job_description)
    return AgentCall(
        request_id=request.id,
        agent_type=agent_type,
        prompt_id=prompt.id if prompt else None,
        spec=prompt_spec(prompt) if prompt else None,
        text=text,
        sections=inputs.sections
        if inputs is not None and inputs.sections is not None
        else resume_sections(session, request.resume_id),
        layout=LayoutFacts(**layout),
        job_description=request.job_description,
        report_alerts=_reports_alerts(agent_type, list(request.agent_types)),
        requirements=requirements,
        steered=request.known_answer == KnownAnswerResult.STEERED,
        reference_scores=inputs.reference_scores if inputs is not None else None,
        hidden_text=list(hidden or []),
    )


@built_once
def _agent_read_and_lease() -> Any:
    """:func:`_agent_read`, whether the agent is simply to be asked, and the lease taken
    in the same statement when it is."""
    request_id = bindparam("read_request", type_=Uuid)
    agent_type = bindparam("read_agent", type_=String)

    def simply_asked() -> ColumnElement[bool]:
        return and_(
            ReviewRequest.status.in_([status.value for status in OPEN_REVIEW_STATUSES]),
            ReviewRequest.stage == ReviewStage.REVIEWING.value,
            ReviewRequest.mode != ReviewMode.CHANGED.value,
            agent_type != AgentType.REQUIREMENTS.value,
            ~_agent_done_clause(request_id, agent_type),
        )

    lease = leases.take_when(
        exists(select(ReviewRequest.id).where(ReviewRequest.id == request_id, simply_asked()))
    )
    leased = select(func.count()).select_from(lease).scalar_subquery()
    return (
        _agent_read()
        .add_columns(simply_asked().label("simply_asked"), leased.label("leased"))
        .add_cte(lease)
    )


@built_once  # built once, run with each agent's values (no statement built and keyed a task)
def _agent_read() -> Any:
    """prepare_agent's one round trip: the request, whether this agent is done, the active
    prompt, and the resume's text, layout facts and hidden text (only those: decoding the
    per-line meta for every agent call would cost more CPU than the rest of the task)."""
    request_id = bindparam("read_request", type_=Uuid)
    agent_type = bindparam("read_agent", type_=String)
    return (
        select(
            ReviewRequest,
            _agent_done_clause(request_id, agent_type),
            Resume.extracted_text,
            Resume.extraction_meta["layout"],
            ReviewRequest.agent_inputs,
            Prompt,
            select(ResumeLayout.hidden_text)
            .where(ResumeLayout.resume_id == Resume.id)
            .scalar_subquery(),
        )
        .join(Resume, Resume.id == ReviewRequest.resume_id)
        .outerjoin(Prompt, and_(Prompt.agent_type == agent_type, Prompt.is_active == true()))
        .where(ReviewRequest.id == request_id)
    )


def _to_ask(
    session: Session, request: ReviewRequest, agent_type: str, prompt_id: uuid.UUID | None
) -> list[evaluation.RequirementToJudge] | None:
    """The requirements to judge (none for a quality agent) when the agent must be asked;
    None when its outcome was settled here without a call: a requirements agent outside an
    evaluation, an evaluation with nothing left to judge, an answer carried in ``changed``
    mode."""
    if agent_type == AgentType.REQUIREMENTS:
        if request.job_id is None:
            reason = "The requirements agent runs only in a job's evaluation."
            set_outcome(session, request, agent_type, AgentOutcome.FAILED, reason=reason)
            _agent_finished(session, request)
            return None
        planned = evaluation.plan(
            session, request, prompt_id, carry=request.mode == ReviewMode.CHANGED
        )
        if not planned.to_judge:
            _finish_evaluation(session, request, prompt_id, model=None, carried=planned)
            return None
        return planned.to_judge
    if request.mode == ReviewMode.CHANGED:
        reusable = reusable_answer(session, request, agent_type, prompt_id)
        if reusable is not None:
            carry(session, request, reusable)
            set_outcome(
                session,
                request,
                agent_type,
                AgentOutcome.CARRIED,
                reason="The text, the prompt version and the job description are unchanged.",
                prompt_id=prompt_id,
                carried_from=reusable.request_id,
            )
            _agent_finished(session, request)
            return None
    return []


def store_agent_result(
    session: Session,
    call: AgentCall,
    review: AgentReview,
    calls: list[CallRecord],
    steered: str | None = None,
    *,
    lease_holder: str | None = None,
) -> Stored:
    """Persist one agent's result with grounded feedback, and its calls. When the request
    was closed meanwhile only the calls are recorded. ``steered``: the output check's
    reason (``output_check.steered_reason``, worked out before this transaction).
    ``lease_holder``: release the agent's lease this process holds, with what is stored.

    On PostgreSQL a quality agent's answer is one statement
    (:mod:`database.queries.agent_answers`); see :func:`stores_in_one_statement`."""
    if stores_in_one_statement(session.get_bind().dialect.name, review):
        return _store_answer_at_once(session, call, review, calls, steered, lease_holder)
    if review.requirement_verdicts is not None:
        stored = _store_verdicts(session, call, review, calls)
    else:
        stored = _store_answer(session, call, review, calls, steered)
    if lease_holder is not None:
        leases.release_with(session, call.request_id, call.agent_type, holder=lease_holder)
    return stored


def stores_in_one_statement(dialect_name: str, review: AgentReview) -> bool:
    """Does :func:`store_agent_result` write ``review`` in one statement (so the caller
    may run it without a transaction)? A quality agent's answer on PostgreSQL."""
    return dialect_name == "postgresql" and review.requirement_verdicts is None


def _store_verdicts(
    session: Session, call: AgentCall, review: AgentReview, calls: list[CallRecord]
) -> Stored:
    request = _request_for_calls(session, call.request_id, call.prompt_id, calls)
    if request is None:
        return Stored.REQUEST_CLOSED
    if _has_result(session, request, call.agent_type):
        return Stored.ALREADY_STORED
    assert review.requirement_verdicts is not None
    evaluation.record_verdicts(
        session, request, review.requirement_verdicts, call.text, call.prompt_id
    )
    model = calls[-1].model if calls else None
    _finish_evaluation(session, request, call.prompt_id, model=model, call=call, calls=calls)
    return Stored.STORED


def _answer_to_store(
    call: AgentCall, review: AgentReview, calls: list[CallRecord], steered: str | None
) -> tuple[list[Any], bool, AgentOutcome, str | None]:
    """A quality agent's grounded findings (the review-wide alerts added when it reports
    them), whether the request needs attention, and the agent's outcome with its reason."""
    drafts = list(review.feedback)
    attention = False
    if call.report_alerts:
        alerts = detect_prompt_injection(call.text) + hidden_text_findings(call.hidden_text)
        attention = bool(alerts)
        drafts.extend(alerts)
    # The sections prepare_agent read: a resume's sections are written once, before any agent.
    grounded = ground_feedback(drafts, call.text, list(call.sections))
    outcome, reason = answer_outcome(call, calls, steered)
    return grounded, attention or outcome is AgentOutcome.EXCLUDED, outcome, reason


def _store_answer(
    session: Session,
    call: AgentCall,
    review: AgentReview,
    calls: list[CallRecord],
    steered: str | None,
) -> Stored:
    """A quality agent's answer, row by row (the SQLite path)."""
    request = _request_for_calls(session, call.request_id, call.prompt_id, calls)
    if request is None:
        return Stored.REQUEST_CLOSED
    grounded, attention, outcome, reason = _answer_to_store(call, review, calls, steered)
    model = calls[-1].model if calls else None
    # One statement, no savepoint: when another run of this agent stored its result first
    # (unique request+agent), nothing is inserted and nothing comes back.
    result_id = session.scalar(
        dialect_insert(session.get_bind().dialect.name)(ReviewResult)
        .values(
            id=uuid.uuid4(),
            review_request_id=request.id,
            agent_type=call.agent_type,
            prompt_id=call.prompt_id,
            model=model,
            score=review.score,
            summary=review.summary,
            details=review.model_dump(mode="json"),
            created_at=utcnow(),
        )
        .on_conflict_do_nothing(index_elements=["review_request_id", "agent_type"])
        .returning(ReviewResult.id)
    )
    if result_id is None:
        return Stored.ALREADY_STORED
    _add_findings(session, result_id, call.agent_type, grounded, list(call.sections))
    request.needs_attention = request.needs_attention or attention
    set_outcome(session, request, call.agent_type, outcome, reason=reason, prompt_id=call.prompt_id)
    _agent_finished(session, request)
    return Stored.STORED


def _store_answer_at_once(
    session: Session,
    call: AgentCall,
    review: AgentReview,
    calls: list[CallRecord],
    steered: str | None,
    lease_holder: str | None,
) -> Stored:
    """A quality agent's answer in one statement (PostgreSQL): the same rows as
    :func:`_store_answer` and the lease's release."""
    grounded, attention, outcome, reason = _answer_to_store(call, review, calls, steered)
    written = agent_answers.store_answer(
        session,
        agent_answers.AnswerRows(
            request_id=call.request_id,
            agent_type=call.agent_type,
            prompt_id=call.prompt_id,
            model=calls[-1].model if calls else None,
            score=review.score,
            summary=review.summary,
            details=review.model_dump(mode="json"),
            findings=[
                {"id": uuid.uuid4()} | row
                for row in _finding_rows(call.agent_type, grounded, list(call.sections))
            ],
            outcome=outcome.value,
            reason=reason,
            needs_attention=attention,
            calls=[usage_columns(record) for record in calls],
            progress_from=PROGRESS_SPLIT,
            progress_span=PROGRESS_AGENTS_DONE - PROGRESS_SPLIT,
            now=utcnow(),
            call_started=CALL_STARTED,
            lease_holder=lease_holder,
        ),
    )
    if not written.request_open:
        log.info(
            "review request %s is no longer open: %d paid call(s) recorded, nothing else stored",
            call.request_id,
            len(calls),
        )
        return Stored.REQUEST_CLOSED
    return Stored.STORED if written.stored else Stored.ALREADY_STORED


def _finish_evaluation(
    session: Session,
    request: ReviewRequest,
    prompt_id: uuid.UUID | None,
    *,
    model: str | None,
    call: AgentCall | None = None,
    calls: list[CallRecord] | None = None,
    carried: evaluation.Plan | None = None,
) -> None:
    """Store the requirements agent's result from every verdict the request now holds: the
    fit score, a summary and one finding per verdict (evidence highlighted), plus the
    review-wide alerts when this agent reports them. ``carried``: nothing was asked, every
    verdict came from an earlier evaluation."""
    text = session.scalar(select(Resume.extracted_text).where(Resume.id == request.resume_id))
    assert text is not None
    sections = resume_sections(session, request.resume_id)
    outcome = evaluation.evaluation_outcome(session, request, sections)
    findings = list(outcome.findings)
    if _reports_alerts(AgentType.REQUIREMENTS, list(request.agent_types)):
        alerts = detect_prompt_injection(text)
        alerts += hidden_text_findings(hidden_text_of(session, request.resume_id))
        request.needs_attention = request.needs_attention or bool(alerts)
        findings = ground_feedback(alerts, text, sections) + findings
    result = ReviewResult(
        review_request_id=request.id,
        agent_type=AgentType.REQUIREMENTS.value,
        prompt_id=prompt_id,
        model=model,
        score=outcome.fit_score,
        summary=outcome.summary,
        details=outcome.details,
    )
    session.add(result)
    session.flush()
    _add_findings(session, result.id, result.agent_type, findings, sections)
    if carried is not None and carried.carried:
        reason = (
            "Every requirement is unchanged since the earlier evaluation: its verdicts "
            "were carried."
        )
        set_outcome(
            session,
            request,
            AgentType.REQUIREMENTS,
            AgentOutcome.CARRIED,
            reason=reason,
            prompt_id=prompt_id,
            carried_from=carried.carried_from,
        )
    elif call is not None and calls is not None:
        state, reason = answer_outcome(call, calls)
        if state is AgentOutcome.EXCLUDED:
            request.needs_attention = True
        set_outcome(
            session, request, AgentType.REQUIREMENTS, state, reason=reason, prompt_id=prompt_id
        )
    else:
        set_outcome(
            session, request, AgentType.REQUIREMENTS, AgentOutcome.COMPLETED, prompt_id=prompt_id
        )
    _agent_finished(session, request)


def _add_findings(
    session: Session,
    result_id: uuid.UUID,
    agent_type: str,
    grounded: list[Any],
    sections: list[ResumeSection],
) -> None:
    """One statement for all of a result's findings (an ORM bulk insert: no unit of work
    over objects nothing reads back in this transaction)."""
    rows = _finding_rows(agent_type, grounded, sections)
    if rows:
        session.execute(
            insert(ReviewFeedbackItem), [{"review_result_id": result_id} | row for row in rows]
        )


def _finding_rows(
    agent_type: str, grounded: list[Any], sections: list[ResumeSection]
) -> list[dict[str, Any]]:
    """The ``review_feedback_items`` columns of grounded findings, but their result's id."""
    rows = []
    for item in grounded:
        section = sections[item.section_index] if item.section_index is not None else None
        rows.append(
            {
                "resume_section_id": section.id if section else None,
                "category": item.category,
                "severity": item.severity,
                "message": item.message,
                "suggestion": item.suggestion,
                "quoted_text": item.quoted_text,
                "start_offset": item.start_offset,
                "end_offset": item.end_offset,
                "finding_key": finding_key(
                    agent_type,
                    item.category,
                    item.quoted_text,
                    section.section_type if section else None,
                ),
            }
        )
    return rows


def answer_outcome(
    call: AgentCall, calls: list[CallRecord], steered: str | None = None
) -> tuple[AgentOutcome, str | None]:
    """``excluded`` (and why) when a language model answered from material holding a
    detected prompt injection (masking removed what was detected, not what may have been
    missed beside it), or gave an answer that looks steered (``output_check``): that score
    stays out of the overall score. Else ``completed``."""
    if not answered_by_a_model(calls):
        return AgentOutcome.COMPLETED, None
    if call.steered:
        return AgentOutcome.EXCLUDED, known_answer.STEERED_REASON
    places = injection_places(
        text=call.text,
        headings=[section.title for section in call.sections],
        job_description=call.job_description,
    )
    if not places:
        if steered:
            return AgentOutcome.EXCLUDED, steered
        return AgentOutcome.COMPLETED, None
    reason = (
        f"Left out of the overall score: {'; '.join(places)} held a prompt injection, "
        "which may have steered the model's answer. Check the resume yourself."
    )
    return AgentOutcome.EXCLUDED, reason


def _agent_done_clause(request_id: Any, agent_type: Any) -> ColumnElement[bool]:
    """Has ``agent_type`` an outcome or a result for the request? (a column to select)"""
    outcome = exists().where(
        ReviewAgentOutcome.review_request_id == request_id,
        ReviewAgentOutcome.agent_type == agent_type,
    )
    result = exists().where(
        ReviewResult.review_request_id == request_id, ReviewResult.agent_type == agent_type
    )
    return or_(outcome, result)


def _has_result(session: Session, request: ReviewRequest, agent_type: str) -> bool:
    return (
        session.scalar(
            select(ReviewResult.id).where(
                ReviewResult.review_request_id == request.id,
                ReviewResult.agent_type == agent_type,
            )
        )
        is not None
    )


def _agent_finished(session: Session, request: ReviewRequest) -> None:
    """Count one more agent done (atomically: agents finish concurrently) and move the
    resume's progress with it."""
    done = session.scalar(
        update(ReviewRequest)
        .where(ReviewRequest.id == request.id)
        .values(agents_done=ReviewRequest.agents_done + 1, last_activity_at=utcnow())
        .returning(ReviewRequest.agents_done)
    )
    total = max(len(request.agent_types), 1)
    done = min(done or 0, total)
    progress = PROGRESS_SPLIT + (PROGRESS_AGENTS_DONE - PROGRESS_SPLIT) * done // total
    advance_progress(session, request.resume_id, progress)
    session.flush()


def record_agent_failure(
    session: Session,
    request_id: uuid.UUID,
    agent_type: str,
    error: AgentRunError,
    prompt_id: uuid.UUID | None = None,
) -> Stored:
    """The agent gave up: its calls are recorded and its outcome is ``failed`` with the
    reason; the other agents go on, and the request completes with what they answered.
    When the request was closed meanwhile (it may be why the agent stopped) only the calls
    are recorded. ``prompt_id``: the prompt asked (default: the active one)."""
    if prompt_id is None:
        prompt = active_prompts(session).get(agent_type)
        prompt_id = prompt.id if prompt else None
    request = _request_for_calls(session, request_id, prompt_id, error.calls)
    if request is None:
        return Stored.REQUEST_CLOSED
    if agent_type in outcomes_of(session, request.id):
        return Stored.ALREADY_STORED
    reason = f"The {agent_type} review could not be completed: {error.reason}"
    set_outcome(
        session, request, agent_type, AgentOutcome.FAILED, reason=reason, prompt_id=prompt_id
    )
    _agent_finished(session, request)
    return Stored.STORED


# --- stage 5: finalize ---------------------------------------------------------------


def overall_score(scores: list[int]) -> int | None:
    """The request's score: the rounded mean of the agents' scores."""
    return round(sum(scores) / len(scores)) if scores else None


def _settle_outcomes(
    session: Session, request: ReviewRequest, results: list[ReviewResult]
) -> dict[str, ReviewAgentOutcome]:
    """Every agent of the request gets an outcome: an answer without one (stored before
    v1.2) is ``completed``; an agent with neither did not finish, which counts as failed."""
    answered = {result.agent_type: result for result in results}
    recorded = outcomes_of(session, request.id)
    for agent_type in request.agent_types:
        if agent_type in recorded:
            continue
        if agent_type in answered:
            prompt_id = answered[agent_type].prompt_id
            set_outcome(session, request, agent_type, AgentOutcome.COMPLETED, prompt_id=prompt_id)
        else:
            reason = f"The {agent_type} review did not finish."
            set_outcome(session, request, agent_type, AgentOutcome.FAILED, reason=reason)
    return outcomes_of(session, request.id)


def finalize(session: Session, request_id: uuid.UUID) -> int | None:
    """Complete the request with what its agents answered (failures stay visible on their
    outcomes); fail it only when no agent answered. Returns the overall score."""
    request = _open_request(session, request_id, lock=True)
    _enter_stage(request, ReviewStage.FINALIZING)
    results = list(
        session.scalars(select(ReviewResult).where(ReviewResult.review_request_id == request.id))
    )
    outcomes = _settle_outcomes(session, request, results)
    if not results:
        failures = [o.reason or o.agent_type for o in outcomes.values()]
        reason = "No review agent could finish. " + " ".join(sorted(failures))
        fail_request(session, request, reason)
        raise StageFailed(reason)
    basis = score_basis(results, outcomes)
    request.score_agents = [result.agent_type for result in basis]
    request.overall_score = overall_score([r.score for r in basis if r.score is not None])
    if request.job_id is not None:
        request.fit_score = evaluation.fit_of(evaluation.request_verdicts(session, request.id))
    request.stage = ReviewStage.COMPLETED.value
    request.status = ReviewStatus.COMPLETED.value
    request.completed_at = utcnow()
    request.error_message = None
    _touch(request)
    resume = session.get(Resume, request.resume_id)
    assert resume is not None
    resume.status = ResumeStatus.COMPLETED.value
    resume.error_message = None
    resume.processed_at = utcnow()
    resume.progress = PROGRESS_DONE
    previous = previous_review(session, request)
    if previous is not None:
        # A finding dismissed or addressed before stays so in the next version.
        carry_triage(session, request.id, previous.id)
    log_activity(
        session,
        "review.complete",
        entity_type="review_request",
        entity_id=request.id,
        details={"overall_score": request.overall_score, "resume_id": str(resume.id)},
    )
    session.flush()
    return request.overall_score
