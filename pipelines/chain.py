"""The review chain, defined once: its steps, their order, and how each step runs.

:data:`REVIEW_CHAIN` lists the steps. Each step runs its stage functions (:mod:`pipelines.flow`)
in transactions of its own, so a failure commits its reason and an error rolls back for a
retry. There are two ways of executing the one definition:

- :func:`run_review` runs the steps one after the other in this process (the main job on
  the embedded default, the CLI without a broker, the tests);
- ``worker.dispatch.review_canvas`` turns the same steps into a Celery chain
  (``extract | split | chord(agent per type) | finalize``), one task per step.
"""

from __future__ import annotations

import dataclasses
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Generic, TypeVar

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from core.config import Settings
from core.enums import OPEN_REVIEW_STATUSES, KnownAnswerResult
from core.process import process_name
from database.engine import one_statement_scope, session_scope
from database.models import ReviewRequest
from pipelines import flow, leases
from pipelines.review import known_answer
from pipelines.review.llm import AgentRunError, CallNotRecorded
from pipelines.review.output_check import steered_reason
from pipelines.review.reviewer import (
    AgentCall,
    answered_by_a_model,
    request_still_open,
    reviewer_for,
)
from pipelines.review.spool import (
    CallSpool,
    SpoolEntry,
    SpoolKey,
    record_entry,
    record_started,
)

log = logging.getLogger(__name__)
T = TypeVar("T")


class Outcome(StrEnum):
    DONE = "done"  # the stage did its work, or found it already done
    FAILED = "failed"  # the request is now failed, with its reason committed
    CLOSED = "closed"  # the request was already terminal or is gone


@dataclass(frozen=True)
class StageRun(Generic[T]):
    """How a stage ended, and what it returned when it ended ``DONE``."""

    outcome: Outcome
    value: T | None = None


def run_stage(
    engine: Engine, stage: Callable[[Session], T], *, one_statement: bool = False
) -> StageRun[T]:
    """Run ``stage`` in one transaction. A :class:`flow.StageFailed` still commits (the
    failure and its reason are what the stage wrote); any other error rolls back and
    propagates, so Celery can retry it. ``one_statement``: the stage writes in one
    statement, which needs no transaction (``one_statement_scope``)."""
    scope = one_statement_scope if one_statement else session_scope
    with scope(engine) as session:
        try:
            return StageRun(Outcome.DONE, stage(session))
        except flow.StageFailed as error:
            log.info("stage failed: %s", error)
            return StageRun(Outcome.FAILED)
        except flow.RequestClosed as error:
            log.info("nothing to do: %s", error)
            session.rollback()
            return StageRun(Outcome.CLOSED)


def fail_request_now(engine: Engine, request_id: uuid.UUID, reason: str) -> None:
    """Mark a request failed from outside a stage (a time limit hit, for instance)."""

    def mark(session: Session) -> None:
        request = session.get(ReviewRequest, request_id)
        if request is not None and request.status in OPEN_REVIEW_STATUSES:
            flow.fail_request(session, request, reason)

    run_stage(engine, mark)


# --- the steps -------------------------------------------------------------------------


def start_and_extract(engine: Engine, settings: Settings, request_id: uuid.UUID) -> Outcome:
    """Count the attempt (committed on its own, before any parsing, so a file that kills its
    process still counts), then extract."""
    started = run_stage(
        engine, lambda s: flow.start(s, request_id, max_attempts=settings.max_attempts)
    )
    if started.outcome is not Outcome.DONE:
        return started.outcome
    try:
        return run_stage(engine, lambda s: flow.extract(s, settings, request_id)).outcome
    except flow.TransientStageError as error:
        reason = str(error)
        run_stage(engine, lambda s: flow.note_retry(s, request_id, reason))
        raise


def split(engine: Engine, settings: Settings, request_id: uuid.UUID) -> Outcome:
    # The output check's reference scores are worth working out only when a model answers.
    reference_scores = settings.llm_enabled
    return run_stage(
        engine, lambda s: flow.split(s, request_id, with_reference_scores=reference_scores)
    ).outcome


