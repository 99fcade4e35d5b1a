"""Request and response bodies (Pydantic 2); flask-openapi3 builds the OpenAPI document
from them and validates every request against them."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Literal

from flask import has_request_context, request
from flask_openapi3 import FileStorage
from pydantic import (
    BaseModel,
    ConfigDict,
    EmailStr,
    Field,
    computed_field,
    field_validator,
    model_validator,
)

from core.enums import (
    AGENT_TYPES,
    REVIEW_AGENT_TYPES,
    ApplicationStage,
    AssignmentType,
    CandidateStatus,
    RequirementCategory,
    ReviewMode,
    UserRole,
)

MAX_PAGE_SIZE = 100

# The agent types as a Literal (not the enum class): the OpenAPI document lists the values
# inline, and request bodies carry plain strings. Derived from core.enums.AgentType.
AgentType = Literal[AGENT_TYPES]  # type: ignore[valid-type]
# What an ordinary review may ask for: ``requirements`` runs in a job's evaluations only.
ReviewAgentType = Literal[REVIEW_AGENT_TYPES]  # type: ignore[valid-type]
ReviewModeLabel = Literal[tuple(mode.value for mode in ReviewMode)]  # type: ignore[valid-type]


def _reject_nul(value: Any) -> Any:
    """PostgreSQL text cannot hold NUL: refuse it at the edge (422), not in the driver (500)."""
    if isinstance(value, str) and "\x00" in value:
        raise ValueError("text must not contain NUL characters")
    if isinstance(value, list | tuple):
        for item in value:
            _reject_nul(item)
    return value


class Clean(BaseModel):
    """Every request model: no NUL characters in any text field."""

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: Any) -> Any:
        return _reject_nul(value)


class Strict(Clean):
    """Request bodies: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class FromRow(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# --- paths and pagination --------------------------------------------------------------


class CandidatePath(BaseModel):
    candidate_id: uuid.UUID


class AssignmentPath(BaseModel):
    candidate_id: uuid.UUID
    assignment_id: uuid.UUID


class ResumePath(BaseModel):
    resume_id: uuid.UUID


class ReviewRequestPath(BaseModel):
    request_id: uuid.UUID


class UserPath(BaseModel):
    user_id: uuid.UUID


class PromptPath(BaseModel):
    prompt_id: uuid.UUID


class PageQuery(Clean):
    page: int = Field(1, ge=1, le=100_000)
    size: int = Field(20, ge=1, le=MAX_PAGE_SIZE, description=f"at most {MAX_PAGE_SIZE}")


class Page(BaseModel):
    total: int
    total_is_estimate: bool = Field(
        False,
        description="true when `total` is the database planner's estimate, not a count: "
        "a search that matches very many candidates is not counted (the items are exact)",
    )
    page: int
    size: int


# --- auth ------------------------------------------------------------------------------


class LoginBody(Strict):
    email: str = Field(min_length=3, max_length=255)
    password: str = Field(min_length=1, max_length=1024)


class RefreshBody(Strict):
    refresh_token: str = Field(min_length=1, max_length=512)


class UserOut(FromRow):
    id: uuid.UUID
    email: str
    first_name: str | None
    last_name: str | None
    role: UserRole
    is_active: bool
    last_login_at: datetime | None
    created_at: datetime
    updated_at: datetime


class TokenPair(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 (a scheme name, not a secret)
    expires_in: int
    user: UserOut


# --- users -----------------------------------------------------------------------------


class UserCreate(Strict):
    email: EmailStr
    password: str = Field(min_length=12, max_length=1024, description="12+ characters")
    role: UserRole = UserRole.JUNIOR_RECRUITER
    first_name: str | None = Field(None, max_length=100)
    last_name: str | None = Field(None, max_length=100)


class UserUpdate(Strict):
    role: UserRole | None = None
    is_active: bool | None = None
    first_name: str | None = Field(None, max_length=100)
    last_name: str | None = Field(None, max_length=100)
    password: str | None = Field(None, min_length=12, max_length=1024)


class UserQuery(PageQuery):
    role: UserRole | None = None
    is_active: bool | None = None
    q: str | None = Field(None, max_length=255, description="substring of the email")


class UserList(Page):
    items: list[UserOut]


# --- candidates and assignments --------------------------------------------------------


class CandidateFields(Strict):
    first_name: str = Field(min_length=1, max_length=100)
    last_name: str = Field(min_length=1, max_length=100)
    email: EmailStr | None = None
    phone: str | None = Field(None, max_length=50)
    current_company: str | None = Field(None, max_length=255)
    current_position: str | None = Field(None, max_length=255)
    years_experience: int | None = Field(None, ge=0, le=80)

    @field_validator("email")
    @classmethod
    def _lower(cls, value: str | None) -> str | None:
        return value.lower() if value else value


class CandidateCreate(CandidateFields):
    pass


class CandidateUpdate(Strict):
    first_name: str | None = Field(None, min_length=1, max_length=100)
    last_name: str | None = Field(None, min_length=1, max_length=100)
    email: EmailStr | None = None
    phone: str | None = Field(None, max_length=50)
    current_company: str | None = Field(None, max_length=255)
    current_position: str | None = Field(None, max_length=255)
    years_experience: int | None = Field(None, ge=0, le=80)
    status: CandidateStatus | None = None

    @field_validator("email")
    @classmethod
    def _lower(cls, value: str | None) -> str | None:
        return value.lower() if value else value

    @model_validator(mode="after")
    def _required_stay_set(self) -> CandidateUpdate:
        for name in ("first_name", "last_name", "status"):
            if name in self.model_fields_set and getattr(self, name) is None:
                raise ValueError(f"{name} cannot be null")
        return self


class CandidateOut(FromRow):
    id: uuid.UUID
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    current_company: str | None
    current_position: str | None
    years_experience: int | None
    status: CandidateStatus
    created_by_user_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime
    profile_from_resume: list[str] = Field(
        default_factory=list, description="fields whose value was read from the resume"
    )
    awaiting_resume: bool = Field(
        False, description="named after its file until the worker has read the resume"
    )

    @field_validator("profile_from_resume", mode="before")
    @classmethod
    def _none_is_typed(cls, value: object) -> object:
        return value or []


class CandidateQuery(PageQuery):
    q: str | None = Field(
        None,
        min_length=1,
        max_length=255,
        description="search: every word must start a word of the candidate's name, email, "
        "current company or position (`ann` finds Anna), or be a word of those or of the "
        "text of their latest resume, in any inflection (English, German, French, Spanish "
        "stemming on PostgreSQL: `développeurs` finds `développeur`). At most 12 words. "
        "Results keep the listing's order (last name, first name, id); a junior finds only "
        "candidates assigned to them. With very many matches `total` is an estimate "
        "(`total_is_estimate`)",
    )
    status: CandidateStatus | None = None


class CandidateList(Page):
    items: list[CandidateOut]


class AssignmentCreate(Strict):
    user_id: uuid.UUID
    assignment_type: AssignmentType = AssignmentType.PRIMARY
    reason: str | None = Field(None, max_length=2000)


class UnassignQuery(Clean):
    reason: str | None = Field(None, max_length=2000, description="or in a JSON body")


class AssignmentOut(FromRow):
    id: uuid.UUID
    candidate_id: uuid.UUID
    user_id: uuid.UUID
    assignment_type: AssignmentType
    is_active: bool
    assigned_at: datetime
    assigned_by_user_id: uuid.UUID | None
    unassigned_at: datetime | None
    unassigned_reason: str | None


class AssignmentList(BaseModel):
    items: list[AssignmentOut]


# --- resumes ---------------------------------------------------------------------------


class UploadForm(Clean):
    file: FileStorage
    job_description: str | None = Field(None, max_length=20_000)

    model_config = ConfigDict(arbitrary_types_allowed=True)

    @field_validator("job_description", mode="before")
    @classmethod
    def _raw_text(cls, value: Any) -> Any:
        # flask-openapi3 json-decodes form fields ("42" → 42); a description is text.
        if has_request_context() and "job_description" in request.form:
            return request.form["job_description"]
        return value


class SectionOut(FromRow):
    id: uuid.UUID
    section_type: str
    title: str | None
    sequence_order: int
    start_offset: int
    end_offset: int
    word_count: int


class ResumeOut(FromRow):
    id: uuid.UUID
    candidate_id: uuid.UUID
    uploaded_by_user_id: uuid.UUID
    original_filename: str
    file_size: int
    mime_type: str
    version_number: int
    status: str
    progress: int
    word_count: int | None
    error_message: str | None
    uploaded_at: datetime
    processed_at: datetime | None


class ResumeDetail(ResumeOut):
    sections: list[SectionOut]
    extractor_version: str | None = Field(
        None,
        description="the reader that made the text; ends in '+tesseract-N' when OCR read pages",
    )
    extraction_meta: dict[str, Any] | None = Field(None, exclude=True)
    extracted_contacts: dict[str, Any] | None = Field(
        None,
        description="contact details read from the text (name, email, phone, current "
        "company and position, years of experience); null until extracted",
    )

    @computed_field(description="PDF pages read by OCR (from 1): scans without a text layer")
    def ocr_pages(self) -> list[int]:
        return list((self.extraction_meta or {}).get("ocr_pages") or [])


class ResumeList(BaseModel):
    items: list[ResumeOut]


# --- review requests -------------------------------------------------------------------


class ReviewRequestCreate(Strict):
    agent_types: list[ReviewAgentType] | None = Field(
        None, min_length=1, max_length=len(REVIEW_AGENT_TYPES)
    )
    job_description: str | None = Field(
        None,
        max_length=20_000,
        description="superseded by jobs (POST /jobs, then attach candidates): still accepted, "
        "it adds the job_match agent, whose score is not part of overall_score",
    )
    mode: ReviewModeLabel = Field(
        "full",
        description="full: ask every agent; changed: carry what the latest review of the same "
        "text already answered with the same prompt version, and ask only the agents that "
        "failed or whose prompt changed",
    )

    @model_validator(mode="before")
    @classmethod
    def _empty_body_means_defaults(cls, data: Any) -> Any:
        if data is None:
            # No body at all means "defaults"; a body that is not JSON is an error.
            if has_request_context() and request.get_data(cache=True):
                raise ValueError("the body must be a JSON object")
            return {}
        return data


class ReviewRequestOut(FromRow):
    id: uuid.UUID
    resume_id: uuid.UUID
    requested_by_user_id: uuid.UUID | None
    agent_types: list[str]
    trigger: str
    status: str
    stage: str | None = Field(
        description="pending, queued, extracting, splitting, reviewing (agents_done of "
        "agents_total), finalizing, then the status"
    )
    agents_done: int
    agents_total: int
    mode: str
    overall_score: int | None = Field(
        description="the resume's quality: the mean of the quality agents' scores (never "
        "job_match or requirements)"
    )
    score_agents: list[str] | None = Field(
        description="the agents whose scores the overall score is the mean of"
    )
    job_id: uuid.UUID | None = Field(
        None, description="set on a job's evaluation: the job whose requirements were judged"
    )
    fit_score: int | None = Field(
        None, description="an evaluation's fit with the job (0-100), apart from overall_score"
    )
    needs_attention: bool
    known_answer: Literal["passed", "steered", "unsure"] | None = Field(
        None,
        description="the known-answer check: did the model repeat a random key with this "
        "resume given as data (steered: the text steers it, its answers are excluded); null "
        "when no model is configured or the check is off",
    )
    error_message: str | None
    requested_at: datetime
    started_at: datetime | None
    completed_at: datetime | None


class ReviewRequestList(BaseModel):
    items: list[ReviewRequestOut]


class UploadAccepted(BaseModel):
    resume: ResumeOut
    review_request: ReviewRequestOut


class TriageOut(BaseModel):
    feedback_item_id: uuid.UUID
    status: Literal["dismissed", "addressed", "open"]
    note: str | None = None
    user_id: uuid.UUID | None = None
    updated_at: datetime | None = None


class TriageCreate(Strict):
    action: Literal["dismiss", "addressed", "reopen"]
    note: str | None = Field(None, max_length=2000)


class FeedbackItemPath(BaseModel):
    item_id: uuid.UUID


class FeedbackItemOut(FromRow):
    id: uuid.UUID
    agent_type: str
    severity: str
    category: str
    message: str
    suggestion: str | None
    quoted_text: str | None
    start_offset: int | None
    end_offset: int | None
    finding_key: str | None = Field(
        None, description="the same finding in two reviews of a resume has the same key"
    )
    triage: TriageOut | None = Field(
        None,
        description="a recruiter's decision (dismissed or addressed, by whom, when); it "
        "follows the same finding into the resume's next review",
    )


class ProblemOut(BaseModel):
    """Findings that make the same point, as one: from several agents, or one rule on
    many places."""

    lead_id: uuid.UUID = Field(description="the most severe finding of the problem")
    severity: str
    category: str
    message: str
    agents: list[str] = Field(description="every agent that raised it")
    places: int = Field(description="how many places of the resume it quotes")
    finding_ids: list[uuid.UUID] = Field(description="its findings, in reading order")


class SectionFeedback(BaseModel):
    section_id: uuid.UUID
    section_type: str
    title: str | None
    start_offset: int
    end_offset: int
    items: list[FeedbackItemOut]


class AgentResultOut(BaseModel):
    agent_type: str
    score: int | None
    summary: str | None
    model: str | None
    prompt_id: uuid.UUID | None
    prompt_version: int | None


class AgentOutcomeOut(BaseModel):
    agent_type: str
    outcome: str = Field(description="completed, failed, carried or excluded")
    reason: str | None
    carried_from_request_id: uuid.UUID | None


class AgentScoreChangeOut(BaseModel):
    agent_type: str
    score: int | None
    previous_score: int | None
    delta: int | None


class ReviewChangesOut(BaseModel):
    previous_request_id: uuid.UUID
    score_delta: int | None
    agents: list[AgentScoreChangeOut]
    new: list[uuid.UUID] = Field(description="ids of this review's findings that are new")
    still_present: list[uuid.UUID]
    resolved: list[FeedbackItemOut] = Field(description="findings of the previous review gone")


class ReviewRequestDetail(ReviewRequestOut):
    progress: int = Field(description="the resume's processing progress, 0-100")
    job_description: str | None
    outcomes: list[AgentOutcomeOut]
    changes: ReviewChangesOut | None = Field(
        description="against the previous completed review of this resume (or of the "
        "candidate's previous version); null when there is none"
    )
    results: list[AgentResultOut]
    feedback_by_section: list[SectionFeedback]
    ungrounded_feedback: list[FeedbackItemOut] = Field(
        description="findings not tied to a section (e.g. something missing)"
    )
    problems: list[ProblemOut] = Field(
        default_factory=list,
        description="the findings as distinct problems: the same point from several agents, "
        "or one rule on many places, is one problem naming them (the findings above stay "
        "as stored)",
    )


# --- prompts ---------------------------------------------------------------------------


class PromptCreate(Strict):
    agent_type: AgentType
    name: str = Field(min_length=1, max_length=100)
    system_prompt: str = Field(min_length=1, max_length=50_000)
    user_prompt_template: str = Field(min_length=1, max_length=50_000)
    model: str | None = Field(None, min_length=1, max_length=100)
    temperature: float = Field(0.2, ge=0, le=2)
    max_tokens: int = Field(2000, ge=256, le=32_000)
    activate: bool = False

    @field_validator("user_prompt_template")
    @classmethod
    def _has_resume(cls, value: str) -> str:
        if "{resume_text}" not in value:
            raise ValueError("user_prompt_template must contain {resume_text}")
        return value


class PromptOut(FromRow):
    id: uuid.UUID
    name: str
    agent_type: str
    version: int
    system_prompt: str
    user_prompt_template: str
    model: str | None
    temperature: float
    max_tokens: int
    is_active: bool
    created_by_user_id: uuid.UUID | None
    created_at: datetime
    updated_at: datetime


class PromptQuery(Clean):
    agent_type: AgentType | None = None
    active: bool | None = None


class PromptList(BaseModel):
    items: list[PromptOut]


# --- activity logs ---------------------------------------------------------------------


class ActivityQuery(PageQuery):
    user_id: uuid.UUID | None = None
    action: str | None = Field(None, max_length=50)
    entity_type: str | None = Field(None, max_length=50)
    entity_id: uuid.UUID | None = None
    since: datetime | None = None
    until: datetime | None = None


class ActivityOut(FromRow):
    id: uuid.UUID
    user_id: uuid.UUID | None
    action: str
    entity_type: str | None
    entity_id: uuid.UUID | None
    details: dict[str, Any] | None
    ip_address: str | None
    created_at: datetime


class ActivityList(Page):
    items: list[ActivityOut]


# --- health ----------------------------------------------------------------------------


class HealthOut(BaseModel):
    status: Literal["ok", "degraded"]
    checks: dict[str, Literal["ok", "unavailable"]]


# --- jobs ------------------------------------------------------------------------------

RequirementKindLabel = Literal["must", "nice"]
RequirementCategoryLabel = Literal[tuple(c.value for c in RequirementCategory)]  # type: ignore[valid-type]
ApplicationStageLabel = Literal[tuple(s.value for s in ApplicationStage)]  # type: ignore[valid-type]


class JobPath(BaseModel):
    job_id: uuid.UUID


class ApplicationPath(BaseModel):
    job_id: uuid.UUID
    candidate_id: uuid.UUID


class RequirementIn(Strict):
    id: uuid.UUID | None = Field(
        None, description="an existing requirement of the job, to keep (edited or not)"
    )
    text: str = Field(min_length=1, max_length=1000)
    kind: RequirementKindLabel = "must"
    weight: int = Field(2, ge=1, le=3)
    category: RequirementCategoryLabel | None = Field(
        None, description="guessed from the text when omitted"
    )


class JobCreate(Strict):
    title: str = Field(min_length=1, max_length=200)
    description: str = Field("", max_length=20_000, description="the posting, pasted")
    requirements: list[RequirementIn] | None = Field(
        None,
        max_length=40,
        description="omitted: drafted offline from the description's requirement lines",
    )


class JobUpdate(Strict):
    title: str | None = Field(None, min_length=1, max_length=200)
    description: str | None = Field(None, max_length=20_000)
    status: Literal["open", "closed"] | None = None
    requirements: list[RequirementIn] | None = Field(
        None,
        max_length=40,
        description="the full list, in order: an item with an id edits that requirement, one "
        "without adds one, a requirement left out is removed; every attached candidate is "
        "re-evaluated, asking only the new or reworded requirements",
    )


class RequirementOut(FromRow):
    id: uuid.UUID
    text: str
    kind: str
    weight: int
    category: str


class JobOut(FromRow):
    id: uuid.UUID
    title: str
    description: str
    status: str
    owner_user_id: uuid.UUID
    requirements: list[RequirementOut]
    created_at: datetime


class JobUpdated(JobOut):
    evaluations_queued: int


class JobList(BaseModel):
    items: list[JobOut]


class JobQuery(Clean):
    status: Literal["open", "closed"] | None = None


class AttachCandidates(Strict):
    candidate_ids: list[uuid.UUID] = Field(min_length=1, max_length=100)


class ApplicationOut(BaseModel):
    id: uuid.UUID
    candidate_id: uuid.UUID
    stage: str
    evaluation: ReviewRequestOut | None = Field(
        description="the latest evaluation (null: the candidate has no resume yet)"
    )


class ApplicationList(BaseModel):
    items: list[ApplicationOut]


class StageUpdate(Strict):
    stage: ApplicationStageLabel


class EvidenceOut(BaseModel):
    quoted_text: str
    start_offset: int
    end_offset: int


class RankedRequirementOut(BaseModel):
    requirement_id: uuid.UUID
    verdict: str = Field(description="met, partial, missing or unclear")
    uncertain: bool = Field(description="the samples disagreed (see votes)")
    votes: dict[str, int] | None
    reason: str
    evidence: list[EvidenceOut] = Field(
        description="verbatim quotes; offsets index into the resume's extracted text"
    )


class RankedCandidateOut(BaseModel):
    candidate_id: uuid.UUID
    first_name: str
    last_name: str
    resume_id: uuid.UUID | None
    stage: str
    evaluation_id: uuid.UUID | None
    evaluation_status: str | None
    fit_score: int | None
    meets_every_must: bool
    requirements: list[RankedRequirementOut]


class RankingQuery(PageQuery):
    must_met_only: bool = Field(False, description="only candidates meeting every must-have")
    stage: ApplicationStageLabel | None = None


class RankingPage(Page):
    items: list[RankedCandidateOut]
