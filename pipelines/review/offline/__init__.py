"""Deterministic built-in reviewer: used when no LLM is configured (and as a fallback).

No network, no randomness: the same input always gives the same AgentReview. Every finding
that points at something in the resume carries `quoted_text` copied exactly from `text`
(a slice of it), so grounding always succeeds for offline findings.

Scoring (structure, content, ats, language):
    score = clamp(100 - sum over categories of min(CATEGORY_CAP, sum of item penalties))
    penalties: critical 25, warning 10, suggestion 4, info 0; CATEGORY_CAP = 30
    (the cap stops one repeated issue, e.g. 12 bullets without numbers, from zeroing a
    score on its own). Prompt-injection findings are never scored, and the analysis runs on
    `mask_prompt_injections(text)`, so injected text cannot change any score.
Scoring (job_match):
    score = round(100 * matched_weight / total_weight) over up to 30 keywords taken from the
    job description (weight = occurrences in the JD, capped at 3); keywords are matched on
    light stems ("managed" ~ "manage"), case-insensitively.

Modules: ``text`` (the resume as lines and sections), ``findings`` (collection and score),
``words`` (word lists, verb tense), ``keywords`` (job-description terms), ``checks``
(shared by structure and ats) and one module per agent.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from core.enums import AgentType, Severity, UsageStatus
from pipelines.review.injection import detect_prompt_injection
from pipelines.review.llm import CallRecord
from pipelines.review.offline.ats import review_ats
from pipelines.review.offline.content import review_content
from pipelines.review.offline.findings import (
    SEVERITY_RANK,
    UNSCORED_CATEGORIES,
    Findings,
    score_items,
)
from pipelines.review.offline.job_match import review_job_match
from pipelines.review.offline.language import review_language
from pipelines.review.offline.structure import review_structure
from pipelines.review.offline.substance import substance_ceiling
from pipelines.review.offline.text import Doc, build_doc, guess_sections
from pipelines.review.pricing import OFFLINE_MODEL
from pipelines.review.schemas import MAX_FEEDBACK_ITEMS, AgentReview, FeedbackDraft

__all__ = ["guess_sections", "offline_call_record", "offline_review", "run_offline_agent"]

# Agent type -> (the agent, the label its summary starts with).
_AGENTS: dict[AgentType, tuple[Callable[[Doc], Findings], str]] = {
    AgentType.STRUCTURE: (review_structure, "Structure and completeness"),
    AgentType.CONTENT: (review_content, "Content and impact"),
    AgentType.ATS: (review_ats, "ATS compatibility"),
    AgentType.LANGUAGE: (review_language, "Language and style"),
    AgentType.JOB_MATCH: (review_job_match, "Match with the job description"),
}
_SUMMARY_SEVERITIES = (Severity.CRITICAL, Severity.WARNING, Severity.SUGGESTION)


def offline_review(
    agent_type: str,
    *,
    text: str,
    sections: Sequence[Any] | None,
    layout: Any,
    job_description: str | None,
    include_injection_findings: bool = False,
) -> AgentReview:
    """Review `text` for one agent type with deterministic rules (see module docstring).

    `sections` may be empty/None (they are then detected in `text`). job_match requires a
    job description (ValueError otherwise: the pipeline only runs it when one is given).
    Injection findings are NOT included by default (the pipeline adds them once, via
    injection.detect_prompt_injection); pass include_injection_findings=True to get them.
    Either way the score ignores injected text.
    """
    if agent_type not in _AGENTS:
        raise ValueError(f"unknown agent type {agent_type!r}")
    agent, label = _AGENTS[AgentType(agent_type)]
    doc = build_doc(text, sections, layout, job_description)
    found = agent(doc)
    items = sorted(found.items, key=lambda i: SEVERITY_RANK[Severity(i.severity)])  # stable
    score = found.score if found.score is not None else score_items(items)
    ceiling = substance_ceiling(doc) if agent_type != AgentType.JOB_MATCH else None
    summary = _summary(label, min(score, ceiling.score) if ceiling else score, items,
                       sum(found.overflow.values()))  # fmt: skip
    if ceiling is not None and score > ceiling.score:
        score = ceiling.score
        summary += f" Capped at {ceiling.score}: {ceiling.reason}"
    if include_injection_findings:
        # Quoted from the ORIGINAL text; unscored by construction (see UNSCORED_CATEGORIES).
        items = detect_prompt_injection(text) + items
    return AgentReview(score=score, summary=summary, feedback=items[:MAX_FEEDBACK_ITEMS])


def _summary(label: str, score: int, items: list[FeedbackDraft], overflow: int) -> str:
    scored = [item for item in items if item.category not in UNSCORED_CATEGORIES]
    counts = Counter(Severity(item.severity) for item in scored)
    parts = [f"{counts[s]} {s}" for s in _SUMMARY_SEVERITIES if counts[s]]
    head = f"{label}: {score}/100 (offline rule-based review)."
    if not parts:
        return head + " No significant issues found by the automated checks."
    ranked = sorted(scored, key=lambda i: SEVERITY_RANK[Severity(i.severity)])
    more = f" ({overflow} similar findings omitted)" if overflow else ""
    return f"{head} Findings: {', '.join(parts)}{more}. Most important: {ranked[0].message}"


def offline_call_record(agent_type: str, latency_ms: int = 0) -> CallRecord:
    return CallRecord(
        agent_type=agent_type,
        model=OFFLINE_MODEL,
        prompt_tokens=0,
        completion_tokens=0,
        total_tokens=0,
        latency_ms=latency_ms,
        cost_usd=Decimal("0.000000"),
        status=UsageStatus.SUCCESS,
        error_message=None,
    )


def run_offline_agent(
    agent_type: str,
    *,
    text: str,
    sections: Sequence[Any] | None,
    layout: Any,
    job_description: str | None,
) -> tuple[AgentReview, list[CallRecord]]:
    """Same shape as run_llm_agent: the review plus one CallRecord (latency measured)."""
    started = time.perf_counter()
    review = offline_review(
        agent_type, text=text, sections=sections, layout=layout, job_description=job_description
    )
    return review, [offline_call_record(agent_type, int((time.perf_counter() - started) * 1000))]
