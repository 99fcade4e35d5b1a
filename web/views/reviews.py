"""The review page (the resume with every finding on it), its live progress, re-running
failed agents, and triage (dismissed / addressed) of findings."""

from __future__ import annotations

import uuid
from typing import Any

from flask import redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from api.access import client_ip
from api.db import get_session
from api.publishing import REQUEST_TRANSACTION
from core.enums import AgentOutcome, ReviewMode, ReviewStatus
from core.errors import InvalidRequest, NotFound
from database.models import ResumeLayout, ReviewRequest
from database.queries import resumes, reviews, triage
from database.queries.reviews import ReviewReport
from pipelines.intake import request_review
from pipelines.jobs.service import get_job
from web import review_page
from web.auth import login_required, signed_in_user
from web.present import agent_label, person, short_date, stage_label
from web.views import blueprint

bp = blueprint("web_reviews", __name__)

TERMINAL = {ReviewStatus.COMPLETED, ReviewStatus.FAILED, ReviewStatus.CANCELLED}


def visible_review(request_id: uuid.UUID) -> ReviewRequest:
    found = reviews.get_visible_review_request(get_session(), signed_in_user(), request_id)
    if found is None:
        raise NotFound()
    return found


def resume_view(
    report: ReviewReport, text: str, layout: ResumeLayout | None
) -> review_page.ResumeView:
    """Page images with boxes when the layout has them, else the text with marks."""
    sections = [(s.id, s.start_offset) for s in report.sections]
    images = (layout.page_images if layout else None) or []
    if layout is not None and images:
        from pipelines.extraction.textmap import boxes, decode_text_map

        text_map = decode_text_map(layout.text_map)
        if text_map.get("kind") == "pdf" and text_map.get("pages"):
            urls = [
                url_for("web_resumes.page_image", resume_id=report.resume_id, number=n + 1)
                if key
                else None
                for n, key in enumerate(images)
            ]
            pages = review_page.page_views(text_map, urls, report.findings, sections, boxes)
            return review_page.ResumeView("pages", pages, [])
    headings = [
        (s.start_offset, s.start_offset + len(s.title))
        for s in report.sections
        if s.title and text[s.start_offset : s.start_offset + len(s.title)] == s.title
    ]
    runs = review_page.text_runs(text, report.findings, sections, headings)
    return review_page.ResumeView("text", [], runs)


@bp.get("/reviews/<uuid:request_id>")
@login_required
def show(request_id: uuid.UUID) -> Response:
    review_request = visible_review(request_id)
    session = get_session()
    resume = review_request.resume
    report = reviews.review_report(session, review_request.id)
    layout = resumes.resume_layout(session, resume.id)
    changes = reviews.review_changes(session, review_request.id, report)
    view = resume_view(report, resume.extracted_text or "", layout)
    findings = review_page.finding_views(
        report, view, triage.triage_for_request(session, review_request.id), changes
    )
    html = render_template(
        "web/review.html",
        review=review_request,
        resume=resume,
        candidate=resume.candidate,
        report=report,
        view=view,
        findings=findings,
        groups=review_page.groups(report, findings),
        counts=review_page.severity_counts(findings),
        most_serious=review_page.most_serious(findings),
        changes=changes,
        scores={r.agent_type: r for r in report.results},
        outcomes={o.agent_type: o for o in report.outcomes},
        failed=[o for o in report.outcomes if o.outcome == AgentOutcome.FAILED],
        other_reviews=reviews.resume_review_requests(session, resume.id),
        # An evaluation names its job and shows its fit score (never the quality score).
        job=get_job(session, review_request.job_id),
        finished=review_request.status in TERMINAL,
    )
    return Response(html, mimetype="text/html")


def progress_label(review_request: ReviewRequest) -> str:
    """Where a review stands; an open review with a reason is waiting to be retried."""
    if review_request.status not in TERMINAL and review_request.error_message:
        return review_request.error_message
    stage = review_request.stage or review_request.status
    done, total = review_request.agents_done, review_request.agents_total
    return stage_label(stage, review_request.status, done, total)


def progress_body(review_request: ReviewRequest) -> dict[str, Any]:
    # Polled every second while a review runs: the request row and its outcomes only.
    outcomes = review_request.outcomes
    candidate = review_request.resume.candidate
    total = review_request.agents_total
    done = review_request.agents_done
    stage = review_request.stage or review_request.status
    return {
        "id": str(review_request.id),
        "status": review_request.status,
        "stage": stage,
        "label": progress_label(review_request),
        "agents_done": done,
        "agents_total": total,
        "finished": review_request.status in TERMINAL,
        "overall_score": review_request.overall_score,
        "error_message": review_request.error_message,
        "failed_agents": [
            {"agent_type": o.agent_type, "label": agent_label(o.agent_type), "reason": o.reason}
            for o in outcomes
            if o.outcome == AgentOutcome.FAILED
        ],
        "review_url": url_for("web_reviews.show", request_id=review_request.id),
        # A candidate made from a dropped file is named once its resume has been read.
        "candidate_name": f"{candidate.first_name} {candidate.last_name}".strip(),
        "candidate_awaiting_resume": candidate.awaiting_resume,
    }


@bp.get("/ui/reviews/<uuid:request_id>/progress")
@login_required
def progress(request_id: uuid.UUID) -> dict[str, Any]:
    """Where the review stands; the pages poll it while it runs."""
    return progress_body(visible_review(request_id))


@bp.post("/reviews/<uuid:request_id>/rerun")
@login_required
def rerun(request_id: uuid.UUID) -> Response:
    """A new review of the same resume in ``changed`` mode: the agents that answered are
    carried over, the failed ones are asked again."""
    previous = visible_review(request_id)
    if previous.status not in TERMINAL:
        raise InvalidRequest("This review is still running.")
    new = request_review(
        get_session(),
        REQUEST_TRANSACTION,
        resume=previous.resume,
        user=signed_in_user(),
        agent_types=previous.agent_types,
        job_description=previous.job_description,
        mode=ReviewMode.CHANGED,
        ip_address=client_ip(),
        job_id=previous.job_id,
    )
    return redirect(url_for("web_reviews.show", request_id=new.id), 303)


def _apply_triage(item_id: uuid.UUID) -> tuple[uuid.UUID, dict[str, Any] | None]:
    payload = request.get_json(silent=True) if request.is_json else None
    action = (payload or {}).get("action") if payload else request.form.get("action")
    user = signed_in_user()
    decision = triage.decide_problem(get_session(), user, item_id, action, ip_address=client_ip())
    if decision.row is None:
        return decision.review_request_id, None
    return decision.review_request_id, {
        "status": decision.row.status,
        "by": person(user),
        "at": short_date(decision.row.updated_at),
    }


@bp.post("/ui/findings/<uuid:item_id>/triage")
@login_required
def triage_json(item_id: uuid.UUID) -> dict[str, Any]:
    _request_id, entry = _apply_triage(item_id)
    return {"feedback_item_id": str(item_id), "triage": entry}


@bp.post("/findings/<uuid:item_id>/triage")
@login_required
def triage_form(item_id: uuid.UUID) -> Response:
    """The same without a script: back to the finding on its review page."""
    request_id, _entry = _apply_triage(item_id)
    target = url_for("web_reviews.show", request_id=request_id) + f"#finding-{item_id}"
    return redirect(target, 303)
