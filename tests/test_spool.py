"""The call spool (pipelines/review/spool.py): every paid call on record, once.

Unit tests of the spool itself (atomic entries, the per-agent claim, usage rows keyed by
call id, the drain), then the chain's agent step with the scripted LLM server: a retry after
a database error reuses the spooled answer, a closed request still gets its usage rows, the
other agents stop before their next attempt, two runs of one agent pay once. On a real
PostgreSQL database."""

from __future__ import annotations

import dataclasses
import os
import threading
import time
import uuid
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from core.config import Settings
from core.enums import ReviewStatus, UsageStatus
from database.engine import session_scope
from database.models import Prompt, PromptUsageHistory, ReviewRequest, ReviewResult
from pipelines import chain, flow
from pipelines.review.llm import AgentRunError, CallRecord
from pipelines.review.schemas import AgentReview
from pipelines.review.spool import (
    CALL_STARTED,
    CallSpool,
    SpoolEntry,
    SpoolKey,
    drain_spool,
    record_calls,
    record_started,
)
from testkit.llm_server import ScriptedLLMServer, Step
from testkit.pipeline_helpers import load_prompts, make_settings, upload
from testkit.samples import make_pdf

REVIEW = AgentReview.model_validate(
    {
        "score": 81,
        "summary": "Solid.",
        "feedback": [
            {
                "category": "metrics",
                "severity": "suggestion",
                "message": "Quantify.",
                "suggestion": None,
                "quoted_text": "Led the team",
            }
        ],
    }
)


def call(status: UsageStatus = UsageStatus.SUCCESS, **values: object) -> CallRecord:
    record = CallRecord(
        agent_type="content",
        model="gpt-4o-mini",
        prompt_tokens=1200,
        completion_tokens=300,
        total_tokens=1500,
        latency_ms=420,
        cost_usd=Decimal("0.000318"),
        status=status,
        error_message=None if status == UsageStatus.SUCCESS else "HTTP 500",
        cached_tokens=1024,
    )
    for name, value in values.items():
        setattr(record, name, value)
    return record


def key_for(request_id: uuid.UUID | None = None, prompt_id: uuid.UUID | None = None) -> SpoolKey:
    return SpoolKey(request_id or uuid.uuid4(), "content", prompt_id)


# --------------------------------------------------------------------------- the files


def test_an_entry_round_trips_and_is_written_atomically(tmp_path: Path) -> None:
    spool = CallSpool(tmp_path / "spool")
    key = key_for(prompt_id=uuid.uuid4())
    calls = [call(UsageStatus.ERROR, cost_usd=None, prompt_tokens=None), call()]
    assert spool.get(key) is None
    spool.put(key, SpoolEntry.answered(key, REVIEW, calls))
    entry = spool.get(key)
    assert entry is not None and entry.key == key
    assert entry.review == REVIEW and entry.failure is None
    assert entry.calls == calls  # call ids, cached tokens, Decimal costs and statuses
    assert [p.name for p in (tmp_path / "spool").iterdir()] == [f"{key.name}.json"]
    spool.remove(key)
    spool.remove(key)  # idempotent
    assert spool.get(key) is None and list(spool.entries()) == []


def test_a_give_up_is_kept_with_its_reason_and_calls(tmp_path: Path) -> None:
    spool = CallSpool(tmp_path)
    key = key_for()
    error = AgentRunError("gave up after 2 attempt(s)", [call(), call()], retryable=True)
    spool.put(key, SpoolEntry.gave_up(key, error))
    entry = spool.get(key)
    assert entry is not None and entry.review is None
    again = entry.error()
    assert (again.reason, again.retryable, again.stopped) == (error.reason, True, False)
    assert [c.call_id for c in again.calls] == [c.call_id for c in error.calls]


def test_a_second_put_never_drops_a_paid_call(tmp_path: Path) -> None:
    spool = CallSpool(tmp_path)
    key = key_for()
    first, second = call(), call()
    spool.put(key, SpoolEntry.answered(key, REVIEW, [first]))
    spool.put(key, SpoolEntry.answered(key, REVIEW, [second]))
    entry = spool.get(key)
    assert entry is not None
    assert [c.call_id for c in entry.calls] == [first.call_id, second.call_id]


