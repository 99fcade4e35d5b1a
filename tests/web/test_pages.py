"""The workspace's pages over the Flask test client: who sees what (404 exactly like a
missing id), forms that keep what was typed, assignments, uploads and their refusals,
the review page's contract, triage and progress."""

from __future__ import annotations

import io
import os
import re
import uuid
from collections.abc import Callable, Iterator
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.config import Settings
from database.models import (
    ActivityLog,
    Candidate,
    FeedbackTriage,
    Resume,
    ResumeLayout,
    ReviewRequest,
    User,
)
from pipelines import storage
from tests.api.conftest import World, activity_count, make_pdf
from tests.web.conftest import Browser
from tests.web.reviewed import complete_review


def signed_in(browser: Callable[[], Browser], user: User) -> Browser:
    b = browser()
    b.sign_in(user)
    return b


def test_a_junior_lists_only_active_assignments_and_a_senior_lists_all(
    browser: Callable[[], Browser], world: World
) -> None:
    junior = signed_in(browser, world.junior_assigned).get("/").get_data(as_text=True)
    assert "Ada Lovelace" in junior
    for name in ("junior_unassigned", "junior_former"):
        assert "Ada Lovelace" not in signed_in(browser, world.user(name)).get("/").get_data(
            as_text=True
        )
    senior = signed_in(browser, world.senior)
    assert "Ada Lovelace" in senior.get("/candidates?q=lovel").get_data(as_text=True)
    assert "Ada Lovelace" not in senior.get("/candidates?q=zzz").get_data(as_text=True)
    assert "Ada Lovelace" not in senior.get("/candidates?status=archived").get_data(as_text=True)


@pytest.mark.parametrize("who", ["junior_unassigned", "junior_former"])
def test_what_a_user_may_not_see_is_the_same_404_as_a_missing_id(
    browser: Callable[[], Browser], world: World, who: str
) -> None:
    b = signed_in(browser, world.user(who))
    missing = uuid.uuid4()
    resume_id = world.resume.id
    for template in (
        "/candidates/{}",
        "/candidates/{}/edit",
        "/reviews/{}",
        "/resumes/{}/file",
        "/resumes/{}/pages/1",
        "/ui/reviews/{}/progress",
    ):
        target = {
            "/candidates/{}": world.candidate.id,
            "/candidates/{}/edit": world.candidate.id,
            "/resumes/{}/file": resume_id,
            "/resumes/{}/pages/1": resume_id,
        }.get(template, world.review_request.id)
        hidden = b.client.get(template.format(target))
        absent = b.client.get(template.format(missing))
        assert hidden.status_code == absent.status_code == 404, template
        assert hidden.get_data() == absent.get_data(), template
    assert b.client.get("/reviews/not-a-uuid").status_code == 404


def test_create_keeps_what_was_typed_and_says_what_is_wrong(
    browser: Callable[[], Browser], world: World, db_session: Session
) -> None:
    b = signed_in(browser, world.junior_assigned)
    bad = b.post(
        "/candidates/new",
        {"first_name": "Grace", "last_name": "", "email": "not-an-email", "phone": "555"},
    )
    assert bad.status_code == 422
    html = bad.get_data(as_text=True)
    assert 'value="Grace"' in html and 'value="not-an-email"' in html and 'value="555"' in html
    assert 'id="e-last_name"' in html and 'id="e-email"' in html
    taken = b.post(
        "/candidates/new", {"first_name": "G", "last_name": "H", "email": "ada@example.com"}
    )
    assert taken.status_code == 422 and "already exists" in taken.get_data(as_text=True)
    good = b.post("/candidates/new", {"first_name": "Grace", "last_name": "Hopper"})
    assert good.status_code == 303
    candidate = db_session.scalars(select(Candidate).where(Candidate.last_name == "Hopper")).one()
    assert good.headers["Location"] == f"/candidates/{candidate.id}"
    page = b.get(good.headers["Location"]).get_data(as_text=True)
    assert 'type="file"' in page
    edited = b.post(f"/candidates/{candidate.id}/edit",
                    {"first_name": "Grace", "last_name": "Hopper", "current_company": "Navy",
                     "status": "active"})  # fmt: skip
    assert edited.status_code == 303
    db_session.refresh(candidate)
    assert candidate.current_company == "Navy"
    assert activity_count(db_session, "candidate.update") == 1


