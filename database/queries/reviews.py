"""Review requests, their per-agent results and findings, and the one review report that
the API (a review request's detail) and the CLI (``resume-review review``) both show."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from core.enums import ReviewStatus
from core.errors import NotFound
from database.models import (
    PromptUsageHistory,
    Resume,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
    User,
)
from database.queries.access import restrict_to_visible
from database.queries.resumes import SectionSpan, resume_sections


def get_visible_review_request(
    session: Session, user: User, request_id: uuid.UUID
) -> ReviewRequest | None:
    statement = restrict_to_visible(
        select(ReviewRequest)
        .join(Resume, Resume.id == ReviewRequest.resume_id)
        .where(ReviewRequest.id == request_id),
        user,
        Resume.candidate_id,
    )
    return session.scalars(statement).one_or_none()


def resume_review_requests(session: Session, resume_id: uuid.UUID) -> list[ReviewRequest]:
    """Every review of the resume, newest first."""
    return list(
        session.scalars(
            select(ReviewRequest)
            .where(ReviewRequest.resume_id == resume_id)
            .order_by(ReviewRequest.requested_at.desc(), ReviewRequest.id)
        )
    )


def results_for_request(session: Session, request_id: uuid.UUID) -> list[ReviewResult]:
    """One result per agent, by agent type, with the prompt each one used."""
    return list(
        session.scalars(
            select(ReviewResult)
            .where(ReviewResult.review_request_id == request_id)
            .options(selectinload(ReviewResult.prompt))
            .order_by(ReviewResult.agent_type)
        )
    )


def feedback_for_request(session: Session, request_id: uuid.UUID) -> list[ReviewFeedbackItem]:
    """A review's findings in reading order (those without a position last)."""
    return list(
        session.scalars(
            select(ReviewFeedbackItem)
            .join(ReviewResult, ReviewResult.id == ReviewFeedbackItem.review_result_id)
            .where(ReviewResult.review_request_id == request_id)
            .order_by(
                ReviewFeedbackItem.start_offset.nulls_last(),
                ReviewFeedbackItem.created_at,
                ReviewFeedbackItem.id,
            )
        )
    )


def usage_for_request(session: Session, request_id: uuid.UUID) -> list[PromptUsageHistory]:
    """The model calls the review made, in the order they were made."""
    return list(
        session.scalars(
            select(PromptUsageHistory)
            .where(PromptUsageHistory.review_request_id == request_id)
            .order_by(PromptUsageHistory.created_at)
        )
    )


# --- the review report -----------------------------------------------------------------


@dataclass(frozen=True)
class AgentResult:
    agent_type: str
    score: int | None
    summary: str | None
    model: str | None
    prompt_id: uuid.UUID | None
    prompt_version: int | None


@dataclass(frozen=True)
class Finding:
    """One feedback item; ``section_id``/``section_type`` say where it is (None: nowhere)."""

    id: uuid.UUID
    agent_type: str
    severity: str
    category: str
    message: str
    suggestion: str | None
    quoted_text: str | None
    start_offset: int | None
    end_offset: int | None
    section_id: uuid.UUID | None
    section_type: str | None
    finding_key: str | None = None


_NOT_WORDS = re.compile(r"\W+")
_SEVERITY_ORDER = ("critical", "warning", "suggestion", "info")


@dataclass(frozen=True)
class Problem:
    """One problem as a recruiter reads it: the findings that make the same point, from
    several agents ("No phone number found" from Structure and ATS) or one rule on many
    places ("This bullet has no number" on eight bullets). Stored findings are unchanged:
    ``lead`` is the most severe, ``findings`` all of them in reading order."""

    lead: Finding
    findings: list[Finding]

    @property
    def agents(self) -> list[str]:
        return sorted({finding.agent_type for finding in self.findings})

    @property
    def places(self) -> int:
        """How many places of the resume it quotes."""
        return len({f.start_offset for f in self.findings if f.start_offset is not None})


def _point_of(finding: Finding) -> str:
    return _NOT_WORDS.sub(" ", finding.message.casefold()).strip()


def group_problems(findings: list[Finding]) -> list[Problem]:
    """Findings that make the same point, merged: the same message (from any agent, or one
    message that only adds to another's: "No email address found." and "No email address
    found in the parsed text; ATS profiles are keyed on it."), or the same quote on the
    same topic. In the order their first finding comes."""
    groups: list[list[Finding]] = []
    index: dict[tuple[str, ...], int] = {}
    unquoted: list[tuple[str, int]] = []  # (point, group) of findings that quote nothing
    for finding in findings:
        point = _point_of(finding)
        keys = [("message", point)]
        if finding.quoted_text:
            keys.append(("quote", finding.category, finding.quoted_text))
        at = next((index[key] for key in keys if key in index), None)
        if at is None and not finding.quoted_text:
            at = next(
                (group for other, group in unquoted
                 if other.startswith(point + " ") or point.startswith(other + " ")),
                None,
            )  # fmt: skip
        if at is None:
            at = len(groups)
            groups.append([])
        groups[at].append(finding)
        for key in keys:
            index.setdefault(key, at)
        if not finding.quoted_text:
            unquoted.append((point, at))
    problems = []
    for members in groups:
        lead = min(members, key=lambda f: _SEVERITY_ORDER.index(f.severity))
        problems.append(Problem(lead, members))
    return problems


