"""Running stages, each in its own transaction, the same way for the Celery tasks and for
the in-process main job (``resume-review review``)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from enum import StrEnum

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from core.config import Settings
from database.engine import session_scope
from database.models import ReviewRequest
from pipelines import flow
from pipelines.review.llm import AgentRunError

log = logging.getLogger(__name__)


class Outcome(StrEnum):
    DONE = "done"  # the stage did its work, or found it already done
    FAILED = "failed"  # the request is now failed, with its reason committed
    CLOSED = "closed"  # the request was already terminal or is gone


def run_stage(engine: Engine, stage: Callable[[Session], object]) -> Outcome:
    """Run ``stage`` in one transaction. A :class:`flow.StageFailed` still commits (the
    failure and its reason are what the stage wrote); any other error rolls back and
    propagates, so Celery can retry it."""
    outcome = Outcome.DONE
    with session_scope(engine) as session:
        try:
            stage(session)
        except flow.StageFailed as error:
            log.info("stage failed: %s", error)
            outcome = Outcome.FAILED
        except flow.RequestClosed as error:
            log.info("nothing to do: %s", error)
            session.rollback()
            outcome = Outcome.CLOSED
    return outcome


def fail_request_now(engine: Engine, request_id: uuid.UUID, reason: str) -> None:
    """Mark a request failed from outside a stage (a time limit hit, for instance)."""

    def mark(session: Session) -> None:
        request = session.get(ReviewRequest, request_id)
        if request is not None and request.status in flow.OPEN_REVIEW_STATUSES:
            flow.fail_request(session, request, reason)

    run_stage(engine, mark)


def run_agent(
    engine: Engine, settings: Settings, request_id: uuid.UUID, agent_type: str
) -> Outcome:
    """One agent: read in a short transaction, call the LLM with no transaction open, then
    store in another (a connection is never held across a slow network call)."""
    prepared: list[flow.AgentCall | None] = []
    outcome = run_stage(
        engine, lambda session: prepared.append(flow.prepare_agent(session, request_id, agent_type))
    )
    if outcome is not Outcome.DONE or not prepared or prepared[0] is None:
        return outcome
    call = prepared[0]
    try:
        review, calls = flow.call_agent(call, settings)
    except AgentRunError as error:
        log.warning("agent %s failed for request %s: %s", agent_type, request_id, error.reason)
        failure = error
        run_stage(
            engine,
            lambda session: flow.record_agent_failure(session, request_id, agent_type, failure),
        )
        return Outcome.FAILED
    return run_stage(engine, lambda session: flow.store_agent_result(session, call, review, calls))


def start_and_extract(engine: Engine, settings: Settings, request_id: uuid.UUID) -> Outcome:
    """Count the attempt (committed on its own, before any parsing, so a file that kills its
    process still counts), then extract."""
    started = run_stage(
        engine, lambda s: flow.start(s, request_id, max_attempts=settings.max_attempts)
    )
    if started is not Outcome.DONE:
        return started
    return run_stage(engine, lambda s: flow.extract(s, settings, request_id))


def run_review(engine: Engine, settings: Settings, request_id: uuid.UUID) -> Outcome:
    """The whole chain in this process, stage by stage (the main job on the embedded
    default). Stops at the first stage that fails."""
    outcome = start_and_extract(engine, settings, request_id)
    if outcome is Outcome.DONE:
        outcome = run_stage(engine, lambda s: flow.split(s, request_id))
    if outcome is not Outcome.DONE:
        return outcome
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, request_id)
        agent_types = list(request.agent_types) if request else []
    for agent_type in agent_types:
        outcome = run_agent(engine, settings, request_id, agent_type)
        if outcome is not Outcome.DONE:
            return outcome
    return run_stage(engine, lambda s: flow.finalize(s, request_id))