def test_seniors_assign_and_unassign_with_a_reason_and_juniors_cannot(
    browser: Callable[[], Browser], world: World, db_session: Session
) -> None:
    path = f"/candidates/{world.candidate.id}/assignments"
    junior = signed_in(browser, world.junior_assigned)
    refused = junior.post(path, {"email": world.junior_unassigned.email})
    assert refused.status_code == 403
    assert "Assign a recruiter" not in junior.get(f"/candidates/{world.candidate.id}").get_data(
        as_text=True
    )
    senior = signed_in(browser, world.senior)
    unknown = senior.post(path, {"email": "nobody@example.com", "reason": "cover"})
    assert unknown.status_code == 422 and 'value="nobody@example.com"' in unknown.get_data(
        as_text=True
    )
    made = senior.post(
        path,
        {"email": world.junior_unassigned.email, "assignment_type": "secondary", "reason": "cover"},
    )
    assert made.status_code == 303
    page = senior.get(f"/candidates/{world.candidate.id}").get_data(as_text=True)
    assert world.junior_unassigned.email in page
    assert "moved to another team" in page  # the history, ended rows included
    assert "Ada Lovelace" in signed_in(browser, world.junior_unassigned).get("/").get_data(
        as_text=True
    )
    ids = re.findall(r"/assignments/([0-9a-f-]{36})/end", page)
    no_reason = senior.post(f"{path}/{ids[-1]}/end", {"reason": " "})
    assert no_reason.status_code == 422
    ended = senior.post(f"{path}/{ids[-1]}/end", {"reason": "back from leave"})
    assert ended.status_code == 303
    assert activity_count(db_session, "candidate.unassign") == 1


def upload(b: Browser, path: str, data: bytes, name: str, **fields: str):
    return b.client.post(
        path,
        data={"file": (io.BytesIO(data), name), **fields},
        headers={"X-CSRF-Token": b.csrf},
        content_type="multipart/form-data",
    )


@pytest.mark.parametrize(
    ("filename", "provisional"),
    [("Resume.pdf", "Resume"), ("CV.docx", "CV"), ("resume_final_v2.pdf", "resume_final_v2"),
     ("awesomecv_resume.pdf", "Awesomecv")],
)  # fmt: skip
def test_a_dropped_file_needs_nothing_but_the_file_and_is_not_read_in_the_request(
    browser: Callable[[], Browser], world: World, db_session: Session, filename: str,
    provisional: str,
) -> None:  # fmt: skip
    """No name to type, whatever the file is called: the candidate is named after the
    file and marked as being read; the worker fills it in from the resume."""
    b = signed_in(browser, world.senior)
    data = make_pdf(f"Katherine Johnson\nExperience\nOrbital mechanics {uuid.uuid4()}")
    accepted = upload(b, "/ui/uploads", data, filename)
    assert accepted.status_code == 202, accepted.json
    assert accepted.json["candidate_name"] == provisional
    assert accepted.json["candidate_awaiting_resume"] is True
    candidate = db_session.get(Candidate, uuid.UUID(accepted.json["candidate_id"]))
    assert candidate is not None and candidate.awaiting_resume
    resume = db_session.get(Resume, uuid.UUID(accepted.json["resume_id"]))
    assert resume is not None and resume.extracted_text is None  # nothing parsed here
    page = b.get(f"/candidates/{candidate.id}").get_data(as_text=True)
    assert "data-awaiting-resume" in page


