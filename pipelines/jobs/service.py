"""Jobs, their requirements and applications: the one home of what the API and the
workspace do with them, inside the caller's transaction.

- Seniors and admins create and edit jobs (:func:`may_manage_jobs`); everyone sees the
  jobs, and a junior sees only the applications of candidates assigned to them.
- Requirements omitted at creation are drafted from the posting
  (:func:`pipelines.jobs.drafting.draft_requirements`), to be edited before use.
- Attaching a candidate (:func:`attach_candidates`, 1 to 100 at once, all or nothing) makes
  an application and, when the candidate has a resume, an evaluation: a review request
  carrying the job, run by the review chain with the ``requirements`` agent only.
- Editing requirements re-evaluates every application in ``changed`` mode: verdicts of
  unchanged requirements are carried, only new or reworded ones are asked
  (:func:`update_job`). A new resume version is evaluated for each open job it is attached
  to (:func:`pipelines.intake.evaluate_new_resume`, at upload).
- :func:`ranking` orders a job's applications: every must-have met first, then fit score,
  then last name and id.

Every change lands in ``activity_logs``.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, and_, case, func, select
from sqlalchemy.orm import Session

from core.enums import (
    AgentType,
    ApplicationStage,
    JobStatus,
    RequirementCategory,
    RequirementKind,
    ReviewMode,
    UserRole,
    Verdict,
)
from core.errors import InvalidRequest
from database.models import (
    Candidate,
    Job,
    JobApplication,
    JobRequirement,
    RequirementVerdict,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
    User,
)
from database.queries.access import restrict_to_visible
from database.queries.activity import log_activity
from database.queries.common import Page
from pipelines.intake import TransactionHooks, request_evaluation
from pipelines.jobs.drafting import draft_requirements, guess_category
from pipelines.jobs.evaluation import job_requirements

MAX_ATTACH = 100
MAX_REQUIREMENTS = 40
REQUIREMENTS_AGENT = AgentType.REQUIREMENTS.value


def may_manage_jobs(user: User) -> bool:
    return user.role in (UserRole.SENIOR_RECRUITER, UserRole.ADMIN)


@dataclass(frozen=True)
class RequirementInput:
    """A requirement as a recruiter writes it; ``id`` names an existing one to keep."""

    text: str
    kind: str = RequirementKind.MUST.value
    weight: int = 2
    category: str | None = None  # guessed from the text when not given
    id: uuid.UUID | None = None


# --- jobs ------------------------------------------------------------------------------


def get_job(session: Session, job_id: uuid.UUID | None) -> Job | None:
    """Any job (every role sees the jobs); None for an unknown id."""
    return session.get(Job, job_id) if job_id is not None else None


def list_jobs(session: Session, *, status: str | None = None) -> list[Job]:
    statement = select(Job).order_by(Job.status, Job.created_at.desc())
    if status:
        statement = statement.where(Job.status == status)
    return list(session.scalars(statement))


def application_counts(session: Session, user: User) -> dict[uuid.UUID, int]:
    """Applications per job the user may see."""
    statement = restrict_to_visible(
        select(JobApplication.job_id, func.count()).group_by(JobApplication.job_id),
        user,
        JobApplication.candidate_id,
    )
    return {job_id: int(count) for job_id, count in session.execute(statement).all()}


def draft_from_posting(description: str) -> list[RequirementInput]:
    return [
        RequirementInput(text=d.text, kind=d.kind, weight=d.weight, category=d.category)
        for d in draft_requirements(description, limit=MAX_REQUIREMENTS)
    ]


def create_job(
    session: Session,
    user: User,
    *,
    title: str,
    description: str,
    requirements: Sequence[RequirementInput] | None,
    ip_address: str | None = None,
) -> Job:
    """A job owned by ``user``; without ``requirements`` they are drafted from the
    posting."""
    drafted = requirements is None
    job = Job(
        title=title.strip(),
        description=description.strip(),
        status=JobStatus.OPEN.value,
        owner_user_id=user.id,
    )
    session.add(job)
    session.flush()
    wanted = draft_from_posting(description) if requirements is None else list(requirements)
    _replace_requirements(session, job, wanted)
    log_activity(
        session,
        "job.create",
        user_id=user.id,
        entity_type="job",
        entity_id=job.id,
        details={"title": job.title, "requirements": len(wanted), "drafted": drafted},
        ip_address=ip_address,
    )
    return job


def _checked(requirement: RequirementInput) -> RequirementInput:
    text = " ".join(requirement.text.split())
    if not text:
        raise InvalidRequest("A requirement needs its text.", details={"field": "requirements"})
    category = requirement.category or guess_category(text)
    if requirement.kind not in tuple(RequirementKind):
        raise InvalidRequest(
            f"A requirement's kind is must or nice, not {requirement.kind!r}.",
            details={"field": "requirements"},
        )
    if category not in tuple(RequirementCategory):
        raise InvalidRequest(
            f"Unknown requirement category {category!r}.", details={"field": "requirements"}
        )
    if not 1 <= requirement.weight <= 3:
        raise InvalidRequest(
            "A requirement's weight is 1, 2 or 3.", details={"field": "requirements"}
        )
    return RequirementInput(
        text=text[:1000],
        kind=requirement.kind,
        weight=requirement.weight,
        category=category,
        id=requirement.id,
    )


@dataclass
class RequirementChanges:
    asked_again: int = 0  # added, or reworded / recategorised (their verdicts are asked again)
    reweighted: int = 0  # kind or weight changed (the fit score changes, no new question)
    removed: int = 0
    kept: int = 0

    @property
    def any(self) -> bool:
        return bool(self.asked_again or self.reweighted or self.removed)


def _replace_requirements(
    session: Session, job: Job, wanted: Sequence[RequirementInput]
) -> RequirementChanges:
    """Make the job's requirements ``wanted``, in that order: an item with the ``id`` of a
    current requirement edits it (its revision goes up when its text or category changes),
    one without is added, and current ones left out are removed."""
    if len(wanted) > MAX_REQUIREMENTS:
        raise InvalidRequest(
            f"A job has at most {MAX_REQUIREMENTS} requirements.",
            details={"field": "requirements"},
        )
    checked = [_checked(item) for item in wanted]
    current = {r.id: r for r in job_requirements(session, job.id)}
    unknown = [str(item.id) for item in checked if item.id is not None and item.id not in current]
    if unknown:
        raise InvalidRequest(
            "These requirement ids are not this job's: " + ", ".join(unknown),
            details={"field": "requirements"},
        )
    changes = RequirementChanges()
    kept_ids = set()
    for position, item in enumerate(checked):
        row = current.get(item.id) if item.id else None
        if row is None:
            row = JobRequirement(
                job_id=job.id,
                text=item.text,
                kind=item.kind,
                weight=item.weight,
                category=item.category,
                position=position,
                revision=1,
            )
            session.add(row)
            changes.asked_again += 1
        else:
            kept_ids.add(row.id)
            if (row.text, row.category) != (item.text, item.category):
                row.revision += 1
                changes.asked_again += 1
            elif (row.kind, row.weight) != (item.kind, item.weight):
                changes.reweighted += 1
            else:
                changes.kept += 1
            row.text, row.kind, row.weight = item.text, item.kind, item.weight
            row.category, row.position = item.category or row.category, position
    for requirement_id, row in current.items():
        if requirement_id not in kept_ids:
            session.delete(row)
            changes.removed += 1
    session.flush()
    return changes


def update_job(
    session: Session,
    hooks: TransactionHooks,
    user: User,
    job: Job,
    *,
    title: str | None = None,
    description: str | None = None,
    status: str | None = None,
    requirements: Sequence[RequirementInput] | None = None,
    ip_address: str | None = None,
) -> list[ReviewRequest]:
    """Edit the job; when its requirements change, every application with a resume is
    re-evaluated in ``changed`` mode (only the new or reworded requirements are asked).
    Returns the evaluations queued."""
    details: dict[str, object] = {}
    if title is not None and title.strip() != job.title:
        job.title = title.strip()
        details["title"] = job.title
    if description is not None and description.strip() != job.description:
        job.description = description.strip()
        details["description"] = True
    if status is not None and status != job.status:
        if status not in tuple(JobStatus):
            raise InvalidRequest(f"A job is open or closed, not {status!r}.")
        job.status = status
        details["status"] = status
    queued: list[ReviewRequest] = []
    if requirements is not None:
        changes = _replace_requirements(session, job, requirements)
        if changes.any:
            details["requirements"] = {
                "asked_again": changes.asked_again,
                "reweighted": changes.reweighted,
                "removed": changes.removed,
                "kept": changes.kept,
            }
            queued = reevaluate_job(session, hooks, user, job)
    if details:
        log_activity(
            session,
            "job.update",
            user_id=user.id,
            entity_type="job",
            entity_id=job.id,
            details={**details, "evaluations_queued": len(queued)},
            ip_address=ip_address,
        )
    session.flush()
    return queued


# --- applications ----------------------------------------------------------------------


def reevaluate_job(
    session: Session, hooks: TransactionHooks, user: User | None, job: Job
) -> list[ReviewRequest]:
    queued = []
    for application in session.scalars(
        select(JobApplication).where(JobApplication.job_id == job.id)
    ):
        request = request_evaluation(session, hooks, user, application, mode=ReviewMode.CHANGED)
        if request is not None:
            queued.append(request)
    return queued


def attach_candidates(
    session: Session,
    hooks: TransactionHooks,
    user: User,
    job: Job,
    candidate_ids: Sequence[uuid.UUID],
    *,
    ip_address: str | None = None,
) -> list[JobApplication]:
    """Attach 1 to ``MAX_ATTACH`` candidates (all or nothing): one application each, in the
    order given, with an evaluation queued when the candidate has a resume. A candidate
    already attached comes back unchanged; an unknown or invisible id refuses the whole
    request."""
    if job.status != JobStatus.OPEN:
        raise InvalidRequest(
            "This job is closed: reopen it to attach candidates.", details={"field": "job"}
        )
    wanted = list(dict.fromkeys(candidate_ids))
    if not 1 <= len(wanted) <= MAX_ATTACH:
        raise InvalidRequest(
            f"Attach between 1 and {MAX_ATTACH} candidates at once.",
            details={"field": "candidate_ids"},
        )
    visible = set(
        session.scalars(
            restrict_to_visible(
                select(Candidate.id).where(Candidate.id.in_(wanted)), user, Candidate.id
            )
        )
    )
    unknown = [str(candidate_id) for candidate_id in wanted if candidate_id not in visible]
    if unknown:
        raise InvalidRequest(
            "Unknown candidate ids: " + ", ".join(unknown),
            details={"field": "candidate_ids", "unknown": unknown},
        )
    existing = {
        a.candidate_id: a
        for a in session.scalars(
            select(JobApplication).where(
                JobApplication.job_id == job.id, JobApplication.candidate_id.in_(wanted)
            )
        )
    }
    applications = []
    for candidate_id in wanted:
        application = existing.get(candidate_id)
        if application is None:
            application = JobApplication(
                job_id=job.id,
                candidate_id=candidate_id,
                stage=ApplicationStage.NEW.value,
                created_by_user_id=user.id,
            )
            session.add(application)
            session.flush()
            log_activity(
                session,
                "application.create",
                user_id=user.id,
                entity_type="job_application",
                entity_id=application.id,
                details={"job_id": str(job.id), "candidate_id": str(candidate_id)},
                ip_address=ip_address,
            )
            request_evaluation(session, hooks, user, application)
        applications.append(application)
    session.flush()
    return applications


def visible_application(
    session: Session, user: User, job_id: uuid.UUID, candidate_id: uuid.UUID
) -> JobApplication | None:
    statement = restrict_to_visible(
        select(JobApplication).where(
            JobApplication.job_id == job_id, JobApplication.candidate_id == candidate_id
        ),
        user,
        JobApplication.candidate_id,
    )
    return session.scalars(statement).one_or_none()


def set_stage(
    session: Session,
    user: User,
    application: JobApplication,
    stage: str,
    *,
    ip_address: str | None = None,
) -> None:
    if stage not in tuple(ApplicationStage):
        raise InvalidRequest(
            f"Unknown stage {stage!r}; one of: {', '.join(ApplicationStage)}.",
            details={"field": "stage"},
        )
    if stage == application.stage:
        return
    before = application.stage
    application.stage = stage
    log_activity(
        session,
        "application.stage",
        user_id=user.id,
        entity_type="job_application",
        entity_id=application.id,
        details={
            "job_id": str(application.job_id),
            "candidate_id": str(application.candidate_id),
            "from": before,
            "to": stage,
        },
        ip_address=ip_address,
    )
    session.flush()


# --- ranking ---------------------------------------------------------------------------


@dataclass(frozen=True)
class RankedVerdict:
    requirement_id: uuid.UUID
    verdict: str
    uncertain: bool
    votes: dict[str, int] | None
    reason: str
    evidence: list[dict[str, object]]


@dataclass(frozen=True)
class RankedApplication:
    application: JobApplication
    candidate: Candidate
    evaluation: ReviewRequest | None
    meets_every_must: bool
    verdicts: dict[uuid.UUID, RankedVerdict]

    @property
    def fit_score(self) -> int | None:
        return self.evaluation.fit_score if self.evaluation else None

    @property
    def evaluation_status(self) -> str | None:
        return self.evaluation.status if self.evaluation else None


def _ranking_statement(
    job: Job, user: User, *, must_met_only: bool, stage: str | None
) -> Select[tuple[JobApplication, Candidate, ReviewRequest | None, int]]:
    musts = (
        select(func.count())
        .select_from(JobRequirement)
        .where(JobRequirement.job_id == job.id, JobRequirement.kind == RequirementKind.MUST)
        .scalar_subquery()
    )
    musts_met = (
        select(func.count())
        .select_from(RequirementVerdict)
        .join(JobRequirement, JobRequirement.id == RequirementVerdict.requirement_id)
        .where(
            RequirementVerdict.review_request_id == JobApplication.evaluation_request_id,
            JobRequirement.kind == RequirementKind.MUST,
            RequirementVerdict.verdict == Verdict.MET,
        )
        .correlate(JobApplication)
        .scalar_subquery()
    )
    evaluated = ReviewRequest.fit_score.is_not(None)
    every_must = case((and_(evaluated, musts_met >= musts), 1), else_=0)
    statement = (
        select(JobApplication, Candidate, ReviewRequest, every_must.label("every_must"))
        .join(Candidate, Candidate.id == JobApplication.candidate_id)
        .outerjoin(ReviewRequest, ReviewRequest.id == JobApplication.evaluation_request_id)
        .where(JobApplication.job_id == job.id)
    )
    statement = restrict_to_visible(statement, user, JobApplication.candidate_id)
    if must_met_only:
        statement = statement.where(every_must == 1)
    if stage:
        statement = statement.where(JobApplication.stage == stage)
    return statement.order_by(
        every_must.desc(),
        ReviewRequest.fit_score.is_(None),
        ReviewRequest.fit_score.desc(),
        Candidate.last_name,
        Candidate.id,
    )


def ranking(
    session: Session,
    user: User,
    job: Job,
    *,
    page: int = 1,
    size: int = 100,
    must_met_only: bool = False,
    stage: str | None = None,
) -> Page[RankedApplication]:
    """The job's applications the user may see, in rank order, with their verdicts."""
    statement = _ranking_statement(job, user, must_met_only=must_met_only, stage=stage)
    total = session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))
    rows = session.execute(statement.limit(size).offset((page - 1) * size)).all()
    request_ids = [row[2].id for row in rows if row[2] is not None]
    verdicts: dict[uuid.UUID, dict[uuid.UUID, RankedVerdict]] = {}
    if request_ids:
        for row in session.scalars(
            select(RequirementVerdict).where(RequirementVerdict.review_request_id.in_(request_ids))
        ):
            verdicts.setdefault(row.review_request_id, {})[row.requirement_id] = RankedVerdict(
                requirement_id=row.requirement_id,
                verdict=row.verdict,
                uncertain=row.uncertain,
                votes=row.votes,
                reason=row.reason,
                evidence=list(row.evidence or []),
            )
    items = [
        RankedApplication(
            application=application,
            candidate=candidate,
            evaluation=evaluation,
            meets_every_must=bool(every_must),
            verdicts=verdicts.get(evaluation.id, {}) if evaluation else {},
        )
        for application, candidate, evaluation, every_must in rows
    ]
    return Page(items=items, total=int(total or 0))