def check_known_answer(engine: Engine, settings: Settings, request_id: uuid.UUID) -> Outcome:
    """The known-answer check (``pipelines.review.known_answer``), once per request before
    its agents, when a model is configured: asked with no transaction open, spooled like an
    agent's answer (a retry stores it without paying again), then stored."""
    if not (settings.llm_enabled and settings.known_answer_check):
        return Outcome.DONE
    spool = CallSpool(settings.spool_dir)
    with spool.claim(request_id, known_answer.AGENT_TYPE):
        prepared = run_stage(engine, lambda s: flow.prepare_known_answer(s, request_id))
        spooled = spool.entries_for(request_id, known_answer.AGENT_TYPE)
        if prepared.outcome is not Outcome.DONE or prepared.value is None:
            for entry in spooled:
                record_entry(engine, entry, even_if_open=True)
                spool.remove(entry.key)
            return prepared.outcome
        if spooled:
            entry = spooled[-1]
        else:
            key = SpoolKey(request_id, known_answer.AGENT_TYPE, None)
            result, calls = known_answer.check(
                prepared.value, settings, still_wanted=request_still_open(engine, request_id)
            )
            entry = SpoolEntry(key, list(calls), result=str(result))
            try:
                spool.put(key, entry)
            except OSError as error:  # a full or read-only disk: the database may take it
                log.error("could not spool the known-answer check of %s: %s", request_id, error)
        result_text = entry.result or KnownAnswerResult.UNSURE
        stored = run_stage(
            engine, lambda s: flow.store_known_answer(s, request_id, result_text, entry.calls)
        )
        spool.remove(entry.key)
        return stored.outcome


def run_agent(
    engine: Engine,
    settings: Settings,
    request_id: uuid.UUID,
    agent_type: str,
    *,
    holder: str | None = None,
) -> Outcome:
    """One agent: read in a short transaction, ask the reviewer with no transaction open,
    spool its outcome (the answer, or why it gave up) with every paid call on local disk,
    then store that in another transaction and drop the spool entry (a connection is never
    held across a slow network call). A retry after a database or broker error finds the
    entry and stores it without paying again; runs of one agent on this machine take turns
    (the spool's claim), so a redelivered task waits and reuses instead of paying twice.
    Across processes and hosts, the agent's lease in PostgreSQL (:mod:`pipelines.leases`,
    ``holder`` this process) is taken before the model is called: while another live
    process holds it, this run is retried later (it then finds the answer stored)."""
    holder = holder or process_name()
    spool = CallSpool(settings.spool_dir)
    with spool.claim(request_id, agent_type):
        spooled = spool.entries_for(request_id, agent_type)
        # The offline reviewer costs nothing: only a model's calls take the lease, in the
        # transaction that reads what the agent needs (an answer spooled earlier needs none).
        lease = (
            leases.LeaseTerms(holder, agent_time_limit_s(settings), settings.worker_dead_after_s)
            if settings.llm_enabled and not spooled
            else None
        )
        prepared = _prepare(engine, request_id, agent_type, lease)
        call = prepared.value
        if prepared.outcome is not Outcome.DONE or call is None:
            # Nothing to ask (stored, carried, or the request closed): whatever an earlier
            # run spooled goes on record now.
            for entry in spooled:
                record_entry(engine, entry, even_if_open=True)
                spool.remove(entry.key)
            return prepared.outcome
        if spooled:
            # An earlier run was answered (or gave up) but could not store it. Its answer is
            # kept under the prompt that gave it, even if another version is active now.
            entry = spooled[-1]
            call = dataclasses.replace(call, prompt_id=entry.key.prompt_id)
            log.info(
                "agent %s of request %s: outcome reused from the spool", agent_type, request_id
            )
            outcome = _store(engine, call, entry)
            spool.remove(entry.key)
            return outcome
        entry = _ask(engine, settings, spool, call)
        # Stored (or the request closed): the lease goes in the same transaction; if storing
        # failed, it stays with this process, whose spool holds the answer, until it expires.
        outcome = _store(engine, call, entry, lease_holder=holder if lease else None)
        spool.remove(entry.key)
        return outcome


def _prepare(
    engine: Engine, request_id: uuid.UUID, agent_type: str, lease: leases.LeaseTerms | None
) -> StageRun[AgentCall | None]:
    """The agent's read, and its lease when a model will be paid: one statement on
    PostgreSQL in the common case (``flow.prepare_agent_at_once``), else a transaction."""
    if lease is not None and engine.dialect.name == "postgresql":
        at_once = run_stage(
            engine,
            lambda s: flow.prepare_agent_at_once(s, request_id, agent_type, lease),
            one_statement=True,
        )
        if at_once.outcome is not Outcome.DONE or at_once.value is not None:
            return at_once
    return run_stage(engine, lambda s: flow.prepare_agent(s, request_id, agent_type, lease=lease))


def agent_time_limit_s(settings: Settings) -> float:
    """The longest an agent's calls may take (its retries included), and a margin."""
    return settings.llm_timeout_s * settings.llm_max_attempts + 90


