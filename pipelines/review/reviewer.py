"""Who answers an agent: the LLM or the built-in offline reviewer, behind one interface.

The choice is made once, from the settings (:func:`reviewer_for`); the review stage calls
``reviewer.review(call)`` and never asks which one it has.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from core.config import Settings
from pipelines.extraction import LayoutFacts
from pipelines.review.llm import AgentRunError, CallRecord, run_llm_agent
from pipelines.review.offline import offline_call_record, offline_review
from pipelines.review.prompts import PromptSpec
from pipelines.review.schemas import AgentReview


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
    report_injection: bool


class Reviewer(Protocol):
    def review(self, call: AgentCall) -> tuple[AgentReview, list[CallRecord]]:
        """The agent's review and one record per paid attempt; raises :class:`AgentRunError`
        (carrying its records) when no valid review was obtained."""


class LlmReviewer:
    """Any OpenAI-compatible server, through the openai SDK (retries in ``llm``)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def review(self, call: AgentCall) -> tuple[AgentReview, list[CallRecord]]:
        if call.spec is None:
            raise AgentRunError(
                f"no active prompt for agent type {call.agent_type}", [], retryable=False
            )
        return run_llm_agent(
            call.spec,
            text=call.text,
            sections=call.sections,
            job_description=call.job_description,
            settings=self.settings,
            layout=call.layout,
            wait_scale=self.settings.llm_retry_wait_scale,
        )


class OfflineReviewer:
    """The rule-based reviewer: no server, no key, no cost."""

    def review(self, call: AgentCall) -> tuple[AgentReview, list[CallRecord]]:
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


@lru_cache(maxsize=4)
def reviewer_for(settings: Settings) -> Reviewer:
    """The LLM when a server or key is configured, else the offline reviewer."""
    return LlmReviewer(settings) if settings.llm_enabled else OfflineReviewer()
