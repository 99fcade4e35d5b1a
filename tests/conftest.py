"""Test infrastructure: real PostgreSQL (a fresh database per run, migrated once, a savepoint
per test) and real Redis. A missing service is an error, never a skip."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from database.engine import make_engine, session_scope
from database.migrate import upgrade
from database.models import Base
from testkit.corpus import CORPUS_DIR  # noqa: F401 - the tests import it from here
from testkit.pipeline_helpers import load_prompts

TEST_DATABASE_URL = os.environ.get(
    "TEST_DATABASE_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def _redis_db_url(url: str, db: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    return urlunsplit(urlsplit(url)._replace(path=f"/{db}"))


# A Redis database of its own, so tests never touch a developer's queues on db 0. Set
# before anything reads Celery's configuration (celeryconfig reads the environment).
TEST_REDIS_DB_URL = _redis_db_url(TEST_REDIS_URL, os.environ.get("TEST_REDIS_DB", "13"))
os.environ["CELERY_BROKER_URL"] = TEST_REDIS_DB_URL
os.environ["CELERY_RESULT_BACKEND"] = TEST_REDIS_DB_URL
os.environ["REDIS_URL"] = TEST_REDIS_DB_URL
# Queues of this run's own: concurrent runs on one machine never take each other's tasks.
_RUN_TAG = uuid.uuid4().hex[:8]
os.environ["CELERY_PIPELINE_QUEUE"] = f"test-pipeline-{_RUN_TAG}"
os.environ["CELERY_LLM_QUEUE"] = f"test-llm-{_RUN_TAG}"
# Tests never talk to a hosted LLM, whatever the developer's shell exports.
for _name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "DATABASE_URL"):
    os.environ.pop(_name, None)


def _service_error(what: str, url: str, error: Exception) -> pytest.UsageError:
    return pytest.UsageError(
        f"{what} is not reachable at {make_url(url).render_as_string(hide_password=True)}: "
        f"{error}. Start it (make test does) or set TEST_DATABASE_URL / TEST_REDIS_URL."
    )


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this run, dropped afterwards."""
    admin_url = make_url(TEST_DATABASE_URL)
    name = f"rr_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as error:
        raise _service_error("PostgreSQL", TEST_DATABASE_URL, error) from error
    url = admin_url.set(database=name).render_as_string(hide_password=False)
    upgrade(url)
    try:
        yield url
    finally:
        from database.engine import engine_for

        engine_for.cache_clear()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def pg_engine(pg_url: str) -> Iterator[Engine]:
    engine = make_engine(pg_url)
    yield engine
    engine.dispose()


@pytest.fixture
def db_session(pg_engine: Engine) -> Iterator[Session]:
    """A session inside a transaction that is rolled back after the test; the code under
    test may commit (it commits a savepoint)."""
    connection = pg_engine.connect()
    transaction = connection.begin()
    session = Session(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    try:
        yield session
    finally:
        session.close()
        transaction.rollback()
        connection.close()


@pytest.fixture
def committed_engine(pg_engine: Engine) -> Iterator[Engine]:
    """For tests whose data other processes (workers, servers) must see: the rows are
    really committed, and every table is emptied afterwards."""
    yield pg_engine
    tables = ", ".join(f'"{table.name}"' for table in Base.metadata.sorted_tables)
    with pg_engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} CASCADE"))


@pytest.fixture
def engine(committed_engine: Engine) -> Engine:
    """A committed database with the prompts of ``prompts/`` loaded, as the pipeline
    tests that run whole reviews need it."""
    with session_scope(committed_engine) as session:
        load_prompts(session)
    return committed_engine


@pytest.fixture(scope="session")
def redis_url() -> str:
    test_url = TEST_REDIS_DB_URL
    client = redis.Redis.from_url(test_url)
    try:
        client.ping()
    except redis.RedisError as error:
        raise _service_error("Redis", test_url, error) from error
    # Not flushed: another run may be using the same queues; stale messages from a killed
    # run are harmless (their requests no longer exist, and the tasks are ignored).
    return test_url


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.sqlite3'}"


@pytest.fixture
def pipeline_env(pg_url: str, tmp_path: Path) -> Iterator[Path]:
    """Point this process's settings (DATABASE_URL, STORAGE_DIR) at the test database and
    a fresh storage folder, as a worker process would see them. Yields the storage dir."""
    from core.config import get_settings

    storage = tmp_path / "storage"
    saved = {name: os.environ.get(name) for name in ("DATABASE_URL", "STORAGE_DIR")}
    os.environ["DATABASE_URL"] = pg_url
    os.environ["STORAGE_DIR"] = str(storage)
    get_settings.cache_clear()
    try:
        yield storage
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        get_settings.cache_clear()
