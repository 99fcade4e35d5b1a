"""Jobs in the workspace: the list, a new job from a pasted posting (requirements drafted,
then edited before saving), a job's page with its requirements, the candidates attached
to it ranked by fit in a requirement-by-candidate matrix that fills in live, stages, files
dropped on the job (each a new candidate attached to it), and the CSV.

Everything goes through :mod:`pipelines.jobs.service`, as the API does; a junior sees the
jobs and only the rows of candidates assigned to them.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from flask import redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from api.access import SENIOR_OR_ADMIN, client_ip
from api.db import get_session
from api.publishing import REQUEST_TRANSACTION
from api.state import state
from core.enums import (
    OPEN_REVIEW_STATUSES,
    ApplicationStage,
    RequirementCategory,
    RequirementKind,
)
from core.errors import InvalidRequest, NotFound
from database.models import Job
from database.queries import candidates
from pipelines.intake import accept_dropped_file
from pipelines.jobs import service
from pipelines.jobs.evaluation import job_requirements
from web.auth import login_required, require_role, signed_in_user
from web.views import blueprint
from web.views.resumes import _accepted, _checked, _file

bp = blueprint("web_jobs", __name__)

CATEGORY_LABELS = {
    "skill": "Skill",
    "years_experience": "Years of experience",
    "education": "Education",
    "certification": "Certification",
    "language": "Language",
    "location": "Location / work authorisation",
    "domain": "Domain",
    "other": "Other",
}
VERDICT_ICONS = {"met": "✓", "partial": "◐", "missing": "✗", "unclear": "?"}
VERDICT_LABELS = {"met": "Met", "partial": "Partly", "missing": "Missing", "unclear": "Unclear"}
BLANK_ROWS = 2


def _job(job_id: uuid.UUID) -> Job:
    job = service.get_job(get_session(), job_id)
    if job is None:
        raise NotFound()
    return job


def _page(template: str, status: int = 200, **context: Any) -> Response:
    html = render_template(
        template,
        categories=CATEGORY_LABELS,
        kinds=[k.value for k in RequirementKind],
        stages=[s.value for s in ApplicationStage],
        verdict_icons=VERDICT_ICONS,
        verdict_labels=VERDICT_LABELS,
        **context,
    )
    return Response(html, status=status, mimetype="text/html")


@bp.get("/jobs")
@login_required
def list_page() -> Response:
    user = signed_in_user()
    session = get_session()
    return _page(
        "web/jobs.html",
        jobs=service.list_jobs(session),
        counts=service.application_counts(session, user),
        manages=service.may_manage_jobs(user),
    )


# --- requirement rows in forms ---------------------------------------------------------


def _rows_from_form() -> tuple[list[dict[str, str]], list[service.RequirementInput], list[str]]:
    """The requirement rows as typed (to show again), the non-empty ones as inputs, and
    what is wrong with them."""
    form = request.form
    ids = form.getlist("req_id")
    texts = form.getlist("req_text")
    kinds = form.getlist("req_kind")
    weights = form.getlist("req_weight")
    categories = form.getlist("req_category")
    rows: list[dict[str, str]] = []
    inputs: list[service.RequirementInput] = []
    errors: list[str] = []
    for index, text in enumerate(texts):
        row = {
            "id": ids[index] if index < len(ids) else "",
            "text": text.strip()[:1000],
            "kind": kinds[index] if index < len(kinds) else "must",
            "weight": weights[index] if index < len(weights) else "2",
            "category": categories[index] if index < len(categories) else "",
        }
        rows.append(row)
        if not row["text"]:
            continue
        try:
            weight = int(row["weight"])
            requirement_id = uuid.UUID(row["id"]) if row["id"] else None
        except ValueError:
            errors.append(f"Requirement {index + 1}: choose a weight of 1, 2 or 3.")
            continue
        if row["category"] and row["category"] not in tuple(RequirementCategory):
            errors.append(f"Requirement {index + 1}: choose a category from the list.")
            continue
        inputs.append(
            service.RequirementInput(
                text=row["text"],
                kind=row["kind"],
                weight=weight,
                category=row["category"] or None,
                id=requirement_id,
            )
        )
    return rows, inputs, errors


def _rows_of(requirements: Sequence[Any]) -> list[dict[str, str]]:
    return [
        {
            "id": str(getattr(r, "id", "") or ""),
            "text": r.text,
            "kind": r.kind,
            "weight": str(r.weight),
            "category": r.category or "",
        }
        for r in requirements
    ]


def _with_blanks(rows: list[dict[str, str]]) -> list[dict[str, str]]:
    blank = {"id": "", "text": "", "kind": "must", "weight": "2", "category": ""}
    return rows + [dict(blank) for _ in range(BLANK_ROWS)]


# --- a new job -------------------------------------------------------------------------


@bp.get("/jobs/new")
@login_required
def new_page() -> Response:
    require_role(*SENIOR_OR_ADMIN)
    return _page("web/job_form.html", values={}, rows=[], errors=[], drafted=False)


@bp.post("/jobs/new")
@login_required
def create() -> Response:
    """Two steps on one form: "Draft requirements" reads the posting's requirement lines
    into editable rows; "Create job" saves the title, the posting and the rows."""
    user = require_role(*SENIOR_OR_ADMIN)
    values = {
        "title": request.form.get("title", "").strip()[:200],
        "description": request.form.get("description", "").strip()[:20_000],
    }
    if request.form.get("action") == "draft" or "req_text" not in request.form:
        drafted = service.draft_from_posting(values["description"])
        errors = [] if drafted else ["No requirement lines were found: type them below."]
        return _page(
            "web/job_form.html",
            values=values,
            rows=_with_blanks(_rows_of(drafted)),
            errors=errors,
            drafted=True,
        )
    rows, inputs, errors = _rows_from_form()
    if not values["title"]:
        errors.insert(0, "Give the job a title.")
    if not inputs:
        errors.append("Add at least one requirement.")
    if errors:
        return _page(
            "web/job_form.html", 422, values=values, rows=rows, errors=errors, drafted=True
        )
    try:
        job = service.create_job(
            get_session(),
            user,
            title=values["title"],
            description=values["description"],
            requirements=inputs,
            ip_address=client_ip(),
        )
    except InvalidRequest as error:
        return _page(
            "web/job_form.html", 422, values=values, rows=rows, errors=[error.message],
            drafted=True,
        )  # fmt: skip
    return redirect(url_for("web_jobs.show", job_id=job.id), 303)


# --- a job's page ----------------------------------------------------------------------


def _filters() -> dict[str, Any]:
    stage = request.args.get("stage", "")
    return {
        "must_met_only": request.args.get("must") == "1",
        "stage": stage if stage in tuple(ApplicationStage) else None,
    }


def _matrix_context(job: Job) -> dict[str, Any]:
    user = signed_in_user()
    session = get_session()
    filters = _filters()
    page = service.ranking(session, user, job, page=1, size=100, **filters)
    requirements = job_requirements(session, job.id)
    evaluations = [row.evaluation.id for row in page.items if row.evaluation]
    running = sum(
        1 for row in page.items if row.evaluation and row.evaluation.status in OPEN_REVIEW_STATUSES
    )
    return {
        "job": job,
        "requirements": requirements,
        "ranking": page,
        "filters": filters,
        "findings": service.evidence_findings(session, evaluations),
        "running": running,
        "manages": service.may_manage_jobs(user),
    }


@bp.get("/jobs/<uuid:job_id>")
@login_required
def show(job_id: uuid.UUID, status: int = 200, errors: Sequence[str] = ()) -> Response:
    job = _job(job_id)
    user = signed_in_user()
    context = _matrix_context(job)
    attachable: list[Any] = []
    if context["manages"]:
        attachable = candidates.list_visible_candidates(
            get_session(), user, page=1, size=100, status=None, text=None
        ).items
        attached = {row.candidate.id for row in context["ranking"].items}
        attachable = [c for c in attachable if c.id not in attached]
    return _page(
        "web/job.html",
        status,
        rows=_with_blanks(_rows_of(context["requirements"])),
        attachable=attachable,
        errors=list(errors),
        **context,
    )


@bp.get("/jobs/<uuid:job_id>/matrix")
@login_required
def matrix(job_id: uuid.UUID) -> Response:
    """The ranking matrix alone: the page's script swaps it in while evaluations run."""
    html = render_template(
        "web/_job_matrix.html",
        verdict_icons=VERDICT_ICONS,
        verdict_labels=VERDICT_LABELS,
        stages=[s.value for s in ApplicationStage],
        **_matrix_context(_job(job_id)),
    )
    return Response(html, mimetype="text/html")


