"""Jobs on a real PostgreSQL database, the chain run in this process: requirements drafted
and edited, candidates attached (all or nothing), evaluations run by the review chain with
the offline matcher and with a model through the scripted server, verdicts grounded on the
resume's text, re-evaluation asking only what changed, and the ranking."""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from core.config import Settings
from core.errors import InvalidRequest
from database.engine import session_scope
from database.models import (
    ActivityLog,
    Candidate,
    Job,
    JobApplication,
    JobRequirement,
    PromptUsageHistory,
    RequirementVerdict,
    Resume,
    ReviewAgentOutcome,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
    User,
)
from database.queries.assignments import assign_candidate
from pipelines import chain, intake
from pipelines.jobs import PROTECTED_REASON, service
from pipelines.jobs.service import RequirementInput
from testkit.llm_server import ScriptedLLMServer, Step
from testkit.pipeline_helpers import load_prompts, make_candidate, make_settings, make_user
from testkit.samples import SAMPLE_LINES, make_pdf

REQUIREMENTS = [
    RequirementInput("Strong proficiency in Python", "must", 3, "skill"),
    RequirementInput(
        "5+ years of professional software engineering experience", "must", 3, "years_experience"
    ),
    RequirementInput("BSc in Computer Science or a related field", "must", 2, "education"),
    RequirementInput("Production experience with Kubernetes (k8s)", "nice", 2, "skill"),
]


class RecordingHooks:
    """The caller's transaction as the tests play it: callbacks kept, publishing recorded."""

    limits = None  # quotas and the LLM budget are not checked here

    def __init__(self) -> None:
        self.published: list[uuid.UUID] = []

    def on_rollback(self, callback: Callable[[], object]) -> None:
        pass

    def after_commit(self, callback: Callable[[], object]) -> None:
        pass

    def publish_after_commit(self, request_id: uuid.UUID) -> None:
        self.published.append(request_id)


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Settings:
    return make_settings(tmp_path / "storage", pg_url)


@dataclasses.dataclass
class World:
    senior_id: uuid.UUID
    junior_id: uuid.UUID
    job_id: uuid.UUID
    candidate_ids: list[uuid.UUID]


def _candidate_with_resume(
    session: Session, settings: Settings, owner: User, lines: list[tuple[str, str]]
) -> uuid.UUID:
    candidate = make_candidate(session, owner)
    intake.register_upload(
        session, settings, candidate=candidate, user=owner, data=make_pdf(lines),
        original_filename="resume.pdf",
    )  # fmt: skip
    return candidate.id


def _run_all(engine: Engine, settings: Settings, request_ids: list[uuid.UUID]) -> None:
    for request_id in request_ids:
        chain.run_review(engine, settings, request_id)


def _reviews_of_uploads(engine: Engine) -> list[uuid.UUID]:
    with session_scope(engine) as session:
        return list(session.scalars(select(ReviewRequest.id).where(ReviewRequest.job_id.is_(None))))


@pytest.fixture
def world(engine: Engine, settings: Settings) -> World:
    """A senior's job, two candidates with resumes (one a junior's), reviewed."""
    with session_scope(engine) as session:
        load_prompts(session)
        senior = make_user(session, "senior_recruiter")
        junior = make_user(session, "junior_recruiter")
        strong = _candidate_with_resume(session, settings, senior, SAMPLE_LINES)
        weak_lines = [
            ("name", "Robin Weak"),
            ("body", "robin.weak@example.com | Springfield"),
            ("heading", "EXPERIENCE"),
            ("body", "Support Agent, Initech, 2023 - Present"),
            ("bullet", "Answered customer emails about invoices."),
            ("heading", "SKILLS"),
            ("body", "Excel, Zendesk"),
        ]
        weak = _candidate_with_resume(session, settings, senior, weak_lines)
        weak_candidate = session.get(Candidate, weak)
        assert weak_candidate is not None
        assign_candidate(
            session, candidate=weak_candidate, user=junior, assigned_by=senior,
            assignment_type="secondary",
        )  # fmt: skip
        job = service.create_job(
            session, senior, title="Backend Engineer", description="", requirements=REQUIREMENTS
        )
        ids = World(senior.id, junior.id, job.id, [strong, weak])
    _run_all(engine, settings, _reviews_of_uploads(engine))
    return ids


