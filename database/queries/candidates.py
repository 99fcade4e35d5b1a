"""Candidates: the visible set, search, creation, changes and erasure."""

from __future__ import annotations

import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session, aliased
from sqlalchemy.types import Uuid

from core.enums import AssignmentType, CandidateStatus, ResumeStatus, UserRole
from database.models import Candidate, Resume, User, UserCandidateAssignment
from database.queries import search
from database.queries.access import restrict_to_visible, sees_all_candidates
from database.queries.common import Page, paginate
from database.queries.resumes import stored_filenames


def visible_candidates(user: User) -> Select[tuple[Candidate]]:
    return restrict_to_visible(select(Candidate), user, Candidate.id)


# A senior's search on PostgreSQL (every candidate visible; ``_senior_search_page``): up to
# this many matches are found first, sorted and counted (an exact total); more are paged by
# walking the listing in name order, and the total is the planner's estimate. Both ways
# cost the most near this number (reading that many candidates; walking about 55 for each
# row of the page), about 15 ms each at 110,000 candidates.
EXACT_SEARCH_TOTAL_UP_TO = 2_000
# A walk stops after this many candidates per row of the page (and of the pages before it),
# and after WALK_ROWS_AT_MOST, when the page is not full by then: the matches are few after
# all, and found first instead (or the page is far down: the walk then goes on to it).
WALK_ROWS_PER_ROW = 50
WALK_ROWS_AT_MOST = 4_000


def _by_name(statement: Select[Any]) -> Select[Any]:
    # The listing's stable order, searched or not: pages never shift between requests.
    return statement.order_by(Candidate.last_name, Candidate.first_name, Candidate.id)


def search_candidates(statement: Select[Any], found: search.Search) -> Select[Any]:
    """Narrow a candidate listing to those matching the search (``database.queries.search``:
    name, email, company and position by word prefix, the latest resume's text by word):
    on SQLite by the FTS5 index; on PostgreSQL each listed candidate is checked against its
    document, which suits a junior's few visible candidates."""
    if found.query is None:
        return statement.where(Candidate.id.in_(search.matching_candidate_ids(found)))
    return statement.where(search.row_matches(Candidate.id, found.query))


def list_visible_candidates(
    session: Session,
    user: User,
    *,
    page: int,
    size: int,
    status: CandidateStatus | None = None,
    text: str | None = None,
) -> Page[Candidate]:
    """The candidates ``user`` may see, by last name, first name and id; optionally one
    status and a search (``database.queries.search``). A junior sees, and finds, only the
    candidates actively assigned to them."""
    statement = visible_candidates(user)
    if status is not None:
        statement = statement.where(Candidate.status == CandidateStatus(status).value)
    if not text:
        return paginate(session, _by_name(statement), page, size)
    found = search.parse_search(session, text)
    if found is None:
        return Page(items=[], total=0)
    if found.query is None or not sees_all_candidates(user):
        return paginate(session, _by_name(search_candidates(statement, found)), page, size)
    return _senior_search_page(session, statement, found, status, page, size)


def _senior_search_page(
    session: Session,
    statement: Select[Any],
    found: search.Search,
    status: CandidateStatus | None,
    page: int,
    size: int,
) -> Page[Candidate]:
    """A page of a search over every candidate (PostgreSQL), by how many match.

    The planner estimates the matching documents first (EXPLAIN: one planning, nothing
    read). Few (up to ``EXACT_SEARCH_TOTAL_UP_TO``): the GIN index finds every match, whose
    candidates are read, sorted and paged with their exact count (``_matches_first``).
    Many: the listing (with its status filter) is walked in name order, each candidate
    checked against its document, until the page is full (a common word fills it after a
    few dozen rows), and the total is the planner's estimate (of those with the status).
    Finding every match of a common word first would read the posting lists of up to
    every candidate, and sort them all, for each page.

    An estimate can be too high (two common words that seldom meet): a walk stops after
    ``WALK_ROWS_PER_ROW`` candidates for each row it needs (half a first page found: as
    far again), and the matches are found first instead; if more than the limit match
    after all, the walk goes on from where it stopped.
    """
    offset = (page - 1) * size
    matches = search.matching_candidate_ids(found)
    # How many documents match decides (what finding them all first would read).
    estimate = search.estimated_rows(session, matches)
    rows: list[Candidate] | None = None
    if estimate > EXACT_SEARCH_TOTAL_UP_TO:
        scan = min(WALK_ROWS_PER_ROW * (offset + size), WALK_ROWS_AT_MOST)
        rows = list(session.scalars(_walked(statement, found, size, offset, scan)))
        if not offset and size > len(rows) >= size / 2:
            # Half a page found: as far again will most likely fill it.
            rows = _walk_on(session, statement, found, size, offset, rows, scan)
    if rows is None or len(rows) < size:
        # After a walk, the planner still expects many matches: a plan that scans the
        # documents would read each one.
        with search.index_scans_only(session, when=rows is not None):
            exact = _matches_first(session, statement, matches, page, size)
        if exact is not None:
            return exact
        rows = _walk_on(session, statement, found, size, offset, rows or [], None)
    if status is not None:  # the total shown: of those with the status asked for
        statement = statement.with_only_columns(Candidate.id)
        estimate = search.estimated_rows(session, statement.where(Candidate.id.in_(matches)))
    return Page(items=rows, total=max(estimate, offset + len(rows)), total_is_estimate=True)