def test_dropped_files_become_candidates_and_refusals_say_why(
    browser: Callable[[], Browser], world: World, db_session: Session, settings: Settings,
    publisher: object,
) -> None:  # fmt: skip
    b = signed_in(browser, world.junior_unassigned)
    pdf = make_pdf(f"Grace Hopper\nExperience\nCompiler {uuid.uuid4()}")
    ok = upload(b, "/ui/uploads", pdf, "grace_hopper_cv.pdf")
    assert ok.status_code == 202, ok.json
    assert ok.json["candidate_name"] == "Grace Hopper"  # from the file name, for now
    request_id = uuid.UUID(ok.json["review_request_id"])
    assert publisher.published == [request_id]  # type: ignore[attr-defined]
    candidate = db_session.get(Candidate, uuid.UUID(ok.json["candidate_id"]))
    assert candidate is not None and candidate.created_by_user_id == world.junior_unassigned.id
    assert "Grace Hopper" in b.get("/").get_data(as_text=True)  # assigned to the uploader
    before = db_session.scalar(select(func.count()).select_from(Candidate))
    dup = upload(b, "/ui/uploads", pdf, "again.pdf")
    assert dup.status_code == 409 and dup.json["error"]["message"] == (
        "This file has already been uploaded."
    )
    wrong = upload(b, "/ui/uploads", b"just text", "x.pdf")
    assert wrong.status_code == 415 and wrong.json["error"]["code"] == "unsupported_type"
    big = upload(b, "/ui/uploads", b"%PDF" + b"0" * 200_001, "big.pdf")
    assert big.status_code == 413 and "larger than" in big.json["error"]["message"]
    as_text = b.client.post(
        "/ui/uploads", data={"file": "not a file"}, headers={"X-CSRF-Token": b.csrf},
        content_type="multipart/form-data",
    )  # fmt: skip
    assert as_text.status_code == 422 and "file" in as_text.json["error"]["message"]
    # None of the refused files left a candidate behind.
    assert db_session.scalar(select(func.count()).select_from(Candidate)) == before


def test_a_new_version_from_the_candidate_page(
    browser: Callable[[], Browser], world: World, publisher: object
) -> None:
    b = signed_in(browser, world.junior_assigned)
    path = f"/ui/candidates/{world.candidate.id}/resumes"
    ok = upload(b, path, make_pdf(f"Ada v2 {uuid.uuid4()}"), "ada2.pdf", job_description="Python")
    assert ok.status_code == 202 and ok.json["version_number"] == 2
    # Without a script the form posts and the browser follows to the review page.
    form = b.client.post(
        f"/candidates/{world.candidate.id}/resumes",
        data={"file": (io.BytesIO(b"not a resume"), "x.pdf"), "csrf_token": b.csrf,
              "job_description": "kept"},
        content_type="multipart/form-data",
    )  # fmt: skip
    assert form.status_code == 415
    assert ">kept</textarea>" in form.get_data(as_text=True)
    other = signed_in(browser, world.junior_unassigned)
    assert upload(other, path, make_pdf("x"), "x.pdf").status_code == 404


def test_the_review_page_holds_the_contract(
    browser: Callable[[], Browser], world: World, db_session: Session, settings: Settings
) -> None:
    reviewed = complete_review(db_session, settings, world.review_request)
    b = signed_in(browser, world.junior_assigned)
    response = b.get(f"/reviews/{world.review_request.id}")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert 'data-review-status="completed"' in html
    for item in (reviewed.grounded, reviewed.second, reviewed.whole, reviewed.alert):
        assert f'data-feedback-id="{item.id}"' in html
    assert html.count(f'data-highlight-for="{reviewed.grounded.id}"') >= 1
    assert f'data-highlight-for="{reviewed.whole.id}"' not in html
    assert html.index(f'data-feedback-id="{reviewed.alert.id}"') < html.index(
        f'data-feedback-id="{reviewed.grounded.id}"'
    )  # alerts first
    assert "/resumes/" in html and "/pages/1" in html
    image = b.client.get(f"/resumes/{world.resume.id}/pages/1")
    assert image.status_code == 200 and image.mimetype == "image/webp"
    assert image.headers["Cache-Control"].startswith("private")
    assert b.client.get(f"/resumes/{world.resume.id}/pages/2").status_code == 404
    box = re.search(
        rf'data-highlight-for="{reviewed.grounded.id}" '
        r'data-box="([\d.]+),([\d.]+),([\d.]+),([\d.]+)"',
        html,
    )
    assert box is not None
    left, top, width, height = map(float, box.groups())
    # "responsible for notes" on the third row: 72 pt + 6 pt per character in, 108 pt down.
    assert left == pytest.approx(100 * (72 + 6 * 30) / 612, abs=0.01)
    assert top == pytest.approx(100 * 108 / 792, abs=0.01)
    assert width == pytest.approx(100 * 6 * 21 / 612, abs=0.01)
    assert height == pytest.approx(100 * 12 / 792, abs=0.01)
    assert "mean of: ATS readability, Content, Language, Structure" in html


