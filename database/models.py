"""SQLAlchemy 2.0 models for schema v1.1 (candidate-centric).

``../shared/spec/schema_v1.1.md`` is the binding reference; additions beyond it are marked
"(addition)" with the reason.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import Uuid

from core.enums import (
    AgentOutcome,
    ApplicationStage,
    AssignmentType,
    CandidateStatus,
    JobStatus,
    KnownAnswerResult,
    RequirementCategory,
    RequirementKind,
    ResumeStatus,
    ReviewMode,
    ReviewStage,
    ReviewStatus,
    ReviewTrigger,
    SectionType,
    Severity,
    TriageStatus,
    UsageStatus,
    UserRole,
    Verdict,
)
from database.types import UUIDPK, CreatedAt, UpdatedAt, UTCDateTime, check_in, fk

# Named constraints keep Alembic migrations stable across dialects.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {dict[str, Any]: JSON, list[str]: JSON, datetime: UTCDateTime}


user_roles_enum = Enum(
    *(role.value for role in UserRole),
    name="user_roles",
    create_constraint=True,
    validate_strings=True,
)


class User(Base):
    __tablename__ = "users"

    id: Mapped[UUIDPK]
    email: Mapped[str] = mapped_column(String(255), unique=True, nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    first_name: Mapped[str | None] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(
        user_roles_enum,
        nullable=False,
        default=UserRole.JUNIOR_RECRUITER.value,
        server_default=UserRole.JUNIOR_RECRUITER.value,
        index=True,
    )
    is_active: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=true()
    )
    last_login_at: Mapped[datetime | None]
    # (addition, v1.2) Tokens and sessions issued before this are refused: revocation that
    # holds even if Redis, where refresh tokens and sessions live, lost its revocations.
    sessions_not_before: Mapped[datetime | None]
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[UpdatedAt]

    created_candidates: Mapped[list[Candidate]] = relationship(back_populates="created_by")
    assignments: Mapped[list[UserCandidateAssignment]] = relationship(
        foreign_keys="UserCandidateAssignment.user_id", back_populates="user"
    )

    __table_args__ = (CheckConstraint("email = lower(email)", name="email_lowercase"),)


class Candidate(Base):
    __tablename__ = "candidates"

    id: Mapped[UUIDPK]
    first_name: Mapped[str] = mapped_column(String(100), nullable=False)
    last_name: Mapped[str] = mapped_column(String(100), nullable=False)
    email: Mapped[str | None] = mapped_column(String(255), unique=True)
    phone: Mapped[str | None] = mapped_column(String(50))
    current_company: Mapped[str | None] = mapped_column(String(255))
    current_position: Mapped[str | None] = mapped_column(String(255))
    years_experience: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(
        String(20),
        nullable=False,
        default=CandidateStatus.ACTIVE.value,
        server_default=CandidateStatus.ACTIVE.value,
    )
    created_by_user_id: Mapped[uuid.UUID | None] = fk("users.id", nullable=True)
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[UpdatedAt]
    # v1.2 (0006): the fields whose value was read from the resume (null: all typed).
    profile_from_resume: Mapped[list[str] | None] = mapped_column(JSON)
    # Created from a dropped file: named after the file until its resume has been read.
    awaiting_resume: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    # The email the latest resume shows (also when another candidate holds it as `email`),
    # and the phone's last ten digits: what "possibly the same person" compares.
    resume_email: Mapped[str | None] = mapped_column(String(255), index=True)
    phone_key: Mapped[str | None] = mapped_column(String(20), index=True)

    created_by: Mapped[User | None] = relationship(back_populates="created_candidates")
    resumes: Mapped[list[Resume]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True
    )
    assignments: Mapped[list[UserCandidateAssignment]] = relationship(
        back_populates="candidate", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        CheckConstraint(check_in("status", CandidateStatus), name="status"),
        CheckConstraint("years_experience IS NULL OR years_experience >= 0", name="years"),
        # Listing filters and sorts.
        Index("ix_candidates_status_name", "status", "last_name", "first_name"),
        Index("ix_candidates_name", "last_name", "first_name"),
        Index("ix_candidates_created_at", "created_at"),
    )


class UserCandidateAssignment(Base):
    __tablename__ = "user_candidate_assignments"

    id: Mapped[UUIDPK]
    user_id: Mapped[uuid.UUID] = fk("users.id")
    candidate_id: Mapped[uuid.UUID] = fk("candidates.id", ondelete="CASCADE")
    assignment_type: Mapped[str] = mapped_column(
        String(20),
        nullable=False,
        default=AssignmentType.PRIMARY.value,
        server_default=AssignmentType.PRIMARY.value,
    )
    assigned_at: Mapped[CreatedAt]
    unassigned_at: Mapped[datetime | None]
    assigned_by_user_id: Mapped[uuid.UUID | None] = fk("users.id", nullable=True)
    unassigned_reason: Mapped[str | None] = mapped_column(Text)
    is_active: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=True, server_default=true()
    )

    user: Mapped[User] = relationship(foreign_keys=[user_id], back_populates="assignments")
    candidate: Mapped[Candidate] = relationship(back_populates="assignments")
    assigned_by: Mapped[User | None] = relationship(foreign_keys=[assigned_by_user_id])

    __table_args__ = (
        CheckConstraint(check_in("assignment_type", AssignmentType), name="assignment_type"),
        # An active row has no unassigned_at; an inactive one records when it ended.
        CheckConstraint(
            "(is_active AND unassigned_at IS NULL)"
            " OR (NOT is_active AND unassigned_at IS NOT NULL)",
            name="active_consistent",
        ),
        # At most one active assignment per (user, candidate): partial unique index on both
        # PostgreSQL and SQLite (both support WHERE on indexes).
        Index(
            "uq_assignment_active_user_candidate",
            "user_id",
            "candidate_id",
            unique=True,
            postgresql_where=text("is_active"),
            sqlite_where=text("is_active"),
        ),
        # The junior listing: "candidates with an active assignment for this user".
        Index(
            "ix_assignment_user_active_candidate",
            "user_id",
            "candidate_id",
            postgresql_where=text("is_active"),
            sqlite_where=text("is_active"),
        ),
    )


class Resume(Base):
    __tablename__ = "resumes"

    id: Mapped[UUIDPK]
    candidate_id: Mapped[uuid.UUID] = fk("candidates.id", ondelete="CASCADE")
    uploaded_by_user_id: Mapped[uuid.UUID] = fk("users.id")
    original_filename: Mapped[str] = mapped_column(String(255), nullable=False)
    stored_filename: Mapped[str] = mapped_column(String(255), nullable=False)
    file_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    file_size: Mapped[int] = mapped_column(Integer, nullable=False)
    mime_type: Mapped[str] = mapped_column(String(100), nullable=False)
    version_number: Mapped[int] = mapped_column(
        Integer, nullable=False, default=1, server_default="1"
    )
    status: Mapped[str] = mapped_column(
        String(20),
        nullable=False,
        default=ResumeStatus.PENDING.value,
        server_default=ResumeStatus.PENDING.value,
    )
    progress: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    extracted_text: Mapped[str | None] = mapped_column(Text)
    word_count: Mapped[int | None] = mapped_column(Integer)
    uploaded_at: Mapped[CreatedAt]
    processed_at: Mapped[datetime | None]
    error_message: Mapped[str | None] = mapped_column(Text)
    # (addition) layout facts and per-line font facts from extraction (not the text), read
    # by the split stage and the agents so a later stage never re-parses the file. Deferred:
    # most reads of a resume do not need it.
    extraction_meta: Mapped[dict[str, Any] | None] = mapped_column(JSON, deferred=True)
    # (v1.2) Which extractor produced extracted_text. The text never changes once findings
    # point into it: a better extractor applies to new resumes and new versions only.
    extractor_version: Mapped[str | None] = mapped_column(String(40))
    # (v1.2, 0006) The contact details read from the text: name, email, phone, current
    # company and position, years of experience (pipelines.contacts.Contacts).
    extracted_contacts: Mapped[dict[str, Any] | None] = mapped_column(JSON, deferred=True)

    candidate: Mapped[Candidate] = relationship(back_populates="resumes")
    uploaded_by: Mapped[User] = relationship(foreign_keys=[uploaded_by_user_id])
    sections: Mapped[list[ResumeSection]] = relationship(
        back_populates="resume",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ResumeSection.sequence_order",
    )
    review_requests: Mapped[list[ReviewRequest]] = relationship(
        back_populates="resume", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        UniqueConstraint("candidate_id", "version_number", name="uq_resumes_candidate_version"),
        CheckConstraint(check_in("status", ResumeStatus), name="status"),
        CheckConstraint("progress >= 0 AND progress <= 100", name="progress_range"),
        CheckConstraint("version_number >= 1", name="version_positive"),
        CheckConstraint("file_size >= 0", name="file_size_nonnegative"),
    )


class ResumeLayout(Base):
    """(v1.2) Where each character of ``resumes.extracted_text`` stands on the page, what a
    reader could not see, and the rendered page images. Kept apart from the resume so that
    listing or reviewing resumes never loads it."""

    __tablename__ = "resume_layouts"

    resume_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("resumes.id", ondelete="CASCADE"), primary_key=True
    )
    extractor_version: Mapped[str] = mapped_column(String(40), nullable=False)
    page_count: Mapped[int] = mapped_column(Integer, nullable=False)
    # zlib-compressed JSON (pipelines.extraction.textmap): offsets -> page and boxes (PDF)
    # or paragraph (DOCX).
    text_map: Mapped[bytes] = mapped_column(LargeBinary, nullable=False)
    # What was left out of extracted_text as invisible: [{page, reason, chars, text}].
    hidden_text: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    # Storage keys of the page images, in page order (PDF only; None: not rendered).
    page_images: Mapped[list[str | None] | None] = mapped_column(JSON)
    # (v1.2, 0005) The pages (from 1) without a text layer that OCR read; None: none.
    ocr_pages: Mapped[list[int] | None] = mapped_column(JSON)
    created_at: Mapped[CreatedAt]

    __table_args__ = (CheckConstraint("page_count >= 0", name="page_count_nonnegative"),)


class ResumeSection(Base):
    __tablename__ = "resume_sections"

    id: Mapped[UUIDPK]
    resume_id: Mapped[uuid.UUID] = fk("resumes.id", ondelete="CASCADE")
    section_type: Mapped[str] = mapped_column(String(30), nullable=False)
    title: Mapped[str | None] = mapped_column(Text)
    content: Mapped[str] = mapped_column(Text, nullable=False)
    sequence_order: Mapped[int] = mapped_column(Integer, nullable=False)
    start_offset: Mapped[int] = mapped_column(Integer, nullable=False)
    end_offset: Mapped[int] = mapped_column(Integer, nullable=False)
    word_count: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    created_at: Mapped[CreatedAt]

    resume: Mapped[Resume] = relationship(back_populates="sections")

    __table_args__ = (
        UniqueConstraint("resume_id", "sequence_order", name="uq_resume_sections_resume_order"),
        CheckConstraint(check_in("section_type", SectionType), name="section_type"),
        CheckConstraint("start_offset >= 0 AND start_offset <= end_offset", name="offsets"),
    )


class Prompt(Base):
    __tablename__ = "prompts"

    id: Mapped[UUIDPK]
    name: Mapped[str] = mapped_column(String(100), nullable=False)
    agent_type: Mapped[str] = mapped_column(String(30), nullable=False, index=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    system_prompt: Mapped[str] = mapped_column(Text, nullable=False)
    user_prompt_template: Mapped[str] = mapped_column(Text, nullable=False)
    model: Mapped[str | None] = mapped_column(String(100))
    temperature: Mapped[Decimal] = mapped_column(
        Numeric(3, 2), nullable=False, default=Decimal("0.2"), server_default="0.2"
    )
    max_tokens: Mapped[int] = mapped_column(
        Integer, nullable=False, default=2000, server_default="2000"
    )
    is_active: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    created_by_user_id: Mapped[uuid.UUID | None] = fk("users.id", nullable=True)
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[UpdatedAt]

    created_by: Mapped[User | None] = relationship()

    __table_args__ = (
        UniqueConstraint("agent_type", "version", name="uq_prompts_agent_type_version"),
        Index(
            "uq_prompts_one_active_per_agent_type",
            "agent_type",
            unique=True,
            postgresql_where=text("is_active"),
            sqlite_where=text("is_active"),
        ),
        CheckConstraint("version >= 1", name="version_positive"),
        CheckConstraint("temperature >= 0 AND temperature <= 2", name="temperature_range"),
        CheckConstraint("max_tokens > 0", name="max_tokens_positive"),
    )


class ReviewRequest(Base):
    __tablename__ = "review_requests"

    id: Mapped[UUIDPK]
    resume_id: Mapped[uuid.UUID] = fk("resumes.id", ondelete="CASCADE")
    requested_by_user_id: Mapped[uuid.UUID | None] = fk("users.id", nullable=True)
    agent_types: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)
    job_description: Mapped[str | None] = mapped_column(Text)
    trigger: Mapped[str] = mapped_column(
        String(20),
        nullable=False,
        default=ReviewTrigger.MANUAL.value,
        server_default=ReviewTrigger.MANUAL.value,
    )
    status: Mapped[str] = mapped_column(
        String(20),
        nullable=False,
        default=ReviewStatus.PENDING.value,
        server_default=ReviewStatus.PENDING.value,
    )
    overall_score: Mapped[int | None] = mapped_column(Integer)
    error_message: Mapped[str | None] = mapped_column(Text)
    celery_task_id: Mapped[str | None] = mapped_column(String(255))
    requested_at: Mapped[CreatedAt]
    started_at: Mapped[datetime | None]
    completed_at: Mapped[datetime | None]
    # (addition) how many times the chain was started for this request; capped so a file
    # that kills its worker cannot loop forever (task_reject_on_worker_lost re-queues).
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    # (addition) last time a stage touched the request; the recovery sweep reads it.
    last_activity_at: Mapped[datetime | None]
    # (v1.2) where the request stands in its chain, written by the tasks.
    stage: Mapped[str | None] = mapped_column(String(20))
    agents_done: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    # (v1.2) full, or changed: carry what an earlier review already answered.
    mode: Mapped[str] = mapped_column(
        String(20),
        nullable=False,
        default=ReviewMode.FULL.value,
        server_default=ReviewMode.FULL.value,
    )
    # (v1.2) the agent types the overall score is the mean of.
    score_agents: Mapped[list[str] | None] = mapped_column(JSON)
    # (v1.2) something in the review needs a person's eyes (an injection attempt, …).
    needs_attention: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    # (v1.2, 0007) An evaluation: the job whose requirements the ``requirements`` agent
    # judges, and the fit score its verdicts give (never averaged into overall_score).
    job_id: Mapped[uuid.UUID | None] = fk("jobs.id", ondelete="CASCADE", nullable=True)
    fit_score: Mapped[int | None] = mapped_column(Integer)
    # (v1.2, 0008) The known-answer check's result (KnownAnswerResult), null when not run.
    known_answer: Mapped[str | None] = mapped_column(String(20))
    # (v1.2, 0014) What every agent would work out again, stored once by the split step
    # (pipelines.review.agent_inputs); deferred: only the agents read it.
    agent_inputs: Mapped[dict[str, Any] | None] = mapped_column(JSON, deferred=True)

    resume: Mapped[Resume] = relationship(back_populates="review_requests")
    requested_by: Mapped[User | None] = relationship()
    results: Mapped[list[ReviewResult]] = relationship(
        back_populates="review_request", cascade="all, delete-orphan", passive_deletes=True
    )

    @property
    def agents_total(self) -> int:
        return len(self.agent_types)

    outcomes: Mapped[list[ReviewAgentOutcome]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        foreign_keys="ReviewAgentOutcome.review_request_id",
        order_by="ReviewAgentOutcome.agent_type",
    )

    __table_args__ = (
        CheckConstraint(check_in("status", ReviewStatus), name="status"),
        CheckConstraint(f"stage IS NULL OR {check_in('stage', ReviewStage)}", name="stage"),
        CheckConstraint(check_in("mode", ReviewMode), name="mode"),
        CheckConstraint(check_in("trigger", ReviewTrigger), name="trigger"),
        CheckConstraint(
            "overall_score IS NULL OR (overall_score >= 0 AND overall_score <= 100)",
            name="overall_score_range",
        ),
        CheckConstraint(
            "fit_score IS NULL OR (fit_score >= 0 AND fit_score <= 100)", name="fit_score_range"
        ),
        CheckConstraint(
            f"known_answer IS NULL OR {check_in('known_answer', KnownAnswerResult)}",
            name="known_answer",
        ),
        Index("ix_review_requests_status_activity", "status", "last_activity_at"),
        Index("ix_review_requests_resume_requested", "resume_id", "requested_at"),
        # (v1.2) a user's quota counts their requests of the last minute and day.
        Index("ix_review_requests_requester_requested", "requested_by_user_id", "requested_at"),
    )


class Job(Base):
    """(v1.2, 0007) A job opening its candidates are measured against."""

    __tablename__ = "jobs"

    id: Mapped[UUIDPK]
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    description: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    status: Mapped[str] = mapped_column(
        String(20),
        nullable=False,
        default=JobStatus.OPEN.value,
        server_default=JobStatus.OPEN.value,
    )
    owner_user_id: Mapped[uuid.UUID] = fk("users.id")
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[UpdatedAt]

    owner: Mapped[User] = relationship()
    requirements: Mapped[list[JobRequirement]] = relationship(
        back_populates="job",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="JobRequirement.position",
    )

    __table_args__ = (
        CheckConstraint(check_in("status", JobStatus), name="status"),
        Index("ix_jobs_status_created", "status", "created_at"),
    )


class JobRequirement(Base):
    """(v1.2, 0007) One requirement of a job. ``revision`` goes up when its text or
    category changes (what a verdict depends on), so an evaluation after an edit asks again
    about that requirement only."""

    __tablename__ = "job_requirements"

    id: Mapped[UUIDPK]
    job_id: Mapped[uuid.UUID] = fk("jobs.id", ondelete="CASCADE")
    text: Mapped[str] = mapped_column(Text, nullable=False)
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    weight: Mapped[int] = mapped_column(Integer, nullable=False, default=2, server_default="2")
    category: Mapped[str] = mapped_column(String(30), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[UpdatedAt]

    job: Mapped[Job] = relationship(back_populates="requirements")

    __table_args__ = (
        CheckConstraint(check_in("kind", RequirementKind), name="kind"),
        CheckConstraint(check_in("category", RequirementCategory), name="category"),
        CheckConstraint("weight >= 1 AND weight <= 3", name="weight_range"),
        CheckConstraint("revision >= 1", name="revision_positive"),
    )


class JobApplication(Base):
    """(v1.2, 0007) A candidate attached to a job, with where they stand (``stage``) and
    their latest evaluation against it."""

    __tablename__ = "job_applications"

    id: Mapped[UUIDPK]
    job_id: Mapped[uuid.UUID] = fk("jobs.id", ondelete="CASCADE")
    candidate_id: Mapped[uuid.UUID] = fk("candidates.id", ondelete="CASCADE")
    stage: Mapped[str] = mapped_column(
        String(20),
        nullable=False,
        default=ApplicationStage.NEW.value,
        server_default=ApplicationStage.NEW.value,
    )
    created_by_user_id: Mapped[uuid.UUID | None] = fk("users.id", nullable=True)
    evaluation_request_id: Mapped[uuid.UUID | None] = fk(
        "review_requests.id", ondelete="SET NULL", nullable=True
    )
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[UpdatedAt]

    candidate: Mapped[Candidate] = relationship()
    evaluation: Mapped[ReviewRequest | None] = relationship(foreign_keys=[evaluation_request_id])

    __table_args__ = (
        UniqueConstraint("job_id", "candidate_id", name="uq_job_applications_job_candidate"),
        CheckConstraint(check_in("stage", ApplicationStage), name="stage"),
    )


class RequirementVerdict(Base):
    """(v1.2, 0007) An evaluation's verdict on one requirement: the verdict, a one-line
    reason, the evidence quoted from the resume (grounded: exact offsets into its text),
    and, with several samples, whether they agreed (``votes``)."""

    __tablename__ = "requirement_verdicts"

    id: Mapped[UUIDPK]
    review_request_id: Mapped[uuid.UUID] = fk("review_requests.id", ondelete="CASCADE")
    requirement_id: Mapped[uuid.UUID] = fk("job_requirements.id", ondelete="CASCADE")
    requirement_revision: Mapped[int] = mapped_column(Integer, nullable=False)
    verdict: Mapped[str] = mapped_column(String(10), nullable=False)
    uncertain: Mapped[bool] = mapped_column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    # {"met": 2, "missing": 1} with several samples; null with one.
    votes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    # [{"quoted_text", "start_offset", "end_offset"}], verbatim spans of the resume's text.
    evidence: Mapped[list[dict[str, Any]]] = mapped_column(JSON, nullable=False, default=list)
    prompt_id: Mapped[uuid.UUID | None] = fk("prompts.id", nullable=True)
    carried_from_request_id: Mapped[uuid.UUID | None] = fk(
        "review_requests.id", ondelete="SET NULL", nullable=True
    )
    created_at: Mapped[CreatedAt]

    requirement: Mapped[JobRequirement] = relationship()

    __table_args__ = (
        UniqueConstraint(
            "review_request_id", "requirement_id", name="uq_requirement_verdicts_request_req"
        ),
        CheckConstraint(check_in("verdict", Verdict), name="verdict"),
    )


class ReviewAgentOutcome(Base):
    """(v1.2) How each agent of a request ended: completed, failed (why), carried (from
    which earlier request, why) or excluded from the score (why)."""

    __tablename__ = "review_agent_outcomes"

    id: Mapped[UUIDPK]
    review_request_id: Mapped[uuid.UUID] = fk("review_requests.id", ondelete="CASCADE")
    agent_type: Mapped[str] = mapped_column(String(30), nullable=False)
    outcome: Mapped[str] = mapped_column(String(20), nullable=False)
    reason: Mapped[str | None] = mapped_column(Text)
    prompt_id: Mapped[uuid.UUID | None] = fk("prompts.id", nullable=True)
    carried_from_request_id: Mapped[uuid.UUID | None] = fk(
        "review_requests.id", ondelete="SET NULL", nullable=True
    )
    created_at: Mapped[CreatedAt]
    updated_at: Mapped[UpdatedAt]

    __table_args__ = (
        UniqueConstraint(
            "review_request_id", "agent_type", name="uq_review_agent_outcomes_request_agent"
        ),
        CheckConstraint(check_in("outcome", AgentOutcome), name="outcome"),
    )


class ReviewResult(Base):
    __tablename__ = "review_results"

    id: Mapped[UUIDPK]
    review_request_id: Mapped[uuid.UUID] = fk("review_requests.id", ondelete="CASCADE")
    agent_type: Mapped[str] = mapped_column(String(30), nullable=False)
    prompt_id: Mapped[uuid.UUID | None] = fk("prompts.id", nullable=True)
    model: Mapped[str | None] = mapped_column(String(100))
    score: Mapped[int | None] = mapped_column(Integer)
    summary: Mapped[str | None] = mapped_column(Text)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[CreatedAt]

    review_request: Mapped[ReviewRequest] = relationship(back_populates="results")
    prompt: Mapped[Prompt | None] = relationship()
    feedback_items: Mapped[list[ReviewFeedbackItem]] = relationship(
        back_populates="review_result", cascade="all, delete-orphan", passive_deletes=True
    )

    __table_args__ = (
        UniqueConstraint("review_request_id", "agent_type", name="uq_review_results_request_agent"),
        CheckConstraint("score IS NULL OR (score >= 0 AND score <= 100)", name="score_range"),
    )


class ReviewFeedbackItem(Base):
    __tablename__ = "review_feedback_items"

    id: Mapped[UUIDPK]
    review_result_id: Mapped[uuid.UUID] = fk("review_results.id", ondelete="CASCADE")
    resume_section_id: Mapped[uuid.UUID | None] = fk(
        "resume_sections.id", ondelete="SET NULL", nullable=True
    )
    category: Mapped[str] = mapped_column(String(50), nullable=False)
    severity: Mapped[str] = mapped_column(String(20), nullable=False)
    message: Mapped[str] = mapped_column(Text, nullable=False)
    suggestion: Mapped[str | None] = mapped_column(Text)
    quoted_text: Mapped[str | None] = mapped_column(Text)
    start_offset: Mapped[int | None] = mapped_column(Integer)
    end_offset: Mapped[int | None] = mapped_column(Integer)
    created_at: Mapped[CreatedAt]
    # (v1.2) the same finding in two reviews of a resume has the same key (agent, category
    # and the normalised quote or section): "new / still present / resolved".
    finding_key: Mapped[str | None] = mapped_column(String(64), index=True)

    review_result: Mapped[ReviewResult] = relationship(back_populates="feedback_items")
    section: Mapped[ResumeSection | None] = relationship()

    __table_args__ = (
        CheckConstraint(check_in("severity", Severity), name="severity"),
        CheckConstraint(
            "(start_offset IS NULL AND end_offset IS NULL) OR "
            "(start_offset IS NOT NULL AND end_offset IS NOT NULL "
            "AND start_offset >= 0 AND start_offset < end_offset AND quoted_text IS NOT NULL)",
            name="offsets",
        ),
    )


class PromptUsageHistory(Base):
    __tablename__ = "prompt_usage_history"

    id: Mapped[UUIDPK]
    prompt_id: Mapped[uuid.UUID | None] = fk("prompts.id", nullable=True)
    review_request_id: Mapped[uuid.UUID | None] = fk(
        "review_requests.id", ondelete="SET NULL", nullable=True
    )
    agent_type: Mapped[str] = mapped_column(String(30), nullable=False)
    model: Mapped[str | None] = mapped_column(String(100))
    prompt_tokens: Mapped[int | None] = mapped_column(Integer)
    completion_tokens: Mapped[int | None] = mapped_column(Integer)
    total_tokens: Mapped[int | None] = mapped_column(Integer)
    latency_ms: Mapped[int | None] = mapped_column(Integer)
    cost_usd: Mapped[Decimal | None] = mapped_column(Numeric(12, 6))
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    error_message: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[CreatedAt]
    # (v1.2) prompt tokens the server served from its cache (priced at the cached rate).
    cached_tokens: Mapped[int | None] = mapped_column(Integer)
    # (v1.2) one id per paid call, so a spooled call drained twice is recorded once.
    call_id: Mapped[str | None] = mapped_column(String(64), unique=True)

    __table_args__ = (
        CheckConstraint(check_in("status", UsageStatus), name="status"),
        # (v1.2) the day's LLM budget sums today's costs.
        Index("ix_prompt_usage_history_created_at", "created_at"),
    )


class AgentLease(Base):
    """(v1.2) Which worker process may pay for an agent of a request right now: taken in
    PostgreSQL before the model is called, so that two hosts (whose spools and file locks
    are their own) never pay for the same agent; released once its outcome is stored. A
    lease whose holder stopped beating, or that outlived the agent's time limit, is free."""

    __tablename__ = "agent_leases"

    review_request_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("review_requests.id", ondelete="CASCADE"), primary_key=True
    )
    agent_type: Mapped[str] = mapped_column(String(30), primary_key=True)
    holder: Mapped[str] = mapped_column(String(255), nullable=False)
    expires_at: Mapped[datetime] = mapped_column(nullable=False)