def _attach(engine: Engine, world: World, user_id: uuid.UUID | None = None) -> list[uuid.UUID]:
    hooks = RecordingHooks()
    with session_scope(engine) as session:
        user = session.get(User, user_id or world.senior_id)
        job = session.get(Job, world.job_id)
        assert user is not None and job is not None
        service.attach_candidates(session, hooks, user, job, world.candidate_ids)
    return hooks.published


def test_an_evaluation_judges_each_requirement_with_evidence_on_the_resume(
    engine: Engine, settings: Settings, world: World
) -> None:
    published = _attach(engine, world)
    assert len(published) == 2
    _run_all(engine, settings, published)
    with session_scope(engine) as session:
        strong_eval = session.scalars(
            select(ReviewRequest)
            .join(JobApplication, JobApplication.evaluation_request_id == ReviewRequest.id)
            .where(JobApplication.candidate_id == world.candidate_ids[0])
        ).one()
        assert strong_eval.status == "completed"
        assert strong_eval.agent_types == ["requirements"]
        # The fit score is apart from the quality score, never averaged with it.
        assert strong_eval.overall_score is None and strong_eval.score_agents == []
        text = session.get(Resume, strong_eval.resume_id).extracted_text  # type: ignore[union-attr]
        verdicts = {
            v.requirement.text: v
            for v in session.scalars(
                select(RequirementVerdict).where(
                    RequirementVerdict.review_request_id == strong_eval.id
                )
            )
        }
        assert {text: v.verdict for text, v in verdicts.items()} == {
            "Strong proficiency in Python": "met",
            "5+ years of professional software engineering experience": "met",
            "BSc in Computer Science or a related field": "met",
            "Production experience with Kubernetes (k8s)": "missing",
        }
        for verdict in verdicts.values():
            if verdict.verdict in ("met", "partial"):
                assert verdict.evidence, verdict.requirement.text
            for span in verdict.evidence:
                assert text[span["start_offset"] : span["end_offset"]] == span["quoted_text"]
        assert "Python" in verdicts["Strong proficiency in Python"].evidence[0]["quoted_text"]
        # Met on all three must-haves: 3+3+2 of 3+3+2+2 weight.
        assert strong_eval.fit_score == round(100 * 8 / 10)
        # One finding per evidence quote, highlighted at the same offsets.
        findings = session.scalars(
            select(ReviewFeedbackItem)
            .join(ReviewResult)
            .where(ReviewResult.review_request_id == strong_eval.id)
            .where(ReviewFeedbackItem.category.like("requirement_%"))
        ).all()
        quoted = {(f.start_offset, f.end_offset) for f in findings if f.quoted_text}
        expected = {
            (span["start_offset"], span["end_offset"])
            for v in verdicts.values()
            for span in v.evidence
        }
        assert quoted == expected
        missing = [f for f in findings if f.category == "requirement_missing"]
        assert [f.severity for f in missing] == ["warning"]  # a nice-to-have

        weak_eval = session.scalars(
            select(ReviewRequest)
            .join(JobApplication, JobApplication.evaluation_request_id == ReviewRequest.id)
            .where(JobApplication.candidate_id == world.candidate_ids[1])
        ).one()
        assert weak_eval.fit_score is not None and weak_eval.fit_score <= 40  # must-have missing
        assert session.scalar(
            select(func.count()).select_from(ActivityLog).where(
                ActivityLog.action == "application.create"
            )
        ) == 2  # fmt: skip


