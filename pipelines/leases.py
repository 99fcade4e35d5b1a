"""Agent leases (issue 22): before an agent's model is called, its worker process takes the
agent's lease in PostgreSQL (``agent_leases``), so that no two processes, on one host or
several (whose spools and file locks are their own), pay for the same agent of a request.

A lease is free when nobody holds it, when its holder is this process, when it outlived
the agent's time limit (``expires_at``), or when its holder stopped beating
(``worker_heartbeats``, ``WORKER_DEAD_AFTER_S``). It is released once the agent's outcome is
stored; a process that dies keeps it only until one of those is true.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    String,
    Uuid,
    bindparam,
    delete,
    exists,
    literal_column,
    or_,
    select,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import Session

from core.once import built_once
from database.engine import dialect_insert, session_scope
from database.models import AgentLease, WorkerHeartbeat
from database.types import UTCDateTime, utcnow


@dataclass(frozen=True)
class LeaseTerms:
    """Who takes a lease and for how long: ``holder`` (``<host>/<pid>``) holds it for
    ``hold_s``, and a holder silent for ``dead_after_s`` no longer does."""

    holder: str
    hold_s: float
    dead_after_s: float


def take(
    engine: Engine,
    request_id: uuid.UUID,
    agent_type: str,
    *,
    holder: str,
    hold_s: float,
    dead_after_s: float,
) -> bool:
    """Take the lease of ``agent_type`` of ``request_id`` for ``holder`` (one statement, in
    its own transaction); False while another live process holds it."""
    with session_scope(engine) as session:
        return take_with(session, request_id, agent_type, LeaseTerms(holder, hold_s, dead_after_s))


def take_with(session: Session, request_id: uuid.UUID, agent_type: str, terms: LeaseTerms) -> bool:
    """``take`` in ``session``'s transaction (the agent's read and its lease commit together)."""
    statement = _take_statement(session.get_bind().dialect.name)
    values = take_values(request_id, agent_type, terms)
    return session.execute(statement, values).first() is not None


def take_values(request_id: uuid.UUID, agent_type: str, terms: LeaseTerms) -> dict[str, Any]:
    now = utcnow()
    return {
        "lease_request": request_id,
        "lease_agent": agent_type,
        "lease_holder": terms.holder,
        "lease_now": now,
        "lease_expires": now + timedelta(seconds=terms.hold_s),
        "holder_seen_after": now - timedelta(seconds=terms.dead_after_s),
    }


@built_once  # built once per dialect, run with each lease's values
def _take_statement(dialect_name: str) -> Any:
    statement = dialect_insert(dialect_name)(AgentLease.__table__).values(
        review_request_id=bindparam("lease_request"),
        agent_type=bindparam("lease_agent"),
        holder=bindparam("lease_holder"),
        expires_at=bindparam("lease_expires"),
    )
    return _taken_when_free(statement)


def take_when(condition: ColumnElement[bool]) -> Any:
    """The take as a CTE named ``lease`` for a statement of its own on PostgreSQL (one row
    when the lease was taken), inserting only while ``condition`` holds. Run with
    :func:`take_values`."""
    rows = select(
        bindparam("lease_request", type_=Uuid),
        bindparam("lease_agent", type_=String),
        bindparam("lease_holder", type_=String),
        bindparam("lease_expires", type_=UTCDateTime),
    ).where(condition)
    statement = postgresql.insert(AgentLease.__table__).from_select(
        ["review_request_id", "agent_type", "holder", "expires_at"], rows
    )
    return _taken_when_free(statement).cte("lease")


def _taken_when_free(statement: Any) -> Any:
    """``statement`` (an INSERT of the lease row) taking over a row in place only when it
    is free: held by this process, expired, or its holder stopped beating."""
    # SQLAlchemy does not correlate a subquery inside ON CONFLICT ... WHERE, so the row's
    # column is named as the statement's own.
    holder_alive = exists(
        select(WorkerHeartbeat.process).where(
            WorkerHeartbeat.process == literal_column("agent_leases.holder"),
            WorkerHeartbeat.seen_at >= bindparam("holder_seen_after"),
        )
    )
    table = AgentLease.__table__.c
    return statement.on_conflict_do_update(
        index_elements=["review_request_id", "agent_type"],
        set_={"holder": statement.excluded.holder, "expires_at": statement.excluded.expires_at},
        where=or_(
            table.holder == bindparam("lease_holder"),
            table.expires_at < bindparam("lease_now"),
            ~holder_alive,
        ),
    ).returning(table.holder)


def release_with(session: Session, request_id: uuid.UUID, agent_type: str, *, holder: str) -> None:
    """Release in ``session``'s transaction: the lease goes when what it guarded is stored,
    and stays if that transaction rolls back."""
    session.execute(
        delete(AgentLease).where(
            AgentLease.review_request_id == request_id,
            AgentLease.agent_type == agent_type,
            AgentLease.holder == holder,
        )
    )