@dataclass(frozen=True)
class AgentOutcomeEntry:
    agent_type: str
    outcome: str
    reason: str | None
    carried_from_request_id: uuid.UUID | None


@dataclass(frozen=True)
class AgentScoreChange:
    agent_type: str
    score: int | None
    previous_score: int | None

    @property
    def delta(self) -> int | None:
        if self.score is None or self.previous_score is None:
            return None
        return self.score - self.previous_score


@dataclass(frozen=True)
class ReviewChanges:
    """This review against the previous completed one of the resume (or, for a new
    version, of the candidate's previous version), by the findings' stored keys."""

    previous_request_id: uuid.UUID
    score: int | None
    previous_score: int | None
    agents: list[AgentScoreChange]
    new: list[uuid.UUID]  # findings of this review whose key the previous one lacks
    still_present: list[uuid.UUID]
    resolved: list[Finding]  # findings of the previous review gone from this one

    @property
    def score_delta(self) -> int | None:
        if self.score is None or self.previous_score is None:
            return None
        return self.score - self.previous_score


@dataclass(frozen=True)
class ModelCall:
    agent_type: str
    model: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    latency_ms: int | None


@dataclass(frozen=True)
class ReviewReport:
    """A review request's outcome as plain values: what the API and the CLI both show."""

    request_id: uuid.UUID
    resume_id: uuid.UUID
    status: str
    overall_score: int | None
    error_message: str | None
    job_description: str | None
    progress: int
    word_count: int | None
    sections: list[SectionSpan]
    results: list[AgentResult]
    findings: list[Finding]
    usage: list[ModelCall]
    outcomes: list[AgentOutcomeEntry] = field(default_factory=list)

    def findings_by_section(self) -> list[tuple[SectionSpan, list[Finding]]]:
        """The sections that have findings, in resume order, each with its findings."""
        grouped = [
            (section, [f for f in self.findings if f.section_id == section.id])
            for section in self.sections
        ]
        return [(section, items) for section, items in grouped if items]

    def ungrounded_findings(self) -> list[Finding]:
        """Findings tied to no section (e.g. something missing from the resume)."""
        return [finding for finding in self.findings if finding.section_id is None]

    def problems(self) -> list[Problem]:
        """The findings as distinct problems (:func:`group_problems`)."""
        return group_problems(self.findings)


def _finding(
    item: ReviewFeedbackItem, agent_of: dict[uuid.UUID, str], section_types: dict[uuid.UUID, str]
) -> Finding:
    section_id = item.resume_section_id
    return Finding(
        id=item.id,
        agent_type=agent_of[item.review_result_id],
        severity=item.severity,
        category=item.category,
        message=item.message,
        suggestion=item.suggestion,
        quoted_text=item.quoted_text,
        start_offset=item.start_offset,
        end_offset=item.end_offset,
        section_id=section_id,
        section_type=section_types.get(section_id) if section_id else None,
        finding_key=item.finding_key,
    )


def review_report(
    session: Session, request_id: uuid.UUID, *, with_usage: bool = False
) -> ReviewReport:
    """The report of one review request (:class:`NotFound` if there is none). The model
    calls (``usage``) are read only ``with_usage``; otherwise the list is empty."""
    request = session.get(ReviewRequest, request_id)
    if request is None:
        raise NotFound()
    resume = session.get(Resume, request.resume_id)
    assert resume is not None  # a foreign key
    sections = resume_sections(session, resume.id)
    results = results_for_request(session, request.id)
    agent_of = {result.id: result.agent_type for result in results}
    section_types = {section.id: section.section_type for section in sections}
    feedback = feedback_for_request(session, request.id)
    usage = usage_for_request(session, request.id) if with_usage else []
    return ReviewReport(
        request_id=request.id,
        resume_id=resume.id,
        status=request.status,
        overall_score=request.overall_score,
        error_message=request.error_message,
        job_description=request.job_description,
        progress=resume.progress,
        word_count=resume.word_count,
        sections=[SectionSpan.of(s) for s in sections],
        results=[
            AgentResult(
                agent_type=r.agent_type,
                score=r.score,
                summary=r.summary,
                model=r.model,
                prompt_id=r.prompt_id,
                prompt_version=r.prompt.version if r.prompt else None,
            )
            for r in results
        ],
        # An agent's result and findings commit together, but they are read here in two
        # statements: findings of a result stored in between wait for the next read.
        findings=[
            _finding(item, agent_of, section_types)
            for item in feedback
            if item.review_result_id in agent_of
        ],
        usage=[
            ModelCall(u.agent_type, u.model, u.prompt_tokens, u.completion_tokens, u.latency_ms)
            for u in usage
        ],
        outcomes=[
            AgentOutcomeEntry(o.agent_type, o.outcome, o.reason, o.carried_from_request_id)
            for o in request.outcomes
        ],
    )


