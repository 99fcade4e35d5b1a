"""The models and the migrations agree, and the constraints live in the database."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlalchemy.exc import IntegrityError, StatementError
from sqlalchemy.orm import Session

from database.engine import make_engine, session_scope
from database.migrate import downgrade, include_object, upgrade
from database.models import (
    Base,
    Candidate,
    Resume,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
    User,
    UserCandidateAssignment,
)
from database.queries.assignments import active_assignments, assign_candidate, end_assignment
from database.queries.candidates import create_candidate
from database.queries.users import create_user


def _diff(engine: Engine) -> list[Any]:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "include_object": include_object}
        )
        return compare_metadata(context, Base.metadata)


def test_postgres_migration_matches_models(pg_engine: Engine) -> None:
    assert _diff(pg_engine) == []


def test_sqlite_migration_matches_models_and_downgrades(sqlite_url: str) -> None:
    upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    assert _diff(engine) == []
    downgrade(sqlite_url, "base")
    assert set(inspect(engine).get_table_names()) == {"alembic_version"}
    engine.dispose()


def test_postgres_downgrade_leaves_nothing(pg_url: str) -> None:
    from sqlalchemy.engine import make_url

    url = make_url(pg_url)
    scratch = f"{url.database}_down"
    admin = make_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{scratch}"'))
    scratch_url = url.set(database=scratch).render_as_string(hide_password=False)
    try:
        upgrade(scratch_url)
        downgrade(scratch_url, "base")
        engine = make_engine(scratch_url)
        with engine.connect() as connection:
            types = connection.execute(
                text("SELECT typname FROM pg_type WHERE typname = 'user_roles'")
            )
            assert types.all() == []
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
        admin.dispose()


def test_every_foreign_key_is_indexed(pg_engine: Engine) -> None:
    inspector = inspect(pg_engine)
    for table in Base.metadata.sorted_tables:
        indexed = {index["column_names"][0] for index in inspector.get_indexes(table.name)}
        indexed |= {
            constraint["column_names"][0]
            for constraint in inspector.get_unique_constraints(table.name)
        }
        # A primary key is an index too (resume_layouts is keyed by its resume).
        indexed |= set(inspector.get_pk_constraint(table.name)["constrained_columns"][:1])
        for foreign_key in inspector.get_foreign_keys(table.name):
            assert foreign_key["constrained_columns"][0] in indexed, (table.name, foreign_key)


# --- constraints, on both databases ---------------------------------------------------------


@pytest.fixture(params=["postgresql", "sqlite"])
def any_session(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[Session]:
    if request.param == "postgresql":
        yield request.getfixturevalue("db_session")
        return
    upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    with session_scope(engine) as session:
        yield session
        session.rollback()
    engine.dispose()


def _user(session: Session, role: str = "junior_recruiter") -> User:
    return create_user(
        session, email=f"{uuid.uuid4().hex[:8]}@example.com", password_hash="x", role=role
    )


def _resume(session: Session, candidate: Candidate, user: User, **overrides: Any) -> Resume:
    fields: dict[str, Any] = {
        "candidate_id": candidate.id,
        "uploaded_by_user_id": user.id,
        "original_filename": "cv.pdf",
        "stored_filename": uuid.uuid4().hex,
        "file_hash": uuid.uuid4().hex * 2,
        "file_size": 10,
        "mime_type": "application/pdf",
        "version_number": 1,
    }
    fields.update(overrides)
    resume = Resume(**fields)
    session.add(resume)
    session.flush()
    return resume


def _violates(session: Session, action: Callable[[], None]) -> None:
    def act_and_flush() -> None:
        action()
        session.flush()

    savepoint = session.begin_nested()
    with pytest.raises((IntegrityError, StatementError)):
        act_and_flush()
    savepoint.rollback()


def test_duplicate_file_hash_is_refused(any_session: Session) -> None:
    user = _user(any_session)
    candidate = create_candidate(any_session, user, first_name="A", last_name="B")
    other = create_candidate(any_session, user, first_name="C", last_name="D")
    _resume(any_session, candidate, user, file_hash="a" * 64)
    _violates(any_session, lambda: _resume(any_session, other, user, file_hash="a" * 64))


def test_duplicate_version_per_candidate_is_refused(any_session: Session) -> None:
    user = _user(any_session)
    candidate = create_candidate(any_session, user, first_name="A", last_name="B")
    _resume(any_session, candidate, user, version_number=1)
    _violates(any_session, lambda: _resume(any_session, candidate, user, version_number=1))
    assert _resume(any_session, candidate, user, version_number=2).version_number == 2


def test_two_active_assignments_for_one_pair_are_refused(any_session: Session) -> None:
    user = _user(any_session)
    candidate = create_candidate(any_session, user, first_name="A", last_name="B")

    def second_active() -> None:
        any_session.add(
            UserCandidateAssignment(
                user_id=user.id, candidate_id=candidate.id, assignment_type="secondary"
            )
        )

    _violates(any_session, second_active)
    # An inactive row (history) for the same pair is fine.
    (active,) = active_assignments(any_session, candidate.id)
    end_assignment(active, "handover")
    any_session.flush()
    assign_candidate(any_session, candidate=candidate, user=user, assigned_by=user)
    assert len(active_assignments(any_session, candidate.id)) == 1


@pytest.mark.parametrize(
    ("start", "end", "quote"),
    [(5, 5, "x"), (-1, 3, "abcd"), (7, 2, "x"), (3, None, "x"), (0, 4, None)],
)
def test_bad_feedback_offsets_are_refused(
    any_session: Session, start: int | None, end: int | None, quote: str | None
) -> None:
    user = _user(any_session)
    candidate = create_candidate(any_session, user, first_name="A", last_name="B")
    resume = _resume(any_session, candidate, user)
    request = ReviewRequest(resume_id=resume.id, agent_types=["content"])
    any_session.add(request)
    any_session.flush()
    result = ReviewResult(review_request_id=request.id, agent_type="content", score=50)
    any_session.add(result)
    any_session.flush()

    def item(start: int | None, end: int | None, quote: str | None) -> None:
        any_session.add(
            ReviewFeedbackItem(
                review_result_id=result.id,
                category="c",
                severity="warning",
                message="m",
                quoted_text=quote,
                start_offset=start,
                end_offset=end,
            )
        )

    _violates(any_session, lambda: item(start, end, quote))
    item(0, 4, "abcd")
    item(None, None, "not found in the text")
    any_session.flush()


def test_unknown_role_label_is_refused(any_session: Session) -> None:
    _violates(
        any_session,
        lambda: any_session.execute(
            text(
                "INSERT INTO users (id, email, password_hash, role, is_active, created_at, "
                "updated_at) VALUES (:id, 'c@example.com', 'x', 'consultant', true, "
                "CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
            ),
            {"id": uuid.uuid4().hex if any_session.bind.dialect.name == "sqlite" else uuid.uuid4()},
        ),
    )


def test_unknown_status_label_is_refused(any_session: Session) -> None:
    user = _user(any_session)
    candidate = create_candidate(any_session, user, first_name="A", last_name="B")
    _violates(any_session, lambda: _resume(any_session, candidate, user, status="done"))
