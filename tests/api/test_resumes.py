"""Uploads (size, type, duplicates), resume details, the original file, review requests."""

from __future__ import annotations

import io
import uuid
from collections.abc import Callable

import pytest
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.config import Settings
from database.models import (
    Resume,
    ResumeSection,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
    User,
)
from database.queries.candidates import create_candidate
from database.queries.prompts import active_prompts
from pipelines import storage
from tests.api.conftest import API, MAX_UPLOAD, Publisher, World, bearer, make_pdf


def upload(
    client: FlaskClient,
    candidate_id: object,
    user: User,
    data: bytes,
    filename: str = "cv.pdf",
    **fields: str,
):
    return client.post(
        f"{API}/candidates/{candidate_id}/resumes",
        data={"file": (io.BytesIO(data), filename), **fields},
        headers=bearer(user),
        content_type="multipart/form-data",
    )


def test_upload_returns_202_with_resume_and_queued_request(
    client: FlaskClient, world: World, publisher: Publisher, db_session: Session, settings: Settings
) -> None:
    response = upload(
        client,
        world.candidate.id,
        world.junior_assigned,
        make_pdf(f"Version two {uuid.uuid4()}"),
        job_description="Python engineer, 5 years",
    )
    assert response.status_code == 202, response.json
    body = response.json
    assert body["resume"]["version_number"] == 2
    assert body["resume"]["status"] == "pending"
    assert body["resume"]["progress"] == 0
    assert body["resume"]["mime_type"] == "application/pdf"
    assert body["review_request"]["trigger"] == "upload"
    assert "job_match" in body["review_request"]["agent_types"]
    # Published after the commit, exactly once.
    assert publisher.published == [uuid.UUID(body["review_request"]["id"])]
    stored = db_session.get(Resume, uuid.UUID(body["resume"]["id"]))
    assert stored is not None
    assert storage.storage_for(settings).exists(stored.stored_filename)
    assert "stored_filename" not in body["resume"]
    assert "file_hash" not in body["resume"]


def test_upload_still_202_when_broker_is_down(
    client: FlaskClient, world: World, publisher: Publisher, db_session: Session
) -> None:
    publisher.result = False
    response = upload(client, world.candidate.id, world.senior, make_pdf(f"x {uuid.uuid4()}"))
    assert response.status_code == 202
    request = db_session.get(ReviewRequest, uuid.UUID(response.json["review_request"]["id"]))
    assert request is not None
    assert request.status == "pending"  # the recovery sweep will publish it


def test_upload_publisher_exception_is_contained(
    client: FlaskClient, world: World, publisher: Publisher, app
) -> None:
    def explode(_request_id: uuid.UUID) -> bool:
        raise ConnectionError("broker down")

    from api.state import EXTENSION_KEY

    app.extensions[EXTENSION_KEY].publish_review = explode
    response = upload(client, world.candidate.id, world.senior, make_pdf(f"y {uuid.uuid4()}"))
    assert response.status_code == 202


def test_upload_over_content_length_is_413_before_reading(
    client: FlaskClient, world: World
) -> None:
    big = b"%PDF-1.4\n" + b"0" * (MAX_UPLOAD + 200_000)
    response = upload(client, world.candidate.id, world.senior, big)
    assert response.status_code == 413
    assert set(response.json["error"]) == {"code", "message", "details"}


@pytest.mark.parametrize(
    "body",
    [
        {"file": "a text field, not a file"},
        {"job_description": "no file at all"},
        {"file": (io.BytesIO(b""), "")},
    ],
)
def test_a_malformed_multipart_body_is_4xx_with_a_reason(
    client: FlaskClient, world: World, body: dict[str, object]
) -> None:
    response = client.post(
        f"{API}/candidates/{world.candidate.id}/resumes",
        data=body,
        headers=bearer(world.senior),
        content_type="multipart/form-data",
    )
    assert 400 <= response.status_code < 500, response.get_data(as_text=True)
    assert response.json["error"]["message"]


def test_upload_just_over_file_limit_is_413(client: FlaskClient, world: World) -> None:
    big = b"%PDF-1.4\n" + b"0" * MAX_UPLOAD  # within the multipart margin, over the file limit
    response = upload(client, world.candidate.id, world.senior, big)
    assert response.status_code == 413
    assert response.json["error"]["code"] == "file_too_large"


