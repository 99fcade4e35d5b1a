"""Candidates: the list a role may see (search, filter, pages), a candidate's page with its
resume versions, reviews and assignments, creating and editing, and, for seniors and
admins, assigning and unassigning with a reason."""

from __future__ import annotations

import math
import uuid

from flask import redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from api.access import SENIOR_OR_ADMIN, audit, client_ip
from api.db import get_session
from api.publishing import REQUEST_TRANSACTION
from api.state import state
from core.enums import AssignmentType, CandidateStatus, JobStatus, UserRole
from core.errors import Conflict, InvalidRequest, NotFound
from database.models import Candidate
from database.queries import assignments, candidates, resumes, reviews, users
from database.queries.access import sees_all_candidates
from pipelines.intake import erase_candidate
from pipelines.jobs.service import candidate_applications, list_jobs, may_manage_jobs
from web.auth import login_required, require_role, signed_in_user
from web.forms import (
    FIELD_LABELS,
    candidate_values,
    validate_candidate_changes,
    validate_new_candidate,
)
from web.views import blueprint

bp = blueprint("web_candidates", __name__)

PAGE_SIZE = 25
EMAIL_TAKEN = "A candidate with this email already exists."


def visible_candidate(candidate_id: uuid.UUID) -> Candidate:
    """The candidate if the user may see it; otherwise the same 404 as a missing one."""
    candidate = candidates.get_visible_candidate(get_session(), signed_in_user(), candidate_id)
    if candidate is None:
        raise NotFound()
    return candidate


def _int_arg(name: str, default: int, low: int, high: int) -> int:
    try:
        return min(high, max(low, int(request.args.get(name, default))))
    except ValueError:
        return default


def candidate_list_page() -> Response:
    user = signed_in_user()
    text = request.args.get("q", "").strip()[:255]
    status = request.args.get("status", CandidateStatus.ACTIVE.value)
    status_filter = status if status in {s.value for s in CandidateStatus} else None
    page_number = _int_arg("page", 1, 1, 100_000)
    session = get_session()
    page = candidates.list_visible_candidates(
        session,
        user,
        page=page_number,
        size=PAGE_SIZE,
        status=CandidateStatus(status_filter) if status_filter else None,
        text=text or None,
    )
    latest = reviews.latest_review_by_candidate(session, [c.id for c in page.items])
    html = render_template(
        "web/candidates.html",
        page=page,
        latest=latest,
        q=text,
        status=status_filter or "all",
        page_number=page_number,
        pages=max(1, math.ceil(page.total / PAGE_SIZE)),
        sees_all=sees_all_candidates(user),
        # Seniors and admins attach ticked candidates to an open job from here.
        open_jobs=list_jobs(session, status=JobStatus.OPEN) if may_manage_jobs(user) else [],
    )
    return Response(html, mimetype="text/html")


@bp.get("/candidates")
@login_required
def list_page() -> Response:
    return candidate_list_page()


def _form_page(template: str, status: int = 200, **context: object) -> Response:
    html = render_template(template, labels=FIELD_LABELS, **context)
    return Response(html, status=status, mimetype="text/html")


@bp.get("/candidates/new")
@login_required
def new_page() -> Response:
    return _form_page("web/candidate_form.html", values={}, errors={}, candidate=None)


@bp.post("/candidates/new")
@login_required
def create() -> Response:
    values = candidate_values(request.form)
    body, errors = validate_new_candidate(values)
    session = get_session()
    if body is not None and candidates.candidate_email_taken(session, body.email):
        errors = {"email": EMAIL_TAKEN}
    if body is None or errors:
        return _form_page(
            "web/candidate_form.html", 422, values=values, errors=errors, candidate=None
        )
    candidate = candidates.create_candidate(session, signed_in_user(), **body.model_dump())
    audit("candidate.create", entity_type="candidate", entity_id=candidate.id)
    return redirect(url_for("web_candidates.show", candidate_id=candidate.id), 303)


@bp.get("/candidates/<uuid:candidate_id>")
@login_required
def show(candidate_id: uuid.UUID) -> Response:
    return candidate_page(visible_candidate(candidate_id))


def candidate_page(
    candidate: Candidate,
    status: int = 200,
    assign_errors: dict[str, str] | None = None,
    upload_error: str | None = None,
) -> Response:
    session = get_session()
    user = signed_in_user()
    manages = user.role in SENIOR_OR_ADMIN
    versions = resumes.candidate_resumes(session, candidate.id)
    latest = versions[0] if versions else None
    html = render_template(
        "web/candidate.html",
        candidate=candidate,
        versions=versions,
        from_resume=set(candidate.profile_from_resume or []),
        duplicates=candidates.possible_duplicates(session, user, candidate),
        unread_reason=latest.error_message if latest and latest.status == "failed" else None,
        removable=candidates.may_erase(session, user, candidate),
        requests=reviews.candidate_review_requests(session, candidate.id),
        applications=candidate_applications(session, candidate.id),
        history=assignments.assignment_history_with_users(session, candidate.id),
        manages=manages,
        assignable=users.list_users(session, page=1, size=100, is_active=True).items
        if manages
        else [],
        assign_values=dict(request.form) if assign_errors else {},
        assign_errors=assign_errors or {},
        assignment_types=[t.value for t in AssignmentType],
        upload_error=upload_error,
        job_description=request.form.get("job_description", "") if upload_error else "",
    )
    return Response(html, status=status, mimetype="text/html")


