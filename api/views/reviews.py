"""Review requests: ask for a (re-)review of a resume, read the results and feedback."""

from __future__ import annotations

import uuid
from collections import defaultdict

from flask_openapi3 import APIBlueprint, Tag
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from api.access import (
    BEARER_SECURITY,
    authenticate,
    client_ip,
    require_auth,
    visible_resume_or_404,
    visible_review_request_or_404,
)
from api.db import get_session
from api.errors import ErrorResponse, Unprocessable
from api.schemas import (
    AgentResultOut,
    FeedbackItemOut,
    ResumePath,
    ReviewRequestCreate,
    ReviewRequestDetail,
    ReviewRequestList,
    ReviewRequestOut,
    ReviewRequestPath,
    SectionFeedback,
)
from api.views.common import COMMON_ERRORS, dump
from api.views.resumes import publish_after_commit
from database import repositories as repo
from database.models import (
    Resume,
    ReviewRequest,
    ReviewResult,
)

bp = APIBlueprint(
    "review_requests",
    __name__,
    abp_tags=[Tag(name="review requests")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
bp.before_request(require_auth)


@bp.post(
    "/resumes/<uuid:resume_id>/review-requests",
    responses={202: ReviewRequestOut, 422: ErrorResponse},
)
def create_review_request(
    path: ResumePath, body: ReviewRequestCreate
) -> tuple[dict[str, object], int]:
    """Queue a review of this resume; agents default to every active one (``job_match``
    only with a job description). An empty body is allowed."""
    from pipelines.intake import InvalidRequest
    from pipelines.intake import create_review_request as create

    resume = visible_resume_or_404(path.resume_id)
    try:
        review_request = create(
            get_session(),
            resume=resume,
            requested_by=authenticate(),
            agent_types=body.agent_types,
            job_description=body.job_description,
            trigger="manual",
            ip_address=client_ip(),
        )
    except InvalidRequest as error:
        raise Unprocessable(error.message) from error
    publish_after_commit(review_request.id)
    return dump(ReviewRequestOut, review_request), 202


@bp.get("/resumes/<uuid:resume_id>/review-requests", responses={200: ReviewRequestList})
def list_review_requests(path: ResumePath) -> dict[str, object]:
    """Every review of this resume, newest first."""
    resume = visible_resume_or_404(path.resume_id)
    rows = get_session().scalars(
        select(ReviewRequest)
        .where(ReviewRequest.resume_id == resume.id)
        .order_by(ReviewRequest.requested_at.desc(), ReviewRequest.id)
    )
    return {"items": [dump(ReviewRequestOut, row) for row in rows]}


@bp.get("/review-requests/<uuid:request_id>", responses={200: ReviewRequestDetail})
def get_review_request(path: ReviewRequestPath) -> dict[str, object]:
    """Status, progress, score, per-agent results and feedback grouped by resume section
    (offsets index into the resume's extracted text)."""
    review_request = visible_review_request_or_404(path.request_id)
    session = get_session()
    resume = session.get(Resume, review_request.resume_id)
    assert resume is not None  # FK; the access check already joined it
    results = list(
        session.scalars(
            select(ReviewResult)
            .where(ReviewResult.review_request_id == review_request.id)
            .options(selectinload(ReviewResult.prompt))
            .order_by(ReviewResult.agent_type)
        )
    )
    agent_by_result = {result.id: result.agent_type for result in results}
    items = repo.feedback_for_request(session, review_request.id)
    sections = repo.resume_sections(session, resume.id)
    grouped: dict[uuid.UUID, list[dict[str, object]]] = defaultdict(list)
    ungrounded: list[dict[str, object]] = []
    for item in items:
        shaped = dump(FeedbackItemOut, item, agent_type=agent_by_result[item.review_result_id])
        if item.resume_section_id is not None:
            grouped[item.resume_section_id].append(shaped)
        else:
            ungrounded.append(shaped)
    feedback_by_section = [
        SectionFeedback(
            section_id=section.id,
            section_type=section.section_type,
            title=section.title,
            start_offset=section.start_offset,
            end_offset=section.end_offset,
            items=[FeedbackItemOut.model_validate(entry) for entry in grouped[section.id]],
        ).model_dump(mode="json")
        for section in sections
        if grouped.get(section.id)
    ]
    base = dump(ReviewRequestOut, review_request)
    return ReviewRequestDetail(
        **base,
        progress=resume.progress,
        job_description=review_request.job_description,
        results=[
            AgentResultOut(
                agent_type=result.agent_type,
                score=result.score,
                summary=result.summary,
                model=result.model,
                prompt_id=result.prompt_id,
                prompt_version=result.prompt.version if result.prompt else None,
            )
            for result in results
        ],
        feedback_by_section=feedback_by_section,
        ungrounded_feedback=[FeedbackItemOut.model_validate(entry) for entry in ungrounded],
    ).model_dump(mode="json")
