"""Who answers an agent: the LLM or the built-in offline reviewer, behind one interface.

The choice is made once, from the settings (:func:`reviewer_for`); the review stage calls
``reviewer.review(call, still_wanted)`` and never asks which one it has. ``still_wanted``
(:func:`request_still_open`) is asked before each paid retry: once the request is failed or
cancelled, its other agents stop instead of paying for answers nobody will read.
"""

from __future__ import annotations

import logging
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Engine, select
from sqlalchemy.exc import DBAPIError

from core.config import Settings
from core.enums import OPEN_REVIEW_STATUSES, AgentType
from core.once import built_once
from database.models import ReviewRequest
from pipelines.extraction import LayoutFacts
from pipelines.jobs.evaluation import judge_offline, judge_with_llm
from pipelines.review.llm import AgentRunError, CallRecord, CallStarted, run_llm_agent
from pipelines.review.offline import offline_call_record, offline_review
from pipelines.review.pricing import OFFLINE_MODEL
from pipelines.review.prompts import PromptSpec
from pipelines.review.schemas import AgentReview

log = logging.getLogger(__name__)
StillWanted = Callable[[], bool]


@dataclass
class AgentCall:
    """What an agent run needs, read in one short transaction before the (slow) call."""

    request_id: uuid.UUID
    agent_type: str
    prompt_id: uuid.UUID | None
    spec: PromptSpec | None
    text: str
    sections: list[Any]
    layout: LayoutFacts
    job_description: str | None
    report_alerts: bool  # this agent carries the review-wide alerts (injection, hidden text)
    # The requirements agent's questions (pipelines.jobs.evaluation.RequirementToJudge).
    requirements: list[Any] = field(default_factory=list)
    # The known-answer check found the resume steers the model: its answers are excluded.
    steered: bool = False
    # The output check's offline scores, stored by the split step (None: none stored).
    reference_scores: dict[str, int | None] | None = None
    # What extraction found hidden in the file (resume_layouts.hidden_text), for the alerts.
    hidden_text: list[dict[str, Any]] = field(default_factory=list)


def request_still_open(engine: Engine, request_id: uuid.UUID) -> StillWanted:
    """A check for ``still_wanted``: is the request still open (not failed, cancelled,
    completed or deleted)? One short query per call; when the database cannot be reached
    the answer is yes (keep going: the store step will find out)."""

    def check() -> bool:
        try:
            with engine.connect() as connection:
                status = connection.scalar(
                    select(ReviewRequest.status).where(ReviewRequest.id == request_id)
                )
        except DBAPIError as error:
            log.info("request %s: status unknown (%s); going on", request_id, type(error).__name__)
            return True
        return status in OPEN_REVIEW_STATUSES

    return check


class Reviewer(Protocol):
    def review(
        self,
        call: AgentCall,
        still_wanted: StillWanted | None = None,
        on_call_start: CallStarted | None = None,
    ) -> tuple[AgentReview, list[CallRecord]]:
        """The agent's review and one record per paid attempt; raises :class:`AgentRunError`
        (carrying its records) when no valid review was obtained, or (``stopped``) when
        ``still_wanted`` said no before a retry. ``on_call_start`` is told of each paid
        attempt before it is sent."""


class LlmReviewer:
    """Any OpenAI-compatible server, through the openai SDK (retries in ``llm``)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def review(
        self,
        call: AgentCall,
        still_wanted: StillWanted | None = None,
        on_call_start: CallStarted | None = None,
    ) -> tuple[AgentReview, list[CallRecord]]:
        if call.spec is None:
            raise AgentRunError(
                f"no active prompt for agent type {call.agent_type}", [], retryable=False
            )
        if call.agent_type == AgentType.REQUIREMENTS:
            return judge_with_llm(
                call.spec,
                call.requirements,
                text=call.text,
                sections=call.sections,
                layout=call.layout,
                settings=self.settings,
                still_wanted=still_wanted,
                on_call_start=on_call_start,
            )
        return run_llm_agent(
            call.spec,
            text=call.text,
            sections=call.sections,
            job_description=call.job_description,
            settings=self.settings,
            layout=call.layout,
            wait_scale=self.settings.llm_retry_wait_scale,
            still_wanted=still_wanted,
            on_call_start=on_call_start,
        )


class OfflineReviewer:
    """The rule-based reviewer: no server, no key, no cost (one attempt, never retried)."""

    def review(
        self,
        call: AgentCall,
        still_wanted: StillWanted | None = None,
        on_call_start: CallStarted | None = None,
    ) -> tuple[AgentReview, list[CallRecord]]:
        if call.agent_type == AgentType.REQUIREMENTS:
            return judge_offline(call.requirements, call.text, call.sections)
        started = time.perf_counter()
        review = offline_review(
            call.agent_type,
            text=call.text,
            sections=call.sections,
            layout=call.layout,
            job_description=call.job_description,
        )
        elapsed_ms = int((time.perf_counter() - started) * 1000)
        return review, [offline_call_record(call.agent_type, latency_ms=elapsed_ms)]


def answered_by_a_model(calls: list[CallRecord]) -> bool:
    """Whether the answer came from a language model, which may follow instructions planted
    in what it reads. The offline reviewer reads the masked text with fixed rules: nothing
    it is given can instruct it."""
    return any(call.model != OFFLINE_MODEL for call in calls)


@built_once
def reviewer_for(settings: Settings) -> Reviewer:
    """The LLM when a server or key is configured, else the offline reviewer."""
    return LlmReviewer(settings) if settings.llm_enabled else OfflineReviewer()
