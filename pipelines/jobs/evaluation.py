"""A job's evaluation: the ``requirements`` agent of a review request that carries a job.

The chain runs it like any agent (same spool, usage rows, recovery); this module holds what
is particular to it:

- **what is asked** (:func:`plan`): the job's requirements, minus those already judged for
  this request and those about a protected characteristic (``unclear``, never asked); in
  ``changed`` mode a verdict of the latest evaluation of the same resume
  for the same job is carried when its requirement's revision and the prompt version are
  unchanged, so editing one requirement asks about that one only;
- **who judges** (:func:`judge_offline`, :func:`judge_with_llm`): the offline matcher
  (:mod:`pipelines.jobs.matcher`), or the model asked ``EVAL_SAMPLES`` times and settled by
  majority (:func:`settle`: a split is ``uncertain`` with its votes, a tie is ``unclear``);
- **what is stored** (:func:`record_verdicts`, :func:`evaluation_outcome`): one row per
  requirement in ``requirement_verdicts`` with its evidence grounded on the resume's text
  (``met``/``partial`` without a quote found there become ``unclear``), one finding per
  verdict so the review page highlights the evidence, and the fit score
  (:func:`pipelines.jobs.fit_score`), never averaged with the quality score.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.config import Settings
from core.enums import AgentType, RequirementKind, ReviewStatus, Severity, Verdict
from database.models import JobRequirement, RequirementVerdict, ReviewRequest
from pipelines.jobs import PROTECTED_REASON, asks_protected_characteristic, fit_score
from pipelines.jobs.matcher import judge, resume_from_sections
from pipelines.review.grounding import GroundedFeedback, ground_feedback, section_index_at
from pipelines.review.llm import AgentRunError, CallRecord, CallStarted, run_llm_agent
from pipelines.review.offline import offline_call_record
from pipelines.review.prompts import PromptSpec
from pipelines.review.schemas import (
    AgentReview,
    EvidenceSpan,
    FeedbackDraft,
    JudgedRequirement,
    RequirementAnswer,
)

log = logging.getLogger(__name__)

REQUIREMENTS_AGENT = AgentType.REQUIREMENTS.value
MAX_SAMPLES = 9
NEEDS_EVIDENCE = (Verdict.MET, Verdict.PARTIAL)
VERDICT_WORDS = {
    Verdict.MET: "Met",
    Verdict.PARTIAL: "Partly met",
    Verdict.MISSING: "Missing",
    Verdict.UNCLEAR: "Unclear",
}


Sample = tuple[RequirementAnswer | None, list[CallRecord], AgentRunError | None]


@dataclass(frozen=True)
class RequirementToJudge:
    requirement_id: uuid.UUID
    revision: int
    label: str  # R1, R2, … as the model sees it
    text: str
    kind: str
    weight: int
    category: str


def requirements_block(requirements: Sequence[RequirementToJudge]) -> str:
    """The ``{requirements}`` placeholder: one line per requirement."""
    return "\n".join(
        f"{r.label} [{'must-have' if r.kind == RequirementKind.MUST else 'nice-to-have'}, "
        f"{r.category}] {r.text}"
        for r in requirements
    )


# --- what is asked ---------------------------------------------------------------------


def job_requirements(session: Session, job_id: uuid.UUID) -> list[JobRequirement]:
    return list(
        session.scalars(
            select(JobRequirement)
            .where(JobRequirement.job_id == job_id)
            .order_by(JobRequirement.position, JobRequirement.created_at)
        )
    )


def _latest_earlier_evaluation(session: Session, request: ReviewRequest) -> uuid.UUID | None:
    return session.scalar(
        select(ReviewRequest.id)
        .where(
            ReviewRequest.resume_id == request.resume_id,
            ReviewRequest.job_id == request.job_id,
            ReviewRequest.id != request.id,
            ReviewRequest.status == ReviewStatus.COMPLETED,
        )
        .order_by(ReviewRequest.completed_at.desc())
        .limit(1)
    )


@dataclass(frozen=True)
class Plan:
    to_judge: list[RequirementToJudge]
    carried: int  # verdicts carried from ``carried_from`` by this call
    carried_from: uuid.UUID | None


def plan(
    session: Session, request: ReviewRequest, prompt_id: uuid.UUID | None, *, carry: bool
) -> Plan:
    """The requirements still to judge for ``request``; with ``carry``, unchanged verdicts
    of the latest earlier evaluation are copied into it first (idempotent: a requirement
    that already has a verdict on this request is never asked or carried again)."""
    assert request.job_id is not None
    requirements = job_requirements(session, request.job_id)
    done = set(
        session.scalars(
            select(RequirementVerdict.requirement_id).where(
                RequirementVerdict.review_request_id == request.id
            )
        )
    )
    carried = 0
    earlier = _latest_earlier_evaluation(session, request) if carry and prompt_id else None
    if earlier is not None:
        by_requirement = {
            row.requirement_id: row
            for row in session.scalars(
                select(RequirementVerdict).where(RequirementVerdict.review_request_id == earlier)
            )
        }
        for requirement in requirements:
            source = by_requirement.get(requirement.id)
            if (
                requirement.id in done
                or source is None
                or source.requirement_revision != requirement.revision
                or source.prompt_id != prompt_id
            ):
                continue
            session.add(
                RequirementVerdict(
                    review_request_id=request.id,
                    requirement_id=requirement.id,
                    requirement_revision=requirement.revision,
                    verdict=source.verdict,
                    uncertain=source.uncertain,
                    votes=source.votes,
                    reason=source.reason,
                    evidence=source.evidence,
                    prompt_id=source.prompt_id,
                    carried_from_request_id=source.carried_from_request_id or earlier,
                )
            )
            done.add(requirement.id)
            carried += 1
        session.flush()
    for requirement in requirements:
        if requirement.id not in done and asks_protected_characteristic(requirement.text):
            session.add(
                RequirementVerdict(
                    review_request_id=request.id,
                    requirement_id=requirement.id,
                    requirement_revision=requirement.revision,
                    verdict=Verdict.UNCLEAR.value,
                    reason=PROTECTED_REASON,
                    evidence=[],
                    prompt_id=prompt_id,
                )
            )
            done.add(requirement.id)
    session.flush()
    to_judge = [
        RequirementToJudge(
            requirement_id=r.id,
            revision=r.revision,
            label=f"R{index}",
            text=r.text,
            kind=r.kind,
            weight=r.weight,
            category=r.category,
        )
        for index, r in enumerate(requirements, start=1)
        if r.id not in done
    ]
    return Plan(to_judge, carried, earlier if carried else None)


# --- who judges ------------------------------------------------------------------------


def _unjudged(review_verdicts: list[JudgedRequirement]) -> AgentReview:
    # Score and summary are the stored result's, computed over every verdict of the request
    # (carried ones too) once these are recorded.
    return AgentReview(score=0, summary="", feedback=[], requirement_verdicts=review_verdicts)


def judge_offline(
    requirements: Sequence[RequirementToJudge], text: str, sections: Sequence[Any]
) -> tuple[AgentReview, list[CallRecord]]:
    """The offline matcher's verdicts, its evidence as exact spans of ``text``."""
    started = time.perf_counter()
    resume = resume_from_sections(text, sections)
    verdicts = []
    for requirement in requirements:
        found = judge(requirement.text, requirement.category, resume)
        verdicts.append(
            JudgedRequirement(
                requirement_id=requirement.requirement_id,
                revision=requirement.revision,
                verdict=found.verdict,
                reason=found.reason,
                evidence=[
                    EvidenceSpan(quoted_text=text[start:end], start_offset=start, end_offset=end)
                    for start, end in found.evidence[:3]
                ],
            )
        )
    elapsed_ms = int((time.perf_counter() - started) * 1000)
    return _unjudged(verdicts), [offline_call_record(REQUIREMENTS_AGENT, latency_ms=elapsed_ms)]