def test_entries_by_age(tmp_path: Path) -> None:
    spool = CallSpool(tmp_path)
    old, new = key_for(), key_for()
    spool.put(old, SpoolEntry.answered(old, REVIEW, [call()]))
    spool.put(new, SpoolEntry.answered(new, REVIEW, [call()]))
    past = time.time() - 600
    os.utime(tmp_path / f"{old.name}.json", (past, past))
    assert [e.key for e in spool.entries()] == [old, new]
    assert [e.key for e in spool.entries(older_than_s=300)] == [old]


def test_the_claim_serialises_runs_of_one_agent(tmp_path: Path) -> None:
    spool = CallSpool(tmp_path)
    request_id = uuid.uuid4()
    order: list[str] = []
    with spool.claim(request_id, "content"):
        with spool.claim(request_id, "content", wait=False) as claimed:
            assert claimed is False
        with spool.claim(request_id, "ats", wait=False) as claimed:
            assert claimed is True  # another agent: its own lock

        def second() -> None:
            with spool.claim(request_id, "content"):
                order.append("second")

        thread = threading.Thread(target=second)
        thread.start()
        time.sleep(0.2)
        order.append("first done")
    thread.join(timeout=5)
    assert order == ["first done", "second"]
    assert list(tmp_path.glob("*.lock")) == []  # released locks leave nothing behind


# --------------------------------------------------------------------------- usage rows


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Settings:
    return make_settings(tmp_path / "storage", pg_url, spool_dir=tmp_path / "spool")


def test_usage_rows_carry_call_id_and_cached_tokens_and_are_written_once(
    db_session: Session, settings: Settings
) -> None:
    load_prompts(db_session)
    request_id = upload(db_session, settings, make_pdf(marker="usage-once"))
    calls = [call(UsageStatus.ERROR, cost_usd=None), call()]
    assert record_calls(db_session, request_id, None, calls) == 2
    assert record_calls(db_session, request_id, None, calls) == 0
    assert record_calls(db_session, request_id, None, [*calls, call()]) == 1
    rows = db_session.scalars(
        select(PromptUsageHistory).where(PromptUsageHistory.review_request_id == request_id)
    ).all()
    assert len(rows) == 3
    by_id = {row.call_id: row for row in rows}
    assert by_id[calls[1].call_id].cached_tokens == 1024
    assert by_id[calls[1].call_id].cost_usd == Decimal("0.000318")
    assert by_id[calls[0].call_id].status == "error"


# --------------------------------------------------------------------------- the drain


def committed_request(engine: Engine, settings: Settings) -> tuple[uuid.UUID, uuid.UUID]:
    with session_scope(engine) as session:
        load_prompts(session)
        request_id = upload(session, settings, make_pdf(marker=f"drain {uuid.uuid4()}"))
        prompt_id = session.scalar(select(Prompt.id).where(Prompt.agent_type == "content"))
        assert prompt_id is not None
        return request_id, prompt_id


def usage_rows(engine: Engine, request_id: uuid.UUID | None = None) -> int:
    with session_scope(engine) as session:
        query = select(func.count()).select_from(PromptUsageHistory)
        if request_id is not None:
            query = query.where(PromptUsageHistory.review_request_id == request_id)
        return session.scalar(query) or 0


def set_status(engine: Engine, request_id: uuid.UUID, status: ReviewStatus) -> None:
    with session_scope(engine) as session:
        session.execute(
            update(ReviewRequest).where(ReviewRequest.id == request_id).values(status=status)
        )


def test_the_drain_writes_closed_and_old_entries_once(
    committed_engine: Engine, settings: Settings
) -> None:
    spool = CallSpool(settings.spool_dir)
    open_id, prompt_id = committed_request(committed_engine, settings)
    closed_id, _ = committed_request(committed_engine, settings)
    open_key, closed_key = key_for(open_id, prompt_id), key_for(closed_id, prompt_id)
    spool.put(open_key, SpoolEntry.answered(open_key, REVIEW, [call()]))
    failure = AgentRunError("stopped", [call(), call()], retryable=False, stopped=True)
    spool.put(closed_key, SpoolEntry.gave_up(closed_key, failure))
    set_status(committed_engine, closed_id, ReviewStatus.FAILED)

    report = drain_spool(committed_engine, spool, older_than_s=3600)
    assert (report.entries, report.rows, report.skipped) == (1, 2, 1)
    assert usage_rows(committed_engine, closed_id) == 2
    assert spool.get(closed_key) is None and spool.get(open_key) is not None
    assert usage_rows(committed_engine, open_id) == 0  # the chain will store it

    # An entry that outlived the threshold is written although its request is open.
    report = drain_spool(committed_engine, spool, older_than_s=0)
    assert (report.entries, report.rows) == (1, 1)
    assert usage_rows(committed_engine, open_id) == 1 and list(spool.entries()) == []

    # Idempotent: the same calls drained again (a crash between insert and removal) add
    # nothing.
    spool.put(closed_key, SpoolEntry.gave_up(closed_key, failure))
    report = drain_spool(committed_engine, spool, older_than_s=3600)
    assert (report.entries, report.rows) == (1, 0)
    assert usage_rows(committed_engine, closed_id) == 2


