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
from core.errors import InvalidRequest, NotFound
from database.models import (
    FeedbackTriage,
    Resume,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
    User,
)
from database.queries.access import restrict_to_visible
from database.queries.activity import log_activity
from database.queries.reviews import review_report

# What a recruiter may do with a finding; "reopen" undoes a decision.
ACTIONS = {"dismiss": TriageStatus.DISMISSED, "addressed": TriageStatus.ADDRESSED}
REOPEN = "reopen"


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


@dataclass(frozen=True)
class TriageDecision:
    review_request_id: uuid.UUID
    row: FeedbackTriage | None  # None: the finding is open (reopened)


def decide(
    session: Session,
    user: User,
    item_id: uuid.UUID,
    action: str | None,
    *,
    note: str | None = None,
    ip_address: str | None = None,
) -> TriageDecision:
    """Dismiss a finding, mark it addressed, or reopen it; audited. The one home of triage
    for the workspace and the API: :class:`NotFound` for a finding the user may not see,
    :class:`InvalidRequest` for an unknown action."""
    found = get_visible_finding(session, user, item_id)
    if found is None:
        raise NotFound()
    if action == REOPEN:
        if clear_triage(session, item_id):
            _audit(session, user, item_id, "open", found.review_request_id, ip_address)
        return TriageDecision(found.review_request_id, None)
    if action not in ACTIONS:
        raise InvalidRequest("Choose dismiss, addressed or reopen.", details={"field": "action"})
    row = set_triage(session, item_id, ACTIONS[action], user, note)
    _audit(session, user, item_id, row.status, found.review_request_id, ip_address)
    return TriageDecision(found.review_request_id, row)


def decide_problem(
    session: Session,
    user: User,
    item_id: uuid.UUID,
    action: str | None,
    *,
    ip_address: str | None = None,
) -> TriageDecision:
    """:func:`decide` for the problem the finding belongs to (the workspace shows one card
    per problem): every finding of the same review that makes the same point gets the same
    decision, each audited; the members are worked out here from the stored report, not
    taken from the client."""
    decision = decide(session, user, item_id, action, ip_address=ip_address)
    for problem in review_report(session, decision.review_request_id).problems():
        members = [finding.id for finding in problem.findings]
        if item_id in members:
            for other in members:
                if other != item_id:
                    decide(session, user, other, action, ip_address=ip_address)
            break
    return decision


def _audit(
    session: Session,
    user: User,
    item_id: uuid.UUID,
    status: str,
    request_id: uuid.UUID,
    ip_address: str | None,
) -> None:
    log_activity(
        session,
        "feedback.triage",
        user_id=user.id,
        entity_type="review_feedback_item",
        entity_id=item_id,
        details={"status": status, "review_request_id": str(request_id)},
        ip_address=ip_address,
    )


def carry_triage(session: Session, request_id: uuid.UUID, previous_id: uuid.UUID) -> int:
    """The decisions about the previous review's findings follow the same findings (same
    key) into this review, with who made them and when; returns how many were carried."""
    decided = session.execute(
        select(ReviewFeedbackItem.finding_key, FeedbackTriage)
        .join(FeedbackTriage, FeedbackTriage.feedback_item_id == ReviewFeedbackItem.id)
        .join(ReviewResult, ReviewResult.id == ReviewFeedbackItem.review_result_id)
        .where(
            ReviewResult.review_request_id == previous_id,
            ReviewFeedbackItem.finding_key.is_not(None),
        )
    ).all()
    by_key = {key: row for key, row in decided}
    if not by_key:
        return 0
    items = session.scalars(
        select(ReviewFeedbackItem)
        .join(ReviewResult, ReviewResult.id == ReviewFeedbackItem.review_result_id)
        .outerjoin(FeedbackTriage, FeedbackTriage.feedback_item_id == ReviewFeedbackItem.id)
        .where(
            ReviewResult.review_request_id == request_id,
            ReviewFeedbackItem.finding_key.in_(list(by_key)),
            FeedbackTriage.feedback_item_id.is_(None),
        )
    ).all()
    for item in items:
        earlier = by_key[item.finding_key]
        session.add(
            FeedbackTriage(
                feedback_item_id=item.id,
                status=earlier.status,
                note=earlier.note,
                user_id=earlier.user_id,
                updated_at=earlier.updated_at,
            )
        )
    session.flush()
    return len(items)
