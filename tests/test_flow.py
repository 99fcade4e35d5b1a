"""The pipeline on a real PostgreSQL database, no Celery: the whole chain through the
production driver (:mod:`pipelines.chain`, a transaction per stage, committed), and single
stage functions on a session."""

from __future__ import annotations

import itertools
import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from api.errors import status_for
from core.config import Settings
from database.engine import session_scope
from database.models import (
    ActivityLog,
    PromptUsageHistory,
    Resume,
    ResumeSection,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
)
from pipelines import chain, flow, intake
from testkit.pipeline_helpers import load_prompts, make_settings, row_counts, upload
from testkit.samples import make_docx, make_pdf


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Settings:
    return make_settings(tmp_path / "storage", pg_url)


@pytest.fixture
def session(db_session: Session) -> Session:
    load_prompts(db_session)
    return db_session


def committed_upload(engine: Engine, settings: Settings, data: bytes) -> uuid.UUID:
    with session_scope(engine) as session:
        return upload(session, settings, data)


@pytest.mark.parametrize("make_file", [make_pdf, make_docx])
def test_whole_chain_produces_a_grounded_review(
    engine: Engine, settings: Settings, make_file: object
) -> None:
    request_id = committed_upload(engine, settings, make_file())  # type: ignore[operator]
    assert chain.run_review(engine, settings, request_id) is chain.Outcome.DONE
    with session_scope(engine) as session:
        assert_grounded_review(session, request_id)


def assert_grounded_review(session: Session, request_id: uuid.UUID) -> None:
    request = session.get(ReviewRequest, request_id)
    assert request is not None
    assert request.status == "completed"
    assert request.agent_types == ["ats", "content", "language", "structure"]
    resume = session.get(Resume, request.resume_id)
    assert resume is not None
    assert (resume.status, resume.progress) == ("completed", 100)
    text = resume.extracted_text
    assert text is not None
    assert "Acme Corp" in text

    sections = session.scalars(
        select(ResumeSection).where(ResumeSection.resume_id == resume.id)
    ).all()
    assert [s.section_type for s in sections] == [
        "contact",
        "summary",
        "experience",
        "education",
        "skills",
    ]
    assert sections[0].start_offset == 0
    assert sections[-1].end_offset == len(text)
    for previous, current in itertools.pairwise(sections):
        assert previous.end_offset == current.start_offset
    for section in sections:
        assert text[section.start_offset : section.end_offset] == section.content

    results = session.scalars(
        select(ReviewResult).where(ReviewResult.review_request_id == request_id)
    ).all()
    assert {r.agent_type for r in results} == set(request.agent_types)
    assert all(r.prompt_id is not None for r in results)
    scores = [r.score for r in results if r.score is not None]
    assert request.overall_score == round(sum(scores) / len(scores))

    items = session.scalars(
        select(ReviewFeedbackItem).where(
            ReviewFeedbackItem.review_result_id.in_([r.id for r in results])
        )
    ).all()
    located = [item for item in items if item.start_offset is not None]
    assert located, "the planted weaknesses should be quoted"
    section_by_id = {s.id: s for s in sections}
    for item in located:
        assert text[item.start_offset : item.end_offset] == item.quoted_text
        section = section_by_id[item.resume_section_id]
        assert section.start_offset <= item.start_offset < section.end_offset
    messages = " ".join(item.quoted_text or "" for item in items)
    assert "Responsible for" in messages  # a weak verb, quoted
    assert "I am" in messages or "I " in messages  # first person

    usage = session.scalars(
        select(PromptUsageHistory).where(PromptUsageHistory.review_request_id == request_id)
    ).all()
    assert {u.agent_type for u in usage} == set(request.agent_types)
    assert all(u.status == "success" for u in usage)
    actions = session.scalars(
        select(ActivityLog.action).where(ActivityLog.entity_id == request_id)
    ).all()
    assert "review.request" in actions
    assert "review.complete" in actions


def counts(engine: Engine) -> dict[str, int]:
    with session_scope(engine) as session:
        return row_counts(session)