class DescriptorFileWrapper:
    """``wsgi.file_wrapper`` as gunicorn's: sends from the file's descriptor at the OS file
    offset (sendfile), not from Python's buffered position."""

    def __init__(self, file: io.BufferedReader, block_size: int = 8192) -> None:
        self.file = file

    def __iter__(self) -> Iterator[bytes]:
        descriptor = self.file.fileno()
        while chunk := os.read(descriptor, 65536):
            yield chunk

    def close(self) -> None:
        self.file.close()


def test_page_images_and_files_are_served_whole_by_a_descriptor_sending_server(
    browser: Callable[[], Browser], world: World, db_session: Session, settings: Settings
) -> None:
    complete_review(db_session, settings, world.review_request)
    b = signed_in(browser, world.junior_assigned)
    served_by_descriptor = {"wsgi.file_wrapper": DescriptorFileWrapper}
    layout = db_session.get(ResumeLayout, world.resume.id)
    assert layout is not None and layout.page_images
    files = storage.storage_for(settings)
    image = b.client.get(
        f"/resumes/{world.resume.id}/pages/1", environ_overrides=served_by_descriptor
    )
    assert image.get_data() == files.read(layout.page_images[0])
    original = b.client.get(
        f"/resumes/{world.resume.id}/file", environ_overrides=served_by_descriptor
    )
    assert original.get_data() == files.read(world.resume.stored_filename)


def test_without_page_images_the_text_carries_the_highlights(
    browser: Callable[[], Browser], world: World, db_session: Session, settings: Settings
) -> None:
    reviewed = complete_review(db_session, settings, world.review_request, layout=False)
    html = (
        signed_in(browser, world.junior_assigned)
        .get(f"/reviews/{world.review_request.id}")
        .get_data(as_text=True)
    )
    assert "mode-text" in html
    mark = re.search(
        rf'<mark class="hl sev-warning" data-highlight-for="{reviewed.grounded.id}"[^>]*>([^<]*)<',
        html,
    )
    assert mark is not None and mark.group(1) == "responsible for notes"


def test_triage_is_stored_audited_and_shown_with_who_and_when(
    browser: Callable[[], Browser], world: World, db_session: Session, settings: Settings
) -> None:
    reviewed = complete_review(db_session, settings, world.review_request)
    b = signed_in(browser, world.junior_assigned)
    b.get(f"/reviews/{world.review_request.id}")
    done = b.post_json(f"/ui/findings/{reviewed.grounded.id}/triage", {"action": "dismiss"})
    assert done.status_code == 200, done.json
    assert done.json["triage"]["status"] == "dismissed"
    row = db_session.get(FeedbackTriage, reviewed.grounded.id)
    assert row is not None and row.status == "dismissed" and row.user_id == world.junior_assigned.id
    log = db_session.scalars(
        select(ActivityLog).where(ActivityLog.action == "feedback.triage")
    ).one()
    assert log.entity_id == reviewed.grounded.id and log.details["status"] == "dismissed"
    html = b.get(f"/reviews/{world.review_request.id}").get_data(as_text=True)
    card = re.search(rf'<article[^>]*data-feedback-id="{reviewed.grounded.id}"[^>]*>', html)
    assert card is not None and 'data-triage="dismissed"' in card.group(0)
    assert "Dismissed by" in html
    # Without a script the same form posts and comes back to the finding.
    back = b.post(f"/findings/{reviewed.grounded.id}/triage", {"action": "reopen"})
    assert back.status_code == 303 and back.headers["Location"].endswith(
        f"#finding-{reviewed.grounded.id}"
    )
    db_session.expire_all()
    assert db_session.get(FeedbackTriage, reviewed.grounded.id) is None
    bad = b.post_json(f"/ui/findings/{reviewed.grounded.id}/triage", {"action": "explode"})
    assert bad.status_code == 422
    other = signed_in(browser, world.junior_unassigned)
    hidden = other.post_json(f"/ui/findings/{reviewed.grounded.id}/triage", {"action": "dismiss"})
    assert hidden.status_code == 404


