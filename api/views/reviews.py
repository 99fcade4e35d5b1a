"""Review requests: ask for a (re-)review of a resume, read the results and feedback."""

from __future__ import annotations

from flask_openapi3 import APIBlueprint, Tag

from api.access import (
    BEARER_SECURITY,
    authenticate,
    client_ip,
    guard,
    visible_resume_or_404,
    visible_review_request_or_404,
)
from api.db import get_session
from api.errors import ErrorResponse
from api.publishing import REQUEST_TRANSACTION
from api.schemas import (
    AgentOutcomeOut,
    AgentResultOut,
    AgentScoreChangeOut,
    FeedbackItemOut,
    FeedbackItemPath,
    ProblemOut,
    ResumePath,
    ReviewChangesOut,
    ReviewRequestCreate,
    ReviewRequestDetail,
    ReviewRequestList,
    ReviewRequestOut,
    ReviewRequestPath,
    SectionFeedback,
    TriageCreate,
    TriageOut,
)
from api.views.common import COMMON_ERRORS, dump
from database.queries import reviews, triage
from pipelines.intake import request_review

bp = APIBlueprint(
    "review_requests",
    __name__,
    abp_tags=[Tag(name="review requests")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
bp.before_request(guard())


@bp.post(
    "/resumes/<uuid:resume_id>/review-requests",
    responses={202: ReviewRequestOut, 422: ErrorResponse},
)
def create_review_request(
    path: ResumePath, body: ReviewRequestCreate
) -> tuple[dict[str, object], int]:
    """Queue a review of this resume; agents default to every active one (``job_match``
    only with a job description). An empty body is allowed."""
    resume = visible_resume_or_404(path.resume_id)
    review_request = request_review(
        get_session(),
        REQUEST_TRANSACTION,
        resume=resume,
        user=authenticate(),
        agent_types=body.agent_types,
        job_description=body.job_description,
        mode=body.mode,
        ip_address=client_ip(),
    )
    return dump(ReviewRequestOut, review_request), 202


@bp.get("/resumes/<uuid:resume_id>/review-requests", responses={200: ReviewRequestList})
def list_review_requests(path: ResumePath) -> dict[str, object]:
    """Every review of this resume, newest first."""
    resume = visible_resume_or_404(path.resume_id)
    rows = reviews.resume_review_requests(get_session(), resume.id)
    return {"items": [dump(ReviewRequestOut, row) for row in rows]}


@bp.get("/review-requests/<uuid:request_id>", responses={200: ReviewRequestDetail})
def get_review_request(path: ReviewRequestPath) -> dict[str, object]:
    """Status, progress, score, per-agent results and feedback grouped by resume section
    (offsets index into the resume's extracted text)."""
    review_request = visible_review_request_or_404(path.request_id)
    report = reviews.review_report(get_session(), review_request.id)
    changes = reviews.review_changes(get_session(), review_request.id, report)
    decisions = triage.triage_for_request(get_session(), review_request.id)

    def item(finding: reviews.Finding) -> FeedbackItemOut:
        entry = decisions.get(finding.id)
        out = FeedbackItemOut.model_validate(finding)
        if entry is not None:
            out.triage = TriageOut(
                feedback_item_id=finding.id,
                status=entry.status,  # type: ignore[arg-type]
                note=entry.note,
                user_id=entry.user_id,
                updated_at=entry.updated_at,
            )
        return out

    return ReviewRequestDetail(
        **dump(ReviewRequestOut, review_request),
        progress=report.progress,
        job_description=report.job_description,
        outcomes=[AgentOutcomeOut.model_validate(o, from_attributes=True) for o in report.outcomes],
        changes=changes_out(changes) if changes else None,
        results=[
            AgentResultOut.model_validate(result, from_attributes=True) for result in report.results
        ],
        feedback_by_section=[
            SectionFeedback(
                section_id=section.id,
                section_type=section.section_type,
                title=section.title,
                start_offset=section.start_offset,
                end_offset=section.end_offset,
                items=[item(finding) for finding in findings],
            )
            for section, findings in report.findings_by_section()
        ],
        ungrounded_feedback=[item(finding) for finding in report.ungrounded_findings()],
        problems=[
            ProblemOut(
                lead_id=problem.lead.id,
                severity=problem.lead.severity,
                category=problem.lead.category,
                message=problem.lead.message,
                agents=problem.agents,
                places=problem.places,
                finding_ids=[f.id for f in problem.findings],
            )
            for problem in report.problems()
        ],
    ).model_dump(mode="json")


def changes_out(changes: reviews.ReviewChanges) -> ReviewChangesOut:
    return ReviewChangesOut(
        previous_request_id=changes.previous_request_id,
        score_delta=changes.score_delta,
        agents=[
            AgentScoreChangeOut(
                agent_type=a.agent_type,
                score=a.score,
                previous_score=a.previous_score,
                delta=a.delta,
            )
            for a in changes.agents
        ],
        new=changes.new,
        still_present=changes.still_present,
        resolved=[FeedbackItemOut.model_validate(f) for f in changes.resolved],
    )


@bp.post("/feedback-items/<uuid:item_id>/triage", responses={200: TriageOut, 422: ErrorResponse})
def triage_finding(path: FeedbackItemPath, body: TriageCreate) -> dict[str, object]:
    """Dismiss a finding, mark it addressed, or reopen it (anyone who sees the candidate);
    audited as ``feedback.triage``. The decision follows the same finding (same key) into
    the resume's next review."""
    decision = triage.decide(
        get_session(), authenticate(), path.item_id, body.action, note=body.note,
        ip_address=client_ip(),
    )  # fmt: skip
    row = decision.row
    if row is None:
        return TriageOut(feedback_item_id=path.item_id, status="open").model_dump(mode="json")
    return TriageOut(
        feedback_item_id=path.item_id,
        status=row.status,  # type: ignore[arg-type]
        note=row.note,
        user_id=row.user_id,
        updated_at=row.updated_at,
    ).model_dump(mode="json")