def _matches_first(
    session: Session, statement: Select[Any], matches: Select[Any], page: int, size: int
) -> Page[Candidate] | None:
    """Every matching document found by the index first (a MATERIALIZED CTE), then its
    candidate read (the status checked there), sorted and paged: the page, the exact count
    and the guard in one statement. None when more than ``EXACT_SEARCH_TOTAL_UP_TO``
    documents match: only that many + 1 are ever read, sorted or counted."""
    first = matches.cte("matches").prefix_with("MATERIALIZED")
    limit = EXACT_SEARCH_TOTAL_UP_TO
    capped = select(first.c.candidate_id).limit(limit + 1).cte("capped")
    found = select(func.count()).select_from(capped).scalar_subquery()
    matched = _by_name(statement.where(Candidate.id.in_(select(capped.c.candidate_id))))
    query = matched.add_columns(func.count().over(), found).limit(size).offset((page - 1) * size)
    rows = session.execute(query).all()
    if rows and rows[0][2] > limit:
        return None  # the rows are of the first documents found only
    if rows:
        return Page(items=[row[0] for row in rows], total=int(rows[0][1]))
    # No row on this page: none at all, or past the last page (then the count alone).
    counted = search.count_up_to(session, matches, limit)
    if counted > limit:
        return None
    if counted:
        ids = statement.with_only_columns(Candidate.id)
        ids = ids.where(Candidate.id.in_(select(first.c.candidate_id))).subquery()
        counted = int(session.scalar(select(func.count()).select_from(ids)) or 0)
    return Page(items=[], total=counted)


def _walk_on(
    session: Session,
    statement: Select[Any],
    found: search.Search,
    size: int,
    offset: int,
    first_rows: list[Candidate],
    scan: int | None,
) -> list[Candidate]:
    """The page walked on (among ``scan`` more candidates at most when given): on the
    first page after the rows a walk found (from the last of them, by the listing's
    order), else from the start."""
    if offset or not first_rows:
        return list(session.scalars(_walked(statement, found, size, offset, scan)))
    last = first_rows[-1]
    after = tuple_(Candidate.last_name, Candidate.first_name, Candidate.id) > tuple_(
        literal(last.last_name), literal(last.first_name), literal(last.id, Uuid)
    )
    rest = _walked(statement.where(after), found, size - len(first_rows), 0, scan)
    return first_rows + list(session.scalars(rest))


def _walked(
    statement: Select[Any], found: search.Search, size: int, offset: int, scan: int | None
) -> Select[Any]:
    """A page of the listing walked in name order, each candidate checked against its
    document; only among the first ``scan`` candidates when given."""
    assert found.query is not None
    if scan is None:
        walk = search_candidates(statement, found)
        return _by_name(walk).limit(size).offset(offset)
    first = aliased(Candidate, _by_name(statement).limit(scan).subquery("walked"))
    walk = select(first).where(search.row_matches(first.id, found.query))
    walk = walk.order_by(first.last_name, first.first_name, first.id)
    return walk.limit(size).offset(offset)


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
# The fields a candidate's search document covers (with its latest resume's text).
SEARCHED_FIELDS = frozenset(
    {"first_name", "last_name", "email", "current_company", "current_position"}
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
    search.refresh_search_documents(session, [candidate.id])
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
    if edited & SEARCHED_FIELDS:
        search.refresh_search_documents(session, [candidate.id])


def delete_candidate(session: Session, candidate: Candidate) -> list[str]:
    """Erase the candidate and everything derived from it (resumes, sections, reviews,
    feedback, assignments and its search document cascade). Returns the storage keys of
    its files, for the caller to delete once the transaction has committed."""
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