def test_ordinary_reviews_leave_the_requirements_agent_and_job_match_out_of_the_score(
    engine: Engine, settings: Settings, world: World
) -> None:
    with session_scope(engine) as session:
        reviews = session.scalars(select(ReviewRequest).where(ReviewRequest.job_id.is_(None))).all()
        assert reviews and all("requirements" not in r.agent_types for r in reviews)
        resume = session.get(Resume, reviews[0].resume_id)
        user = session.get(User, world.senior_id)
        assert resume is not None and user is not None
        with pytest.raises(InvalidRequest):
            intake.create_review_request(
                session, resume=resume, requested_by=user, agent_types=["requirements"]
            )
        with_job_match = intake.create_review_request(
            session, resume=resume, requested_by=user, job_description="Python engineer, Berlin"
        )
        request_id = with_job_match.id
    chain.run_review(engine, settings, request_id)
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, request_id)
        assert request is not None and "job_match" in request.agent_types
        assert request.status == "completed"
        assert "job_match" not in (request.score_agents or [])
        scores = [
            r.score
            for r in session.scalars(
                select(ReviewResult).where(ReviewResult.review_request_id == request_id)
            )
            if r.agent_type != "job_match"
        ]
        assert request.overall_score == round(sum(scores) / len(scores))


def test_editing_one_requirement_asks_about_that_one_only(
    engine: Engine, settings: Settings, world: World
) -> None:
    _run_all(engine, settings, _attach(engine, world))
    hooks = RecordingHooks()
    with session_scope(engine) as session:
        job = session.get(Job, world.job_id)
        user = session.get(User, world.senior_id)
        assert job is not None and user is not None
        current = _as_inputs(job)
        current[3] = dataclasses.replace(current[3], text="Production experience with Docker")
        queued = service.update_job(session, hooks, user, job, requirements=current)
        assert len(queued) == 2 and all(r.mode == "changed" for r in queued)
    usage_before = _usage_rows(engine)
    _run_all(engine, settings, hooks.published)
    with session_scope(engine) as session:
        for request_id in hooks.published:
            rows = session.scalars(
                select(RequirementVerdict).where(RequirementVerdict.review_request_id == request_id)
            ).all()
            assert len(rows) == 4
            asked = [r for r in rows if r.carried_from_request_id is None]
            assert [r.requirement.text for r in asked] == ["Production experience with Docker"]
        strong = session.scalars(
            select(RequirementVerdict)
            .where(RequirementVerdict.review_request_id == hooks.published[0])
            .where(RequirementVerdict.carried_from_request_id.is_(None))
        ).one()
        assert strong.verdict == "met" and strong.evidence[0]["quoted_text"] == "Docker"
    # One offline call per candidate, for the one requirement.
    assert _usage_rows(engine) - usage_before == 2

    # A weight change asks nothing: every verdict is carried, the fit score moves.
    hooks = RecordingHooks()
    with session_scope(engine) as session:
        job = session.get(Job, world.job_id)
        user = session.get(User, world.senior_id)
        assert job is not None and user is not None
        current = _as_inputs(job)
        current[3] = dataclasses.replace(current[3], weight=1)
        service.update_job(session, hooks, user, job, requirements=current)
    usage_before = _usage_rows(engine)
    _run_all(engine, settings, hooks.published)
    assert _usage_rows(engine) == usage_before
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, hooks.published[0])
        assert request is not None and request.status == "completed"
        assert request.fit_score == 100  # 3+3+2+1 of 9: all met
        outcome = session.scalars(
            select(ReviewAgentOutcome).where(ReviewAgentOutcome.review_request_id == request.id)
        ).one()
        assert outcome.outcome == "carried"


def _as_inputs(job: Job) -> list[RequirementInput]:
    """The job's requirements as an edit would send them back (ids kept)."""
    return [
        RequirementInput(r.text, r.kind, r.weight, r.category, id=r.id) for r in job.requirements
    ]


def _usage_rows(engine: Engine) -> int:
    with session_scope(engine) as session:
        return int(session.scalar(select(func.count()).select_from(PromptUsageHistory)) or 0)


