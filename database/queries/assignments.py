"""Who works on which candidate: assignments, their history and the rules for changing them."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select, true
from sqlalchemy.orm import Session, selectinload

from core.enums import AssignmentType
from core.errors import Conflict
from database.models import Candidate, User, UserCandidateAssignment
from database.types import utcnow


def get_assignment(session: Session, assignment_id: uuid.UUID) -> UserCandidateAssignment | None:
    return session.get(UserCandidateAssignment, assignment_id)


def assignment_history(session: Session, candidate_id: uuid.UUID) -> list[UserCandidateAssignment]:
    """Every assignment of the candidate, oldest first (ended ones included)."""
    return list(
        session.scalars(
            select(UserCandidateAssignment)
            .where(UserCandidateAssignment.candidate_id == candidate_id)
            .order_by(UserCandidateAssignment.assigned_at, UserCandidateAssignment.id)
        )
    )


def assignment_history_with_users(
    session: Session, candidate_id: uuid.UUID
) -> list[UserCandidateAssignment]:
    """The history, oldest first, with the assignee and the assigner loaded (for display)."""
    return list(
        session.scalars(
            select(UserCandidateAssignment)
            .where(UserCandidateAssignment.candidate_id == candidate_id)
            .options(
                selectinload(UserCandidateAssignment.user),
                selectinload(UserCandidateAssignment.assigned_by),
            )
            .order_by(UserCandidateAssignment.assigned_at, UserCandidateAssignment.id)
        )
    )


def active_assignments(session: Session, candidate_id: uuid.UUID) -> list[UserCandidateAssignment]:
    return list(
        session.scalars(
            select(UserCandidateAssignment).where(
                UserCandidateAssignment.candidate_id == candidate_id,
                UserCandidateAssignment.is_active == true(),
            )
        )
    )


def end_assignment(assignment: UserCandidateAssignment, reason: str) -> None:
    assignment.is_active = False
    assignment.unassigned_at = utcnow()
    assignment.unassigned_reason = reason


def unassign(session: Session, assignment: UserCandidateAssignment, reason: str) -> dict[str, Any]:
    """End an active assignment with ``reason``; the row stays, inactive, as history.
    Returns what the audit trail records."""
    if not assignment.is_active:
        raise Conflict("This assignment has already ended.")
    end_assignment(assignment, reason)
    session.flush()
    # The reason is free text about the candidate: the audit trail points to the assignment
    # that holds it (and goes with the candidate on erasure), it never copies it.
    return {
        "assignment_id": str(assignment.id),
        "user_id": str(assignment.user_id),
        "reason_given": True,
    }


def assign_candidate(
    session: Session,
    *,
    candidate: Candidate,
    user: User,
    assigned_by: User,
    assignment_type: AssignmentType | str = AssignmentType.PRIMARY,
    replace_reason: str | None = None,
) -> UserCandidateAssignment:
    """Assign ``user``. A new ``primary`` closes the current primary (history is kept).

    Assigning a user who already holds an active assignment of the same type is a conflict;
    of the other type, the old row is closed and a new one opened.
    """
    assignment_type = AssignmentType(assignment_type)
    if not user.is_active:
        raise Conflict("cannot assign an inactive user")
    current = active_assignments(session, candidate.id)
    for row in current:
        if row.user_id == user.id:
            if row.assignment_type == assignment_type:
                raise Conflict("this user already holds this assignment")
            end_assignment(row, f"changed to {assignment_type.value}")
        elif (
            assignment_type is AssignmentType.PRIMARY
            and row.assignment_type == AssignmentType.PRIMARY
        ):
            end_assignment(row, replace_reason or "reassigned to another recruiter")
    session.flush()
    assignment = UserCandidateAssignment(
        user_id=user.id,
        candidate_id=candidate.id,
        assignment_type=assignment_type.value,
        assigned_by_user_id=assigned_by.id,
    )
    session.add(assignment)
    session.flush()
    return assignment


def assign_with_audit_details(
    session: Session,
    *,
    candidate: Candidate,
    user: User,
    assigned_by: User,
    assignment_type: AssignmentType | str,
    reason: str | None,
) -> tuple[UserCandidateAssignment, dict[str, Any]]:
    """Assign (as :func:`assign_candidate`) and say what the audit trail records: the new
    assignment and the active assignments it closed."""
    before = {row.id for row in active_assignments(session, candidate.id)}
    assignment = assign_candidate(
        session,
        candidate=candidate,
        user=user,
        assigned_by=assigned_by,
        assignment_type=assignment_type,
        replace_reason=reason,
    )
    after = {row.id for row in active_assignments(session, candidate.id)}
    details = {
        "assignment_id": str(assignment.id),
        "user_id": str(user.id),
        "assignment_type": assignment.assignment_type,
        "reason_given": bool(reason),  # the text stays on the closed assignment row
        "closed_assignment_ids": sorted(str(row_id) for row_id in before - after),
    }
    return assignment, details
