"""Publishing the review chain, after the request row is committed.

``extract | split | chord(agent for each type) | finalize``, ids only. A publish that fails
leaves the request ``pending``; the recovery sweep publishes it again later, so nothing is lost.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Sequence

from celery import chain, chord
from celery.canvas import Signature
from kombu.exceptions import KombuError, OperationalError
from redis.exceptions import RedisError

from database.engine import default_engine, session_scope
from database.models import ReviewRequest
from pipelines import flow
from worker import tasks

log = logging.getLogger(__name__)


def review_chain(request_id: uuid.UUID | str, agent_types: Sequence[str]) -> Signature:
    rid = str(request_id)
    # Only the chord's header results are needed (the chord counts them). Ignoring the
    # others also keeps the publisher from subscribing to a result it will never read:
    # with the Redis backend that subscription leaks in a long-running web process and
    # blocks for ~20 s while the broker is down.
    return chain(
        tasks.extract.si(rid).set(ignore_result=True),
        tasks.split.si(rid).set(ignore_result=True),
        chord(
            [tasks.agent.si(rid, agent_type) for agent_type in agent_types],
            tasks.finalize.si(rid).set(ignore_result=True),
        ),
    )


def publish_review(request_id: uuid.UUID | str, *, force: bool = False) -> bool:
    """Send the chain for a committed request. Returns False (and logs) if the broker is
    unreachable; the request then stays ``pending`` for the recovery sweep.

    ``force`` republishes a request that is already queued or processing (the recovery
    sweep, after its tasks were lost); the stages' idempotency makes that safe."""
    rid = uuid.UUID(str(request_id))
    engine = default_engine()
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, rid)
        if request is None or request.status not in flow.OPEN_REVIEW_STATUSES:
            return False
        if request.status != "pending" and not force:
            return False
        agent_types = list(request.agent_types)
    try:
        result = review_chain(rid, agent_types).apply_async()
    # RuntimeError: Celery's "retry limit exceeded" when the result store is unreachable.
    except (OperationalError, KombuError, RedisError, OSError, RuntimeError) as error:
        log.warning("could not publish review request %s: %s", rid, error)
        return False
    with session_scope(engine) as session:
        flow.mark_queued(session, rid, result.id)
    return True