def ranked_item(row: RankedApplication, requirements: Sequence[JobRequirement]) -> dict[str, Any]:
    """One ranking row as the API and the workspace's live matrix answer it."""
    evaluation = row.evaluation
    return {
        "candidate_id": str(row.candidate.id),
        "first_name": row.candidate.first_name,
        "last_name": row.candidate.last_name,
        "resume_id": str(evaluation.resume_id) if evaluation else None,
        "stage": row.application.stage,
        "evaluation_id": str(evaluation.id) if evaluation else None,
        "evaluation_status": row.evaluation_status,
        "fit_score": row.fit_score,
        "meets_every_must": row.meets_every_must,
        "requirements": [
            {
                "requirement_id": str(requirement.id),
                "verdict": verdict.verdict,
                "uncertain": verdict.uncertain,
                "votes": verdict.votes,
                "reason": verdict.reason,
                "evidence": verdict.evidence,
            }
            for requirement in requirements
            if (verdict := row.verdicts.get(requirement.id)) is not None
        ],
    }


def ranking_csv(
    session: Session, user: User, job: Job, *, must_met_only: bool = False, stage: str | None = None
) -> str:
    """The whole ranking as CSV: rank, name, stage, fit score, every must-have met, then one
    column per requirement (its verdict, "?" when the samples disagreed)."""
    requirements = job_requirements(session, job.id)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(
        ["rank", "first_name", "last_name", "stage", "fit_score", "meets_every_must_have",
         "evaluation_status", *[f"{r.kind}: {r.text}" for r in requirements]]
    )  # fmt: skip
    page_number = 1
    rank = 0
    while True:
        page = ranking(
            session, user, job, page=page_number, size=100, must_met_only=must_met_only,
            stage=stage,
        )  # fmt: skip
        for row in page.items:
            rank += 1
            cells = []
            for requirement in requirements:
                verdict = row.verdicts.get(requirement.id)
                cells.append(
                    "" if verdict is None else verdict.verdict + ("?" if verdict.uncertain else "")
                )
            writer.writerow(
                [rank, _csv_safe(row.candidate.first_name), _csv_safe(row.candidate.last_name),
                 row.application.stage, "" if row.fit_score is None else row.fit_score,
                 "yes" if row.meets_every_must else "no", row.evaluation_status or "", *cells]
            )  # fmt: skip
        if page_number * 100 >= page.total:
            break
        page_number += 1
    return buffer.getvalue()


