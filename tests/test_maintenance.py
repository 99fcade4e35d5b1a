"""Batch re-review and the recovery sweep, on real PostgreSQL."""

from __future__ import annotations

import threading
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update
from sqlalchemy.orm import Session

from core.config import Settings
from database.engine import session_scope
from database.models import Prompt, ReviewRequest, WorkerHeartbeat
from database.queries.prompts import activate_prompt, active_prompts, next_prompt_version
from database.types import utcnow
from pipelines import maintenance
from pipelines.chain import run_review
from testkit.pipeline_helpers import load_prompts, make_settings, upload
from testkit.samples import make_pdf


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Settings:
    return make_settings(tmp_path / "storage", pg_url)


def reviewed_resumes(engine: Engine, settings: Settings, count: int) -> list[uuid.UUID]:
    with session_scope(engine) as session:
        load_prompts(session)
        ids = [
            upload(session, settings, make_pdf(marker=f"r{i}-{uuid.uuid4()}")) for i in range(count)
        ]
    for request_id in ids:
        run_review(engine, settings, request_id)
    with session_scope(engine) as session:
        return [session.get(ReviewRequest, rid).resume_id for rid in ids]  # type: ignore[union-attr]


def new_prompt_version(session: Session, agent_type: str) -> Prompt:
    current = active_prompts(session)[agent_type]
    prompt = Prompt(
        name=current.name,
        agent_type=agent_type,
        version=next_prompt_version(session, agent_type),
        system_prompt=current.system_prompt + "\nBe concise.",
        user_prompt_template=current.user_prompt_template,
        model=current.model,
        temperature=current.temperature,
        max_tokens=current.max_tokens,
    )
    session.add(prompt)
    session.flush()
    activate_prompt(session, prompt)
    return prompt


def test_a_new_prompt_version_rereviews_each_resume_exactly_once(
    committed_engine: Engine, settings: Settings
) -> None:
    resumes = reviewed_resumes(committed_engine, settings, 3)
    with session_scope(committed_engine) as session:
        assert session.scalars(maintenance.rereview_candidates()).all() == []
        new_prompt_version(session, "content")
    with session_scope(committed_engine) as session:
        found = {r.id for r in session.scalars(maintenance.rereview_candidates())}
        assert found == set(resumes)
        assert not session.scalars(maintenance.rereview_candidates(agent_type="ats")).all()
        first = maintenance.claim_rereviews(session, limit=2)
        assert len(first.request_ids) == 2
        assert first.remaining
    with session_scope(committed_engine) as session:
        second = maintenance.claim_rereviews(session, limit=10)
        assert len(second.request_ids) == 1
        assert not second.remaining
    claimed = first.request_ids + second.request_ids
    with session_scope(committed_engine) as session:
        requests = [session.get(ReviewRequest, rid) for rid in claimed]
        assert {r.resume_id for r in requests if r} == set(resumes)
        assert {r.trigger for r in requests if r} == {"batch_rereview"}
    # Even failed re-reviews are not retried for the same prompt versions.
    with session_scope(committed_engine) as session:
        session.execute(
            update(ReviewRequest).where(ReviewRequest.id == claimed[0]).values(status="failed")
        )
    for request_id in claimed[1:]:
        run_review(committed_engine, settings, request_id)
    with session_scope(committed_engine) as session:
        assert maintenance.claim_rereviews(session, limit=10).request_ids == []


