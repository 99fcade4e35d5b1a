"""The audit trail: writing an entry and reading the log."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from database.models import ActivityLog
from database.queries.common import Page, paginate


def log_activity(
    session: Session,
    action: str,
    *,
    user_id: uuid.UUID | None = None,
    entity_type: str | None = None,
    entity_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
    ip_address: str | None = None,
) -> ActivityLog:
    entry = ActivityLog(
        user_id=user_id,
        action=action,
        entity_type=entity_type,
        entity_id=entity_id,
        details=details,
        ip_address=ip_address,
    )
    session.add(entry)
    return entry


def list_activity(
    session: Session,
    *,
    page: int,
    size: int,
    user_id: uuid.UUID | None = None,
    action: str | None = None,
    entity_type: str | None = None,
    entity_id: uuid.UUID | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Page[ActivityLog]:
    """Newest first; every filter is optional (the window is ``since <= t < until``)."""
    statement = select(ActivityLog)
    if user_id is not None:
        statement = statement.where(ActivityLog.user_id == user_id)
    if action:
        statement = statement.where(ActivityLog.action == action)
    if entity_type:
        statement = statement.where(ActivityLog.entity_type == entity_type)
    if entity_id is not None:
        statement = statement.where(ActivityLog.entity_id == entity_id)
    if since is not None:
        statement = statement.where(ActivityLog.created_at >= since)
    if until is not None:
        statement = statement.where(ActivityLog.created_at < until)
    statement = statement.order_by(ActivityLog.created_at.desc(), ActivityLog.id)
    return paginate(session, statement, page, size)


def logged_actions(session: Session) -> tuple[list[str], list[str]]:
    """The actions and the entity types the log holds (for the filters), sorted."""
    actions = session.scalars(select(ActivityLog.action).distinct().order_by(ActivityLog.action))
    types = session.scalars(
        select(ActivityLog.entity_type)
        .where(ActivityLog.entity_type.is_not(None))
        .distinct()
        .order_by(ActivityLog.entity_type)
    )
    return list(actions), [t for t in types if t]