def _csv_safe(value: str) -> str:
    """A name a spreadsheet would run as a formula is quoted as text (CSV injection)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def evidence_findings(
    session: Session, request_ids: Sequence[uuid.UUID]
) -> dict[tuple[uuid.UUID, int, int], uuid.UUID]:
    """The finding that highlights each evidence span of these evaluations, by (request,
    start, end): a matrix cell opens the resume at it."""
    if not request_ids:
        return {}
    rows = session.execute(
        select(
            ReviewResult.review_request_id,
            ReviewFeedbackItem.start_offset,
            ReviewFeedbackItem.end_offset,
            ReviewFeedbackItem.id,
        )
        .join(ReviewFeedbackItem, ReviewFeedbackItem.review_result_id == ReviewResult.id)
        .where(
            ReviewResult.review_request_id.in_(list(request_ids)),
            ReviewResult.agent_type == REQUIREMENTS_AGENT,
            ReviewFeedbackItem.start_offset.is_not(None),
        )
    ).all()
    return {(r[0], r[1], r[2]): r[3] for r in rows}


def candidate_applications(
    session: Session, candidate_id: uuid.UUID
) -> list[tuple[JobApplication, Job, ReviewRequest | None]]:
    """The jobs a candidate is attached to, newest first, with the latest evaluation."""
    rows = session.execute(
        select(JobApplication, Job, ReviewRequest)
        .join(Job, Job.id == JobApplication.job_id)
        .outerjoin(ReviewRequest, ReviewRequest.id == JobApplication.evaluation_request_id)
        .where(JobApplication.candidate_id == candidate_id)
        .order_by(JobApplication.created_at.desc())
    ).all()
    return [(application, job, evaluation) for application, job, evaluation in rows]
