"""One database session per request, opened lazily and owned by the request edge.

Views and services only ``flush``; the edge commits in ``after_request`` when the response
is a success (< 400) and rolls back otherwise. A view that must persist something while
answering with an error (a failed login is audited, then answered 401) calls
:func:`commit` itself. Callbacks registered with :func:`after_commit` (publishing a review
to the broker, deleting erased files) run only once the transaction really committed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from flask import Flask, Response, g
from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from api.errors import error_response
from api.state import state

logger = logging.getLogger("api.db")


def _bind() -> Engine | Connection:
    return state().bind


def get_session() -> Session:
    session: Session | None = g.get("db_session")
    if session is None:
        # create_savepoint only matters when bound to a Connection (tests): each request
        # then commits a savepoint of the test's outer transaction.
        session = Session(
            bind=_bind(), expire_on_commit=False, join_transaction_mode="create_savepoint"
        )
        g.db_session = session
        g.after_commit = []
        g.on_rollback = []
    return session


def after_commit(callback: Callable[[], Any]) -> None:
    """Run ``callback`` after this request's transaction commits (never if it rolls back)."""
    get_session()
    g.after_commit.append(callback)


def on_rollback(callback: Callable[[], Any]) -> None:
    """Run ``callback`` if this request's transaction is rolled back (undo side effects)."""
    get_session()
    g.on_rollback.append(callback)


def _run(callbacks: list[Callable[[], Any]], what: str) -> None:
    for callback in callbacks:
        try:
            callback()
        except Exception:
            # The transaction's fate is decided; a failed side effect must not change it.
            logger.exception("%s callback failed", what)


def commit() -> None:
    session: Session | None = g.get("db_session")
    if session is None:
        return
    try:
        session.commit()
    except Exception:
        rollback()
        raise
    callbacks: list[Callable[[], Any]] = g.get("after_commit", [])
    g.after_commit = []
    g.on_rollback = []
    _run(callbacks, "after-commit")


def rollback() -> None:
    session: Session | None = g.get("db_session")
    if session is not None:
        session.rollback()
        callbacks: list[Callable[[], Any]] = g.get("on_rollback", [])
        g.after_commit = []
        g.on_rollback = []
        _run(callbacks, "on-rollback")


def init_app(app: Flask) -> None:
    @app.after_request
    def _finish_transaction(response: Response) -> Response:
        if g.get("db_session") is None:
            return response
        if response.status_code < 400:
            try:
                commit()
            except IntegrityError:
                return error_response(409, "conflict", "The change conflicts with existing data.")
        else:
            rollback()
        return response

    @app.teardown_request
    def _close_session(_error: BaseException | None) -> None:
        session: Session | None = g.get("db_session")
        if session is not None:
            if g.get("on_rollback"):
                rollback()  # an exception escaped before after_request could decide
            session.close()
            g.pop("db_session", None)
