"""The jobs pages through the Flask test client (real PostgreSQL and Redis): who may
create and edit, the two-step new-job form, attaching from the job and from the
candidates list, stages, the matrix fragment, a file dropped on a job, and the CSV."""

from __future__ import annotations

import io
import re
import uuid
from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database.models import Job, JobApplication, ReviewRequest, User
from testkit.job_pool import POSTING, pool_candidate
from tests.api.conftest import Publisher, World
from tests.web.conftest import Browser


def signed_in(browser: Callable[[], Browser], user: User) -> Browser:
    client = browser()
    client.sign_in(user)
    return client


def _create(client: Browser, title: str = "Backend Engineer") -> str:
    drafted = client.post("/jobs/new", {"title": title, "description": POSTING, "action": "draft"})
    assert drafted.status_code == 200
    page = drafted.get_data(as_text=True)
    texts = re.findall(r'name="req_text" type="text" value="([^"]*)"', page)
    assert "Strong proficiency in Python or Go" in texts and "" in texts  # blanks to add
    assert not any("Mentor" in text for text in texts)  # a task, not a requirement
    rows = [t for t in texts if t]
    form = {
        "title": title,
        "description": POSTING,
        "action": "save",
        "req_id": [""] * (len(rows) + 1),
        "req_text": [*rows[:-1], "AWS or GCP experience", "Fluent German"],
        "req_kind": ["must"] * (len(rows) - 1) + ["nice", "nice"],
        "req_weight": ["2"] * (len(rows) + 1),
        "req_category": [""] * (len(rows) + 1),
    }
    saved = client.post("/jobs/new", form)
    assert saved.status_code == 303, saved.get_data(as_text=True)
    return saved.headers["Location"].rsplit("/", 1)[-1]


def test_a_senior_creates_a_job_in_two_steps_and_a_junior_cannot(
    browser: Callable[[], Browser], world: World, db_session: Session
) -> None:
    junior = signed_in(browser, world.junior_assigned)
    assert junior.get("/jobs/new").status_code == 403
    assert junior.post("/jobs/new", {"title": "x", "description": POSTING}).status_code == 403
    senior = signed_in(browser, world.senior)
    job_id = _create(senior)
    job = db_session.get(Job, uuid.UUID(job_id))
    assert job is not None and job.owner_user_id == world.senior.id
    assert [r.text for r in job.requirements][-2:] == ["AWS or GCP experience", "Fluent German"]
    assert job.requirements[-1].category == "language"  # guessed
    missing_title = senior.post(
        "/jobs/new",
        {"title": "", "description": POSTING, "action": "save", "req_text": ["Python"],
         "req_id": [""], "req_kind": ["must"], "req_weight": ["2"], "req_category": [""]},
    )  # fmt: skip
    assert missing_title.status_code == 422
    assert "Give the job a title." in missing_title.get_data(as_text=True)
    listing = junior.get("/jobs").get_data(as_text=True)
    assert "Backend Engineer" in listing and "New job" not in listing


def test_attaching_moving_and_downloading_follow_the_access_rule(
    browser: Callable[[], Browser], world: World, db_session: Session, publisher: Publisher
) -> None:
    senior = signed_in(browser, world.senior)
    job_id = _create(senior)
    page = senior.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert f'value="{world.candidate.id}"' in page  # offered for attaching
    attached = senior.post(
        f"/jobs/{job_id}/candidates", {"candidate_ids": [str(world.candidate.id)]}
    )
    assert attached.status_code == 303
    application = db_session.scalars(select(JobApplication)).one()
    evaluation = db_session.get(ReviewRequest, application.evaluation_request_id)
    assert evaluation is not None and evaluation.agent_types == ["requirements"]
    assert publisher.published[-1] == evaluation.id
    nothing = senior.post(f"/jobs/{job_id}/candidates", {})
    assert nothing.status_code == 422
    assert "Tick the candidates to attach." in nothing.get_data(as_text=True)
    unknown = senior.post(f"/jobs/{job_id}/candidates", {"candidate_ids": [str(uuid.uuid4())]})
    assert unknown.status_code == 422

    matrix = senior.get(f"/jobs/{job_id}/matrix").get_data(as_text=True)
    assert "Ada Lovelace" in matrix and 'data-running="1"' in matrix and "Evaluating" in matrix

    # The junior assigned to Ada sees her row and moves her; the others see no row.
    junior = signed_in(browser, world.junior_assigned)
    assert "Ada Lovelace" in junior.get(f"/jobs/{job_id}").get_data(as_text=True)
    moved = junior.post(
        f"/jobs/{job_id}/candidates/{world.candidate.id}/stage", {"stage": "screening"}
    )
    assert moved.status_code == 303
    db_session.refresh(application)
    assert application.stage == "screening"
    outsider = signed_in(browser, world.junior_unassigned)
    assert "Ada Lovelace" not in outsider.get(f"/jobs/{job_id}").get_data(as_text=True)
    assert (
        outsider.post(
            f"/jobs/{job_id}/candidates/{world.candidate.id}/stage", {"stage": "rejected"}
        ).status_code
        == 404
    )
    assert outsider.get(f"/jobs/{job_id}/ranking.csv").get_data(as_text=True).count("\n") == 1
    csv_text = senior.get(f"/jobs/{job_id}/ranking.csv").get_data(as_text=True)
    assert csv_text.splitlines()[1].startswith("1,Ada,Lovelace,screening,")


def test_attaching_from_the_candidates_list_and_dropping_a_file_on_a_job(
    browser: Callable[[], Browser], world: World, db_session: Session
) -> None:
    senior = signed_in(browser, world.senior)
    job_id = _create(senior)
    listing = senior.get("/candidates").get_data(as_text=True)
    assert 'id="attach-to-job"' in listing and job_id in listing
    junior_listing = signed_in(browser, world.junior_assigned).get("/candidates")
    assert 'id="attach-to-job"' not in junior_listing.get_data(as_text=True)
    attached = senior.post(
        "/jobs/attach", {"job_id": job_id, "candidate_ids": [str(world.candidate.id)]}
    )
    assert attached.status_code == 303 and attached.headers["Location"].endswith("#ranking")

    person = pool_candidate(7)
    dropped = senior.client.post(
        f"/ui/jobs/{job_id}/uploads",
        data={"file": (io.BytesIO(person.pdf), "cv.pdf")},
        headers={"X-CSRF-Token": senior.csrf},
        content_type="multipart/form-data",
    )
    assert dropped.status_code == 202, dropped.get_data(as_text=True)
    candidate_id = uuid.UUID(dropped.json["candidate_id"])
    application = db_session.scalars(
        select(JobApplication).where(JobApplication.candidate_id == candidate_id)
    ).one()
    assert str(application.job_id) == job_id
    # The file's review and its evaluation, both queued (the resume is read once).
    requests = db_session.scalars(
        select(ReviewRequest).where(ReviewRequest.resume_id == uuid.UUID(dropped.json["resume_id"]))
    ).all()
    assert sorted(bool(r.job_id) for r in requests) == [False, True]
    junior = signed_in(browser, world.junior_assigned)
    refused = junior.client.post(
        f"/ui/jobs/{job_id}/uploads",
        data={"file": (io.BytesIO(pool_candidate(8).pdf), "cv.pdf")},
        headers={"X-CSRF-Token": junior.csrf},
        content_type="multipart/form-data",
    )
    assert refused.status_code == 403
    assert db_session.scalar(select(func.count()).select_from(JobApplication)) == 2
