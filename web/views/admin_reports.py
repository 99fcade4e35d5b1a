"""Admin: the LLM spend by day and agent (last 30 days) and the activity log with its
filters (action, user, entity type, date range) and pages; a link to Flower."""

from __future__ import annotations

import math
import uuid
from datetime import UTC, date, datetime, timedelta

from flask import render_template, request

from api.db import get_session
from api.state import state
from database.queries import activity, usage, users
from pipelines import spending
from web.auth import login_required
from web.views import blueprint
from web.views.admin_users import require_admin

bp = blueprint("web_admin_reports", __name__)

SPEND_DAYS = 30
PAGE_SIZE = 50
NOBODY = uuid.UUID(int=0)
FILTERS = ("action", "user", "entity_type", "date_from", "date_to")


@bp.get("/admin/spend")
@login_required
def spend() -> str:
    require_admin()
    today = datetime.now(UTC).date()
    since = datetime.combine(today - timedelta(days=SPEND_DAYS - 1), datetime.min.time(),
                             tzinfo=UTC)  # fmt: skip
    rows = usage.spend_by_day_and_agent(get_session(), since=since)
    totals = {
        "calls": sum(r.calls for r in rows),
        "tokens": sum(r.total_tokens for r in rows),
        "cost": sum((r.cost_usd for r in rows), start=0),
    }
    settings = state().settings
    session = get_session()
    requesters = spending.busiest_requesters(session)
    return render_template(
        "web/admin/spend.html", rows=rows, totals=totals, days=SPEND_DAYS, since=since.date(),
        flower_url=settings.flower_public_url, today=spending.daily_spend(session, settings),
        llm_enabled=settings.llm_enabled, unpriced=spending.unpriced_models(session, settings),
        requesters=requesters, settings=settings,
        requester_emails=users.users_by_id(session, (r.user_id for r in requesters)),
    )  # fmt: skip


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _at(day: date | None) -> datetime | None:
    return datetime.combine(day, datetime.min.time(), tzinfo=UTC) if day else None


@bp.get("/admin/activity")
@login_required
def activity_log() -> str:
    require_admin()
    session = get_session()
    values = {name: request.args.get(name, "").strip()[:255] for name in FILTERS}
    errors = {name: "Use a date like 2026-01-31." for name in ("date_from", "date_to")
              if values[name] and _day(values[name]) is None}  # fmt: skip
    user_id = None
    if values["user"]:
        user = users.get_user_by_email(session, values["user"])
        user_id = user.id if user else NOBODY  # an unknown email matches nothing
    page = max(1, request.args.get("page", 1, type=int) or 1)
    until = _day(values["date_to"])
    listing = activity.list_activity(
        session, page=page, size=PAGE_SIZE, user_id=user_id, action=values["action"] or None,
        entity_type=values["entity_type"] or None, since=_at(_day(values["date_from"])),
        until=_at(until + timedelta(days=1)) if until else None,
    )  # fmt: skip
    actions, entity_types = activity.logged_actions(session)
    return render_template(
        "web/admin/activity.html", listing=listing, values=values, errors=errors,
        page=page, pages=max(1, math.ceil(listing.total / PAGE_SIZE)),
        actors=users.users_by_id(session, (e.user_id for e in listing.items)),
        actions=actions, entity_types=entity_types, flower_url=state().settings.flower_public_url,
        query={k: v for k, v in values.items() if v},
    )  # fmt: skip
