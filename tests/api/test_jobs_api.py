"""The jobs API over HTTP (Flask test client, real PostgreSQL and Redis): who may create
and edit jobs (403 before any validation), attaching candidates all or nothing, stages,
the ranking's shape and access rule, the CSV, and the OpenAPI document."""

from __future__ import annotations

import csv
import io
import uuid

from flask.testing import FlaskClient
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from database.models import ActivityLog, JobApplication, ReviewRequest
from tests.api.conftest import API, Publisher, World, bearer

POSTING = """Backend Engineer (Python)

We run payment infrastructure.

Requirements:
- 3+ years of experience building backend services
- Strong Python skills
- Fluent English

Nice to have:
- Experience with Kubernetes
"""


def _create_job(client: FlaskClient, world: World, **body: object) -> dict[str, object]:
    response = client.post(
        f"{API}/jobs",
        json={"title": "Backend Engineer", "description": POSTING, **body},
        headers=bearer(world.senior),
    )
    assert response.status_code == 201, response.json
    return response.json  # type: ignore[return-value]


def test_a_senior_creates_a_job_whose_requirements_are_drafted_from_the_posting(
    client: FlaskClient, world: World
) -> None:
    job = _create_job(client, world)
    assert set(job) >= {"id", "title", "description", "status", "owner_user_id", "created_at"}
    assert job["status"] == "open" and job["owner_user_id"] == str(world.senior.id)
    requirements = job["requirements"]
    assert isinstance(requirements, list)
    texts = {(r["text"], r["kind"]) for r in requirements}
    assert ("Experience with Kubernetes", "nice") in texts
    assert ("Strong Python skills", "must") in texts
    assert all(set(r) == {"id", "text", "kind", "weight", "category"} for r in requirements)
    years = next(r for r in requirements if r["text"].startswith("3+ years"))
    assert years["category"] == "years_experience"


def test_a_junior_gets_403_before_any_validation(client: FlaskClient, world: World) -> None:
    junior = bearer(world.junior_assigned)
    for body in ({"title": "x"}, {"nonsense": True}, None):
        response = client.post(f"{API}/jobs", json=body, headers=junior)
        assert response.status_code == 403, body
        assert response.json["error"]["code"] == "forbidden"
    job = _create_job(client, world)
    for method, url, body in (
        ("patch", f"{API}/jobs/{job['id']}", {"title": 5}),
        ("post", f"{API}/jobs/{job['id']}/candidates", {"candidate_ids": "x"}),
    ):
        response = getattr(client, method)(url, json=body, headers=junior)
        assert response.status_code == 403
    # Juniors see the jobs.
    assert client.get(f"{API}/jobs/{job['id']}", headers=junior).status_code == 200
    listed = client.get(f"{API}/jobs", headers=junior).json["items"]
    assert job["id"] in [j["id"] for j in listed]


def test_attaching_candidates_is_all_or_nothing(
    client: FlaskClient, world: World, db_session: Session, publisher: Publisher
) -> None:
    job = _create_job(client, world)
    url = f"{API}/jobs/{job['id']}/candidates"
    senior = bearer(world.senior)
    unknown = str(uuid.uuid4())
    response = client.post(
        url, json={"candidate_ids": [str(world.candidate.id), unknown]}, headers=senior
    )
    assert response.status_code == 422
    assert response.json["error"]["code"] == "validation_error"
    assert response.json["error"]["details"]["field"] == "candidate_ids"
    assert db_session.scalar(select(func.count()).select_from(JobApplication)) == 0
    too_many = {"candidate_ids": [str(uuid.uuid4()) for _ in range(101)]}
    assert client.post(url, json=too_many, headers=senior).status_code == 422
    assert client.post(url, json={"candidate_ids": []}, headers=senior).status_code == 422

    published_before = len(publisher.published)
    response = client.post(url, json={"candidate_ids": [str(world.candidate.id)]}, headers=senior)
    assert response.status_code == 202
    (item,) = response.json["items"]
    assert item["candidate_id"] == str(world.candidate.id) and item["stage"] == "new"
    evaluation = item["evaluation"]
    assert evaluation["job_id"] == job["id"] and evaluation["agent_types"] == ["requirements"]
    assert evaluation["status"] == "pending"
    assert publisher.published[published_before:] == [uuid.UUID(evaluation["id"])]
    again = client.post(url, json={"candidate_ids": [str(world.candidate.id)]}, headers=senior)
    assert again.status_code == 202 and again.json["items"][0]["id"] == item["id"]
    assert again.json["items"][0]["evaluation"]["id"] == evaluation["id"]
    assert len(publisher.published) == published_before + 1


