"""Candidates: the visible set, search, creation, changes and erasure."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from core.enums import AssignmentType, CandidateStatus
from database.models import Candidate, User, UserCandidateAssignment
from database.queries.access import restrict_to_visible, sees_all_candidates
from database.queries.common import Page, like_pattern, paginate
from database.queries.resumes import stored_filenames


def visible_candidates(user: User) -> Select[tuple[Candidate]]:
    return restrict_to_visible(select(Candidate), user, Candidate.id)


def candidate_search_text() -> Any:
    """What a candidate search matches: "first last email", lower-cased. PostgreSQL has a
    trigram index on exactly this expression (migration 0002)."""
    return func.lower(
        Candidate.first_name + " " + Candidate.last_name + " " + func.coalesce(Candidate.email, "")
    )


def search_candidates(statement: Select[Any], user: User, text: str) -> Select[Any]:
    """Narrow a candidate listing to those whose name or email contains ``text``.

    For a junior the access rule already leaves a handful of rows, so the filter is applied
    to them. For seniors and admins, who see every candidate, the matches are found first
    (a MATERIALIZED CTE the trigram index serves) and only then sorted and paged; otherwise
    PostgreSQL walks the name index and filters most of the table.
    """
    matches_text = candidate_search_text().like(like_pattern(text.lower()), escape="\\")
    if not sees_all_candidates(user):
        return statement.where(matches_text)
    matches = select(Candidate.id).where(matches_text).cte("matches").prefix_with("MATERIALIZED")
    return statement.where(Candidate.id.in_(select(matches.c.id)))


def list_visible_candidates(
    session: Session,
    user: User,
    *,
    page: int,
    size: int,
    status: CandidateStatus | None = None,
    text: str | None = None,
) -> Page[Candidate]:
    """The candidates ``user`` may see, by name; optionally one status and a search text."""
    statement = visible_candidates(user)
    if status is not None:
        statement = statement.where(Candidate.status == CandidateStatus(status).value)
    if text:
        statement = search_candidates(statement, user, text)
    statement = statement.order_by(Candidate.last_name, Candidate.first_name, Candidate.id)
    return paginate(session, statement, page, size)


def get_visible_candidate(
    session: Session, user: User, candidate_id: uuid.UUID
) -> Candidate | None:
    statement = visible_candidates(user).where(Candidate.id == candidate_id)
    return session.scalars(statement).one_or_none()


def candidate_email_taken(
    session: Session, email: str | None, except_id: uuid.UUID | None = None
) -> bool:
    """Whether another candidate (not ``except_id``) already has this email."""
    if not email:
        return False
    statement = select(Candidate.id).where(Candidate.email == email)
    if except_id is not None:
        statement = statement.where(Candidate.id != except_id)
    return session.scalar(statement) is not None


def create_candidate(session: Session, creator: User, **fields: Any) -> Candidate:
    """Create a candidate and assign it to its creator as ``primary``."""
    candidate = Candidate(created_by_user_id=creator.id, **fields)
    session.add(candidate)
    session.flush()
    session.add(
        UserCandidateAssignment(
            user_id=creator.id,
            candidate_id=candidate.id,
            assignment_type=AssignmentType.PRIMARY.value,
            assigned_by_user_id=creator.id,
        )
    )
    session.flush()
    return candidate


def update_candidate(session: Session, candidate: Candidate, changes: Mapping[str, Any]) -> None:
    """Set the given fields (enum values are stored as their value)."""
    for name, value in changes.items():
        setattr(candidate, name, value.value if hasattr(value, "value") else value)
    session.flush()


def delete_candidate(session: Session, candidate: Candidate) -> list[str]:
    """Erase the candidate and everything derived from it (resumes, sections, reviews,
    feedback and assignments cascade). Returns the storage keys of its files, for the
    caller to delete once the transaction has committed."""
    keys = stored_filenames(session, candidate.id)
    session.delete(candidate)
    session.flush()
    return keys
