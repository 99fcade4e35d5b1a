"""Candidates and their assignments."""

from __future__ import annotations

import uuid

from flask import request
from flask_openapi3 import APIBlueprint, Tag
from pydantic import ValidationError
from sqlalchemy import select

from api.access import (
    ADMIN_ONLY,
    BEARER_SECURITY,
    SENIOR_OR_ADMIN,
    audit,
    authenticate,
    require_auth,
    require_role,
    visible_candidate_or_404,
)
from api.db import after_commit, get_session
from api.errors import ConflictError, ErrorResponse, NotFound, Unprocessable
from api.schemas import (
    AssignmentCreate,
    AssignmentList,
    AssignmentOut,
    AssignmentPath,
    CandidateCreate,
    CandidateList,
    CandidateOut,
    CandidatePath,
    CandidateQuery,
    CandidateUpdate,
    UnassignQuery,
)
from api.state import state
from api.views.common import COMMON_ERRORS, dump, paginate
from database import repositories as repo
from database.models import Candidate, Resume, User, UserCandidateAssignment
from pipelines import storage

bp = APIBlueprint(
    "candidates",
    __name__,
    url_prefix="/candidates",
    abp_tags=[Tag(name="candidates")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
bp.before_request(require_auth)


def _email_taken(email: str | None, except_id: uuid.UUID | None = None) -> bool:
    if not email:
        return False
    statement = select(Candidate.id).where(Candidate.email == email)
    if except_id is not None:
        statement = statement.where(Candidate.id != except_id)
    return get_session().scalar(statement) is not None


@bp.get("", responses={200: CandidateList, 422: ErrorResponse})
def list_candidates(query: CandidateQuery) -> dict[str, object]:
    """Candidates the caller may see (a junior: only those actively assigned to them)."""
    user = authenticate()
    statement = repo.visible_candidates(user)
    if query.status is not None:
        statement = statement.where(Candidate.status == query.status.value)
    if query.q:
        statement = repo.search_candidates(statement, user, query.q)
    statement = statement.order_by(Candidate.last_name, Candidate.first_name, Candidate.id)
    rows, total = paginate(statement, query.page, query.size)
    return {
        "items": [dump(CandidateOut, row) for row in rows],
        "total": total,
        "page": query.page,
        "size": query.size,
    }


@bp.post("", responses={201: CandidateOut, 409: ErrorResponse, 422: ErrorResponse})
def create_candidate(body: CandidateCreate) -> tuple[dict[str, object], int]:
    """Any role; the creator becomes the candidate's primary recruiter."""
    user = authenticate()
    if _email_taken(body.email):
        raise ConflictError("A candidate with this email already exists.")
    candidate = repo.create_candidate(get_session(), user, **body.model_dump())
    audit("candidate.create", entity_type="candidate", entity_id=candidate.id)
    return dump(CandidateOut, candidate), 201


@bp.get("/<uuid:candidate_id>", responses={200: CandidateOut})
def get_candidate(path: CandidatePath) -> dict[str, object]:
    return dump(CandidateOut, visible_candidate_or_404(path.candidate_id))


@bp.patch(
    "/<uuid:candidate_id>",
    responses={200: CandidateOut, 409: ErrorResponse, 422: ErrorResponse},
)
def update_candidate(path: CandidatePath, body: CandidateUpdate) -> dict[str, object]:
    candidate = visible_candidate_or_404(path.candidate_id)
    changes = body.model_dump(exclude_unset=True)
    if "email" in changes and _email_taken(changes["email"], candidate.id):
        raise ConflictError("A candidate with this email already exists.")
    for name, value in changes.items():
        setattr(candidate, name, value.value if hasattr(value, "value") else value)
    get_session().flush()
    # Field names only: the log outlives an erasure, so it holds no personal data.
    audit(
        "candidate.update",
        entity_type="candidate",
        entity_id=candidate.id,
        details={"fields": sorted(changes)},
    )
    return dump(CandidateOut, candidate)


@bp.delete("/<uuid:candidate_id>", responses={204: None})
def delete_candidate(path: CandidatePath) -> tuple[str, int]:
    """Admin: erase the candidate, its stored files and everything derived from them
    (resumes, sections, review requests, results, feedback, assignments cascade)."""
    require_role(*ADMIN_ONLY)
    candidate = visible_candidate_or_404(path.candidate_id)
    session = get_session()
    keys = list(
        session.scalars(select(Resume.stored_filename).where(Resume.candidate_id == candidate.id))
    )
    candidate_id = candidate.id
    session.delete(candidate)
    session.flush()
    audit(
        "candidate.delete",
        entity_type="candidate",
        entity_id=candidate_id,
        details={"resumes_deleted": len(keys)},
    )
    files = storage.storage_for(state().settings.storage_dir)

    def _delete_files() -> None:
        # After the commit: a rolled-back delete must not lose the files.
        for key in keys:
            files.delete(key)

    after_commit(_delete_files)
    return "", 204


# --- assignments -----------------------------------------------------------------------


@bp.get("/<uuid:candidate_id>/assignments", responses={200: AssignmentList})
def list_assignments(path: CandidatePath) -> dict[str, object]:
    """The assignment history, oldest first (ended assignments included)."""
    candidate = visible_candidate_or_404(path.candidate_id)
    rows = get_session().scalars(
        select(UserCandidateAssignment)
        .where(UserCandidateAssignment.candidate_id == candidate.id)
        .order_by(UserCandidateAssignment.assigned_at, UserCandidateAssignment.id)
    )
    return {"items": [dump(AssignmentOut, row) for row in rows]}


@bp.post(
    "/<uuid:candidate_id>/assignments",
    responses={201: AssignmentOut, 409: ErrorResponse, 422: ErrorResponse},
)
def create_assignment(path: CandidatePath, body: AssignmentCreate) -> tuple[dict[str, object], int]:
    """Senior/admin: assign a recruiter. A new primary closes the current primary with
    ``reason``; the closed row stays as history."""
    actor = require_role(*SENIOR_OR_ADMIN)
    candidate = visible_candidate_or_404(path.candidate_id)
    session = get_session()
    target = session.get(User, body.user_id)
    if target is None:
        raise Unprocessable("The user to assign does not exist.", details={"field": "user_id"})
    before = {row.id for row in repo.active_assignments(session, candidate.id)}
    assignment = repo.assign_candidate(
        session,
        candidate=candidate,
        user=target,
        assigned_by=actor,
        assignment_type=body.assignment_type,
        replace_reason=body.reason,
    )
    after = {row.id for row in repo.active_assignments(session, candidate.id)}
    closed = sorted(str(row_id) for row_id in before - after)
    audit(
        "candidate.assign",
        entity_type="candidate",
        entity_id=candidate.id,
        details={
            "assignment_id": str(assignment.id),
            "user_id": str(target.id),
            "assignment_type": assignment.assignment_type,
            "reason": body.reason,
            "closed_assignment_ids": closed,
        },
    )
    return dump(AssignmentOut, assignment), 201


@bp.delete(
    "/<uuid:candidate_id>/assignments/<uuid:assignment_id>",
    responses={200: AssignmentOut, 409: ErrorResponse, 422: ErrorResponse},
)
def end_assignment(path: AssignmentPath, query: UnassignQuery) -> dict[str, object]:
    """Senior/admin: unassign with a reason (query ``reason`` or JSON ``{"reason": ...}``).
    The row stays, inactive, as history."""
    require_role(*SENIOR_OR_ADMIN)
    candidate = visible_candidate_or_404(path.candidate_id)
    reason = query.reason
    if not reason:
        payload = request.get_json(silent=True)
        if isinstance(payload, dict) and payload.get("reason") is not None:
            try:
                reason = UnassignQuery.model_validate({"reason": payload["reason"]}).reason
            except ValidationError as error:
                raise Unprocessable(
                    "The reason is invalid.", details={"field": "reason"}
                ) from error
    reason = (reason or "").strip()
    if not reason:
        raise Unprocessable("A reason is required.", details={"field": "reason"})
    session = get_session()
    assignment = session.get(UserCandidateAssignment, path.assignment_id)
    if assignment is None or assignment.candidate_id != candidate.id:
        raise NotFound()
    if not assignment.is_active:
        raise ConflictError("This assignment has already ended.")
    repo.end_assignment(assignment, reason)
    session.flush()
    audit(
        "candidate.unassign",
        entity_type="candidate",
        entity_id=candidate.id,
        details={
            "assignment_id": str(assignment.id),
            "user_id": str(assignment.user_id),
            "reason": reason,
        },
    )
    return dump(AssignmentOut, assignment)
