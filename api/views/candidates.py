"""Candidates and their assignments."""

from __future__ import annotations

import uuid

from flask import request
from flask_openapi3 import APIBlueprint, Tag
from pydantic import ValidationError

from api.access import (
    ADMIN_ONLY,
    BEARER_SECURITY,
    SENIOR_OR_ADMIN,
    audit,
    authenticate,
    client_ip,
    guard,
    require_role,
    visible_candidate_or_404,
)
from api.db import get_session
from api.errors import ErrorResponse
from api.publishing import REQUEST_TRANSACTION
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
from api.views.common import COMMON_ERRORS, dump, page_body
from core.errors import Conflict, InvalidRequest, NotFound
from database.queries import assignments, candidates, users
from pipelines.intake import erase_candidate

bp = APIBlueprint(
    "candidates",
    __name__,
    url_prefix="/candidates",
    abp_tags=[Tag(name="candidates")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
bp.before_request(
    guard(
        dict.fromkeys(("create_assignment", "end_assignment"), SENIOR_OR_ADMIN),
        # An admin's, or the uploader's of a file that could not be read: decided by the view.
        own_checks=frozenset({"delete_candidate"}),
    )
)


EMAIL_TAKEN = "A candidate with this email already exists."


def _check_email_free(email: str | None, except_id: uuid.UUID | None = None) -> None:
    if candidates.candidate_email_taken(get_session(), email, except_id):
        raise Conflict(EMAIL_TAKEN)


@bp.get("", responses={200: CandidateList, 422: ErrorResponse})
def list_candidates(query: CandidateQuery) -> dict[str, object]:
    """Candidates the caller may see (a junior: only those actively assigned to them), by
    last name, first name and id. `q` searches names, email, current company and position
    (by word prefix) and the text of each candidate's latest resume (by word, stemmed)."""
    page = candidates.list_visible_candidates(
        get_session(),
        authenticate(),
        page=query.page,
        size=query.size,
        status=query.status,
        text=query.q,
    )
    return page_body(CandidateOut, page, query.page, query.size)


@bp.post("", responses={201: CandidateOut, 409: ErrorResponse, 422: ErrorResponse})
def create_candidate(body: CandidateCreate) -> tuple[dict[str, object], int]:
    """Any role; the creator becomes the candidate's primary recruiter."""
    user = authenticate()
    _check_email_free(body.email)
    candidate = candidates.create_candidate(get_session(), user, **body.model_dump())
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
    if "email" in changes:
        _check_email_free(changes["email"], candidate.id)
    candidates.update_candidate(get_session(), candidate, changes)
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
    (resumes, sections, review requests, results, feedback, assignments cascade). The
    recruiter who created a candidate by uploading a file that could not be read may
    remove it too, whatever their role."""
    user = authenticate()
    session = get_session()
    candidate = candidates.get_visible_candidate(session, user, path.candidate_id)
    if candidate is None or not candidates.may_erase(session, user, candidate):
        require_role(*ADMIN_ONLY)  # the role first (403), as for every admin action
    if candidate is None:
        raise NotFound()
    erase_candidate(
        session, state().settings, REQUEST_TRANSACTION, candidate=candidate, user=user,
        ip_address=client_ip(),
    )  # fmt: skip
    return "", 204


# --- assignments -----------------------------------------------------------------------


@bp.get("/<uuid:candidate_id>/assignments", responses={200: AssignmentList})
def list_assignments(path: CandidatePath) -> dict[str, object]:
    """The assignment history, oldest first (ended assignments included)."""
    candidate = visible_candidate_or_404(path.candidate_id)
    rows = assignments.assignment_history(get_session(), candidate.id)
    return {"items": [dump(AssignmentOut, row) for row in rows]}


@bp.post(
    "/<uuid:candidate_id>/assignments",
    responses={201: AssignmentOut, 409: ErrorResponse, 422: ErrorResponse},
)
def create_assignment(path: CandidatePath, body: AssignmentCreate) -> tuple[dict[str, object], int]:
    """Senior/admin: assign a recruiter. A new primary closes the current primary with
    ``reason``; the closed row stays as history."""
    actor = authenticate()
    candidate = visible_candidate_or_404(path.candidate_id)
    session = get_session()
    target = users.get_user(session, body.user_id)
    if target is None:
        raise InvalidRequest("The user to assign does not exist.", details={"field": "user_id"})
    assignment, details = assignments.assign_with_audit_details(
        session,
        candidate=candidate,
        user=target,
        assigned_by=actor,
        assignment_type=body.assignment_type,
        reason=body.reason,
    )
    audit("candidate.assign", entity_type="candidate", entity_id=candidate.id, details=details)
    return dump(AssignmentOut, assignment), 201


@bp.delete(
    "/<uuid:candidate_id>/assignments/<uuid:assignment_id>",
    responses={200: AssignmentOut, 409: ErrorResponse, 422: ErrorResponse},
)
def end_assignment(path: AssignmentPath, query: UnassignQuery) -> dict[str, object]:
    """Senior/admin: unassign with a reason (query ``reason`` or JSON ``{"reason": ...}``).
    The row stays, inactive, as history."""
    candidate = visible_candidate_or_404(path.candidate_id)
    reason = query.reason
    if not reason:
        payload = request.get_json(silent=True)
        if isinstance(payload, dict) and payload.get("reason") is not None:
            try:
                reason = UnassignQuery.model_validate({"reason": payload["reason"]}).reason
            except ValidationError as error:
                raise InvalidRequest(
                    "The reason is invalid.", details={"field": "reason"}
                ) from error
    reason = (reason or "").strip()
    if not reason:
        raise InvalidRequest("A reason is required.", details={"field": "reason"})
    session = get_session()
    assignment = assignments.get_assignment(session, path.assignment_id)
    if assignment is None or assignment.candidate_id != candidate.id:
        raise NotFound()
    details = assignments.unassign(session, assignment, reason)
    audit("candidate.unassign", entity_type="candidate", entity_id=candidate.id, details=details)
    return dump(AssignmentOut, assignment)