def test_text_file_renamed_pdf_is_415(
    client: FlaskClient, world: World, db_session: Session
) -> None:
    response = upload(
        client, world.candidate.id, world.senior, b"just some text, honestly\n" * 20, "cv.pdf"
    )
    assert response.status_code == 415, response.json
    assert response.json["error"]["code"] == "unsupported_type"
    assert len(db_session.scalars(select(Resume)).all()) == 1


def test_empty_file_is_400(client: FlaskClient, world: World) -> None:
    response = upload(client, world.candidate.id, world.senior, b"", "cv.pdf")
    assert response.status_code == 400
    assert response.json["error"]["code"] == "empty_file"


def test_missing_file_field_is_422(client: FlaskClient, world: World) -> None:
    response = client.post(
        f"{API}/candidates/{world.candidate.id}/resumes",
        data={"job_description": "x"},
        headers=bearer(world.senior),
        content_type="multipart/form-data",
    )
    assert response.status_code == 422
    assert response.json["error"]["code"] == "validation_error"


def test_duplicate_names_existing_resume_only_when_visible(
    client: FlaskClient,
    world: World,
    make_user: Callable[..., User],
    db_session: Session,
) -> None:
    # Visible to the caller: the 409 names the existing resume.
    seen = upload(client, world.candidate.id, world.junior_assigned, world.pdf)
    assert seen.status_code == 409
    assert seen.json["error"]["details"]["existing_resume_id"] == str(world.resume.id)

    # A junior uploading the same bytes to their own candidate learns nothing about it.
    outsider = world.junior_unassigned
    own = create_candidate(db_session, outsider, first_name="Other", last_name="Person")
    db_session.commit()
    hidden = upload(client, own.id, outsider, world.pdf)
    assert hidden.status_code == 409
    assert hidden.json["error"]["details"] == {}
    assert str(world.resume.id) not in hidden.get_data(as_text=True)


def test_resume_detail_lists_sections(
    client: FlaskClient, world: World, db_session: Session
) -> None:
    db_session.add(
        ResumeSection(
            resume_id=world.resume.id,
            section_type="experience",
            title="Experience",
            content="Analytical engine programmer",
            sequence_order=0,
            start_offset=13,
            end_offset=60,
            word_count=3,
        )
    )
    db_session.commit()
    response = client.get(f"{API}/resumes/{world.resume.id}", headers=bearer(world.senior))
    assert response.status_code == 200
    body = response.json
    assert body["status"] == "pending"
    assert body["sections"] == [
        {
            "id": body["sections"][0]["id"],
            "section_type": "experience",
            "title": "Experience",
            "sequence_order": 0,
            "start_offset": 13,
            "end_offset": 60,
            "word_count": 3,
        }
    ]


