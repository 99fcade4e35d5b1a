"""Jobs: requirements, candidates attached to a job (applications), their evaluations and
the ranking. Everyone sees the jobs; seniors and admins create and edit them and attach
candidates; a junior sees, and moves through stages, only the applications of candidates
assigned to them (others are 404, and not counted)."""

from __future__ import annotations

from flask import Response
from flask_openapi3 import APIBlueprint, Tag

from api.access import (
    BEARER_SECURITY,
    SENIOR_OR_ADMIN,
    authenticate,
    client_ip,
    guard,
)
from api.db import get_session
from api.errors import ErrorResponse
from api.publishing import REQUEST_TRANSACTION
from api.schemas import (
    ApplicationList,
    ApplicationOut,
    ApplicationPath,
    AttachCandidates,
    JobCreate,
    JobList,
    JobOut,
    JobPath,
    JobQuery,
    JobUpdate,
    JobUpdated,
    RankingPage,
    RankingQuery,
    RequirementIn,
    ReviewRequestOut,
    StageUpdate,
)
from api.views.common import COMMON_ERRORS, dump
from core.errors import NotFound
from database.models import Job, JobApplication
from pipelines.jobs import service
from pipelines.jobs.evaluation import job_requirements

bp = APIBlueprint(
    "jobs",
    __name__,
    url_prefix="/jobs",
    abp_tags=[Tag(name="jobs")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
# Creating and editing jobs and attaching candidates are for seniors and admins.
bp.before_request(
    guard({name: SENIOR_OR_ADMIN for name in ("create_job", "update_job", "attach_candidates")})
)


def _job_or_404(job_id: object) -> Job:
    job = service.get_job(get_session(), job_id)
    if job is None:
        raise NotFound()
    return job


def _inputs(items: list[RequirementIn] | None) -> list[service.RequirementInput] | None:
    if items is None:
        return None
    return [
        service.RequirementInput(
            text=item.text, kind=item.kind, weight=item.weight, category=item.category, id=item.id
        )
        for item in items
    ]


def _job_body(job: Job) -> dict[str, object]:
    return dump(JobOut, job, requirements=job_requirements(get_session(), job.id))


@bp.post("", responses={201: JobOut, 422: ErrorResponse})
def create_job(body: JobCreate) -> tuple[dict[str, object], int]:
    """Senior or admin. Without ``requirements`` they are drafted offline from the
    posting's requirement lines, to be edited (PATCH) before candidates are attached."""
    job = service.create_job(
        get_session(),
        authenticate(),
        title=body.title,
        description=body.description,
        requirements=_inputs(body.requirements),
        ip_address=client_ip(),
    )
    return _job_body(job), 201


@bp.get("", responses={200: JobList})
def list_jobs(query: JobQuery) -> dict[str, object]:
    """Every job, open ones first, newest first."""
    return {
        "items": [_job_body(job) for job in service.list_jobs(get_session(), status=query.status)]
    }


@bp.get("/<uuid:job_id>", responses={200: JobOut})
def get_job(path: JobPath) -> dict[str, object]:
    return _job_body(_job_or_404(path.job_id))


@bp.patch("/<uuid:job_id>", responses={200: JobUpdated, 422: ErrorResponse})
def update_job(path: JobPath, body: JobUpdate) -> dict[str, object]:
    """Senior or admin. Changed requirements re-evaluate every attached candidate in
    ``changed`` mode: verdicts on unchanged requirements are carried, only new or reworded
    ones are asked (a weight or kind change asks nothing and moves the fit score)."""
    job = _job_or_404(path.job_id)
    queued = service.update_job(
        get_session(),
        REQUEST_TRANSACTION,
        authenticate(),
        job,
        title=body.title,
        description=body.description,
        status=body.status,
        requirements=_inputs(body.requirements),
        ip_address=client_ip(),
    )
    return {**_job_body(job), "evaluations_queued": len(queued)}


def _application_body(application: JobApplication) -> ApplicationOut:
    evaluation = application.evaluation
    return ApplicationOut(
        id=application.id,
        candidate_id=application.candidate_id,
        stage=application.stage,
        evaluation=ReviewRequestOut.model_validate(evaluation) if evaluation else None,
    )


@bp.post("/<uuid:job_id>/candidates", responses={202: ApplicationList, 422: ErrorResponse})
def attach_candidates(path: JobPath, body: AttachCandidates) -> tuple[dict[str, object], int]:
    """Senior or admin: attach 1 to 100 candidates, all or nothing. Each gets an
    application (stage ``new``) and an evaluation of its latest resume, queued; a candidate
    already attached comes back unchanged. An unknown id: 422 with ``details.field =
    "candidate_ids"`` and nothing attached."""
    job = _job_or_404(path.job_id)
    applications = service.attach_candidates(
        get_session(),
        REQUEST_TRANSACTION,
        authenticate(),
        job,
        body.candidate_ids,
        ip_address=client_ip(),
    )
    items = [_application_body(a).model_dump(mode="json") for a in applications]
    return {"items": items}, 202


@bp.patch(
    "/<uuid:job_id>/candidates/<uuid:candidate_id>",
    responses={200: ApplicationOut, 422: ErrorResponse},
)
def set_stage(path: ApplicationPath, body: StageUpdate) -> dict[str, object]:
    """Move an application to another stage (new, screening, shortlisted, rejected,
    hired); audited."""
    user = authenticate()
    session = get_session()
    application = service.visible_application(session, user, path.job_id, path.candidate_id)
    if application is None:
        raise NotFound()
    service.set_stage(session, user, application, body.stage, ip_address=client_ip())
    return _application_body(application).model_dump(mode="json")


@bp.get("/<uuid:job_id>/ranking", responses={200: RankingPage})
def ranking(path: JobPath, query: RankingQuery) -> dict[str, object]:
    """The job's candidates in rank order: every must-have met first, then fit score, then
    last name and id. Each with its verdict per requirement (in the job's order), the
    reason and the verbatim evidence (offsets into the resume's extracted text). For a
    junior, only assigned candidates, and ``total`` counts them only."""
    job = _job_or_404(path.job_id)
    session = get_session()
    page = service.ranking(
        session,
        authenticate(),
        job,
        page=query.page,
        size=query.size,
        must_met_only=query.must_met_only,
        stage=query.stage,
    )
    requirements = job_requirements(session, job.id)
    return RankingPage(
        items=[service.ranked_item(row, requirements) for row in page.items],  # type: ignore[misc]
        total=page.total,
        page=query.page,
        size=query.size,
    ).model_dump(mode="json")


@bp.get("/<uuid:job_id>/ranking.csv", responses={200: None})
def ranking_csv(path: JobPath, query: RankingQuery) -> Response:
    """The whole ranking (all pages) as CSV, one column per requirement."""
    job = _job_or_404(path.job_id)
    body = service.ranking_csv(
        get_session(), authenticate(), job, must_met_only=query.must_met_only, stage=query.stage
    )
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="ranking-{job.id}.csv"'},
    )