@bp.post("/jobs/<uuid:job_id>/requirements")
@login_required
def save_requirements(job_id: uuid.UUID) -> Response:
    user = require_role(*SENIOR_OR_ADMIN)
    job = _job(job_id)
    _, inputs, errors = _rows_from_form()
    if not inputs:
        errors.append("Keep at least one requirement.")
    if errors:
        return show(job_id, 422, errors)
    try:
        service.update_job(
            get_session(), REQUEST_TRANSACTION, user, job, requirements=inputs,
            ip_address=client_ip(),
        )  # fmt: skip
    except InvalidRequest as error:
        return show(job_id, 422, [error.message])
    return redirect(url_for("web_jobs.show", job_id=job.id) + "#ranking", 303)


@bp.post("/jobs/<uuid:job_id>/status")
@login_required
def set_status(job_id: uuid.UUID) -> Response:
    user = require_role(*SENIOR_OR_ADMIN)
    job = _job(job_id)
    service.update_job(
        get_session(), REQUEST_TRANSACTION, user, job, status=request.form.get("status", ""),
        ip_address=client_ip(),
    )  # fmt: skip
    return redirect(url_for("web_jobs.show", job_id=job.id), 303)


def _candidate_ids() -> list[uuid.UUID]:
    try:
        return [uuid.UUID(value) for value in request.form.getlist("candidate_ids")]
    except ValueError as error:
        raise InvalidRequest("Choose candidates from the list.") from error