def test_two_concurrent_batches_never_claim_the_same_resume(
    committed_engine: Engine, settings: Settings
) -> None:
    reviewed_resumes(committed_engine, settings, 4)
    with session_scope(committed_engine) as session:
        new_prompt_version(session, "ats")
    results: list[list[uuid.UUID]] = []
    barrier = threading.Barrier(2)

    def batch() -> None:
        with session_scope(committed_engine) as session:
            barrier.wait()
            results.append(maintenance.claim_rereviews(session, limit=10).request_ids)

    threads = [threading.Thread(target=batch) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with session_scope(committed_engine) as session:
        claimed = [rid for batch_ids in results for rid in batch_ids]
        resumes = [session.get(ReviewRequest, rid).resume_id for rid in claimed]  # type: ignore[union-attr]
    assert len(resumes) == 4
    assert len(set(resumes)) == 4


def test_stranded_requests_are_claimed_once_per_deadline(
    db_session: Session, settings: Settings
) -> None:
    load_prompts(db_session)
    fresh = upload(db_session, settings, make_pdf(marker="fresh"))
    lost = upload(db_session, settings, make_pdf(marker="lost"))
    stuck = upload(db_session, settings, make_pdf(marker="stuck"))
    done = upload(db_session, settings, make_pdf(marker="done"))
    long_ago = utcnow() - timedelta(hours=2)
    db_session.execute(
        update(ReviewRequest).where(ReviewRequest.id == lost).values(requested_at=long_ago)
    )
    db_session.execute(
        update(ReviewRequest)
        .where(ReviewRequest.id.in_([stuck, done]))
        .values(status="processing", requested_at=long_ago, last_activity_at=long_ago)
    )
    db_session.execute(
        update(ReviewRequest).where(ReviewRequest.id == done).values(status="completed")
    )
    claimed = maintenance.claim_stranded(
        db_session, pending_after_s=60, running_after_s=600, limit=10
    )
    assert set(claimed) == {lost, stuck}
    assert fresh not in claimed
    again = maintenance.claim_stranded(
        db_session, pending_after_s=60, running_after_s=600, limit=10
    )
    assert again == []
    statuses = dict(db_session.execute(select(ReviewRequest.id, ReviewRequest.status)).all())
    assert statuses[done] == "completed"


def test_batches_continue_after_earlier_rereviews_complete(
    committed_engine: Engine, settings: Settings
) -> None:
    resumes = reviewed_resumes(committed_engine, settings, 5)
    with session_scope(committed_engine) as session:
        new_prompt_version(session, "language")
    claimed: list[uuid.UUID] = []
    for _ in range(5):
        with session_scope(committed_engine) as session:
            batch = maintenance.claim_rereviews(session, limit=2).request_ids
        for request_id in batch:
            run_review(committed_engine, settings, request_id)
        claimed += batch
    with session_scope(committed_engine) as session:
        rereviewed = [session.get(ReviewRequest, rid).resume_id for rid in claimed]  # type: ignore[union-attr]
    assert sorted(rereviewed) == sorted(resumes)


def _heartbeat(
    session: Session, process: str, seconds_ago: float, running: list[uuid.UUID]
) -> None:
    seen = utcnow() - timedelta(seconds=seconds_ago)
    session.add(WorkerHeartbeat(process=process, started_at=seen - timedelta(minutes=5),
                                seen_at=seen, in_flight=[str(r) for r in running]))  # fmt: skip
    session.flush()


def _processing(session: Session, request_ids: list[uuid.UUID], seconds_ago: float) -> None:
    at = utcnow() - timedelta(seconds=seconds_ago)
    session.execute(
        update(ReviewRequest)
        .where(ReviewRequest.id.in_(request_ids))
        .values(status="processing", last_activity_at=at, requested_at=at)
    )


RECOVERY = {"pending_after_s": 60, "running_after_s": 900, "limit": 50,
            "dead_after_s": 30, "lost_after_s": 60}  # fmt: skip


def test_what_a_silent_worker_was_running_is_claimed_at_once(
    db_session: Session, settings: Settings
) -> None:
    """Issue 22: before, a request held by a killed worker waited for the 900 s threshold."""
    load_prompts(db_session)
    orphan, busy = (upload(db_session, settings, make_pdf(marker=m)) for m in ("orphan", "busy"))
    _processing(db_session, [orphan, busy], seconds_ago=5)  # touched moments ago
    _heartbeat(db_session, "llm@dead/1", seconds_ago=45, running=[orphan])
    _heartbeat(db_session, "llm@alive/2", seconds_ago=3, running=[busy])
    claimed = maintenance.claim_stranded(db_session, **RECOVERY)
    assert claimed == [orphan]
    remaining = set(db_session.scalars(select(WorkerHeartbeat.process)))
    assert remaining == {"llm@alive/2"}  # the dead process's row goes once its work is claimed
    assert maintenance.claim_stranded(db_session, **RECOVERY) == []


def _tasks_heartbeat(session: Session, process: str, seconds_ago: float, tasks: list[str]) -> None:
    seen = utcnow() - timedelta(seconds=seconds_ago)
    session.add(WorkerHeartbeat(process=process, started_at=seen - timedelta(minutes=5),
                                seen_at=seen, in_flight=tasks))  # fmt: skip
    session.flush()


def test_an_agent_a_dead_host_held_is_claimed_while_another_host_runs_the_others(
    db_session: Session, settings: Settings
) -> None:
    """Two llm hosts run agents of one request; the first is killed. Before, the live host's
    agent hid the request from the sweep, and the dead host's agent waited for the backstop."""
    load_prompts(db_session)
    shared, requeued = (upload(db_session, settings, make_pdf(marker=m)) for m in ("s", "r"))
    _processing(db_session, [shared, requeued], seconds_ago=5)
    _tasks_heartbeat(db_session, "llm@host-a/1", seconds_ago=45, tasks=[
        f"{shared} resume_review.agent skills",
        f"{requeued} resume_review.agent format"])  # fmt: skip
    _tasks_heartbeat(db_session, "llm@host-b/1", seconds_ago=2, tasks=[
        f"{shared} resume_review.agent grammar",
        # Redelivered to a live process already (RabbitMQ on a lost connection): not again.
        f"{requeued} resume_review.agent format"])  # fmt: skip
    assert maintenance.claim_stranded(db_session, **RECOVERY) == [shared]


def test_a_lost_message_is_told_from_a_backlog(db_session: Session, settings: Settings) -> None:
    load_prompts(db_session)
    lost, running, fresh = (
        upload(db_session, settings, make_pdf(marker=m)) for m in ("lost", "running", "fresh")
    )
    _processing(db_session, [lost, running], seconds_ago=90)
    _processing(db_session, [fresh], seconds_ago=10)
    _heartbeat(db_session, "pipeline@a/7", seconds_ago=2, running=[running])  # a long OCR
    # The queues hold a backlog: a quiet request may just be waiting its turn.
    assert maintenance.claim_stranded(db_session, **RECOVERY, queues_empty=False) == []
    # Empty queues and no live process running it: its message was lost.
    assert maintenance.claim_stranded(db_session, **RECOVERY, queues_empty=True) == [lost]