def judge_with_llm(
    spec: PromptSpec,
    requirements: Sequence[RequirementToJudge],
    *,
    text: str,
    sections: Sequence[Any],
    layout: Any,
    settings: Settings,
    still_wanted: Callable[[], bool] | None = None,
    on_call_start: CallStarted | None = None,
) -> tuple[AgentReview, list[CallRecord]]:
    """``EVAL_SAMPLES`` calls (at once), settled by majority. Samples that gave up are
    left out; when every sample gave up, :class:`AgentRunError` carries all their calls."""
    samples = max(1, min(settings.eval_samples, MAX_SAMPLES))
    block = requirements_block(requirements)

    def one_sample(_: int) -> Sample:
        try:
            answer, calls = run_llm_agent(
                spec,
                text=text,
                sections=sections,
                job_description=None,
                settings=settings,
                layout=layout,
                wait_scale=settings.llm_retry_wait_scale,
                still_wanted=still_wanted,
                requirements=block,
                answer_model=RequirementAnswer,
                on_call_start=on_call_start,
            )
            return answer, calls, None
        except AgentRunError as error:
            return None, error.calls, error

    with ThreadPoolExecutor(max_workers=samples) as pool:
        outcomes = list(pool.map(one_sample, range(samples)))
    calls = [call for _, sample_calls, _ in outcomes for call in sample_calls]
    answers = [answer for answer, _, _ in outcomes if answer is not None]
    if not answers:
        first = next(error for _, _, error in outcomes if error is not None)
        raise AgentRunError(first.reason, calls, retryable=first.retryable, stopped=first.stopped)
    return _unjudged(settle(requirements, answers)), calls


