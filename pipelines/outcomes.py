"""The review record of one request: how each agent ended, what may be carried from an
earlier review, which agents the overall score is computed from, and the key that gives a
finding the same identity in two reviews of a resume.

An agent ends ``completed``, ``failed`` (with its reason), ``carried`` (the answer of an
earlier review of the same text, prompt version and job description; which review, and
why) or ``excluded`` (answered, but left out of the score, and why). A request completes
when at least one agent answered; its failures stay visible, and a follow-up request in
``changed`` mode re-runs only the agents that failed or whose prompt changed.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.enums import NOT_QUALITY_AGENT_TYPES, AgentOutcome, ReviewStatus
from database.engine import dialect_insert
from database.models import (
    ReviewAgentOutcome,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
)
from database.types import utcnow

_NOT_WORDS = re.compile(r"[\W_]+", re.UNICODE)
SCORED_OUTCOMES = (AgentOutcome.COMPLETED, AgentOutcome.CARRIED)


def finding_key(agent_type: str, category: str, quote: str | None, section: str | None) -> str:
    """The same finding in two reviews gets the same key: agent, category and the quote
    normalised (case, spacing, punctuation), or the section when nothing is quoted."""
    anchor = " ".join(_NOT_WORDS.sub(" ", quote.casefold()).split()) if quote else ""
    parts = (agent_type, category.casefold(), anchor or f"section:{section or '-'}")
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def set_outcome(
    session: Session,
    request: ReviewRequest,
    agent_type: str,
    outcome: AgentOutcome,
    *,
    reason: str | None = None,
    prompt_id: uuid.UUID | None = None,
    carried_from: uuid.UUID | None = None,
) -> None:
    """Record (or replace) how ``agent_type`` ended for ``request``: one statement (an
    upsert on the request and agent), which also refreshes a row this session holds."""
    values = {
        "outcome": outcome.value,
        "reason": reason,
        "prompt_id": prompt_id,
        "carried_from_request_id": carried_from,
    }
    statement = dialect_insert(session.get_bind().dialect.name)(ReviewAgentOutcome).values(
        id=uuid.uuid4(), review_request_id=request.id, agent_type=agent_type, **values
    )
    statement = statement.on_conflict_do_update(
        index_elements=["review_request_id", "agent_type"],
        set_={**values, "updated_at": utcnow()},
    ).returning(ReviewAgentOutcome)
    session.scalars(statement, execution_options={"populate_existing": True}).one()


def outcomes_of(session: Session, request_id: uuid.UUID) -> dict[str, ReviewAgentOutcome]:
    rows = session.scalars(
        select(ReviewAgentOutcome).where(ReviewAgentOutcome.review_request_id == request_id)
    )
    return {row.agent_type: row for row in rows}


@dataclass(frozen=True)
class Reusable:
    """An earlier answer this request may carry instead of asking the agent again."""

    result: ReviewResult
    request_id: uuid.UUID


def reusable_answer(
    session: Session, request: ReviewRequest, agent_type: str, prompt_id: uuid.UUID | None
) -> Reusable | None:
    """The latest earlier answer of ``agent_type`` for the same resume text, given by the
    same prompt version for the same job description, if that agent did not fail."""
    if prompt_id is None:
        return None
    rows = session.execute(
        select(
            ReviewResult,
            ReviewRequest.id,
            ReviewRequest.job_description,
            ReviewAgentOutcome.outcome,
        )
        .join(ReviewRequest, ReviewResult.review_request_id == ReviewRequest.id)
        .outerjoin(
            ReviewAgentOutcome,
            (ReviewAgentOutcome.review_request_id == ReviewRequest.id)
            & (ReviewAgentOutcome.agent_type == agent_type),
        )
        .where(
            ReviewRequest.resume_id == request.resume_id,
            ReviewRequest.id != request.id,
            ReviewRequest.status == ReviewStatus.COMPLETED,
            ReviewResult.agent_type == agent_type,
            ReviewResult.prompt_id == prompt_id,
        )
        .order_by(ReviewRequest.completed_at.desc())
    ).all()
    for result, earlier_id, job_description, outcome in rows:
        if job_description != request.job_description:
            continue
        # An answer left out of the score (a manipulated one) is asked again, not carried.
        if outcome is None or outcome in SCORED_OUTCOMES:
            return Reusable(result, earlier_id)
    return None


def carry(session: Session, request: ReviewRequest, reusable: Reusable) -> ReviewResult:
    """Copy the earlier answer and its findings into this request (same text: the offsets
    and sections still hold)."""
    source = reusable.result
    copy = ReviewResult(
        review_request_id=request.id,
        agent_type=source.agent_type,
        prompt_id=source.prompt_id,
        model=source.model,
        score=source.score,
        summary=source.summary,
        details=source.details,
    )
    session.add(copy)
    session.flush()
    for item in source.feedback_items:
        session.add(
            ReviewFeedbackItem(
                review_result_id=copy.id,
                resume_section_id=item.resume_section_id,
                category=item.category,
                severity=item.severity,
                message=item.message,
                suggestion=item.suggestion,
                quoted_text=item.quoted_text,
                start_offset=item.start_offset,
                end_offset=item.end_offset,
                finding_key=item.finding_key,
            )
        )
    session.flush()
    return copy


def score_basis(
    results: list[ReviewResult], outcomes: dict[str, ReviewAgentOutcome]
) -> list[ReviewResult]:
    """The results the overall score (the resume's quality) is computed from: answered or
    carried, with a score, not excluded, and about the resume's quality: the job match and
    the requirements agents' scores measure fit with a job, never averaged in."""
    basis = []
    for result in results:
        if result.agent_type in NOT_QUALITY_AGENT_TYPES:
            continue
        outcome = outcomes.get(result.agent_type)
        excluded = outcome is not None and outcome.outcome == AgentOutcome.EXCLUDED
        if result.score is not None and not excluded:
            basis.append(result)
    return sorted(basis, key=lambda r: r.agent_type)
