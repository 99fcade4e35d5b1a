"""Engine and session factory, shared by the API, the workers and the CLI.

Sessions are opened and closed at the edge (a request, a task, a command); the functions
they call receive a session and never commit it themselves.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

from core.once import built_once


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # SQLite ignores foreign keys unless asked, per connection.
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def make_engine(url: str, **kwargs: Any) -> Engine:
    # An error's message never carries the statement's values (names, emails, resume text).
    kwargs.setdefault("hide_parameters", True)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    kwargs.setdefault("pool_size", 10)
    kwargs.setdefault("max_overflow", 20)
    return create_engine(url, **kwargs)


@built_once
def engine_for(url: str) -> Engine:
    return make_engine(url)


def dialect_insert(dialect_name: str) -> Any:
    """The dialect's own INSERT (it has ON CONFLICT) for the two databases we run on."""
    return {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[dialect_name]


@contextmanager
def session_scope(engine: Engine | Connection) -> Iterator[Session]:
    """One unit of work: commit on success, roll back on error, always close."""
    session = Session(bind=engine, expire_on_commit=False)
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


@contextmanager
def one_statement_scope(engine: Engine) -> Iterator[Session]:
    """A session for work that is one statement, atomic on its own. On PostgreSQL its
    connection is put in psycopg2's autocommit for the while, so no BEGIN and no COMMIT
    cross the network (SQLAlchemy's AUTOCOMMIT isolation level would send a SET on the
    way in and another on the way out). Elsewhere it is :func:`session_scope`."""
    if engine.dialect.driver != "psycopg2":
        with session_scope(engine) as session:
            yield session
        return
    with engine.connect() as connection:
        dbapi_connection = connection.connection.dbapi_connection
        dbapi_connection.autocommit = True  # type: ignore[union-attr]
        try:
            with session_scope(connection) as session:
                yield session
        finally:
            if not dbapi_connection.closed:  # type: ignore[union-attr]
                dbapi_connection.autocommit = False  # type: ignore[union-attr]


def default_engine() -> Engine:
    from core.config import get_settings

    return engine_for(get_settings().database_url)
