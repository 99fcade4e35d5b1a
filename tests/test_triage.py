"""Triage that follows the finding: a decision about a finding carries to the same finding
(same key) in the resume's next review, with who made it and when."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from core.config import Settings
from database.engine import session_scope
from database.models import (
    ActivityLog,
    Candidate,
    FeedbackTriage,
    ReviewFeedbackItem,
    ReviewResult,
    User,
)
from database.queries import reviews, triage
from pipelines import chain, intake
from testkit.pipeline_helpers import load_prompts, make_candidate, make_settings, make_user
from testkit.samples import SAMPLE_LINES, make_pdf


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Settings:
    return make_settings(tmp_path / "storage", pg_url)


def _items(session: Session, request_id: uuid.UUID) -> list[ReviewFeedbackItem]:
    return list(
        session.scalars(
            select(ReviewFeedbackItem)
            .join(ReviewResult)
            .where(ReviewResult.review_request_id == request_id)
            .where(ReviewFeedbackItem.finding_key.is_not(None))
        )
    )


def _reviewed_first_version(
    engine: Engine, settings: Settings
) -> tuple[uuid.UUID, uuid.UUID, uuid.UUID]:
    """A senior's candidate with the sample resume uploaded and reviewed: (user id,
    candidate id, review request id)."""
    with session_scope(engine) as session:
        load_prompts(session)
        user = make_user(session, "senior_recruiter")
        candidate = make_candidate(session, user)
        _, request = intake.register_upload(
            session, settings, candidate=candidate, user=user, data=make_pdf(SAMPLE_LINES),
            original_filename="v1.pdf",
        )  # fmt: skip
        ids = (user.id, candidate.id, request.id)
    chain.run_review(engine, settings, ids[2])
    return ids


def test_a_dismissal_follows_the_finding_into_the_next_version(
    engine: Engine, settings: Settings
) -> None:
    ids = _reviewed_first_version(engine, settings)
    with session_scope(engine) as session:
        user = session.get(User, ids[0])
        assert user is not None
        dismissed, addressed, *_ = _items(session, ids[2])
        triage.decide(session, user, dismissed.id, "dismiss")
        triage.decide(session, user, addressed.id, "addressed", note="fixed in v2")
        keys = {dismissed.finding_key: "dismissed", addressed.finding_key: "addressed"}
        changed = [*SAMPLE_LINES, ("body", "Mentored two junior engineers.")]
        same_candidate = session.get(Candidate, ids[1])
        assert same_candidate is not None
        _, second = intake.register_upload(
            session, settings, candidate=same_candidate, user=user, data=make_pdf(changed),
            original_filename="v2.pdf",
        )  # fmt: skip
        second_id = second.id
    chain.run_review(engine, settings, second_id)
    with session_scope(engine) as session:
        carried = {
            item.finding_key: session.get(FeedbackTriage, item.id)
            for item in _items(session, second_id)
            if item.finding_key in keys
        }
        assert set(carried) == set(keys)
        for key, row in carried.items():
            assert row is not None and row.status == keys[key] and row.user_id == ids[0]
        assert any(row.note == "fixed in v2" for row in carried.values() if row)


def test_triage_of_a_problem_card_decides_every_finding_of_the_problem(
    engine: Engine, settings: Settings
) -> None:
    """The workspace shows one card per problem; its buttons decide all the problem's
    findings (each audited) and nothing else."""
    user_id, _, request_id = _reviewed_first_version(engine, settings)
    ids = (user_id, request_id)
    with session_scope(engine) as session:
        user = session.get(User, ids[0])
        assert user is not None
        problems = reviews.review_report(session, ids[1]).problems()
        shared = next(p for p in problems if len(p.findings) > 1)
        others = [f.id for p in problems if p is not shared for f in p.findings]
        triage.decide_problem(session, user, shared.findings[-1].id, "dismiss")
        decided = triage.triage_for_request(session, ids[1])
        assert {f.id for f in shared.findings} <= set(decided)
        assert not set(others) & set(decided)
        audited = session.scalars(
            select(ActivityLog.entity_id).where(ActivityLog.action == "feedback.triage")
        ).all()
        assert {f.id for f in shared.findings} <= set(audited)
        triage.decide_problem(session, user, shared.lead.id, "reopen")
        assert not triage.triage_for_request(session, ids[1])


def test_a_report_read_while_an_agent_stores_its_result_answers_without_its_findings(
    engine: Engine, settings: Settings
) -> None:
    """The report reads results, then findings, in two statements: an agent's result and
    findings committed in between (CI met it over HTTP, as a 500) are left for the next read."""
    from sqlalchemy import event

    from database.types import utcnow

    _, _, request_id = _reviewed_first_version(engine, settings)
    with session_scope(engine) as session:
        before = reviews.review_report(session, request_id)
        (item,) = _items(session, request_id)[:1]
        template = {c.name: getattr(item, c.name) for c in ReviewFeedbackItem.__table__.columns}
    stored: list[bool] = []

    def store_meanwhile(conn, cursor, statement, *args) -> None:  # type: ignore[no-untyped-def]
        if stored or "FROM review_feedback_items" not in statement:
            return
        stored.append(True)
        with engine.begin() as other:  # another agent's transaction, committed now
            result_id = uuid.uuid4()
            other.execute(
                ReviewResult.__table__.insert().values(
                    id=result_id, review_request_id=request_id, agent_type="job_match",
                    details={}, created_at=utcnow(),
                )
            )  # fmt: skip
            other.execute(
                ReviewFeedbackItem.__table__.insert().values(
                    {**template, "id": uuid.uuid4(), "review_result_id": result_id}
                )
            )

    event.listen(engine, "before_cursor_execute", store_meanwhile)
    try:
        with session_scope(engine) as session:
            during = reviews.review_report(session, request_id)
    finally:
        event.remove(engine, "before_cursor_execute", store_meanwhile)
    assert stored
    assert {f.id for f in during.findings} == {f.id for f in before.findings}
    with session_scope(engine) as session:
        after = reviews.review_report(session, request_id)
    assert len(after.findings) == len(before.findings) + 1
