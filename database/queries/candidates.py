"""Candidates: the visible set, search, creation, changes and erasure."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from core.enums import AssignmentType, CandidateStatus, ResumeStatus, UserRole
from database.models import Candidate, Resume, User, UserCandidateAssignment
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


# A candidate's profile: what a recruiter types in the forms, and a resume may fill in.
PROFILE_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "current_company",
    "current_position",
    "years_experience",
)
PHONE_KEY_DIGITS = 10
MIN_PHONE_KEY_DIGITS = 7


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


def phone_key(phone: str | None) -> str | None:
    """A phone's last ten digits: the same number with or without its country code."""
    digits = re.sub(r"\D", "", phone or "")
    return digits[-PHONE_KEY_DIGITS:] if len(digits) >= MIN_PHONE_KEY_DIGITS else None


def create_candidate(session: Session, creator: User, **fields: Any) -> Candidate:
    """Create a candidate and assign it to its creator as ``primary``."""
    candidate = Candidate(created_by_user_id=creator.id, **fields)
    candidate.phone_key = phone_key(candidate.phone)
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
    """Set the given fields, as a person typed them (enum values are stored as their value).
    A field whose value changes is typed from now on: it leaves ``profile_from_resume``, and
    no resume fills it again; a typed name is no longer provisional."""
    edited: set[str] = set()
    for name, value in changes.items():
        value = value.value if hasattr(value, "value") else value
        if getattr(candidate, name) != value:
            edited.add(name)
        setattr(candidate, name, value)
    if edited:
        remaining = set(candidate.profile_from_resume or []) - edited
        candidate.profile_from_resume = sorted(remaining) or None
    if edited & {"first_name", "last_name"}:
        candidate.awaiting_resume = False
    if "phone" in edited:
        candidate.phone_key = phone_key(candidate.phone)
    session.flush()


def delete_candidate(session: Session, candidate: Candidate) -> list[str]:
    """Erase the candidate and everything derived from it (resumes, sections, reviews,
    feedback and assignments cascade). Returns the storage keys of its files, for the
    caller to delete once the transaction has committed."""
    keys = stored_filenames(session, candidate.id)
    session.delete(candidate)
    session.flush()
    return keys


@dataclass(frozen=True)
class PossibleDuplicate:
    candidate: Candidate
    same: tuple[str, ...]  # "email", "phone"


def possible_duplicates(
    session: Session, user: User, candidate: Candidate, limit: int = 5
) -> list[PossibleDuplicate]:
    """Other candidates ``user`` may see whose email (typed or on their resume) or phone is
    this candidate's: possibly the same person. Only visible ones: a junior learns nothing
    of candidates not assigned to them."""
    emails = sorted({e for e in (candidate.email, candidate.resume_email) if e})
    matches = []
    if emails:
        matches += [Candidate.email.in_(emails), Candidate.resume_email.in_(emails)]
    if candidate.phone_key:
        matches.append(Candidate.phone_key == candidate.phone_key)
    if not matches:
        return []
    statement = select(Candidate).where(Candidate.id != candidate.id, or_(*matches))
    statement = restrict_to_visible(statement, user, Candidate.id).order_by(
        Candidate.last_name, Candidate.first_name
    )
    found = []
    for other in session.scalars(statement.limit(limit)):
        same = []
        if {other.email, other.resume_email} & set(emails):
            same.append("email")
        if candidate.phone_key and other.phone_key == candidate.phone_key:
            same.append("phone")
        found.append(PossibleDuplicate(other, tuple(same)))
    return found


def removable_by_uploader(session: Session, user: User, candidate: Candidate) -> bool:
    """A candidate made by ``user`` whose every resume could not be read: its uploader may
    remove it (whatever their role), as a mistake of their own drop."""
    if candidate.created_by_user_id != user.id:
        return False
    statuses = set(
        session.scalars(select(Resume.status).where(Resume.candidate_id == candidate.id))
    )
    return statuses == {ResumeStatus.FAILED.value}


def may_erase(session: Session, user: User, candidate: Candidate) -> bool:
    """Who may erase a candidate: an admin, or the uploader of a file that could not be read."""
    return user.role == UserRole.ADMIN or removable_by_uploader(session, user, candidate)
