"""Publishing the review chain, after the request row is committed.

The Celery canvas is built from :data:`pipelines.chain.REVIEW_CHAIN`, ids only:
``extract | split | chord(agent for each type) | finalize``. Tasks are named, not imported,
so this module and :mod:`worker.tasks` do not depend on each other. A publish that fails
leaves the request ``pending``; the recovery sweep publishes it again later, so nothing is
lost.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence

from celery import chain, chord
from celery.canvas import Signature
from kombu.exceptions import KombuError, OperationalError
from redis.exceptions import RedisError

from core.enums import OPEN_REVIEW_STATUSES, ReviewStatus
from database.engine import default_engine, session_scope
from database.models import ReviewRequest
from pipelines import flow
from pipelines.chain import REVIEW_CHAIN, Step
from worker.app import celery_app, task_name

log = logging.getLogger(__name__)


def _signature(step: Step, *args: str) -> Signature:
    return celery_app.signature(task_name(step), args=args, immutable=True)


def _canvas(steps: Sequence[Step], request_id: str, agent_types: Sequence[str]) -> Signature:
    parts: list[Signature] = []
    for index, step in enumerate(steps):
        if step.per_agent:
            # Only the chord's header results are needed (the chord counts them).
            header = [_signature(step, request_id, agent_type) for agent_type in agent_types]
            parts.append(chord(header, _canvas(steps[index + 1 :], request_id, agent_types)))
            break
        # Ignoring the other results also keeps the publisher from subscribing to a result
        # it will never read: with the Redis backend that subscription leaks in a
        # long-running web process and blocks for ~20 s while the broker is down.
        parts.append(_signature(step, request_id).set(ignore_result=True))
    return parts[0] if len(parts) == 1 else chain(*parts)


def review_canvas(request_id: uuid.UUID | str, agent_types: Sequence[str]) -> Signature:
    return _canvas(REVIEW_CHAIN, str(request_id), agent_types)


def publish_review(request_id: uuid.UUID | str, *, force: bool = False) -> bool:
    """Send the chain for a committed request. Returns False (and logs) if the broker is
    unreachable; the request then stays ``pending`` for the recovery sweep.

    ``force`` republishes a request that is already queued or processing (the recovery
    sweep, after its tasks were lost); the stages' idempotency makes that safe."""
    rid = uuid.UUID(str(request_id))
    engine = default_engine()
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, rid)
        if request is None or request.status not in OPEN_REVIEW_STATUSES:
            return False
        if request.status != ReviewStatus.PENDING and not force:
            return False
        agent_types = list(request.agent_types)
    try:
        result = review_canvas(rid, agent_types).apply_async()
    # RuntimeError: Celery's "retry limit exceeded" when the result store is unreachable.
    except (OperationalError, KombuError, RedisError, OSError, RuntimeError) as error:
        log.warning("could not publish review request %s: %s", rid, error)
        return False
    with session_scope(engine) as session:
        flow.mark_queued(session, rid, result.id)
    return True
