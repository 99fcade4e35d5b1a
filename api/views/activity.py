"""The audit trail (admin only)."""

from __future__ import annotations

from flask_openapi3 import APIBlueprint, Tag

from api.access import ADMIN_ONLY, BEARER_SECURITY, guard
from api.db import get_session
from api.errors import ErrorResponse
from api.schemas import ActivityList, ActivityOut, ActivityQuery
from api.views.common import COMMON_ERRORS, page_body
from database.queries import activity

bp = APIBlueprint(
    "activity_logs",
    __name__,
    url_prefix="/activity-logs",
    abp_tags=[Tag(name="activity logs")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
bp.before_request(guard({"list_activity": ADMIN_ONLY}))


@bp.get("", responses={200: ActivityList, 422: ErrorResponse})
def list_activity(query: ActivityQuery) -> dict[str, object]:
    """Newest first; filter by user, action, entity and time window (since ≤ t < until)."""
    page = activity.list_activity(
        get_session(),
        page=query.page,
        size=query.size,
        user_id=query.user_id,
        action=query.action,
        entity_type=query.entity_type,
        entity_id=query.entity_id,
        since=query.since,
        until=query.until,
    )
    return page_body(ActivityOut, page, query.page, query.size)