def test_resume_file_download(client: FlaskClient, world: World, db_session: Session) -> None:
    world.resume.original_filename = 'evil"name\r\n../../etc.pdf'
    db_session.commit()
    response = client.get(f"{API}/resumes/{world.resume.id}/file", headers=bearer(world.senior))
    assert response.status_code == 200
    assert response.data == world.pdf
    assert response.mimetype == "application/pdf"
    disposition = response.headers["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "\r" not in disposition and "\n" not in disposition and ".." not in disposition
    assert disposition.endswith('.pdf"') or disposition.endswith(".pdf")
    assert response.headers["X-Content-Type-Options"] == "nosniff"


def test_resume_file_missing_on_disk_is_404(
    client: FlaskClient, world: World, settings: Settings
) -> None:
    storage.storage_for(settings).delete(world.resume.stored_filename)
    response = client.get(f"{API}/resumes/{world.resume.id}/file", headers=bearer(world.senior))
    assert response.status_code == 404


def test_review_request_create_validation(client: FlaskClient, world: World) -> None:
    url = f"{API}/resumes/{world.resume.id}/review-requests"
    headers = bearer(world.senior)
    assert client.post(url, json={"agent_types": ["telepathy"]}, headers=headers).status_code == 422
    no_jd = client.post(url, json={"agent_types": ["job_match"]}, headers=headers)
    assert no_jd.status_code == 422
    assert "job_description" in no_jd.json["error"]["message"]
    assert client.post(url, json={"extra": 1}, headers=headers).status_code == 422
    empty = client.post(url, headers=headers)  # no body at all: defaults
    assert empty.status_code == 202, empty.json
    assert empty.json["trigger"] == "manual"
    malformed = client.post(
        url, data="{not json", headers={**headers, "Content-Type": "application/json"}
    )
    assert malformed.status_code == 400
    assert malformed.json["error"]["code"] == "malformed_json"


def test_review_request_detail_groups_feedback(
    client: FlaskClient, world: World, db_session: Session
) -> None:
    section = ResumeSection(
        resume_id=world.resume.id,
        section_type="experience",
        title="Experience",
        content="Analytical engine programmer",
        sequence_order=0,
        start_offset=0,
        end_offset=40,
        word_count=3,
    )
    db_session.add(section)
    prompt = active_prompts(db_session)["content"]
    result = ReviewResult(
        review_request_id=world.review_request.id,
        agent_type="content",
        prompt_id=prompt.id,
        model="offline",
        score=71,
        summary="Solid.",
    )
    db_session.add(result)
    db_session.flush()
    db_session.add_all(
        [
            ReviewFeedbackItem(
                review_result_id=result.id,
                resume_section_id=section.id,
                category="metrics",
                severity="suggestion",
                message="Quantify impact.",
                suggestion="Add numbers.",
                quoted_text="Analytical",
                start_offset=5,
                end_offset=15,
            ),
            ReviewFeedbackItem(
                review_result_id=result.id,
                category="contact",
                severity="warning",
                message="No email address.",
            ),
        ]
    )
    world.review_request.status = "completed"
    world.review_request.overall_score = 71
    world.resume.progress = 100
    db_session.commit()

    response = client.get(
        f"{API}/review-requests/{world.review_request.id}", headers=bearer(world.junior_assigned)
    )
    assert response.status_code == 200, response.json
    body = response.json
    assert body["status"] == "completed"
    assert body["overall_score"] == 71
    assert body["progress"] == 100
    assert body["results"] == [
        {
            "agent_type": "content",
            "score": 71,
            "summary": "Solid.",
            "model": "offline",
            "prompt_id": str(prompt.id),
            "prompt_version": prompt.version,
        }
    ]
    [group] = body["feedback_by_section"]
    assert group["section_id"] == str(section.id)
    assert group["section_type"] == "experience"
    [item] = group["items"]
    assert item["quoted_text"] == "Analytical"
    assert (item["start_offset"], item["end_offset"]) == (5, 15)
    assert item["agent_type"] == "content"
    [loose] = body["ungrounded_feedback"]
    assert loose["message"] == "No email address."

    listing = client.get(
        f"{API}/resumes/{world.resume.id}/review-requests", headers=bearer(world.senior)
    )
    assert [item["id"] for item in listing.json["items"]] == [str(world.review_request.id)]


def test_delete_candidate_erases_files_and_rows(
    client: FlaskClient, world: World, db_session: Session, settings: Settings
) -> None:
    files = storage.storage_for(settings)
    key = world.resume.stored_filename
    resume_id, request_id, candidate_id = (
        world.resume.id,
        world.review_request.id,
        world.candidate.id,
    )
    assert files.exists(key)
    response = client.delete(f"{API}/candidates/{candidate_id}", headers=bearer(world.admin))
    assert response.status_code == 204
    db_session.expire_all()
    assert db_session.get(Resume, resume_id) is None
    assert db_session.get(ReviewRequest, request_id) is None
    assert not files.exists(key)
    again = client.get(f"{API}/candidates/{candidate_id}", headers=bearer(world.admin))
    assert again.status_code == 404


def test_upload_form_job_description_rules(
    client: FlaskClient, world: World, db_session: Session
) -> None:
    too_long = upload(
        client,
        world.candidate.id,
        world.senior,
        make_pdf(f"jd {uuid.uuid4()}"),
        job_description="x" * 20_001,
    )
    assert too_long.status_code == 422
    numeric = upload(
        client,
        world.candidate.id,
        world.senior,
        make_pdf(f"jd {uuid.uuid4()}"),
        job_description="42",
    )
    assert numeric.status_code == 202, numeric.json
    request = db_session.get(ReviewRequest, uuid.UUID(numeric.json["review_request"]["id"]))
    assert request is not None
    assert request.job_description == "42"


def test_upload_without_active_prompts_is_422_and_stores_nothing(
    client: FlaskClient, world: World, db_session: Session, settings: Settings
) -> None:
    for prompt in active_prompts(db_session).values():
        prompt.is_active = False
    db_session.commit()
    before = set(settings.storage_dir.iterdir())
    response = upload(client, world.candidate.id, world.senior, make_pdf(f"np {uuid.uuid4()}"))
    assert response.status_code == 422
    assert set(settings.storage_dir.iterdir()) == before
    assert len(db_session.scalars(select(Resume)).all()) == 1