def test_progress_and_rerunning_failed_agents(
    browser: Callable[[], Browser], world: World, db_session: Session, settings: Settings,
    publisher: object,
) -> None:  # fmt: skip
    b = signed_in(browser, world.junior_assigned)
    queued = b.client.get(f"/ui/reviews/{world.review_request.id}/progress").json
    assert queued["status"] == "pending" and queued["finished"] is False
    running = db_session.get(ReviewRequest, world.review_request.id)
    assert running is not None
    running.status, running.stage, running.agents_done = "processing", "reviewing", 2
    db_session.commit()
    progress = b.client.get(f"/ui/reviews/{world.review_request.id}/progress").json
    assert progress["label"] == "Reviewing: 2 of 4 agents done"
    reviewed = complete_review(db_session, settings, world.review_request)
    outcome = next(o for o in reviewed.request.outcomes if o.agent_type == "ats")
    outcome.outcome, outcome.reason = "failed", "The ats review could not be completed: timeout"
    db_session.commit()
    page = b.get(f"/reviews/{world.review_request.id}").get_data(as_text=True)
    assert "could not be completed: timeout" in page and 'data-action="rerun"' in page
    rerun = b.post(f"/reviews/{world.review_request.id}/rerun")
    assert rerun.status_code == 303
    new_id = uuid.UUID(rerun.headers["Location"].rsplit("/", 1)[1])
    new = db_session.get(ReviewRequest, new_id)
    assert new is not None and new.mode == "changed" and new.resume_id == world.resume.id
    assert publisher.published[-1] == new_id  # type: ignore[attr-defined]


def test_the_score_change_since_the_previous_review(
    browser: Callable[[], Browser], world: World, db_session: Session, settings: Settings
) -> None:
    first = complete_review(db_session, settings, world.review_request)
    second_request = ReviewRequest(
        resume_id=world.resume.id, agent_types=list(world.review_request.agent_types),
        status="pending", stage="pending",
    )  # fmt: skip
    db_session.add(second_request)
    db_session.commit()
    second = complete_review_again(db_session, second_request, first)
    html = (
        signed_in(browser, world.junior_assigned)
        .get(f"/reviews/{second.id}")
        .get_data(as_text=True)
    )
    delta = re.search(r"<span data-score-delta>([^<]+)</span>", html)
    assert delta is not None and delta.group(1) == "+6"
    assert "Resolved since the previous review" in html


def complete_review_again(
    db_session: Session, request: ReviewRequest, first: object
) -> ReviewRequest:
    """A second review of the same resume that keeps one finding and scores 81."""
    from database.models import ReviewFeedbackItem, ReviewResult

    result = ReviewResult(review_request_id=request.id, agent_type="content", score=81)
    db_session.add(result)
    db_session.flush()
    kept = first.grounded  # type: ignore[attr-defined]
    db_session.add(
        ReviewFeedbackItem(
            review_result_id=result.id, category=kept.category, severity=kept.severity,
            message=kept.message, quoted_text=kept.quoted_text, start_offset=kept.start_offset,
            end_offset=kept.end_offset, finding_key=kept.finding_key,
        )
    )  # fmt: skip
    request.status = request.stage = "completed"
    request.overall_score = 81
    db_session.commit()
    return request


def test_the_review_page_lists_the_most_serious_open_findings_first() -> None:
    from core.enums import Severity
    from web.review_page import FindingView, most_serious

    def view(severity: Severity, *, alert: bool = False, triaged: bool = False) -> FindingView:
        finding = SimpleNamespace(
            id=uuid.uuid4(), severity=severity.value, agent_type="content", category="x",
            message=f"finding {uuid.uuid4()}", quoted_text=None, start_offset=None,
        )  # fmt: skip
        triage = SimpleNamespace(status="dismissed") if triaged else None
        return FindingView(finding, alert, True, True, triage, None)  # type: ignore[arg-type]

    hint = view(Severity.SUGGESTION)
    warning, critical, alert = (
        view(Severity.WARNING),
        view(Severity.CRITICAL),
        view(Severity.CRITICAL, alert=True),
    )
    dismissed = view(Severity.CRITICAL, triaged=True)
    assert most_serious([hint, warning, critical, dismissed, alert]) == [alert, critical, warning]
    assert most_serious([hint]) == []
