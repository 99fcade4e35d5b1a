"""Queries and writes shared by the API, the workers and the CLI.

The access rule lives here once: a junior recruiter sees a candidate, and everything under
it, only while an active assignment links them; seniors and admins see everything.
Functions take a session and never commit: the caller's edge owns the transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Any, Protocol

from sqlalchemy import Select, exists, func, select, true, update
from sqlalchemy.orm import Session

from core.enums import AssignmentType, UserRole
from database.models import (
    ActivityLog,
    Candidate,
    Prompt,
    Resume,
    ResumeSection,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
    User,
    UserCandidateAssignment,
)
from database.types import utcnow


class Conflict(Exception):
    """The change contradicts existing data (HTTP 409)."""


# --- access ----------------------------------------------------------------------------


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


def visible_candidates(user: User) -> Select[tuple[Candidate]]:
    return restrict_to_visible(select(Candidate), user, Candidate.id)


def like_pattern(text: str) -> str:
    """``%text%`` for LIKE with escape character backslash: the user's % and _ are literal."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


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


def get_visible_candidate(
    session: Session, user: User, candidate_id: uuid.UUID
) -> Candidate | None:
    statement = visible_candidates(user).where(Candidate.id == candidate_id)
    return session.scalars(statement).one_or_none()


def get_visible_resume(session: Session, user: User, resume_id: uuid.UUID) -> Resume | None:
    statement = restrict_to_visible(
        select(Resume).where(Resume.id == resume_id), user, Resume.candidate_id
    )
    return session.scalars(statement).one_or_none()


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


# --- audit -----------------------------------------------------------------------------


def log_activity(
    session: Session,
    action: str,
    *,
    user_id: uuid.UUID | None = None,
    entity_type: str | None = None,
    entity_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
    ip_address: str | None = None,
) -> ActivityLog:
    entry = ActivityLog(
        user_id=user_id,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        details=details,
        ip_address=ip_address,
    )
    session.add(entry)
    return entry


# --- users -----------------------------------------------------------------------------


def normalise_email(email: str) -> str:
    return email.strip().lower()


def get_user_by_email(session: Session, email: str) -> User | None:
    return session.scalars(select(User).where(User.email == normalise_email(email))).one_or_none()


def create_user(
    session: Session,
    *,
    email: str,
    password_hash: str,
    role: UserRole | str = UserRole.JUNIOR_RECRUITER,
    first_name: str | None = None,
    last_name: str | None = None,
) -> User:
    email = normalise_email(email)
    if get_user_by_email(session, email) is not None:
        raise Conflict(f"a user with email {email} already exists")
    user = User(
        email=email,
        password_hash=password_hash,
        role=UserRole(role).value,
        first_name=first_name,
        last_name=last_name,
    )
    session.add(user)
    session.flush()
    return user


# --- candidates and assignments --------------------------------------------------------


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
        elif assignment_type is AssignmentType.PRIMARY and row.assignment_type == "primary":
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


# --- resumes ---------------------------------------------------------------------------


def next_resume_version(session: Session, candidate_id: uuid.UUID) -> int:
    current = session.scalar(
        select(func.max(Resume.version_number)).where(Resume.candidate_id == candidate_id)
    )
    return (current or 0) + 1


def resume_by_hash(session: Session, file_hash: str) -> Resume | None:
    return session.scalars(select(Resume).where(Resume.file_hash == file_hash)).one_or_none()


def resume_sections(session: Session, resume_id: uuid.UUID) -> list[ResumeSection]:
    return list(
        session.scalars(
            select(ResumeSection)
            .where(ResumeSection.resume_id == resume_id)
            .order_by(ResumeSection.sequence_order)
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


# --- prompts ---------------------------------------------------------------------------


class PromptSource(Protocol):
    agent_type: str
    name: str
    system_prompt: str
    user_prompt_template: str
    model: str | None
    temperature: float
    max_tokens: int


def active_prompts(session: Session) -> dict[str, Prompt]:
    rows = session.scalars(select(Prompt).where(Prompt.is_active == true()))
    return {row.agent_type: row for row in rows}


def activate_prompt(session: Session, prompt: Prompt) -> None:
    # Deactivate first and flush so the one-active-per-type index never sees two.
    session.execute(
        update(Prompt)
        .where(Prompt.agent_type == prompt.agent_type, Prompt.id != prompt.id)
        .values(is_active=False)
    )
    session.flush()
    prompt.is_active = True
    session.flush()


def next_prompt_version(session: Session, agent_type: str) -> int:
    current = session.scalar(
        select(func.max(Prompt.version)).where(Prompt.agent_type == agent_type)
    )
    return (current or 0) + 1


def sync_prompts(session: Session, sources: Iterable[PromptSource]) -> list[Prompt]:
    """Load prompt files idempotently: a new active version only when the text changed.

    Returns the prompts created by this call.
    """
    created: list[Prompt] = []
    for source in sources:
        # Compare with the last version loaded from a file, so a version an admin made
        # through the API is not overwritten by an unchanged file on the next release.
        latest = session.scalars(
            select(Prompt)
            .where(Prompt.agent_type == source.agent_type, Prompt.created_by_user_id.is_(None))
            .order_by(Prompt.version.desc())
            .limit(1)
        ).one_or_none()
        if latest is not None and (
            latest.system_prompt,
            latest.user_prompt_template,
            latest.model,
            float(latest.temperature),
            latest.max_tokens,
            latest.name,
        ) == (
            source.system_prompt,
            source.user_prompt_template,
            source.model,
            float(source.temperature),
            source.max_tokens,
            source.name,
        ):
            continue
        prompt = Prompt(
            name=source.name,
            agent_type=source.agent_type,
            version=next_prompt_version(session, source.agent_type),
            system_prompt=source.system_prompt,
            user_prompt_template=source.user_prompt_template,
            model=source.model,
            temperature=source.temperature,
            max_tokens=source.max_tokens,
            is_active=False,
        )
        session.add(prompt)
        session.flush()
        activate_prompt(session, prompt)
        created.append(prompt)
    return created