def previous_review(session: Session, request: ReviewRequest) -> ReviewRequest | None:
    """The latest completed review before this one: of the same resume, else of the
    candidate's previous resume version."""
    resume = session.get(Resume, request.resume_id)
    assert resume is not None
    statement = (
        select(ReviewRequest)
        .join(Resume, Resume.id == ReviewRequest.resume_id)
        .where(
            Resume.candidate_id == resume.candidate_id,
            Resume.version_number <= resume.version_number,
            ReviewRequest.id != request.id,
            ReviewRequest.status == ReviewStatus.COMPLETED,
            ReviewRequest.requested_at <= request.requested_at,
            # A review compares with a review, a job's evaluation with the same job's.
            ReviewRequest.job_id.is_(None)
            if request.job_id is None
            else ReviewRequest.job_id == request.job_id,
        )
        .order_by(Resume.version_number.desc(), ReviewRequest.requested_at.desc())
        .limit(1)
    )
    return session.scalars(statement).one_or_none()


def review_changes(
    session: Session, request_id: uuid.UUID, current: ReviewReport | None = None
) -> ReviewChanges | None:
    """What changed since the previous review (None when there is none). ``current``: the
    request's report when the caller already has it (it is not read again)."""
    request = session.get(ReviewRequest, request_id)
    if request is None or request.status != ReviewStatus.COMPLETED:
        return None
    previous = previous_review(session, request)
    if previous is None:
        return None
    current = current or review_report(session, request.id)
    before = review_report(session, previous.id)
    before_keys = {f.finding_key for f in before.findings if f.finding_key}
    current_keys = {f.finding_key for f in current.findings if f.finding_key}
    previous_scores = {r.agent_type: r.score for r in before.results}
    return ReviewChanges(
        previous_request_id=previous.id,
        score=request.overall_score,
        previous_score=previous.overall_score,
        agents=[
            AgentScoreChange(r.agent_type, r.score, previous_scores.get(r.agent_type))
            for r in current.results
        ],
        new=[f.id for f in current.findings if f.finding_key not in before_keys],
        still_present=[f.id for f in current.findings if f.finding_key in before_keys],
        resolved=[f for f in before.findings if f.finding_key not in current_keys],
    )


# --- what the recruiter workspace lists ------------------------------------------------


def latest_review_by_candidate(
    session: Session, candidate_ids: list[uuid.UUID]
) -> dict[uuid.UUID, ReviewRequest]:
    """The newest review request of each candidate (of any resume version; a job's
    evaluation is not a review), by candidate."""
    if not candidate_ids:
        return {}
    rank = (
        func.row_number()
        .over(
            partition_by=Resume.candidate_id,
            order_by=(ReviewRequest.requested_at.desc(), ReviewRequest.id),
        )
        .label("rank")
    )
    ranked = (
        select(ReviewRequest.id.label("request_id"), Resume.candidate_id, rank)
        .join(Resume, Resume.id == ReviewRequest.resume_id)
        .where(Resume.candidate_id.in_(candidate_ids), ReviewRequest.job_id.is_(None))
        .subquery()
    )
    rows = session.execute(
        select(ranked.c.candidate_id, ReviewRequest)
        .join(ReviewRequest, ReviewRequest.id == ranked.c.request_id)
        .where(ranked.c.rank == 1)
    ).all()
    return {candidate_id: request for candidate_id, request in rows}


def candidate_review_requests(
    session: Session, candidate_id: uuid.UUID
) -> dict[uuid.UUID, list[ReviewRequest]]:
    """Every review request of the candidate's resumes, newest first, by resume id."""
    rows = session.scalars(
        select(ReviewRequest)
        .join(Resume, Resume.id == ReviewRequest.resume_id)
        .where(Resume.candidate_id == candidate_id)
        .order_by(ReviewRequest.requested_at.desc(), ReviewRequest.id)
    )
    out: dict[uuid.UUID, list[ReviewRequest]] = {}
    for request in rows:
        out.setdefault(request.resume_id, []).append(request)
    return out
