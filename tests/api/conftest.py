"""API test fixtures: the Flask test client on a connection inside the per-test transaction
(each request commits a savepoint, everything is rolled back after the test), real Redis,
real argon2, real PDF files (fpdf2)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import redis
from flask.testing import FlaskClient
from flask_openapi3 import OpenAPI
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api import create_app
from api.security import LoginLimits, issue_access_token, session_key
from api.state import EXTENSION_KEY
from core.config import Settings
from core.enums import UserRole
from core.passwords import hash_password
from database.models import ActivityLog, Candidate, Resume, ReviewRequest, User
from database.queries.assignments import assign_candidate, end_assignment
from database.queries.candidates import create_candidate
from database.queries.prompts import sync_prompts
from database.queries.users import create_user
from pipelines.intake import register_upload
from pipelines.review.prompts import load_prompt_files
from testkit import samples

PASSWORD = "correct horse battery staple"
PASSWORD_HASH = hash_password(PASSWORD)
JWT_SECRET = "test-secret-" + "k" * 60
MAX_UPLOAD = 200_000
API = "/api/v1"


def make_pdf(text: str) -> bytes:
    """A small valid PDF containing ``text`` (unique text → unique SHA-256)."""
    return samples.make_pdf([("body", line) for line in text.splitlines()])


@dataclass
class Publisher:
    """Stands in for worker.dispatch.publish_review: records what would be published."""

    published: list[uuid.UUID] = field(default_factory=list)
    result: bool = True

    def __call__(self, request_id: uuid.UUID) -> bool:
        self.published.append(request_id)
        return self.result


@pytest.fixture
def settings(pg_url: str, redis_url: str, tmp_path: Path) -> Settings:
    return Settings(
        database_url=pg_url,
        broker_url=redis_url,
        result_backend=redis_url,
        storage_dir=tmp_path / "storage",
        jwt_secret=JWT_SECRET,
        max_upload_bytes=MAX_UPLOAD,
    )


@pytest.fixture(scope="session")
def api_redis_url(redis_url: str) -> str:
    """Tokens and throttling counters get a Redis database of their own: other suites
    flush the broker database (13) when they start, which would reset counters mid-test."""
    from urllib.parse import urlsplit, urlunsplit

    db = os.environ.get("TEST_API_REDIS_DB", "12")
    return urlunsplit(urlsplit(redis_url)._replace(path=f"/{db}"))


@pytest.fixture
def redis_client(api_redis_url: str) -> Iterator[redis.Redis]:
    client = redis.Redis.from_url(api_redis_url)
    client.flushdb()
    yield client
    client.flushdb()
    client.close()


@pytest.fixture
def prompts(db_session: Session, settings: Settings) -> None:
    sync_prompts(db_session, load_prompt_files(settings.prompts_dir))
    db_session.commit()


@pytest.fixture
def publisher() -> Publisher:
    return Publisher()


@pytest.fixture
def app(
    settings: Settings,
    db_session: Session,
    redis_client: redis.Redis,
    publisher: Publisher,
    prompts: None,
) -> OpenAPI:
    connection = db_session.get_bind()
    application = create_app(
        settings,
        engine=connection,  # type: ignore[arg-type]
        redis_client=redis_client,
        # Deterministic: a throttled attempt stays throttled for the whole test.
        login_limits=LoginLimits(first_delay_s=600),
    )
    application.config["TESTING"] = True
    application.extensions[EXTENSION_KEY].publish_review = publisher
    return application


@pytest.fixture
def client(app: OpenAPI) -> FlaskClient:
    return app.test_client()


@pytest.fixture
def make_user(db_session: Session) -> Callable[..., User]:
    def _make(role: UserRole = UserRole.JUNIOR_RECRUITER, **fields: Any) -> User:
        email = fields.pop("email", f"{role.value}-{uuid.uuid4().hex[:8]}@example.com")
        user = create_user(
            db_session, email=email, password_hash=PASSWORD_HASH, role=role, **fields
        )
        db_session.commit()
        return user

    return _make


# The HMAC key the app derives from settings built in code (no SESSION_KEY): JWT_SECRET's.
SESSION_KEY = session_key(Settings(jwt_secret=JWT_SECRET))


def bearer(user: User, secret: str = JWT_SECRET, ttl: int = 900) -> dict[str, str]:
    """An access token as an app built with settings in code (JWT secret ``secret``, no
    SESSION_KEY) issues it."""
    key = session_key(Settings(jwt_secret=secret))
    return {"Authorization": f"Bearer {issue_access_token(user, secret, ttl, key)}"}


@dataclass
class World:
    """One candidate seen from every angle of the access rule."""

    junior_assigned: User
    junior_unassigned: User
    junior_former: User
    senior: User
    admin: User
    candidate: Candidate
    resume: Resume
    review_request: ReviewRequest
    pdf: bytes

    def user(self, name: str) -> User:
        return getattr(self, name)  # type: ignore[no-any-return]


@pytest.fixture
def world(
    db_session: Session, make_user: Callable[..., User], settings: Settings, prompts: None
) -> World:
    senior = make_user(UserRole.SENIOR_RECRUITER)
    admin = make_user(UserRole.ADMIN)
    junior_assigned = make_user()
    junior_unassigned = make_user()
    junior_former = make_user()
    candidate = create_candidate(
        db_session, senior, first_name="Ada", last_name="Lovelace", email="ada@example.com"
    )
    assign_candidate(
        db_session,
        candidate=candidate,
        user=junior_assigned,
        assigned_by=senior,
        assignment_type="secondary",
    )
    former = assign_candidate(
        db_session,
        candidate=candidate,
        user=junior_former,
        assigned_by=senior,
        assignment_type="secondary",
    )
    end_assignment(former, "moved to another team")
    pdf = make_pdf(f"Ada Lovelace\nExperience\nAnalytical engine programmer {uuid.uuid4()}")
    resume, review_request = register_upload(
        db_session,
        settings,
        candidate=candidate,
        user=senior,
        data=pdf,
        original_filename="ada.pdf",
    )
    db_session.commit()
    return World(
        junior_assigned=junior_assigned,
        junior_unassigned=junior_unassigned,
        junior_former=junior_former,
        senior=senior,
        admin=admin,
        candidate=candidate,
        resume=resume,
        review_request=review_request,
        pdf=pdf,
    )


def activity_count(session: Session, action: str | None = None) -> int:
    statement = select(func.count()).select_from(ActivityLog)
    if action is not None:
        statement = statement.where(ActivityLog.action == action)
    return int(session.scalar(statement) or 0)