def settle(
    requirements: Sequence[RequirementToJudge], answers: Sequence[RequirementAnswer]
) -> list[JudgedRequirement]:
    """One verdict per requirement from one or more samples: the majority; ``uncertain``
    when the samples disagreed (their votes kept), ``unclear`` on a tie or when no sample
    judged it."""
    settled = []
    for requirement in requirements:
        drafts = []
        for answer in answers:
            for draft in answer.verdicts:
                if draft.requirement.strip().upper() == requirement.label:
                    drafts.append(draft)
                    break
        base = {"requirement_id": requirement.requirement_id, "revision": requirement.revision}
        if not drafts:
            settled.append(
                JudgedRequirement(
                    **base, verdict=Verdict.UNCLEAR, reason="The model gave no verdict on it."
                )
            )
            continue
        votes = Counter(draft.verdict for draft in drafts)
        ranked = votes.most_common()
        leaders = [verdict for verdict, count in ranked if count == ranked[0][1]]
        recorded_votes = dict(votes) if len(answers) > 1 else None
        if len(leaders) > 1:
            split = ", ".join(f"{count} {verdict}" for verdict, count in ranked)
            settled.append(
                JudgedRequirement(
                    **base,
                    verdict=Verdict.UNCLEAR,
                    reason=f"The samples were split ({split}).",
                    uncertain=True,
                    votes=recorded_votes,
                )
            )
            continue
        chosen = next(draft for draft in drafts if draft.verdict == leaders[0])
        settled.append(
            JudgedRequirement(
                **base,
                verdict=chosen.verdict,
                reason=chosen.reason,
                evidence=[EvidenceSpan(quoted_text=quote) for quote in chosen.evidence],
                uncertain=len(votes) > 1,
                votes=recorded_votes,
            )
        )
    return settled


# --- what is stored --------------------------------------------------------------------


def _span(quote: str | None, start: int | None, end: int | None) -> dict[str, Any]:
    return {"quoted_text": quote, "start_offset": start, "end_offset": end}


def _grounded_evidence(spans: Sequence[EvidenceSpan], text: str) -> list[dict[str, Any]]:
    """Each quote as an exact span of ``text``: where the judge placed it when the text
    there is the quote, else found like a finding's quote; a quote not in the text is
    dropped."""
    drafts = [
        FeedbackDraft(
            category="evidence",
            severity="info",
            message="evidence",
            suggestion=None,
            quoted_text=span.quoted_text,
            start_offset=span.start_offset,
            end_offset=span.end_offset,
        )
        for span in spans
    ]
    return [
        _span(found.quoted_text, found.start_offset, found.end_offset)
        for found in ground_feedback(drafts, text, [])
        if found.start_offset is not None and found.end_offset is not None
    ]


def record_verdicts(
    session: Session,
    request: ReviewRequest,
    verdicts: Sequence[JudgedRequirement],
    text: str,
    prompt_id: uuid.UUID | None,
) -> None:
    """One row per judged requirement; ``met``/``partial`` without evidence found in the
    text are stored as ``unclear``. A requirement deleted meanwhile is skipped; one that
    already has a verdict on this request keeps it."""
    present = {
        row.id: row
        for row in session.scalars(
            select(JobRequirement).where(JobRequirement.job_id == request.job_id)
        )
    }
    done = set(
        session.scalars(
            select(RequirementVerdict.requirement_id).where(
                RequirementVerdict.review_request_id == request.id
            )
        )
    )
    for judged in verdicts:
        if judged.requirement_id not in present or judged.requirement_id in done:
            continue
        evidence = _grounded_evidence(judged.evidence, text)
        verdict, reason = judged.verdict, judged.reason
        if verdict in NEEDS_EVIDENCE and not evidence:
            verdict = Verdict.UNCLEAR.value
            reason = f"{reason} (judged {judged.verdict}, but no quote of it is in the resume)"
        if verdict not in NEEDS_EVIDENCE:
            evidence = []
        session.add(
            RequirementVerdict(
                review_request_id=request.id,
                requirement_id=judged.requirement_id,
                requirement_revision=judged.revision,
                verdict=verdict,
                uncertain=judged.uncertain,
                votes=judged.votes,
                reason=reason[:2000],
                evidence=evidence,
                prompt_id=prompt_id,
            )
        )
        done.add(judged.requirement_id)
    session.flush()