def test_attaching_is_all_or_nothing_and_idempotent(engine: Engine, world: World) -> None:
    hooks = RecordingHooks()
    with session_scope(engine) as session:
        senior = session.get(User, world.senior_id)
        junior = session.get(User, world.junior_id)
        job = session.get(Job, world.job_id)
        assert senior is not None and junior is not None and job is not None
        with pytest.raises(InvalidRequest) as unknown:
            service.attach_candidates(
                session, hooks, senior, job, [world.candidate_ids[0], uuid.uuid4()]
            )
        assert unknown.value.details["field"] == "candidate_ids"
        with pytest.raises(InvalidRequest):
            service.attach_candidates(session, hooks, senior, job, [uuid.uuid4()] * 0)
        too_many = [uuid.uuid4() for _ in range(101)]
        with pytest.raises(InvalidRequest):
            service.attach_candidates(session, hooks, senior, job, too_many)
        # A candidate the junior cannot see is unknown to them.
        with pytest.raises(InvalidRequest):
            service.attach_candidates(session, hooks, junior, job, [world.candidate_ids[0]])
        assert session.scalar(select(func.count()).select_from(JobApplication)) == 0
        first = service.attach_candidates(session, hooks, senior, job, world.candidate_ids)
        again = service.attach_candidates(session, hooks, senior, job, world.candidate_ids)
        assert [a.id for a in first] == [a.id for a in again]
        assert len(hooks.published) == 2  # evaluated once


def test_the_ranking_puts_every_must_have_met_first_and_a_junior_sees_assigned_rows(
    engine: Engine, settings: Settings, world: World
) -> None:
    _run_all(engine, settings, _attach(engine, world))
    with session_scope(engine) as session:
        senior = session.get(User, world.senior_id)
        junior = session.get(User, world.junior_id)
        job = session.get(Job, world.job_id)
        assert senior is not None and junior is not None and job is not None
        page = service.ranking(session, senior, job)
        assert [r.candidate.id for r in page.items] == world.candidate_ids
        assert [r.meets_every_must for r in page.items] == [True, False]
        assert page.total == 2
        only_musts = service.ranking(session, senior, job, must_met_only=True)
        assert [r.candidate.id for r in only_musts.items] == world.candidate_ids[:1]
        mine = service.ranking(session, junior, job)
        assert [r.candidate.id for r in mine.items] == world.candidate_ids[1:]
        assert mine.total == 1
        application = service.visible_application(session, junior, job.id, world.candidate_ids[1])
        assert application is not None
        service.set_stage(session, junior, application, "rejected")
        assert service.visible_application(session, junior, job.id, world.candidate_ids[0]) is None
        with pytest.raises(InvalidRequest):
            service.set_stage(session, junior, application, "promoted")
        assert len(service.ranking(session, senior, job, stage="rejected").items) == 1


def test_drafting_from_a_posting_when_no_requirements_are_given(engine: Engine) -> None:
    posting = (
        "We build payment software.\n\nRequirements:\n- 3+ years of experience with Python\n"
        "- Fluent English\n\nNice to have:\n- Experience with Kafka\n"
    )
    with session_scope(engine) as session:
        senior = make_user(session, "senior_recruiter")
        job = service.create_job(
            session, senior, title="Engineer", description=posting, requirements=None
        )
        drafted = [(r.text, r.kind) for r in job.requirements]
        assert ("Experience with Kafka", "nice") in drafted
        assert any(kind == "must" and "Python" in text for text, kind in drafted)


def _llm_settings(settings: Settings, server: ScriptedLLMServer, samples: int) -> Settings:
    return dataclasses.replace(
        settings,
        openai_base_url=server.base_url,
        openai_api_key="test-key",
        eval_samples=samples,
        llm_retry_wait_scale=0.01,
    )


def _verdicts(*verdicts: tuple[str, str, list[str]]) -> dict[str, object]:
    return {
        "verdicts": [
            {"requirement": label, "verdict": verdict, "reason": "Scripted.", "evidence": quotes}
            for label, verdict, quotes in verdicts
        ]
    }


