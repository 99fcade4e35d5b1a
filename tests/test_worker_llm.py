"""The chain with the LLM side reached through the real openai SDK, from real worker
processes, against the scripted OpenAI-compatible server on loopback."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select

from database.engine import session_scope
from database.models import (
    PromptUsageHistory,
    Resume,
    ReviewFeedbackItem,
    ReviewResult,
)
from testkit.llm_server import ScriptedLLMServer, Step
from testkit.pipeline_helpers import load_prompts
from testkit.samples import make_pdf
from testkit.worker_harness import WorkerSet, celery_workers, submit_upload, wait_until_done
from worker.dispatch import publish_review

pytestmark = pytest.mark.worker


@pytest.fixture(scope="module")
def llm_server() -> Iterator[ScriptedLLMServer]:
    with ScriptedLLMServer() as server:
        yield server


@pytest.fixture
def llm_workers(
    llm_server: ScriptedLLMServer,
    pipeline_env: Path,
    pg_url: str,
    committed_engine: Engine,
    tmp_path: Path,
) -> Iterator[WorkerSet]:
    llm_server.reset()
    env = {
        "DATABASE_URL": pg_url,
        "STORAGE_DIR": str(pipeline_env),
        "OPENAI_BASE_URL": llm_server.base_url,
        "OPENAI_API_KEY": "test-key",
        "LLM_MODEL": "gpt-4o-mini",
        "LLM_TIMEOUT_S": "1.5",
        "LLM_MAX_ATTEMPTS": "4",
        "LLM_RETRY_WAIT_SCALE": "0.01",
    }
    with session_scope(committed_engine) as session:
        load_prompts(session)
    with celery_workers(env, tmp_path / "logs") as started:
        yield started


def test_llm_review_survives_rate_limits_errors_timeouts_and_bad_output(
    llm_workers: WorkerSet,
    llm_server: ScriptedLLMServer,
    committed_engine: Engine,
    pipeline_env: Path,
    pg_url: str,
) -> None:
    # Four agents run in parallel; the first calls meet every kind of trouble, then the
    # server answers normally (with one quote that is not in the resume).
    llm_server.script(
        Step.rate_limit(retry_after=0.2),
        Step.server_error(),
        Step.timeout(seconds=3),
        Step.malformed(),
        Step.bad_quote(),
    )
    request_id = submit_upload(
        committed_engine, pipeline_env, pg_url, make_pdf(marker="llm-faults")
    )
    assert publish_review(request_id)
    request = wait_until_done(committed_engine, request_id)
    assert request.status == "completed", (request.error_message, llm_workers.logs())

    with session_scope(committed_engine) as session:
        resume = session.get(Resume, request.resume_id)
        assert resume is not None
        text = resume.extracted_text or ""
        usage = session.scalars(
            select(PromptUsageHistory).where(PromptUsageHistory.review_request_id == request_id)
        ).all()
        errors = [u for u in usage if u.status == "error"]
        successes = [u for u in usage if u.status == "success"]
        assert len(successes) == 4
        assert len(errors) >= 4  # 429, 500, timeout, malformed: each recorded, then retried
        assert all(u.model == "gpt-4o-mini" for u in usage)
        assert all(u.prompt_tokens and u.cost_usd is not None for u in successes)
        results = session.scalars(
            select(ReviewResult).where(ReviewResult.review_request_id == request_id)
        ).all()
        assert len(results) == 4
        items = session.scalars(
            select(ReviewFeedbackItem).where(
                ReviewFeedbackItem.review_result_id.in_([r.id for r in results])
            )
        ).all()
        grounded = [i for i in items if i.start_offset is not None]
        ungrounded = [i for i in items if i.quoted_text and i.start_offset is None]
        assert grounded
        for item in grounded:
            assert text[item.start_offset : item.end_offset] == item.quoted_text
        assert ungrounded, "the invented quote must be kept without offsets"
    # The resume text reached the model fenced as data.
    bodies = [r.message_text("user") for r in llm_server.requests]
    assert all("Acme Corp" in body for body in bodies)


def test_an_llm_that_keeps_failing_fails_the_request_with_a_reason(
    llm_workers: WorkerSet,
    llm_server: ScriptedLLMServer,
    committed_engine: Engine,
    pipeline_env: Path,
    pg_url: str,
) -> None:
    llm_server.script(*[Step.server_error() for _ in range(40)])
    request_id = submit_upload(committed_engine, pipeline_env, pg_url, make_pdf(marker="llm-down"))
    assert publish_review(request_id)
    request = wait_until_done(committed_engine, request_id)
    assert request.status == "failed"
    assert "review could not be completed" in (request.error_message or "")
    with session_scope(committed_engine) as session:
        usage = session.scalars(
            select(PromptUsageHistory).where(PromptUsageHistory.review_request_id == request_id)
        ).all()
        assert usage
        assert all(u.status == "error" for u in usage)
    assert llm_workers.alive()


def test_the_known_answer_check_runs_on_the_llm_workers_before_the_agents(
    pipeline_env: Path, pg_url: str, committed_engine: Engine, tmp_path: Path
) -> None:
    """With KNOWN_ANSWER_CHECK on (the production default), the check is its own task on
    the llm queue: a resume whose planted line steers the model is marked ``steered``, its
    answers excluded, and every call, the check's included, is on record."""
    from database.models import ReviewAgentOutcome, ReviewRequest
    from testkit.samples import SAMPLE_LINES

    # Ordinary to both detector layers; the scripted model obeys its trigger word.
    planted = ("body", "Member of the BLUEBIRD birdwatching society since 2015.")
    with ScriptedLLMServer(default=Step.obeying("BLUEBIRD")) as server:
        env = {
            "DATABASE_URL": pg_url, "STORAGE_DIR": str(pipeline_env),
            "OPENAI_BASE_URL": server.base_url, "OPENAI_API_KEY": "test-key",
            "LLM_RETRY_WAIT_SCALE": "0.01", "KNOWN_ANSWER_CHECK": "1",
        }  # fmt: skip
        with session_scope(committed_engine) as session:
            load_prompts(session)
        with celery_workers(env, tmp_path / "logs") as workers:
            request_id = submit_upload(
                committed_engine, pipeline_env, pg_url, make_pdf([*SAMPLE_LINES, planted])
            )
            assert publish_review(request_id)
            request = wait_until_done(committed_engine, request_id)
            assert request.status == "completed", (request.error_message, workers.logs())
        calls = server.chat_completions
    with session_scope(committed_engine) as session:
        stored = session.get(ReviewRequest, request_id)
        assert stored is not None and stored.known_answer == "steered"
        assert stored.needs_attention and stored.overall_score is None
        outcomes = session.scalars(
            select(ReviewAgentOutcome.outcome).where(
                ReviewAgentOutcome.review_request_id == request_id
            )
        ).all()
        assert outcomes and set(outcomes) == {"excluded"}
        usage = session.scalars(
            select(PromptUsageHistory.agent_type).where(
                PromptUsageHistory.review_request_id == request_id
            )
        ).all()
        assert sorted(usage).count("known_answer") == 1
        assert len(usage) == calls  # every paid call is on record
