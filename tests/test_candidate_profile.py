"""A candidate filled in from its resume by the pipeline, never over what a recruiter typed
(issue 18), through the production chain on a committed PostgreSQL database."""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from core.config import Settings
from database.engine import session_scope
from database.models import ActivityLog, Candidate, Resume, User
from database.queries.candidates import (
    create_candidate,
    possible_duplicates,
    removable_by_uploader,
    update_candidate,
)
from database.queries.users import create_user
from pipelines import chain, intake
from pipelines.candidate_profile import fill_from_resume
from pipelines.contacts import Contacts
from testkit.pipeline_helpers import make_settings
from testkit.resume_factory import EN, PdfStyle, make_pdf


class Hooks:
    """The transaction hooks the web app gives intake; here the test runs the chain."""

    limits = None  # quotas and the LLM budget are not checked here

    def __init__(self) -> None:
        self.published: list[uuid.UUID] = []

    def on_rollback(self, callback: Callable[[], object]) -> None:
        pass

    def after_commit(self, callback: Callable[[], object]) -> None:
        callback()

    def publish_after_commit(self, request_id: uuid.UUID) -> None:
        self.published.append(request_id)


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Settings:
    return make_settings(tmp_path / "storage", pg_url)


def _user(engine: Engine, role: str = "junior_recruiter") -> uuid.UUID:
    with session_scope(engine) as session:
        email = f"{uuid.uuid4().hex[:10]}@example.com"
        return create_user(session, email=email, password_hash="x", role=role).id


def _resume(name: str, email: str, phone: str) -> bytes:
    marker = uuid.uuid4().hex[:8]
    return make_pdf(EN, PdfStyle(), contact=[name, f"{email} | {phone} | Oakland {marker}"])


def _drop(
    engine: Engine, settings: Settings, user_id: uuid.UUID, data: bytes, name: str
) -> uuid.UUID:
    hooks = Hooks()
    with session_scope(engine) as session:
        user = session.get(User, user_id)
        assert user is not None
        upload = intake.check_upload(session, settings, data, name)
        candidate, _, request = intake.accept_dropped_file(
            session, settings, hooks, user=user, upload=upload
        )
        assert candidate.awaiting_resume and hooks.published == [request.id]
        candidate_id = candidate.id
    assert chain.run_review(engine, settings, request.id) is chain.Outcome.DONE
    return candidate_id


def test_a_dropped_file_is_filled_in_from_its_resume(engine: Engine, settings: Settings) -> None:
    senior = _user(engine, "senior_recruiter")
    data = _resume("Priya Raman", "priya.raman@example.com", "+1 (415) 555-0199")
    candidate_id = _drop(engine, settings, senior, data, "Resume.pdf")
    with session_scope(engine) as session:
        candidate = session.get(Candidate, candidate_id)
        assert candidate is not None and not candidate.awaiting_resume
        assert (candidate.first_name, candidate.last_name) == ("Priya", "Raman")
        assert candidate.email == "priya.raman@example.com"
        assert candidate.phone == "+1 (415) 555-0199"
        assert {"first_name", "last_name", "email", "phone"} <= set(
            candidate.profile_from_resume or []
        )
        resume = session.scalars(select(Resume).where(Resume.candidate_id == candidate_id)).one()
        assert resume.extracted_contacts and resume.extracted_contacts["email"] == candidate.email
        logged = session.scalars(
            select(ActivityLog).where(
                ActivityLog.action == "candidate.fill_from_resume",
                ActivityLog.entity_id == candidate_id,
            )
        ).one()
        assert "email" in logged.details["fields"] and logged.user_id is None


def test_what_a_recruiter_typed_is_never_overwritten(engine: Engine, settings: Settings) -> None:
    senior_id = _user(engine, "senior_recruiter")
    with session_scope(engine) as session:
        senior = session.get(User, senior_id)
        assert senior is not None
        typed = create_candidate(
            session,
            senior,
            first_name="Priya",
            last_name="R.",
            email=f"{uuid.uuid4().hex}@typed.example",
        )
        candidate_id, typed_email = typed.id, typed.email
    first = _resume("Priya Raman", f"{uuid.uuid4().hex[:6]}@example.com", "+1 415 555 0101")
    _upload_version(engine, settings, senior_id, candidate_id, first)
    with session_scope(engine) as session:
        candidate = session.get(Candidate, candidate_id)
        assert candidate is not None
        assert (candidate.first_name, candidate.last_name, candidate.email) == (
            "Priya",
            "R.",
            typed_email,
        )
        assert candidate.phone == "+1 415 555 0101"  # empty before: filled
        assert candidate.resume_email and candidate.resume_email != typed_email
        # The recruiter corrects the phone: from now on it is theirs.
        update_candidate(session, candidate, {"phone": "+1 415 555 0000"})
        assert "phone" not in (candidate.profile_from_resume or [])
    second = _resume("Priya Raman", f"{uuid.uuid4().hex[:6]}@example.com", "+1 415 555 0202")
    _upload_version(engine, settings, senior_id, candidate_id, second)
    with session_scope(engine) as session:
        candidate = session.get(Candidate, candidate_id)
        assert candidate is not None and candidate.phone == "+1 415 555 0000"


