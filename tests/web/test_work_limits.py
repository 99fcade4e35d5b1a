"""Issue 21, "unlimited paid work": a user's quota of review and evaluation requests, and
the day's LLM budget from recorded usage plus the paid calls still in the spool."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from decimal import Decimal

import pytest
from flask.testing import FlaskClient
from flask_openapi3 import OpenAPI
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from api.state import EXTENSION_KEY
from core.enums import UsageStatus, UserRole
from database.models import PromptUsageHistory, ReviewRequest, User
from pipelines.review.llm import CallRecord
from pipelines.review.spool import CallSpool, SpoolEntry, SpoolKey
from tests.api.conftest import API, World, bearer
from tests.web.conftest import Browser


@pytest.fixture
def client(app: OpenAPI) -> FlaskClient:
    return app.test_client()


def _limit(app: OpenAPI, **changes: object) -> None:
    state = app.extensions[EXTENSION_KEY]
    state.settings = dataclasses.replace(state.settings, **changes)


def _ask(client: FlaskClient, world: World, user: User) -> object:
    return client.post(
        f"{API}/resumes/{world.resume.id}/review-requests", json={}, headers=bearer(user)
    )


def _requests(db_session: Session) -> int:
    return int(db_session.scalar(select(func.count()).select_from(ReviewRequest)) or 0)


def test_a_user_past_their_quota_gets_429_with_retry_after(
    app: OpenAPI, client: FlaskClient, world: World, db_session: Session
) -> None:
    """Before: 30 requests in a row as a junior were 30 times 202 (120 agent calls queued)."""
    _limit(app, requests_per_minute=3)
    junior = world.junior_assigned
    statuses = [_ask(client, world, junior).status_code for _ in range(3)]  # type: ignore[attr-defined]
    assert statuses == [202, 202, 202]
    before = _requests(db_session)
    refused = _ask(client, world, junior)
    assert refused.status_code == 429  # type: ignore[attr-defined]
    body = refused.json["error"]  # type: ignore[attr-defined]
    assert body["code"] == "quota_exceeded" and body["details"]["window"] == "minute"
    assert 0 < int(refused.headers["Retry-After"]) <= 61  # type: ignore[attr-defined]
    assert "3" in body["message"]
    assert _requests(db_session) == before  # nothing half-done
    # Another user's quota is their own.
    assert _ask(client, world, world.senior).status_code == 202  # type: ignore[attr-defined]


def test_the_default_quota_takes_a_fifty_file_drop(client: FlaskClient, world: World) -> None:
    statuses = {_ask(client, world, world.senior).status_code for _ in range(50)}  # type: ignore[attr-defined]
    assert statuses == {202}


def _usage(db_session: Session, cost: str) -> None:
    db_session.add(
        PromptUsageHistory(
            agent_type="content", model="gpt-4o-mini", status=UsageStatus.SUCCESS.value,
            cost_usd=Decimal(cost), call_id=uuid.uuid4().hex,
        )
    )  # fmt: skip
    db_session.commit()


def test_new_llm_work_is_refused_once_the_days_budget_is_spent(
    app: OpenAPI, client: FlaskClient, world: World, db_session: Session
) -> None:
    _limit(app, openai_base_url="http://127.0.0.1:9/v1", llm_daily_budget_usd=0.05)
    _usage(db_session, "0.03")
    assert _ask(client, world, world.senior).status_code == 202  # type: ignore[attr-defined]
    _usage(db_session, "0.03")
    before = _requests(db_session)
    refused = _ask(client, world, world.senior)
    assert refused.status_code == 429  # type: ignore[attr-defined]
    error = refused.json["error"]  # type: ignore[attr-defined]
    assert error["code"] == "llm_budget_reached"
    assert "budget" in error["message"] and "midnight UTC" in error["message"]
    assert int(refused.headers["Retry-After"]) <= 86401  # type: ignore[attr-defined]
    # Refused, not quietly handed to the offline reviewer.
    assert _requests(db_session) == before
    # Without a model the offline reviewer runs, which costs nothing: no budget applies.
    _limit(app, openai_base_url=None)
    assert _ask(client, world, world.senior).status_code == 202  # type: ignore[attr-defined]


def test_paid_calls_still_in_the_spool_count_against_the_budget(
    app: OpenAPI, client: FlaskClient, world: World, tmp_path_factory: object
) -> None:
    spool_dir = tmp_path_factory.mktemp("spool")  # type: ignore[attr-defined]
    _limit(
        app, openai_base_url="http://127.0.0.1:9/v1", llm_daily_budget_usd=0.05,
        spool_dir=spool_dir,
    )  # fmt: skip
    assert _ask(client, world, world.senior).status_code == 202  # type: ignore[attr-defined]
    paid = CallRecord(
        agent_type="content", model="gpt-4o-mini", prompt_tokens=10, completion_tokens=10,
        total_tokens=20, latency_ms=5, cost_usd=Decimal("0.06"), status=UsageStatus.SUCCESS,
    )  # fmt: skip
    key = SpoolKey(uuid.uuid4(), "content", uuid.uuid4())
    CallSpool(spool_dir).put(key, SpoolEntry(key, [paid], failure="answer not yet stored"))
    refused = _ask(client, world, world.senior)
    assert refused.status_code == 429  # type: ignore[attr-defined]
    assert refused.json["error"]["details"]["spent_usd"].startswith("0.06")  # type: ignore[attr-defined]


def test_a_model_without_a_price_cannot_run_while_a_budget_is_set(
    app: OpenAPI, client: FlaskClient, world: World
) -> None:
    _limit(
        app, openai_base_url="http://127.0.0.1:9/v1", llm_model="house-model-7b",
        llm_daily_budget_usd=10.0,
    )  # fmt: skip
    refused = _ask(client, world, world.senior)
    assert refused.status_code == 503  # type: ignore[attr-defined]
    error = refused.json["error"]  # type: ignore[attr-defined]
    assert error["code"] == "llm_not_allowed" and "house-model-7b" in error["message"]
    _limit(app, llm_daily_budget_usd=None)  # no budget: the unpriced model may run
    assert _ask(client, world, world.senior).status_code == 202  # type: ignore[attr-defined]


def test_admins_see_the_budget_and_the_quotas(
    app: OpenAPI, client: FlaskClient, world: World, make_user: Callable[..., User]
) -> None:
    _limit(
        app,
        openai_base_url="http://127.0.0.1:9/v1",
        llm_daily_budget_usd=2.5,
        flower_public_url="https://ops.example.com/flower/",
    )
    _ask(client, world, world.junior_assigned)
    admin = make_user(UserRole.ADMIN)
    admin_browser = Browser(app.test_client())
    admin_browser.sign_in(admin)
    page = admin_browser.get("/admin/spend").get_data(as_text=True)
    assert "of the $2.5 daily budget" in page
    assert "120 reviews or evaluations a minute" in page
    assert world.junior_assigned.email in page
    assert 'href="https://ops.example.com/flower/"' in page  # before: fixed to 127.0.0.1:5555
