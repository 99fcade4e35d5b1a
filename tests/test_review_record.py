"""The review record (issue 11) through the production chain driver and the real openai SDK
against the scripted server: request stages, agent outcomes, partial failures that still
complete, follow-ups and batch re-reviews that ask only what changed, finding keys."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from core.config import Settings
from core.enums import ReviewMode, ReviewTrigger
from database.engine import session_scope
from database.models import (
    Prompt,
    PromptUsageHistory,
    Resume,
    ReviewAgentOutcome,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
)
from database.queries.prompts import activate_prompt, active_prompts, next_prompt_version
from pipelines import chain, intake
from pipelines.maintenance import rereview_batch
from testkit.llm_server import ScriptedLLMServer, Step
from testkit.pipeline_helpers import make_settings, upload
from testkit.samples import make_pdf

AGENTS = ["ats", "content", "language", "structure"]  # the order run_review asks them in


@pytest.fixture
def llm_server() -> Iterator[ScriptedLLMServer]:
    with ScriptedLLMServer() as server:
        yield server


@pytest.fixture
def settings(tmp_path: Path, pg_url: str, llm_server: ScriptedLLMServer) -> Settings:
    return make_settings(
        tmp_path / "storage",
        pg_url,
        openai_base_url=llm_server.base_url,
        openai_api_key="test-key",
        llm_max_attempts=2,
        llm_retry_wait_scale=0.01,
    )


def review_new_file(engine: Engine, settings: Settings) -> uuid.UUID:
    with session_scope(engine) as session:
        request_id = upload(session, settings, make_pdf(marker=uuid.uuid4().hex))
    chain.run_review(engine, settings, request_id)
    return request_id


def follow_up(
    engine: Engine, settings: Settings, earlier: uuid.UUID, mode: ReviewMode
) -> uuid.UUID:
    with session_scope(engine) as session:
        resume = session.get(Resume, session.get(ReviewRequest, earlier).resume_id)  # type: ignore[union-attr]
        request = intake.create_review_request(
            session,
            resume=resume,
            requested_by=None,
            mode=mode,  # type: ignore[arg-type]
        )
        request_id = request.id
    chain.run_review(engine, settings, request_id)
    return request_id


def outcomes(engine: Engine, request_id: uuid.UUID) -> dict[str, tuple[str, str | None]]:
    with session_scope(engine) as session:
        rows = session.scalars(
            select(ReviewAgentOutcome).where(ReviewAgentOutcome.review_request_id == request_id)
        )
        return {row.agent_type: (row.outcome, row.reason) for row in rows}


def request_row(engine: Engine, request_id: uuid.UUID) -> ReviewRequest:
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, request_id)
        assert request is not None
        return request


def asked_agents(server: ScriptedLLMServer, engine: Engine) -> list[str]:
    """Which agent each chat-completion request was for, from its system prompt."""
    with session_scope(engine) as session:
        agent_of = {p.system_prompt: p.agent_type for p in session.scalars(select(Prompt))}
    return [agent_of.get(r.message_text("system"), "?") for r in server.requests]


def test_a_review_walks_its_stages_and_records_every_outcome(
    engine: Engine, settings: Settings
) -> None:
    request_id = review_new_file(engine, settings)
    request = request_row(engine, request_id)
    assert (request.status, request.stage, request.agents_done) == ("completed", "completed", 4)
    assert request.score_agents == sorted(AGENTS)
    assert outcomes(engine, request_id) == {agent: ("completed", None) for agent in AGENTS}


def test_one_agent_failing_still_completes_and_a_follow_up_asks_only_it(
    engine: Engine, settings: Settings, llm_server: ScriptedLLMServer
) -> None:
    # ats answers; content fails both attempts; language and structure answer.
    llm_server.script(Step.ok(), Step.server_error(), Step.server_error(), Step.ok(), Step.ok())
    first = review_new_file(engine, settings)
    request = request_row(engine, first)
    assert request.status == "completed"
    recorded = outcomes(engine, first)
    assert recorded["content"][0] == "failed"
    assert "content review could not be completed" in (recorded["content"][1] or "")
    assert request.score_agents == ["ats", "language", "structure"]
    with session_scope(engine) as session:
        usage = session.scalars(
            select(PromptUsageHistory).where(PromptUsageHistory.review_request_id == first)
        ).all()
    assert len(usage) == len(llm_server.requests) == 5  # every paid call on record

    llm_server.reset()
    second = follow_up(engine, settings, first, ReviewMode.CHANGED)
    assert asked_agents(llm_server, engine) == ["content"]
    recorded = outcomes(engine, second)
    assert recorded["content"] == ("completed", None)
    for agent in ("ats", "language", "structure"):
        assert recorded[agent][0] == "carried"
    with session_scope(engine) as session:
        carried = session.scalars(
            select(ReviewAgentOutcome).where(
                ReviewAgentOutcome.review_request_id == second,
                ReviewAgentOutcome.outcome == "carried",
            )
        ).all()
        assert {row.carried_from_request_id for row in carried} == {first}
    assert request_row(engine, second).score_agents == sorted(AGENTS)


def test_a_full_follow_up_asks_every_agent_again(
    engine: Engine, settings: Settings, llm_server: ScriptedLLMServer
) -> None:
    first = review_new_file(engine, settings)
    llm_server.reset()
    follow_up(engine, settings, first, ReviewMode.FULL)
    assert sorted(asked_agents(llm_server, engine)) == AGENTS


def test_a_batch_rereview_asks_only_the_agent_whose_prompt_changed(
    engine: Engine, settings: Settings, llm_server: ScriptedLLMServer
) -> None:
    first = review_new_file(engine, settings)
    with session_scope(engine) as session:
        current = active_prompts(session)["language"]
        newer = Prompt(
            agent_type="language",
            name=current.name,
            version=next_prompt_version(session, "language"),
            system_prompt=current.system_prompt + "\nBe brief.",
            user_prompt_template=current.user_prompt_template,
            model=current.model,
            temperature=current.temperature,
            max_tokens=current.max_tokens,
        )
        session.add(newer)
        session.flush()
        activate_prompt(session, newer)
    llm_server.reset()
    batch = rereview_batch(
        engine, lambda rid: chain.run_review(engine, settings, rid) is chain.Outcome.DONE, limit=5
    )
    assert batch.requested == 1
    assert asked_agents(llm_server, engine) == ["language"]
    with session_scope(engine) as session:
        second = session.scalars(
            select(ReviewRequest.id).where(
                ReviewRequest.trigger == ReviewTrigger.BATCH_REREVIEW.value
            )
        ).one()
    recorded = outcomes(engine, second)
    assert recorded["language"] == ("completed", None)
    assert {recorded[a][0] for a in ("ats", "content", "structure")} == {"carried"}
    assert first != second


def test_beat_claims_no_rereview_once_the_days_budget_is_spent(
    engine: Engine, settings: Settings, llm_server: ScriptedLLMServer
) -> None:
    review_new_file(engine, settings)
    with session_scope(engine) as session:
        current = active_prompts(session)["language"]
        newer = Prompt(
            agent_type="language", name=current.name,
            version=next_prompt_version(session, "language"),
            system_prompt=current.system_prompt + "\nBe brief.",
            user_prompt_template=current.user_prompt_template, model=current.model,
            temperature=current.temperature, max_tokens=current.max_tokens,
        )  # fmt: skip
        session.add(newer)
        session.flush()
        activate_prompt(session, newer)
        spent = session.scalar(select(func.sum(PromptUsageHistory.cost_usd))) or 0
    assert spent > 0  # the first review's calls were priced and recorded
    budget = dataclasses.replace(settings, llm_daily_budget_usd=float(spent) / 2)
    published: list[uuid.UUID] = []
    batch = rereview_batch(engine, published.append, limit=5, limits=budget)
    assert (batch.requested, published) == (0, [])
    with session_scope(engine) as session:
        waiting = session.scalar(
            select(func.count()).where(ReviewRequest.trigger == ReviewTrigger.BATCH_REREVIEW.value)
        )
    assert waiting == 0  # nothing claimed: the next run, after midnight UTC, takes them
    roomy = dataclasses.replace(settings, llm_daily_budget_usd=float(spent) * 10)
    assert rereview_batch(engine, lambda _: True, limit=5, limits=roomy).requested == 1


def test_findings_keep_their_key_across_reviews(
    engine: Engine, settings: Settings, llm_server: ScriptedLLMServer
) -> None:
    first = review_new_file(engine, settings)
    second = follow_up(engine, settings, first, ReviewMode.FULL)
    with session_scope(engine) as session:

        def keys(request_id: uuid.UUID) -> set[str]:
            return set(
                session.scalars(
                    select(ReviewFeedbackItem.finding_key)
                    .join(ReviewResult)
                    .where(ReviewResult.review_request_id == request_id)
                )
            )

        assert None not in keys(first)
        assert keys(first) and keys(first) == keys(second)


def test_all_agents_failing_fails_the_request_with_every_reason(
    engine: Engine, settings: Settings, llm_server: ScriptedLLMServer
) -> None:
    llm_server.script(*[Step.server_error() for _ in range(8)])
    request_id = review_new_file(engine, settings)
    request = request_row(engine, request_id)
    assert (request.status, request.stage) == ("failed", "failed")
    for agent in AGENTS:
        assert f"The {agent} review could not be completed" in (request.error_message or "")


def test_each_step_writes_its_stage(engine: Engine, settings: Settings) -> None:
    with session_scope(engine) as session:
        request_id = upload(session, settings, make_pdf(marker="stages"))
    assert request_row(engine, request_id).stage == "pending"
    assert chain.start_and_extract(engine, settings, request_id) is chain.Outcome.DONE
    assert request_row(engine, request_id).stage == "extracting"
    assert chain.split(engine, settings, request_id) is chain.Outcome.DONE
    assert request_row(engine, request_id).stage == "splitting"
    assert chain.run_agent(engine, settings, request_id, "ats") is chain.Outcome.DONE
    request = request_row(engine, request_id)
    assert (request.stage, request.agents_done, len(request.agent_types)) == ("reviewing", 1, 4)


def test_the_api_shows_stages_outcomes_score_basis_and_changes(
    engine: Engine, settings: Settings, llm_server: ScriptedLLMServer, redis_url: str
) -> None:
    import redis

    from api import create_app
    from core.enums import UserRole
    from database.queries.users import create_user
    from tests.api.conftest import bearer

    llm_server.script(Step.ok(), Step.server_error(), Step.server_error(), Step.ok(), Step.ok())
    first = review_new_file(engine, settings)
    second = follow_up(engine, settings, first, ReviewMode.CHANGED)
    with session_scope(engine) as session:
        admin = create_user(
            session, email="record-admin@example.com", password_hash="x", role=UserRole.ADMIN
        )
    app = create_app(settings, engine=engine, redis_client=redis.Redis.from_url(redis_url))
    client = app.test_client()
    headers = bearer(admin, secret=settings.jwt_secret)

    body = client.get(f"/api/v1/review-requests/{first}", headers=headers).json
    assert (body["stage"], body["agents_done"], body["agents_total"]) == ("completed", 4, 4)
    assert body["score_agents"] == ["ats", "language", "structure"]
    failed = [o for o in body["outcomes"] if o["outcome"] == "failed"]
    assert [o["agent_type"] for o in failed] == ["content"]
    assert "could not be completed" in failed[0]["reason"]
    assert body["changes"] is None

    body = client.get(f"/api/v1/review-requests/{second}", headers=headers).json
    assert body["mode"] == "changed"
    carried = {o["agent_type"]: o["carried_from_request_id"] for o in body["outcomes"]}
    assert carried["ats"] == str(first)
    changes = body["changes"]
    assert changes["previous_request_id"] == str(first)
    by_agent = {a["agent_type"]: a for a in changes["agents"]}
    assert by_agent["content"]["previous_score"] is None and by_agent["ats"]["delta"] == 0
    findings = [i["id"] for s in body["feedback_by_section"] for i in s["items"]]
    findings += [i["id"] for i in body["ungrounded_feedback"]]
    assert set(changes["new"]) | set(changes["still_present"]) == set(findings)
    assert changes["still_present"], "the carried agents' findings are still present"

    resume_id = body["resume_id"]
    created = client.post(
        f"/api/v1/resumes/{resume_id}/review-requests", json={"mode": "changed"}, headers=headers
    )
    assert created.status_code == 202, created.json
    assert (created.json["mode"], created.json["stage"]) == ("changed", "pending")
    bad = client.post(
        f"/api/v1/resumes/{resume_id}/review-requests", json={"mode": "cheap"}, headers=headers
    )
    assert bad.status_code == 422
