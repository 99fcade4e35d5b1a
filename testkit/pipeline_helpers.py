"""Shared set-up for pipeline tests: settings, users, candidates, prompts, uploads."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.config import PROJECT_ROOT, Settings, load_settings
from database.models import Base, Candidate, User
from database.queries.candidates import create_candidate
from database.queries.prompts import sync_prompts
from database.queries.users import create_user
from pipelines import intake
from pipelines.review.prompts import load_prompt_files


def make_settings(storage_dir: Path, database_url: str, **overrides: object) -> Settings:
    base = dataclasses.replace(
        load_settings(),
        database_url=database_url,
        storage_dir=storage_dir,
        # Beside the storage folder: a test never leaves entries in a developer's spool.
        spool_dir=storage_dir.parent / "spool",
        openai_base_url=None,
        openai_api_key=None,
        jwt_secret="test-secret-" + "x" * 32,
        # Off unless a test asks for it: scripted call sequences count the agents' calls.
        known_answer_check=False,
    )
    return dataclasses.replace(base, **overrides)  # type: ignore[arg-type]


def load_prompts(session: Session) -> None:
    sync_prompts(session, load_prompt_files(PROJECT_ROOT / "prompts"))


def make_user(session: Session, role: str = "junior_recruiter") -> User:
    return create_user(
        session, email=f"{uuid.uuid4().hex[:10]}@example.com", password_hash="x", role=role
    )


def make_candidate(session: Session, owner: User) -> Candidate:
    return create_candidate(session, owner, first_name="Jordan", last_name="Example")


def upload(
    session: Session,
    settings: Settings,
    data: bytes,
    *,
    owner: User | None = None,
    job_description: str | None = None,
) -> uuid.UUID:
    owner = owner or make_user(session)
    candidate = make_candidate(session, owner)
    _, request = intake.register_upload(
        session,
        settings,
        candidate=candidate,
        user=owner,
        data=data,
        original_filename="resume.pdf",
        job_description=job_description,
    )
    session.flush()
    return request.id


def row_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table)) or 0
        for table in Base.metadata.sorted_tables
    }
