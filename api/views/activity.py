"""The audit trail (admin only)."""

from __future__ import annotations

from flask_openapi3 import APIBlueprint, Tag
from sqlalchemy import select

from api.access import ADMIN_ONLY, BEARER_SECURITY, require_auth, require_role
from api.errors import ErrorResponse
from api.schemas import ActivityList, ActivityOut, ActivityQuery
from api.views.common import COMMON_ERRORS, dump, paginate
from database.models import ActivityLog

bp = APIBlueprint(
    "activity_logs",
    __name__,
    url_prefix="/activity-logs",
    abp_tags=[Tag(name="activity logs")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
bp.before_request(require_auth)


@bp.get("", responses={200: ActivityList, 422: ErrorResponse})
def list_activity(query: ActivityQuery) -> dict[str, object]:
    """Newest first; filter by user, action, entity and time window (since ≤ t < until)."""
    require_role(*ADMIN_ONLY)
    statement = select(ActivityLog)
    if query.user_id is not None:
        statement = statement.where(ActivityLog.user_id == query.user_id)
    if query.action:
        statement = statement.where(ActivityLog.action == query.action)
    if query.entity_type:
        statement = statement.where(ActivityLog.entity_type == query.entity_type)
    if query.entity_id is not None:
        statement = statement.where(ActivityLog.entity_id == query.entity_id)
    if query.since is not None:
        statement = statement.where(ActivityLog.created_at >= query.since)
    if query.until is not None:
        statement = statement.where(ActivityLog.created_at < query.until)
    statement = statement.order_by(ActivityLog.created_at.desc(), ActivityLog.id)
    rows, total = paginate(statement, query.page, query.size)
    return {
        "items": [dump(ActivityOut, row) for row in rows],
        "total": total,
        "page": query.page,
        "size": query.size,
    }