def _upload_version(
    engine: Engine, settings: Settings, user_id: uuid.UUID, candidate_id: uuid.UUID, data: bytes
) -> None:
    with session_scope(engine) as session:
        user, candidate = session.get(User, user_id), session.get(Candidate, candidate_id)
        assert user is not None and candidate is not None
        upload = intake.check_upload(session, settings, data, "v.pdf")
        _, request = intake.accept_resume(
            session, settings, Hooks(), candidate=candidate, user=user, upload=upload
        )
    assert chain.run_review(engine, settings, request.id) is chain.Outcome.DONE


def test_one_email_two_candidates_possibly_the_same_person(
    engine: Engine, settings: Settings
) -> None:
    junior_a, junior_b = _user(engine), _user(engine)
    senior = _user(engine, "senior_recruiter")
    email = f"same.{uuid.uuid4().hex[:8]}@example.com"
    first = _drop(
        engine, settings, junior_a, _resume("John Doe", email, "+44 20 7946 0001"), "a.pdf"
    )
    second = _drop(engine, settings, junior_b, _resume("John Doe", email, "020 7946 0001"), "b.pdf")
    with session_scope(engine) as session:
        one, two = session.get(Candidate, first), session.get(Candidate, second)
        assert one is not None and two is not None
        assert one.email == email and two.email is None  # unique: stored once
        assert two.resume_email == email  # kept with the resume's contacts
        seen_by_senior = possible_duplicates(session, session.get(User, senior), two)
        assert [(d.candidate.id, d.same) for d in seen_by_senior] == [(first, ("email", "phone"))]
        # Junior B cannot see A's candidate: nothing is said about it.
        assert possible_duplicates(session, session.get(User, junior_b), two) == []


def test_an_unreadable_file_leaves_its_candidate_with_the_reason(
    engine: Engine, settings: Settings
) -> None:
    junior = _user(engine)
    other = _user(engine, "senior_recruiter")
    broken = b"%PDF-1.7\n" + uuid.uuid4().hex.encode() + b" this is not a real PDF body\n%%EOF"
    hooks = Hooks()
    with session_scope(engine) as session:
        user = session.get(User, junior)
        assert user is not None
        upload = intake.check_upload(session, settings, broken, "CV.pdf")
        candidate, _, request = intake.accept_dropped_file(
            session, settings, hooks, user=user, upload=upload
        )
        candidate_id = candidate.id
    assert chain.run_review(engine, settings, request.id) is chain.Outcome.FAILED
    with session_scope(engine) as session:
        candidate = session.get(Candidate, candidate_id)
        assert candidate is not None and not candidate.awaiting_resume
        assert candidate.first_name == "CV"
        resume = session.scalars(select(Resume).where(Resume.candidate_id == candidate_id)).one()
        assert resume.status == "failed" and resume.error_message
        uploader, someone_else = session.get(User, junior), session.get(User, other)
        assert uploader is not None and someone_else is not None
        assert removable_by_uploader(session, uploader, candidate)
        assert not removable_by_uploader(session, someone_else, candidate)
        intake.erase_candidate(session, settings, hooks, candidate=candidate, user=uploader)
    with session_scope(engine) as session:
        assert session.get(Candidate, candidate_id) is None
        logged = session.scalars(
            select(ActivityLog).where(
                ActivityLog.action == "candidate.delete", ActivityLog.entity_id == candidate_id
            )
        ).one()
        assert logged.user_id == junior and logged.details["unread_upload"] is True


def test_two_resumes_with_one_email_read_at_the_same_time(
    engine: Engine, settings: Settings
) -> None:
    """Both check that nobody has the email, both store it: the unique index lets one
    through and the other keeps it as resume_email, its extraction otherwise intact (two
    workers reading the same person's PDF and DOCX at once)."""
    senior_id = _user(engine, "senior_recruiter")
    email = f"twice.{uuid.uuid4().hex[:8]}@example.com"
    resume_ids = []
    with session_scope(engine) as session:
        senior = session.get(User, senior_id)
        assert senior is not None
        for name in ("a", "b"):
            candidate = create_candidate(session, senior, first_name="Ann", last_name=name)
            _, request = intake.register_upload(
                session, settings, candidate=candidate, user=senior,
                data=_resume("Ann Example", email, "+1 415 555 0111"), original_filename="x.pdf",
            )  # fmt: skip
            resume_ids.append(request.resume_id)
    contacts = Contacts(first_name="Ann", last_name="Example", email=email)
    first = Session(engine)
    changed: dict[str, list[str]] = {}

    def second() -> None:
        with session_scope(engine) as session:
            resume = session.get(Resume, resume_ids[1])
            assert resume is not None
            changed["second"] = fill_from_resume(session, resume, contacts)

    try:
        resume = first.get(Resume, resume_ids[0])
        assert resume is not None
        changed["first"] = fill_from_resume(first, resume, contacts)  # flushed, not committed
        racer = threading.Thread(target=second)
        racer.start()
        time.sleep(0.5)  # the second now waits on the unique index
        first.commit()
        racer.join(timeout=30)
        assert not racer.is_alive()
    finally:
        first.close()
    assert "email" in changed["first"] and "email" not in changed["second"]
    with session_scope(engine) as session:
        one, two = (
            session.scalars(select(Resume).where(Resume.id == rid)).one().candidate
            for rid in resume_ids
        )
        assert one.email == email and two.email is None and two.resume_email == email
        assert "email" not in (two.profile_from_resume or [])