def test_with_a_model_each_candidate_is_judged_k_times_and_settled_by_majority(
    engine: Engine, settings: Settings, world: World
) -> None:
    published = _attach(engine, world)
    strong_request = published[0]
    with ScriptedLLMServer() as server:
        server.script(
            Step.fixed(_verdicts(("R1", "met", ["Python"]), ("R2", "met", ["Acme Corp"]),
                                 ("R3", "met", ["invented quote"]), ("R4", "missing", []))),
            Step.fixed(_verdicts(("R1", "met", ["Python"]), ("R2", "partial", ["Acme Corp"]),
                                 ("R3", "missing", []), ("R4", "missing", []))),
            Step.fixed(_verdicts(("R1", "met", ["Python"]), ("R2", "met", ["Acme Corp"]),
                                 ("R3", "unclear", []))),
        )  # fmt: skip
        chain.run_review(engine, _llm_settings(settings, server, 3), strong_request)
        assert server.chat_completions == 3
        request_bodies = [r.body for r in server.requests]
    assert all(
        body["response_format"]["json_schema"]["name"] == "requirement_verdicts"
        for body in request_bodies
    )
    assert (
        "R4 [nice-to-have, skill] Production experience with Kubernetes (k8s)"
        in (request_bodies[0]["messages"][1]["content"])
    )
    with session_scope(engine) as session:
        rows = {
            v.requirement.text: v
            for v in session.scalars(
                select(RequirementVerdict).where(
                    RequirementVerdict.review_request_id == strong_request
                )
            )
        }
        python = rows["Strong proficiency in Python"]
        assert (python.verdict, python.uncertain, python.votes) == ("met", False, {"met": 3})
        years = rows["5+ years of professional software engineering experience"]
        assert (years.verdict, years.uncertain) == ("met", True)
        assert years.votes == {"met": 2, "partial": 1}
        # A three-way split is a tie: unclear, uncertain.
        degree = rows["BSc in Computer Science or a related field"]
        assert (degree.verdict, degree.uncertain) == ("unclear", True)
        # One sample left R4 out: the two that judged it agree.
        assert rows["Production experience with Kubernetes (k8s)"].verdict == "missing"
        usage = session.scalars(
            select(PromptUsageHistory).where(PromptUsageHistory.review_request_id == strong_request)
        ).all()
        assert len(usage) == 3 and all(u.agent_type == "requirements" for u in usage)


def test_a_met_verdict_whose_quote_is_not_in_the_resume_is_unclear(
    engine: Engine, settings: Settings, world: World
) -> None:
    published = _attach(engine, world)
    with ScriptedLLMServer() as server:
        server.script(
            Step.fixed(_verdicts(("R1", "met", ["Led a team of 400 astronauts"]),
                                 ("R2", "met", []), ("R3", "met", ["BSc Computer Science"]),
                                 ("R4", "missing", [])))
        )  # fmt: skip
        chain.run_review(engine, _llm_settings(settings, server, 1), published[0])
    with session_scope(engine) as session:
        rows = {
            v.requirement.text: v
            for v in session.scalars(
                select(RequirementVerdict).where(
                    RequirementVerdict.review_request_id == published[0]
                )
            )
        }
        assert rows["Strong proficiency in Python"].verdict == "unclear"
        assert rows["Strong proficiency in Python"].evidence == []
        assert rows["5+ years of professional software engineering experience"].verdict == "unclear"
        degree = rows["BSc in Computer Science or a related field"]
        assert degree.verdict == "met" and degree.votes is None
        assert degree.evidence[0]["quoted_text"] == "BSc Computer Science"


def test_a_requirement_about_a_protected_characteristic_is_never_judged(
    engine: Engine, settings: Settings, world: World
) -> None:
    hooks = RecordingHooks()
    with session_scope(engine) as session:
        job = session.get(Job, world.job_id)
        user = session.get(User, world.senior_id)
        assert job is not None and user is not None
        wanted = _as_inputs(job)
        wanted.append(RequirementInput("Under 35 years of age", "must", 3, "other"))
        service.update_job(session, hooks, user, job, requirements=wanted)
        service.attach_candidates(session, hooks, user, job, world.candidate_ids[:1])
    with ScriptedLLMServer() as server:
        chain.run_review(engine, _llm_settings(settings, server, 1), hooks.published[0])
        prompt = server.requests[0].body["messages"][1]["content"]
    assert "Under 35" not in prompt and "R4 [nice-to-have" in prompt
    with session_scope(engine) as session:
        verdict = session.scalars(
            select(RequirementVerdict)
            .join(RequirementVerdict.requirement)
            .where(RequirementVerdict.review_request_id == hooks.published[0])
            .where(JobRequirement.text == "Under 35 years of age")
        ).one()
        assert verdict.verdict == "unclear" and verdict.reason == PROTECTED_REASON
        request = session.get(ReviewRequest, hooks.published[0])
        # Unclear is left out of the fit score: the missing must-have cap does not apply.
        assert request is not None and request.fit_score is not None