def _ask(engine: Engine, settings: Settings, spool: CallSpool, call: AgentCall) -> SpoolEntry:
    """Ask the reviewer (it stops before a retry once the request is closed) and spool
    what came back before anything is written to the database."""
    key = SpoolKey(call.request_id, call.agent_type, call.prompt_id)
    still_wanted = request_still_open(engine, call.request_id)

    def started(call_id: str, agent_type: str, model: str) -> None:
        try:
            record_started(engine, call.request_id, call.prompt_id, call_id, agent_type, model)
        except SQLAlchemyError as error:
            raise CallNotRecorded(str(error)) from error

    try:
        review, calls = reviewer_for(settings).review(
            call, still_wanted, on_call_start=started if settings.llm_enabled else None
        )
        entry = SpoolEntry.answered(key, review, calls)
    except CallNotRecorded as error:
        # Nothing sent, nothing paid: the task is retried once the database is back.
        raise flow.TransientStageError(
            f"agent {call.agent_type}: the call could not be put on record first ({error})"
        ) from error
    except AgentRunError as error:
        # The agent's outcome is "failed"; the request goes on with the other agents.
        log.warning(
            "agent %s failed for request %s: %s", call.agent_type, call.request_id, error.reason
        )
        entry = SpoolEntry.gave_up(key, error)
    try:
        spool.put(key, entry)
    except OSError as error:  # a full or read-only disk: the database may still take it
        log.error(
            "could not spool agent %s of request %s: %s", key.agent_type, key.request_id, error
        )
    return entry


def _store(
    engine: Engine, call: AgentCall, entry: SpoolEntry, *, lease_holder: str | None = None
) -> Outcome:
    """Store the spooled outcome and its calls; ``CLOSED`` when the request was closed
    meanwhile (its calls are recorded all the same). ``lease_holder``: release the agent's
    lease held by this process in the same transaction."""

    def releasing(stored: flow.Stored, session: Session) -> flow.Stored:
        if lease_holder is not None:
            leases.release_with(session, call.request_id, call.agent_type, holder=lease_holder)
        return stored

    if entry.review is None:
        failure, prompt_id = entry.error(), entry.key.prompt_id
        stored = run_stage(
            engine,
            lambda s: releasing(
                flow.record_agent_failure(s, call.request_id, call.agent_type, failure, prompt_id),
                s,
            ),
        )
    else:
        review = entry.review
        # The output check runs the offline reviewer (~0.2 s on a long resume): before the
        # store's transaction, not inside it.
        steered = (
            steered_reason(
                call.agent_type, review, text=call.text, sections=call.sections,
                layout=call.layout, job_description=call.job_description,
                reference_scores=call.reference_scores,
            )
            if answered_by_a_model(entry.calls)
            else None
        )  # fmt: skip
        stored = run_stage(
            engine,
            lambda s: flow.store_agent_result(
                s, call, review, entry.calls, steered, lease_holder=lease_holder
            ),
            one_statement=flow.stores_in_one_statement(engine.dialect.name, review),
        )
    if stored.value is flow.Stored.REQUEST_CLOSED:
        return Outcome.CLOSED
    return stored.outcome


def finalize(engine: Engine, settings: Settings, request_id: uuid.UUID) -> Outcome:
    return run_stage(engine, lambda s: flow.finalize(s, request_id)).outcome


@dataclass(frozen=True)
class Step:
    """One step of the chain. ``name`` is also its Celery task's (``resume_review.<name>``);
    ``label`` is how a recruiter reads it in a failure reason; a ``per_agent`` step runs
    once for each of the request's agent types, in parallel on the workers."""

    name: str
    label: str
    run: Callable[..., Outcome]
    per_agent: bool = False


REVIEW_CHAIN: tuple[Step, ...] = (
    Step("extract", "text extraction", start_and_extract),
    Step("split", "section splitting", split),
    Step("known_answer", "known-answer check", check_known_answer),
    Step("agent", "review", run_agent, per_agent=True),
    Step("finalize", "finalize", finalize),
)


def agent_types_of(engine: Engine, request_id: uuid.UUID) -> list[str]:
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, request_id)
        return list(request.agent_types) if request else []


def run_review(engine: Engine, settings: Settings, request_id: uuid.UUID) -> Outcome:
    """The whole chain in this process, step by step; stops at the first step that does
    not end ``DONE``."""
    outcome = Outcome.DONE
    for step in REVIEW_CHAIN:
        if step.per_agent:
            for agent_type in agent_types_of(engine, request_id):
                outcome = step.run(engine, settings, request_id, agent_type)
                if outcome is not Outcome.DONE:
                    return outcome
        else:
            outcome = step.run(engine, settings, request_id)
            if outcome is not Outcome.DONE:
                return outcome
    return outcome
