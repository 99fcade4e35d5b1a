"""The access rule, once: a junior recruiter sees a candidate, and everything under it
(resumes, review requests, results), only while an active assignment links them; seniors
and admins see everything. The per-domain ``get_visible_*`` functions build on it."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import Select, exists, true

from core.enums import UserRole
from database.models import User, UserCandidateAssignment


def sees_all_candidates(user: User) -> bool:
    return user.role in (UserRole.SENIOR_RECRUITER, UserRole.ADMIN)


def active_assignment_exists(user_id: uuid.UUID, candidate_id_column: Any) -> Any:
    # "is_active = true", not "IS true": PostgreSQL only matches the partial index
    # (WHERE is_active) to an equality it can prove.
    return exists().where(
        UserCandidateAssignment.user_id == user_id,
        UserCandidateAssignment.candidate_id == candidate_id_column,
        UserCandidateAssignment.is_active == true(),
    )


def restrict_to_visible(
    statement: Select[Any], user: User, candidate_id_column: Any
) -> Select[Any]:
    """Add the access rule to any query that reaches a candidate through ``candidate_id_column``."""
    if sees_all_candidates(user):
        return statement
    return statement.where(active_assignment_exists(user.id, candidate_id_column))