def test_each_worker_drains_its_spool_on_a_timer(
    committed_engine: Engine, settings: Settings, pg_url: str
) -> None:
    from worker.app import start_spool_drain

    spool = CallSpool(settings.spool_dir)
    closed_id, prompt_id = committed_request(committed_engine, settings)
    key = key_for(closed_id, prompt_id)
    spool.put(key, SpoolEntry.answered(key, REVIEW, [call()]))
    set_status(committed_engine, closed_id, ReviewStatus.CANCELLED)
    drain_settings = dataclasses.replace(settings, database_url=pg_url, spool_drain_interval_s=0.05)
    start_spool_drain(drain_settings)
    deadline = time.monotonic() + 10
    while usage_rows(committed_engine, closed_id) == 0 and time.monotonic() < deadline:
        time.sleep(0.05)
    assert usage_rows(committed_engine, closed_id) == 1
    assert spool.get(key) is None


def test_the_drain_keeps_the_cost_of_a_deleted_request_and_skips_a_claimed_entry(
    committed_engine: Engine, settings: Settings
) -> None:
    spool = CallSpool(settings.spool_dir)
    gone_id, prompt_id = committed_request(committed_engine, settings)
    busy_id, _ = committed_request(committed_engine, settings)
    gone_key, busy_key = key_for(gone_id, prompt_id), key_for(busy_id, prompt_id)
    paid = call()
    spool.put(gone_key, SpoolEntry.answered(gone_key, REVIEW, [paid]))
    spool.put(busy_key, SpoolEntry.answered(busy_key, REVIEW, [call()]))
    with session_scope(committed_engine) as session:
        session.execute(delete(ReviewRequest).where(ReviewRequest.id == gone_id))
    set_status(committed_engine, busy_id, ReviewStatus.CANCELLED)
    with spool.claim(busy_id, "content"):  # a run of that agent is storing it right now
        report = drain_spool(committed_engine, spool, older_than_s=0)
    assert (report.entries, report.rows, report.skipped) == (1, 1, 1)
    with session_scope(committed_engine) as session:
        row = session.scalars(
            select(PromptUsageHistory).where(PromptUsageHistory.call_id == paid.call_id)
        ).one()
        assert row.review_request_id is None and row.prompt_id == prompt_id
    assert drain_spool(committed_engine, spool, older_than_s=0, request_id=gone_id).entries == 0
    assert drain_spool(committed_engine, spool, older_than_s=0, request_id=busy_id).entries == 1


# --------------------------------------------------------------------------- the chain


@pytest.fixture
def llm_server() -> Iterator[ScriptedLLMServer]:
    with ScriptedLLMServer() as server:
        yield server


@pytest.fixture
def llm_settings(settings: Settings, llm_server: ScriptedLLMServer) -> Settings:
    return dataclasses.replace(
        settings,
        openai_base_url=llm_server.base_url,
        openai_api_key="test-key",
        llm_model="gpt-4o-mini",
        llm_max_attempts=3,
        llm_retry_wait_scale=0.001,
    )


def split_request(engine: Engine, settings: Settings) -> uuid.UUID:
    with session_scope(engine) as session:
        load_prompts(session)
        request_id = upload(session, settings, make_pdf(marker=f"chain {uuid.uuid4()}"))
    assert chain.start_and_extract(engine, settings, request_id) is chain.Outcome.DONE
    assert chain.split(engine, settings, request_id) is chain.Outcome.DONE
    return request_id