def test_every_stage_run_twice_adds_nothing(engine: Engine, settings: Settings) -> None:
    request_id = committed_upload(engine, settings, make_pdf())
    done = chain.Outcome.DONE
    assert chain.start_and_extract(engine, settings, request_id) is done
    assert chain.split(engine, settings, request_id) is done
    before = counts(engine)
    assert chain.start_and_extract(engine, settings, request_id) is done
    assert chain.split(engine, settings, request_id) is done
    assert counts(engine) == before

    assert chain.run_agent(engine, settings, request_id, "content") is done
    after_agent = counts(engine)
    assert after_agent["review_results"] == before["review_results"] + 1
    assert chain.run_agent(engine, settings, request_id, "content") is done
    assert counts(engine) == after_agent  # not called again: no new usage row

    assert chain.run_review(engine, settings, request_id) is done
    final = counts(engine)
    assert chain.finalize(engine, settings, request_id) is chain.Outcome.CLOSED
    assert chain.start_and_extract(engine, settings, request_id) is chain.Outcome.CLOSED
    assert counts(engine) == final


def test_a_corrupt_pdf_fails_with_a_reason(session: Session, settings: Settings) -> None:
    truncated = make_pdf()[:400]
    request_id = upload(session, settings, truncated)
    flow.start(session, request_id, max_attempts=3)
    with pytest.raises(flow.StageFailed):
        flow.extract(session, settings, request_id)
    request = session.get(ReviewRequest, request_id)
    assert request is not None
    assert request.status == "failed"
    assert request.error_message
    resume = session.get(Resume, request.resume_id)
    assert resume is not None
    assert resume.status == "failed"
    assert resume.error_message == request.error_message
    # A later request on the same file fails at once with the same reason.
    again = intake.create_review_request(session, resume=resume, requested_by=None)
    flow.start(session, again.id, max_attempts=3)
    with pytest.raises(flow.StageFailed):
        flow.extract(session, settings, again.id)
    assert again.error_message == request.error_message


def test_a_file_that_only_pretends_to_be_a_pdf_fails(session: Session, settings: Settings) -> None:
    request_id = upload(session, settings, b"%PDF-1.7\n" + b"not really a pdf\n" * 50)
    flow.start(session, request_id, max_attempts=3)
    with pytest.raises(flow.StageFailed):
        flow.extract(session, settings, request_id)
    request = session.get(ReviewRequest, request_id)
    assert request is not None
    assert request.status == "failed"
    assert "PDF" in (request.error_message or "")


def test_attempts_are_capped(session: Session, settings: Settings) -> None:
    request_id = upload(session, settings, make_pdf())
    for _ in range(2):
        flow.start(session, request_id, max_attempts=2)
    with pytest.raises(flow.StageFailed):
        flow.start(session, request_id, max_attempts=2)
    request = session.get(ReviewRequest, request_id)
    assert request is not None
    assert request.status == "failed"
    assert "attempted 2 times" in (request.error_message or "")


def test_job_match_runs_only_with_a_job_description(session: Session, settings: Settings) -> None:
    request_id = upload(
        session, settings, make_pdf(), job_description="Backend engineer: Python, Kafka, Kubernetes"
    )
    request = session.get(ReviewRequest, request_id)
    assert request is not None
    assert "job_match" in request.agent_types
    resume = session.get(Resume, request.resume_id)
    assert resume is not None
    with pytest.raises(intake.InvalidRequest):
        intake.create_review_request(
            session, resume=resume, requested_by=None, agent_types=["job_match"]
        )
    with pytest.raises(intake.InvalidRequest):
        intake.create_review_request(
            session, resume=resume, requested_by=None, agent_types=["poetry"]
        )


def test_uploads_are_sniffed_sized_and_deduplicated(session: Session, settings: Settings) -> None:
    with pytest.raises(intake.UploadRejected) as rejected:
        upload(session, settings, b"Jordan Example\nPython developer\n")
    assert status_for(rejected.value) == 415
    with pytest.raises(intake.UploadRejected) as empty:
        upload(session, settings, b"")
    assert status_for(empty.value) == 400
    small = make_settings(settings.storage_dir, settings.database_url, max_upload_bytes=100)
    with pytest.raises(intake.UploadRejected) as large:
        upload(session, small, make_pdf())
    assert status_for(large.value) == 413
    data = make_pdf(marker="dedup")
    upload(session, settings, data)
    with pytest.raises(intake.DuplicateResume):
        upload(session, settings, data)
