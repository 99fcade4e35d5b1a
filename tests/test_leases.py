"""Issue 22, paid calls across hosts: an agent's lease in PostgreSQL, taken before its model
is called, so two worker processes with spools of their own (two hosts) never both pay."""

from __future__ import annotations

import dataclasses
import threading
import uuid
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, update

from core.config import Settings
from database.engine import one_statement_scope, session_scope
from database.models import (
    AgentLease,
    PromptUsageHistory,
    ReviewRequest,
    ReviewResult,
    WorkerHeartbeat,
)
from database.types import utcnow
from pipelines import chain, flow, leases
from pipelines.review.reviewer import AgentCall
from testkit.llm_server import ScriptedLLMServer, Step
from testkit.pipeline_helpers import make_settings, upload
from testkit.samples import make_pdf

LEASE = {"hold_s": 300, "dead_after_s": 30}


def _beat(engine: Engine, process: str, seconds_ago: float) -> None:
    with session_scope(engine) as session:
        seen = utcnow() - timedelta(seconds=seconds_ago)
        session.merge(WorkerHeartbeat(process=process, started_at=seen, seen_at=seen,
                                      in_flight=[]))  # fmt: skip


def _request(engine: Engine, settings: Settings) -> uuid.UUID:
    with session_scope(engine) as session:
        return upload(session, settings, make_pdf(marker=uuid.uuid4().hex))


def test_one_live_holder_at_a_time(engine: Engine, tmp_path: Path, pg_url: str) -> None:
    request_id = _request(engine, make_settings(tmp_path / "storage", pg_url))
    _beat(engine, "host-a/1", 1)
    _beat(engine, "host-b/1", 1)
    assert leases.take(engine, request_id, "content", holder="host-a/1", **LEASE)
    assert not leases.take(engine, request_id, "content", holder="host-b/1", **LEASE)
    assert leases.take(engine, request_id, "content", holder="host-a/1", **LEASE)  # its own
    assert leases.take(engine, request_id, "language", holder="host-b/1", **LEASE)  # another
    _beat(engine, "host-a/1", 120)  # host a stops beating: its lease is free
    assert leases.take(engine, request_id, "content", holder="host-b/1", **LEASE)
    with session_scope(engine) as session:  # as the store releases it, in its transaction
        leases.release_with(session, request_id, "content", holder="host-b/1")
    assert leases.take(engine, request_id, "content", holder="host-a/1",
                       hold_s=-1, dead_after_s=30)  # fmt: skip
    _beat(engine, "host-a/1", 1)
    # An expired lease is free even while its holder beats (a call past its time limit).
    assert leases.take(engine, request_id, "content", holder="host-b/1", **LEASE)


def _reviewing(engine: Engine, request_id: uuid.UUID) -> None:
    """As the known-answer check leaves it: the agents' read and lease are then one
    statement (``flow.prepare_agent_at_once``)."""
    with session_scope(engine) as session:
        session.execute(
            update(ReviewRequest).where(ReviewRequest.id == request_id).values(stage="reviewing")
        )


@pytest.mark.parametrize("stage", ["splitting", "reviewing"])
def test_two_hosts_never_pay_for_the_same_agent(
    engine: Engine, tmp_path: Path, pg_url: str, llm_server: ScriptedLLMServer, stage: str
) -> None:
    """Two processes with spools of their own ask for one agent at once: one pays, the
    other is told to retry, and its retry finds the answer stored, without a call. The
    first agent of a request takes its lease in a transaction (it moves the stage), the
    others in one statement."""
    base = make_settings(tmp_path / "storage", pg_url, openai_base_url=llm_server.base_url,
                         openai_api_key="k", llm_retry_wait_scale=0.01)  # fmt: skip
    request_id = _request(engine, base)
    for step in (chain.start_and_extract, chain.split):
        assert step(engine, base, request_id) is chain.Outcome.DONE
    if stage == "reviewing":
        _reviewing(engine, request_id)
    llm_server.reset()
    llm_server.script(Step.ok(delay=1.0))
    hosts = {
        name: dataclasses.replace(base, spool_dir=tmp_path / name / "spool")
        for name in ("host-a", "host-b")
    }
    for name in hosts:
        _beat(engine, f"{name}/1", 0)
    outcomes: dict[str, object] = {}

    def ask(name: str) -> None:
        try:
            outcomes[name] = chain.run_agent(engine, hosts[name], request_id, "content",
                                             holder=f"{name}/1")  # fmt: skip
        except flow.TransientStageError as error:
            outcomes[name] = error

    threads = [threading.Thread(target=ask, args=(name,)) for name in hosts]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    done = [name for name, outcome in outcomes.items() if outcome is chain.Outcome.DONE]
    retried = [n for n, o in outcomes.items() if isinstance(o, flow.TransientStageError)]
    assert len(done) == 1 and len(retried) == 1, outcomes
    # The retry (as Celery would run it) finds the stored answer and pays nothing.
    assert chain.run_agent(engine, hosts[retried[0]], request_id, "content",
                           holder=f"{retried[0]}/1") is chain.Outcome.DONE  # fmt: skip
    assert len(llm_server.requests) == 1
    with session_scope(engine) as session:
        results = session.scalar(select(func.count()).where(
            ReviewResult.review_request_id == request_id,
            ReviewResult.agent_type == "content"))  # fmt: skip
        usage = session.scalar(select(func.count()).where(
            PromptUsageHistory.review_request_id == request_id,
            PromptUsageHistory.agent_type == "content"))  # fmt: skip
    assert (results, usage) == (1, 1)


def test_the_read_and_lease_in_one_statement_only_for_an_agent_simply_to_be_asked(
    engine: Engine, tmp_path: Path, pg_url: str
) -> None:
    settings = make_settings(tmp_path / "storage", pg_url)
    request_id = _request(engine, settings)
    for step in (chain.start_and_extract, chain.split):
        assert step(engine, settings, request_id) is chain.Outcome.DONE
    terms = {name: leases.LeaseTerms(name, **LEASE) for name in ("host-a/1", "host-b/1")}
    for name in terms:
        _beat(engine, name, 1)

    def at_once(agent_type: str, holder: str) -> object:
        with one_statement_scope(engine) as session:
            return flow.prepare_agent_at_once(session, request_id, agent_type, terms[holder])

    def holders() -> dict[str, str]:
        with session_scope(engine) as session:
            rows = session.execute(
                select(AgentLease.agent_type, AgentLease.holder).where(
                    AgentLease.review_request_id == request_id
                )
            )
            return {agent_type: holder for agent_type, holder in rows}

    # Still splitting: the first agent moves the stage in a transaction; nothing taken here.
    assert at_once("content", "host-a/1") is None and holders() == {}
    _reviewing(engine, request_id)
    call = at_once("content", "host-a/1")
    assert isinstance(call, AgentCall) and call.agent_type == "content" and call.text
    assert holders() == {"content": "host-a/1"}
    with pytest.raises(flow.TransientStageError, match="being asked by another worker"):
        at_once("content", "host-b/1")
    # The requirements agent outside a job's evaluation has its outcome to write: not here.
    assert at_once("requirements", "host-b/1") is None
    assert holders() == {"content": "host-a/1"}
    # An agent with its outcome stored is not asked again, and no lease is taken for it.
    assert chain.run_agent(engine, settings, request_id, "language") is chain.Outcome.DONE
    assert at_once("language", "host-b/1") is None
    assert holders() == {"content": "host-a/1"}


@pytest.fixture
def llm_server() -> Iterator[ScriptedLLMServer]:
    with ScriptedLLMServer() as server:
        yield server