def agent_usage(engine: Engine, request_id: uuid.UUID, agent_type: str) -> list[tuple]:
    with session_scope(engine) as session:
        return [
            tuple(row)
            for row in session.execute(
                select(
                    PromptUsageHistory.status,
                    PromptUsageHistory.call_id,
                    PromptUsageHistory.cached_tokens,
                    PromptUsageHistory.prompt_tokens,
                ).where(
                    PromptUsageHistory.review_request_id == request_id,
                    PromptUsageHistory.agent_type == agent_type,
                )
            )
        ]


def results_of(engine: Engine, request_id: uuid.UUID) -> list[str]:
    with session_scope(engine) as session:
        return list(
            session.scalars(
                select(ReviewResult.agent_type).where(ReviewResult.review_request_id == request_id)
            )
        )


def test_a_retry_after_a_database_error_reuses_the_spooled_answer(
    committed_engine: Engine,
    llm_settings: Settings,
    llm_server: ScriptedLLMServer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    request_id = split_request(committed_engine, llm_settings)
    store = flow.store_agent_result
    failures = []

    def database_restarting(*args: object, **kwargs: object) -> object:
        if not failures:
            failures.append(True)
            raise OperationalError("INSERT", {}, Exception("server closed the connection"))
        return store(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(flow, "store_agent_result", database_restarting)
    with pytest.raises(OperationalError):  # the Celery task retries on this
        chain.run_agent(committed_engine, llm_settings, request_id, "content")
    spool = CallSpool(llm_settings.spool_dir)
    (entry,) = spool.entries_for(request_id, "content")
    assert entry.review is not None and len(entry.calls) == 1
    # The paid call was put on record as started before it was made (issue 22); its
    # answer is not stored yet.
    assert agent_usage(committed_engine, request_id, "content") == [
        ("error", entry.calls[0].call_id, None, None)
    ]

    outcome = chain.run_agent(committed_engine, llm_settings, request_id, "content")
    assert outcome is chain.Outcome.DONE
    assert llm_server.chat_completions == 1  # paid once
    rows = agent_usage(committed_engine, request_id, "content")
    assert [(status, call_id) for status, call_id, _, _ in rows] == [
        ("success", entry.calls[0].call_id)
    ]
    assert rows[0][2] is not None  # the server reported cached tokens (0 on a first call)
    assert results_of(committed_engine, request_id) == ["content"]
    assert list(spool.entries()) == []
    # Nothing left to do: a third run asks nothing and adds nothing.
    assert chain.run_agent(committed_engine, llm_settings, request_id, "content") is (
        chain.Outcome.DONE
    )
    assert llm_server.chat_completions == 1
    assert len(agent_usage(committed_engine, request_id, "content")) == 1


def test_a_closed_request_still_gets_the_usage_rows_of_an_answer(
    committed_engine: Engine, llm_settings: Settings, llm_server: ScriptedLLMServer
) -> None:
    request_id = split_request(committed_engine, llm_settings)
    llm_server.script(Step.ok(delay=1.0))
    closer = threading.Timer(
        0.3, set_status, args=(committed_engine, request_id, ReviewStatus.CANCELLED)
    )
    closer.start()
    outcome = chain.run_agent(committed_engine, llm_settings, request_id, "ats")
    closer.join()
    assert outcome is chain.Outcome.CLOSED
    assert llm_server.chat_completions == 1
    assert [row[0] for row in agent_usage(committed_engine, request_id, "ats")] == ["success"]
    assert results_of(committed_engine, request_id) == []  # no result for a closed request
    assert list(CallSpool(llm_settings.spool_dir).entries()) == []


def test_other_agents_stop_before_their_next_attempt_once_the_request_is_closed(
    committed_engine: Engine, llm_settings: Settings, llm_server: ScriptedLLMServer
) -> None:
    request_id = split_request(committed_engine, llm_settings)
    # The first attempt fails slowly; meanwhile the request is failed elsewhere.
    llm_server.script(Step("status", status=500, delay=0.5), Step.ok())
    closer = threading.Timer(
        0.1, set_status, args=(committed_engine, request_id, ReviewStatus.FAILED)
    )
    closer.start()
    outcome = chain.run_agent(committed_engine, llm_settings, request_id, "language")
    closer.join()
    assert outcome is chain.Outcome.CLOSED
    assert llm_server.chat_completions == 1  # the retry was never sent
    assert [row[0] for row in agent_usage(committed_engine, request_id, "language")] == ["error"]
    assert list(CallSpool(llm_settings.spool_dir).entries()) == []


def test_two_runs_of_one_agent_on_one_machine_pay_once(
    committed_engine: Engine, llm_settings: Settings, llm_server: ScriptedLLMServer
) -> None:
    request_id = split_request(committed_engine, llm_settings)
    llm_server.script(Step.ok(delay=0.5), Step.ok(delay=0.5))
    outcomes: list[chain.Outcome] = []

    def run() -> None:
        outcomes.append(chain.run_agent(committed_engine, llm_settings, request_id, "structure"))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert outcomes == [chain.Outcome.DONE, chain.Outcome.DONE]
    assert llm_server.chat_completions == 1
    assert len(agent_usage(committed_engine, request_id, "structure")) == 1
    assert results_of(committed_engine, request_id) == ["structure"]


def test_a_paid_call_is_on_record_before_it_is_made(
    committed_engine: Engine, llm_settings: Settings, llm_server: ScriptedLLMServer
) -> None:
    """Issue 22: a worker killed mid-call used to leave the paid call on no record. Each
    attempt is now recorded as started before it is sent, and completed by its record."""
    request_id = split_request(committed_engine, llm_settings)
    llm_server.script(Step.server_error(), Step.ok())
    assert chain.run_agent(committed_engine, llm_settings, request_id, "content") is (
        chain.Outcome.DONE
    )
    rows = agent_usage(committed_engine, request_id, "content")
    assert sorted(status for status, *_ in rows) == ["error", "success"]
    assert llm_server.chat_completions == len(rows) == 2
    with session_scope(committed_engine) as session:
        messages = list(session.scalars(select(PromptUsageHistory.error_message).where(
            PromptUsageHistory.review_request_id == request_id)))  # fmt: skip
    assert CALL_STARTED not in messages  # every started row was completed by its record
    # What a process killed mid-call leaves: the started row, on record as paid.
    record_started(committed_engine, request_id, None, "killed-mid-call", "language", "m")
    with session_scope(committed_engine) as session:
        lost = session.scalars(
            select(PromptUsageHistory).where(PromptUsageHistory.call_id == "killed-mid-call")
        ).one()
        assert (lost.status, lost.error_message) == ("error", CALL_STARTED)
    # A record arriving later (a spool drained on another run) completes it, once.
    late = CallRecord(
        agent_type="language", model="m", prompt_tokens=3, completion_tokens=4,
        total_tokens=7, latency_ms=9, cost_usd=Decimal("0.0001"), status=UsageStatus.SUCCESS,
        call_id="killed-mid-call",
    )  # fmt: skip
    with session_scope(committed_engine) as session:
        record_calls(session, request_id, None, [late])
        record_calls(session, request_id, None, [dataclasses.replace(late, total_tokens=99)])
    with session_scope(committed_engine) as session:
        row = session.scalars(
            select(PromptUsageHistory).where(PromptUsageHistory.call_id == "killed-mid-call")
        ).one()
        assert (row.status, row.total_tokens, row.error_message) == ("success", 7, None)


def test_a_call_that_cannot_be_put_on_record_is_not_sent(
    committed_engine: Engine,
    llm_settings: Settings,
    llm_server: ScriptedLLMServer,
    tmp_path: Path,
) -> None:
    """With the database down when an attempt is about to be sent, the attempt is not sent
    (nothing paid) and the task is told to retry, not failed as the model's error. Found by
    make faults --broker amqp (postgres_restart), where two requests failed so."""
    from sqlalchemy import create_engine

    request_id = split_request(committed_engine, llm_settings)
    prepared = chain.run_stage(
        committed_engine, lambda s: flow.prepare_agent(s, request_id, "content")
    )
    assert prepared.value is not None
    down = create_engine("postgresql+psycopg2://postgres@127.0.0.1:1/none",
                         connect_args={"connect_timeout": 1})  # fmt: skip
    with pytest.raises(flow.TransientStageError, match="could not be put on record"):
        chain._ask(down, llm_settings, CallSpool(tmp_path / "spool"), prepared.value)
    assert llm_server.chat_completions == 0
    down.dispose()