@bp.post("/jobs/<uuid:job_id>/candidates")
@login_required
def attach(job_id: uuid.UUID) -> Response:
    """Attach the candidates ticked on the job's page or on the candidates list."""
    user = require_role(*SENIOR_OR_ADMIN)
    job = _job(job_id)
    ids = _candidate_ids()
    if not ids:
        return show(job_id, 422, ["Tick the candidates to attach."])
    try:
        service.attach_candidates(
            get_session(), REQUEST_TRANSACTION, user, job, ids, ip_address=client_ip()
        )
    except InvalidRequest as error:
        return show(job_id, 422, [error.message])
    return redirect(url_for("web_jobs.show", job_id=job.id) + "#ranking", 303)


@bp.post("/jobs/attach")
@login_required
def attach_from_list() -> Response:
    """The candidates list's "Attach to job" form: the job is a field."""
    try:
        job_id = uuid.UUID(request.form.get("job_id", ""))
    except ValueError as error:
        raise InvalidRequest("Choose a job.") from error
    return attach(job_id)


@bp.post("/jobs/<uuid:job_id>/candidates/<uuid:candidate_id>/stage")
@login_required
def set_stage(job_id: uuid.UUID, candidate_id: uuid.UUID) -> Response:
    user = signed_in_user()
    session = get_session()
    application = service.visible_application(session, user, job_id, candidate_id)
    if application is None:
        raise NotFound()
    service.set_stage(
        session, user, application, request.form.get("stage", ""), ip_address=client_ip()
    )
    return redirect(url_for("web_jobs.show", job_id=job_id, **_kept_filters()) + "#ranking", 303)


def _kept_filters() -> dict[str, str]:
    return {k: v for k in ("must", "stage") if (v := request.form.get(f"keep_{k}", ""))}


@bp.post("/ui/jobs/<uuid:job_id>/uploads")
@login_required
def upload(job_id: uuid.UUID) -> tuple[dict[str, Any], int]:
    """One file dropped on the job's page: a new candidate (as on the candidates page),
    attached to the job, with its review and its evaluation queued."""
    user = require_role(*SENIOR_OR_ADMIN)
    job = _job(job_id)
    session = get_session()
    candidate, resume, review_request = accept_dropped_file(
        session, state().settings, REQUEST_TRANSACTION, user=user, upload=_checked(_file()),
        ip_address=client_ip(),
    )  # fmt: skip
    service.attach_candidates(
        session, REQUEST_TRANSACTION, user, job, [candidate.id], ip_address=client_ip()
    )
    return _accepted(candidate, resume, review_request.id), 202


@bp.get("/jobs/<uuid:job_id>/ranking.csv")
@login_required
def ranking_csv(job_id: uuid.UUID) -> Response:
    job = _job(job_id)
    body = service.ranking_csv(get_session(), signed_in_user(), job, **_filters())
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="ranking-{job.id}.csv"'},
    )