def request_verdicts(
    session: Session, request_id: uuid.UUID
) -> list[tuple[JobRequirement, RequirementVerdict]]:
    """The request's verdicts with their requirements, in the job's order."""
    rows = session.execute(
        select(JobRequirement, RequirementVerdict)
        .join(RequirementVerdict, RequirementVerdict.requirement_id == JobRequirement.id)
        .where(RequirementVerdict.review_request_id == request_id)
        .order_by(JobRequirement.position, JobRequirement.created_at)
    ).all()
    return [(requirement, verdict) for requirement, verdict in rows]


def fit_of(pairs: Sequence[tuple[JobRequirement, RequirementVerdict]]) -> int | None:
    return fit_score((v.verdict, r.kind, r.weight) for r, v in pairs)


@dataclass(frozen=True)
class EvaluationOutcome:
    fit_score: int | None
    summary: str
    findings: list[GroundedFeedback]
    details: dict[str, Any]


def evaluation_outcome(
    session: Session, request: ReviewRequest, sections: Sequence[Any]
) -> EvaluationOutcome:
    """The stored result of the requirements agent: the fit score over every verdict of the
    request, a one-line summary, and one finding per verdict (its evidence highlighted)."""
    pairs = request_verdicts(session, request.id)
    counts = Counter(v.verdict for _, v in pairs)
    missing_musts = [
        r.text for r, v in pairs if r.kind == RequirementKind.MUST and v.verdict == Verdict.MISSING
    ]
    parts = [f"Meets {counts[Verdict.MET]} of {len(pairs)} requirements"]
    parts += [
        f"{counts[label]} {label}"
        for label in (Verdict.PARTIAL, Verdict.MISSING, Verdict.UNCLEAR)
        if counts[label]
    ]
    summary = "; ".join(parts) + "."
    if missing_musts:
        summary += f" Missing must-have: {'; '.join(missing_musts[:3])}."
    findings: list[GroundedFeedback] = []
    for requirement, verdict in pairs:
        findings.extend(_verdict_findings(requirement, verdict, sections))
    details = {
        "requirements": [
            {
                "requirement_id": str(r.id),
                "text": r.text,
                "kind": r.kind,
                "weight": r.weight,
                "verdict": v.verdict,
                "uncertain": v.uncertain,
                "votes": v.votes,
            }
            for r, v in pairs
        ]
    }
    return EvaluationOutcome(fit_of(pairs), summary, findings, details)


def _severity(requirement: JobRequirement, verdict: str) -> str:
    if verdict == Verdict.MISSING:
        return Severity.CRITICAL if requirement.kind == RequirementKind.MUST else Severity.WARNING
    if verdict == Verdict.PARTIAL:
        return Severity.SUGGESTION
    return Severity.INFO


def _verdict_findings(
    requirement: JobRequirement, verdict: RequirementVerdict, sections: Sequence[Any]
) -> list[GroundedFeedback]:
    kind = "must-have" if requirement.kind == RequirementKind.MUST else "nice-to-have"
    uncertain = " (uncertain: the samples disagreed)" if verdict.uncertain else ""
    message = (
        f"{VERDICT_WORDS[Verdict(verdict.verdict)]}{uncertain} ({kind}): {requirement.text}"
        f" — {verdict.reason}"
    )
    base = {
        "category": f"requirement_{verdict.verdict}",
        "severity": _severity(requirement, verdict.verdict),
        "message": message,
        "suggestion": None,
    }
    spans = verdict.evidence or []
    if not spans:
        return [
            GroundedFeedback(
                **base,
                quoted_text=None,
                start_offset=None,
                end_offset=None,
                section_index=None,
                grounded=True,
                match_kind="no_quote",
            )
        ]
    return [
        GroundedFeedback(
            **base,
            quoted_text=span["quoted_text"],
            start_offset=span["start_offset"],
            end_offset=span["end_offset"],
            section_index=section_index_at(sections, span["start_offset"]),
            grounded=True,
            match_kind="exact",
        )
        for span in spans
    ]
