"""Issue 21, erasure without breaking the audit trail: after a candidate is deleted, none of
their strings is left in the database, the storage, Redis, the spool or the logs, while
the audit trail and the paid calls' costs stay."""

from __future__ import annotations

import logging
import uuid
from decimal import Decimal
from pathlib import Path

import pytest
import redis
from sqlalchemy import Engine, func, select

from api import create_app
from core.enums import UsageStatus, UserRole
from database.engine import session_scope
from database.models import ActivityLog, Base, PromptUsageHistory, Resume, ReviewRequest, User
from database.queries.assignments import assign_with_audit_details
from database.queries.candidates import create_candidate
from database.queries.users import create_user
from pipelines import chain, intake, storage
from pipelines.maintenance import sweep_orphan_files
from pipelines.review.llm import CallRecord
from pipelines.review.spool import CallSpool, SpoolEntry, SpoolKey
from testkit.pipeline_helpers import load_prompts, make_settings
from testkit.samples import make_pdf
from tests.api.conftest import bearer


def _all_rows_text(engine: Engine) -> str:
    parts = []
    with engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(select(table)):
                parts.append(repr(tuple(row)))
    return "\n".join(parts)


def _redis_text(client: redis.Redis) -> str:
    parts = []
    for key in client.scan_iter("*"):
        parts.append(repr(key))
        kind = client.type(key)
        if kind == b"hash":
            parts.append(repr(client.hgetall(key)))
        elif kind == b"string":
            parts.append(repr(client.get(key)))
        elif kind == b"set":
            parts.append(repr(client.smembers(key)))
    return "\n".join(parts)


def test_an_erased_candidate_leaves_no_string_behind(
    committed_engine: Engine,
    pipeline_env: Path,
    pg_url: str,
    redis_url: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    marker = uuid.uuid4().hex[:10]
    secrets = {
        "name": f"Zephyrine{marker}",
        "email": f"zephyrine.{marker}@example.com",
        "resume": f"Glassblowing furnace {marker}",
        "reason": f"Zephyrine{marker} asked for a recruiter who speaks Welsh",
    }
    settings = make_settings(pipeline_env, pg_url, broker_url=redis_url)
    with session_scope(committed_engine) as session:
        load_prompts(session)
        admin = create_user(
            session, email=f"admin-{marker}@example.com", password_hash="x", role=UserRole.ADMIN
        )
        junior = create_user(session, email=f"j-{marker}@example.com", password_hash="x")
        candidate = create_candidate(
            session, admin, first_name=secrets["name"], last_name="Quill", email=secrets["email"]
        )
        _, details = assign_with_audit_details(
            session, candidate=candidate, user=junior, assigned_by=admin,
            assignment_type="primary", reason=secrets["reason"],
        )  # fmt: skip
        session.add(
            ActivityLog(
                action="candidate.assign", user_id=admin.id, entity_type="candidate",
                entity_id=candidate.id, details=details,
            )
        )  # fmt: skip
        resume, request = intake.register_upload(
            session, settings, candidate=candidate, user=admin,
            data=make_pdf(marker=secrets["resume"]), original_filename=f"{secrets['name']}.pdf",
        )  # fmt: skip
        candidate_id, request_id, admin_id = candidate.id, request.id, admin.id
        stored_key = resume.stored_filename
    assert chain.run_review(committed_engine, settings, request_id) is chain.Outcome.DONE
    files = storage.storage_for(settings)
    assert any(key.startswith(stored_key.split(".")[0] + ".page-") for key in files.stored_keys())
    # A paid answer still in the spool quotes the resume.
    spool = CallSpool(settings.spool_dir)
    key = SpoolKey(request_id, "content", None)
    paid = CallRecord(
        agent_type="content", model="gpt-4o-mini", prompt_tokens=5, completion_tokens=5,
        total_tokens=10, latency_ms=3, cost_usd=Decimal("0.001"), status=UsageStatus.SUCCESS,
    )  # fmt: skip
    spool.put(key, SpoolEntry(key, [paid], failure=f"answer quoting {secrets['resume']}"))
    assert secrets["resume"] in _all_rows_text(committed_engine)  # the control: it was there

    client = redis.Redis.from_url(redis_url)
    app = create_app(settings, engine=committed_engine, redis_client=client)
    with session_scope(committed_engine) as session:
        admin_user = session.get(User, admin_id)
        assert admin_user is not None
        headers = bearer(admin_user, secret=settings.jwt_secret)
    answer = app.test_client().delete(f"/api/v1/candidates/{candidate_id}", headers=headers)
    assert answer.status_code == 204, answer.get_data(as_text=True)

    database = _all_rows_text(committed_engine)
    stored = b"".join(files.read(k) for k in files.stored_keys())
    logs = "\n".join(record.getMessage() for record in caplog.records)
    for what, secret in secrets.items():
        assert secret not in database, what
        assert secret.encode() not in stored, what
        assert secret not in _redis_text(client), what
        assert secret not in logs, what
    assert list(spool.entries()) == []
    assert not any(k.split(".")[0] == stored_key.split(".")[0] for k in files.stored_keys())
    with session_scope(committed_engine) as session:
        # The audit trail stays (append-only), and so do the paid calls' costs, unattached.
        actions = set(session.scalars(select(ActivityLog.action)))
        assert {"candidate.assign", "resume.upload", "candidate.delete"} <= actions
        assert session.scalar(select(func.count()).select_from(Resume)) == 0
        assert session.scalar(select(func.count()).select_from(ReviewRequest)) == 0
        unattached = session.scalar(
            select(func.count()).where(
                PromptUsageHistory.review_request_id.is_(None),
                PromptUsageHistory.cost_usd == Decimal("0.001"),
            )
        )
        assert unattached == 1


def test_the_sweep_deletes_files_no_resume_references_after_a_grace_period(
    committed_engine: Engine, pipeline_env: Path, pg_url: str
) -> None:
    settings = make_settings(pipeline_env, pg_url)
    files = storage.storage_for(settings)
    files.save("0123456789abcdef0123456789abcdef.pdf", b"%PDF- a deletion that failed")
    files.save("0123456789abcdef0123456789abcdef.page-1.png", b"png")
    with session_scope(committed_engine) as session:
        load_prompts(session)
        owner = create_user(session, email=f"o-{uuid.uuid4().hex[:6]}@example.com",
                            password_hash="x")  # fmt: skip
        candidate = create_candidate(session, owner, first_name="Kept", last_name="File")
        resume, _ = intake.register_upload(
            session, settings, candidate=candidate, user=owner,
            data=make_pdf(marker=uuid.uuid4().hex), original_filename="kept.pdf",
        )  # fmt: skip
        kept = resume.stored_filename
    young = sweep_orphan_files(committed_engine, files, grace_s=3600)
    assert young.deleted == 0  # within the grace period an upload may still be committing
    result = sweep_orphan_files(committed_engine, files, grace_s=0)
    assert result.deleted == 2
    assert list(files.stored_keys()) == [kept]