class WorkerHeartbeat(Base):
    """(v1.2) One row per worker process, written every ``WORKER_HEARTBEAT_S``: when it was
    last alive and which review requests its tasks are running. The recovery sweep
    republishes at once what a process that stopped beating was running, and tells a lost
    queue from a backlog."""

    __tablename__ = "worker_heartbeats"

    # "<celery node name>/<pid>": a prefork worker's pool processes beat each on their own.
    process: Mapped[str] = mapped_column(String(255), primary_key=True)
    started_at: Mapped[datetime] = mapped_column(nullable=False)
    seen_at: Mapped[datetime] = mapped_column(nullable=False, index=True)
    # The ids (strings) of the review requests this process's tasks are running.
    in_flight: Mapped[list[str]] = mapped_column(JSON, nullable=False, default=list)


class FeedbackTriage(Base):
    """(v1.2) A recruiter's decision about one finding: dismissed or addressed, by whom,
    when (audited in activity_logs too)."""

    __tablename__ = "feedback_triage"

    feedback_item_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("review_feedback_items.id", ondelete="CASCADE"), primary_key=True
    )
    status: Mapped[str] = mapped_column(String(20), nullable=False)
    note: Mapped[str | None] = mapped_column(Text)
    user_id: Mapped[uuid.UUID | None] = fk("users.id", ondelete="SET NULL", nullable=True)
    updated_at: Mapped[UpdatedAt]

    __table_args__ = (CheckConstraint(check_in("status", TriageStatus), name="status"),)


class ActivityLog(Base):
    """Append-only audit trail."""

    __tablename__ = "activity_logs"

    id: Mapped[UUIDPK]
    user_id: Mapped[uuid.UUID | None] = fk("users.id", nullable=True)
    action: Mapped[str] = mapped_column(String(50), nullable=False, index=True)
    entity_type: Mapped[str | None] = mapped_column(String(50))
    entity_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    details: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    ip_address: Mapped[str | None] = mapped_column(String(45))
    created_at: Mapped[CreatedAt]

    __table_args__ = (
        Index("ix_activity_logs_entity", "entity_type", "entity_id"),
        Index("ix_activity_logs_created_at", "created_at"),
    )
