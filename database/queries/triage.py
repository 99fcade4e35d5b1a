"""Triage: a recruiter's decision about one finding (dismissed or addressed), who made it
and when. One row per finding (``feedback_triage``); each change is audited by the caller
in ``activity_logs``."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.enums import TriageStatus
from database.models import (
    FeedbackTriage,
    Resume,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
    User,
)
from database.queries.access import restrict_to_visible


@dataclass(frozen=True)
class TriageEntry:
    feedback_item_id: uuid.UUID
    status: str
    note: str | None
    user_id: uuid.UUID | None
    user_email: str | None
    user_name: str | None
    updated_at: datetime


@dataclass(frozen=True)
class VisibleFinding:
    """A finding the caller may see, with the review request it belongs to."""

    item: ReviewFeedbackItem
    review_request_id: uuid.UUID


def get_visible_finding(session: Session, user: User, item_id: uuid.UUID) -> VisibleFinding | None:
    """The finding if ``user`` may see its candidate (None: missing or not visible)."""
    statement = restrict_to_visible(
        select(ReviewFeedbackItem, ReviewResult.review_request_id)
        .join(ReviewResult, ReviewResult.id == ReviewFeedbackItem.review_result_id)
        .join(ReviewRequest, ReviewRequest.id == ReviewResult.review_request_id)
        .join(Resume, Resume.id == ReviewRequest.resume_id)
        .where(ReviewFeedbackItem.id == item_id),
        user,
        Resume.candidate_id,
    )
    row = session.execute(statement).one_or_none()
    return VisibleFinding(row[0], row[1]) if row else None


def triage_for_request(session: Session, request_id: uuid.UUID) -> dict[uuid.UUID, TriageEntry]:
    """Every triage decision about the findings of one review request, by finding id."""
    rows = session.execute(
        select(FeedbackTriage, User.email, User.first_name, User.last_name)
        .join(ReviewFeedbackItem, ReviewFeedbackItem.id == FeedbackTriage.feedback_item_id)
        .join(ReviewResult, ReviewResult.id == ReviewFeedbackItem.review_result_id)
        .outerjoin(User, User.id == FeedbackTriage.user_id)
        .where(ReviewResult.review_request_id == request_id)
    ).all()
    out: dict[uuid.UUID, TriageEntry] = {}
    for triage, email, first, last in rows:
        name = " ".join(part for part in (first, last) if part) or None
        out[triage.feedback_item_id] = TriageEntry(
            feedback_item_id=triage.feedback_item_id,
            status=triage.status,
            note=triage.note,
            user_id=triage.user_id,
            user_email=email,
            user_name=name,
            updated_at=triage.updated_at,
        )
    return out


def set_triage(
    session: Session,
    item_id: uuid.UUID,
    status: TriageStatus | str,
    user: User,
    note: str | None = None,
) -> FeedbackTriage:
    """Record (or change) the decision about a finding."""
    row = session.get(FeedbackTriage, item_id)
    if row is None:
        row = FeedbackTriage(feedback_item_id=item_id)
        session.add(row)
    row.status = TriageStatus(status).value
    row.note = note
    row.user_id = user.id
    session.flush()
    return row


def clear_triage(session: Session, item_id: uuid.UUID) -> bool:
    """Undo the decision (the finding is open again); False when there was none."""
    row = session.get(FeedbackTriage, item_id)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
