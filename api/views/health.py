"""Liveness of the database and the broker; no authentication and no details."""

from __future__ import annotations

import logging

from flask_openapi3 import APIBlueprint, Tag

from api.db import get_session
from api.schemas import HealthOut
from api.state import state
from api.views.common import BASE_ERRORS
from database.queries.common import ping

logger = logging.getLogger("api.health")

bp = APIBlueprint("health", __name__, abp_tags=[Tag(name="health")], abp_responses=BASE_ERRORS)


@bp.get("/health", responses={200: HealthOut, 503: HealthOut})
def health() -> tuple[dict[str, object], int]:
    checks: dict[str, str] = {}
    try:
        ping(get_session())
        checks["database"] = "ok"
    except Exception:
        logger.warning("health: database unreachable", exc_info=True)
        checks["database"] = "unavailable"
    app_state = state()
    try:
        if app_state.settings.broker_is_amqp:
            _ping_amqp(app_state.settings.celery_broker_url)
        else:
            (app_state.broker_redis or app_state.redis).ping()
        checks["broker"] = "ok"
    except Exception:
        logger.warning("health: broker unreachable", exc_info=True)
        checks["broker"] = "unavailable"
    healthy = all(value == "ok" for value in checks.values())
    body = {"status": "ok" if healthy else "degraded", "checks": checks}
    return body, 200 if healthy else 503


def _ping_amqp(url: str) -> None:
    """Open and close a connection to the RabbitMQ broker (2 s at most)."""
    from kombu import Connection

    with Connection(url, connect_timeout=2) as connection:
        connection.ensure_connection(max_retries=0, timeout=2)