@bp.get("/candidates/<uuid:candidate_id>/edit")
@login_required
def edit_page(candidate_id: uuid.UUID) -> Response:
    candidate = visible_candidate(candidate_id)
    values = {
        name: "" if getattr(candidate, name) is None else str(getattr(candidate, name))
        for name in (*FIELD_LABELS,)
    }
    return _form_page("web/candidate_form.html", values=values, errors={}, candidate=candidate)


@bp.post("/candidates/<uuid:candidate_id>/edit")
@login_required
def update(candidate_id: uuid.UUID) -> Response:
    candidate = visible_candidate(candidate_id)
    values = candidate_values(request.form, with_status=True)
    body, errors = validate_candidate_changes(values)
    session = get_session()
    if body is not None and candidates.candidate_email_taken(session, body.email, candidate.id):
        errors = {"email": EMAIL_TAKEN}
    if body is None or errors:
        return _form_page(
            "web/candidate_form.html", 422, values=values, errors=errors, candidate=candidate
        )
    changes = body.model_dump()
    changed = sorted(name for name, value in changes.items() if getattr(candidate, name) != value)
    if changed:
        candidates.update_candidate(session, candidate, {n: changes[n] for n in changed})
        audit("candidate.update", entity_type="candidate", entity_id=candidate.id,
              details={"fields": changed})  # fmt: skip
    return redirect(url_for("web_candidates.show", candidate_id=candidate.id), 303)


@bp.post("/candidates/<uuid:candidate_id>/assignments")
@login_required
def assign(candidate_id: uuid.UUID) -> Response:
    actor = require_role(*SENIOR_OR_ADMIN)
    candidate = visible_candidate(candidate_id)
    session = get_session()
    email = request.form.get("email", "").strip()
    kind = request.form.get("assignment_type", AssignmentType.PRIMARY.value)
    reason = request.form.get("reason", "").strip()[:1000] or None
    target = users.get_user_by_email(session, email) if email else None
    errors: dict[str, str] = {}
    if target is None:
        errors["email"] = "No user has this email."
    if kind not in {t.value for t in AssignmentType}:
        errors["assignment_type"] = "Choose primary or secondary."
    if errors:
        return candidate_page(candidate, 422, errors)
    assert target is not None
    try:
        _, details = assignments.assign_with_audit_details(
            session, candidate=candidate, user=target, assigned_by=actor,
            assignment_type=kind, reason=reason,
        )  # fmt: skip
    except Conflict as error:
        return candidate_page(candidate, 409, {"email": error.message.capitalize() + "."})
    audit("candidate.assign", entity_type="candidate", entity_id=candidate.id, details=details)
    return redirect(url_for("web_candidates.show", candidate_id=candidate.id) + "#assignments", 303)


@bp.post("/candidates/<uuid:candidate_id>/assignments/<uuid:assignment_id>/end")
@login_required
def unassign(candidate_id: uuid.UUID, assignment_id: uuid.UUID) -> Response:
    require_role(*SENIOR_OR_ADMIN)
    candidate = visible_candidate(candidate_id)
    session = get_session()
    assignment = assignments.get_assignment(session, assignment_id)
    if assignment is None or assignment.candidate_id != candidate.id:
        raise NotFound()
    reason = request.form.get("reason", "").strip()[:1000]
    if not reason:
        return candidate_page(candidate, 422, {f"reason-{assignment.id}": "Give a reason."})
    try:
        details = assignments.unassign(session, assignment, reason)
    except Conflict as error:
        raise InvalidRequest(error.message) from error
    audit("candidate.unassign", entity_type="candidate", entity_id=candidate.id, details=details)
    return redirect(url_for("web_candidates.show", candidate_id=candidate.id) + "#assignments", 303)


@bp.post("/candidates/<uuid:candidate_id>/remove")
@login_required
def remove(candidate_id: uuid.UUID) -> Response:
    """Erase a candidate: an admin, or the recruiter whose dropped file could not be read
    (any role). Audited; the stored files go once the erasure commits."""
    candidate = visible_candidate(candidate_id)
    user = signed_in_user()
    session = get_session()
    if not candidates.may_erase(session, user, candidate):
        require_role(UserRole.ADMIN)
    erase_candidate(
        session, state().settings, REQUEST_TRANSACTION, candidate=candidate, user=user,
        ip_address=client_ip(),
    )  # fmt: skip
    return redirect(url_for("web_candidates.list_page"), 303)