def test_the_ranking_follows_the_access_rule_and_downloads_as_csv(
    client: FlaskClient, world: World, db_session: Session
) -> None:
    job = _create_job(client, world)
    senior = bearer(world.senior)
    client.post(
        f"{API}/jobs/{job['id']}/candidates",
        json={"candidate_ids": [str(world.candidate.id)]},
        headers=senior,
    )
    for who, expected in (
        (world.senior, 1),
        (world.admin, 1),
        (world.junior_assigned, 1),
        (world.junior_unassigned, 0),
        (world.junior_former, 0),
    ):
        page = client.get(f"{API}/jobs/{job['id']}/ranking?size=10", headers=bearer(who))
        assert page.status_code == 200
        assert page.json["total"] == expected and len(page.json["items"]) == expected
        assert (page.json["page"], page.json["size"]) == (1, 10)
    item = client.get(f"{API}/jobs/{job['id']}/ranking", headers=senior).json["items"][0]
    assert item["candidate_id"] == str(world.candidate.id)
    assert item["evaluation_status"] == "pending" and item["fit_score"] is None
    assert item["requirements"] == []  # not judged yet
    assert client.get(f"{API}/jobs/{job['id']}/ranking?size=101", headers=senior).status_code == (
        422
    )

    # Stages: a junior moves an assigned candidate; an unassigned one gets 404.
    stage_url = f"{API}/jobs/{job['id']}/candidates/{world.candidate.id}"
    moved = client.patch(
        stage_url, json={"stage": "shortlisted"}, headers=bearer(world.junior_assigned)
    )
    assert moved.status_code == 200 and moved.json["stage"] == "shortlisted"
    hidden = client.patch(
        stage_url, json={"stage": "rejected"}, headers=bearer(world.junior_unassigned)
    )
    assert hidden.status_code == 404
    bad = client.patch(stage_url, json={"stage": "promoted"}, headers=senior)
    assert bad.status_code == 422
    logged = db_session.scalars(
        select(ActivityLog).where(ActivityLog.action == "application.stage")
    ).all()
    assert [(row.details or {}).get("to") for row in logged] == ["shortlisted"]

    download = client.get(f"{API}/jobs/{job['id']}/ranking.csv", headers=senior)
    assert download.status_code == 200 and download.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(download.get_data(as_text=True))))
    assert rows[0][:5] == ["rank", "first_name", "last_name", "stage", "fit_score"]
    assert len(rows[0]) == 7 + len(job["requirements"])  # type: ignore[arg-type]
    assert rows[1][:4] == ["1", "Ada", "Lovelace", "shortlisted"]
    unassigned_csv = client.get(
        f"{API}/jobs/{job['id']}/ranking.csv", headers=bearer(world.junior_unassigned)
    )
    assert len(list(csv.reader(io.StringIO(unassigned_csv.get_data(as_text=True))))) == 1


def test_editing_requirements_queues_changed_mode_evaluations(
    client: FlaskClient, world: World, db_session: Session
) -> None:
    job = _create_job(client, world, requirements=[{"text": "Python", "kind": "must", "weight": 3}])
    (requirement,) = job["requirements"]  # type: ignore[misc]
    assert requirement["category"] == "skill"  # guessed
    senior = bearer(world.senior)
    client.post(
        f"{API}/jobs/{job['id']}/candidates",
        json={"candidate_ids": [str(world.candidate.id)]},
        headers=senior,
    )
    edited = client.patch(
        f"{API}/jobs/{job['id']}",
        json={
            "requirements": [
                {"id": requirement["id"], "text": "Python", "kind": "must", "weight": 3},
                {"text": "Fluent German", "kind": "nice", "weight": 1},
            ]
        },
        headers=senior,
    )
    assert edited.status_code == 200, edited.json
    assert edited.json["evaluations_queued"] == 1
    assert [r["text"] for r in edited.json["requirements"]] == ["Python", "Fluent German"]
    assert edited.json["requirements"][0]["id"] == requirement["id"]
    latest = db_session.scalars(
        select(ReviewRequest)
        .where(ReviewRequest.job_id == uuid.UUID(str(job["id"])))
        .order_by(ReviewRequest.requested_at.desc())
    ).first()
    assert latest is not None and latest.mode == "changed"
    foreign = client.patch(
        f"{API}/jobs/{job['id']}",
        json={"requirements": [{"id": str(uuid.uuid4()), "text": "x"}]},
        headers=senior,
    )
    assert (
        foreign.status_code == 422 and foreign.json["error"]["details"]["field"] == "requirements"
    )
    renamed = client.patch(f"{API}/jobs/{job['id']}", json={"status": "closed"}, headers=senior)
    assert renamed.json["status"] == "closed" and renamed.json["evaluations_queued"] == 0
    closed = client.post(
        f"{API}/jobs/{job['id']}/candidates",
        json={"candidate_ids": [str(world.candidate.id)]},
        headers=senior,
    )
    assert closed.status_code == 422 and "closed" in closed.json["error"]["message"]


def test_unknown_jobs_are_404_and_ordinary_reviews_refuse_the_requirements_agent(
    client: FlaskClient, world: World
) -> None:
    senior = bearer(world.senior)
    missing = uuid.uuid4()
    assert client.get(f"{API}/jobs/{missing}", headers=senior).status_code == 404
    assert client.get(f"{API}/jobs/{missing}/ranking", headers=senior).status_code == 404
    response = client.post(
        f"{API}/resumes/{world.resume.id}/review-requests",
        json={"agent_types": ["requirements"]},
        headers=senior,
    )
    assert response.status_code == 422


def test_the_openapi_document_describes_the_jobs_api(client: FlaskClient) -> None:
    paths = client.get(f"{API}/openapi.json").json["paths"]
    for path in (
        "/api/v1/jobs",
        "/api/v1/jobs/{job_id}",
        "/api/v1/jobs/{job_id}/candidates",
        "/api/v1/jobs/{job_id}/candidates/{candidate_id}",
        "/api/v1/jobs/{job_id}/ranking",
        "/api/v1/jobs/{job_id}/ranking.csv",
    ):
        assert path in paths, path
    assert "202" in paths["/api/v1/jobs/{job_id}/candidates"]["post"]["responses"]
