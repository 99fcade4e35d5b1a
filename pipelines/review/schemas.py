"""Structured output asked of every review agent (LLM or offline) and validated on receipt.

`AgentReview` is both the JSON schema sent to the model (strict structured output) and the
Pydantic model that validates the reply. Cosmetic limits (category length, number of items)
are enforced by trimming rather than rejecting: a reply with 41 findings is still useful and
rejecting it would burn a paid retry. Semantic violations (score outside 0..100, empty
message, unknown severity) are rejected, which makes the caller retry.
"""

from __future__ import annotations

import copy
import uuid
from functools import lru_cache
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from core.enums import SEVERITIES, Verdict

__all__ = [
    "MAX_CATEGORY_CHARS",
    "MAX_FEEDBACK_ITEMS",
    "MAX_MESSAGE_CHARS",
    "MAX_QUOTE_CHARS",
    "SEVERITIES",  # likewise
    "AgentReview",
    "EvidenceSpan",
    "FeedbackDraft",
    "JudgedRequirement",
    "RequirementAnswer",
    "SeverityLabel",
    "VerdictDraft",
    "strict_json_schema",
]

# The values of core.enums.Severity as a Literal (not the enum itself): the JSON schema sent
# to the model stays an inline string enum, and validated values stay plain strings.
SeverityLabel = Literal[SEVERITIES]  # type: ignore[valid-type]
VerdictLabel = Literal[tuple(v.value for v in Verdict)]  # type: ignore[valid-type]
MAX_REASON_CHARS = 500
MAX_EVIDENCE_QUOTES = 3

MAX_CATEGORY_CHARS = 50
MAX_FEEDBACK_ITEMS = 40
MAX_MESSAGE_CHARS = 2000
MAX_QUOTE_CHARS = 1000


class FeedbackDraft(BaseModel):
    """One finding as produced by an agent, before the server grounds its quote."""

    model_config = ConfigDict(extra="ignore")

    category: str = Field(description="Short snake_case topic, e.g. 'metrics' or 'contact'.")
    severity: SeverityLabel
    message: str = Field(description="What is wrong or notable, addressed to the candidate.")
    suggestion: str | None = Field(description="Concrete fix, or null.")
    quoted_text: str | None = Field(
        description="An EXACT quote copied verbatim from the resume that this finding is "
        "about, or null when the finding is about something missing."
    )
    # Where the quote stands, when the agent knows (the offline reviewer does): grounding
    # keeps that place instead of the quote's first occurrence ("其他" the heading, not the
    # same characters inside "其他奖项" above it). Never asked of a model.
    start_offset: SkipJsonSchema[int | None] = None
    end_offset: SkipJsonSchema[int | None] = None

    @field_validator("category", mode="before")
    @classmethod
    def _trim_category(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()[:MAX_CATEGORY_CHARS]
            if not value:
                return "general"
        return value

    @field_validator("message", mode="before")
    @classmethod
    def _check_message(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()
            if not value:
                raise ValueError("message must not be empty")
            return value[:MAX_MESSAGE_CHARS]
        return value

    @field_validator("suggestion", "quoted_text", mode="before")
    @classmethod
    def _blank_to_none(cls, value: Any) -> Any:
        # Models often send "" instead of null; an empty quote cannot be grounded anyway.
        if isinstance(value, str) and not value.strip():
            return None
        if isinstance(value, str) and len(value) > MAX_QUOTE_CHARS:
            return value[:MAX_QUOTE_CHARS]
        return value


class EvidenceSpan(BaseModel):
    """A quote of the resume; ``start_offset``/``end_offset`` when the judge knows where it
    stands (the offline matcher), else the quote is grounded like any finding's."""

    quoted_text: str
    start_offset: int | None = None
    end_offset: int | None = None


class JudgedRequirement(BaseModel):
    """The verdict on one requirement, settled (one sample, or the majority of several)."""

    requirement_id: uuid.UUID
    revision: int
    verdict: VerdictLabel
    reason: str
    evidence: list[EvidenceSpan] = Field(default_factory=list)
    uncertain: bool = False
    votes: dict[str, int] | None = None


class AgentReview(BaseModel):
    """What one agent returns: a 0..100 score, a short summary and its findings."""

    model_config = ConfigDict(extra="ignore")

    score: int = Field(ge=0, le=100, description="Overall score for this dimension, 0..100.")
    summary: str = Field(description="Two to four sentences summarising the assessment.")
    feedback: list[FeedbackDraft] = Field(description="Findings, most important first.")
    # The requirements agent's verdicts (never asked of a model in this shape, so not in
    # the JSON schema): kept on the review so that the spool carries them like any answer.
    requirement_verdicts: SkipJsonSchema[list[JudgedRequirement] | None] = None

    @model_validator(mode="before")
    @classmethod
    def _cap_feedback(cls, data: Any) -> Any:
        if isinstance(data, dict) and isinstance(data.get("feedback"), list):
            data = {**data, "feedback": data["feedback"][:MAX_FEEDBACK_ITEMS]}
        return data


class VerdictDraft(BaseModel):
    """One requirement as a model judges it in one sample."""

    model_config = ConfigDict(extra="ignore")

    requirement: str = Field(description="The requirement's label as given, e.g. 'R3'.")
    verdict: VerdictLabel = Field(
        description="met, partial, missing, or unclear when the resume does not let you tell."
    )
    reason: str = Field(description="One line: why, in the recruiter's words.")
    evidence: list[str] = Field(
        description="EXACT quotes copied verbatim from the resume that show it (required "
        "for met and partial; empty for missing and unclear)."
    )

    @field_validator("reason", mode="before")
    @classmethod
    def _trim_reason(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip()[:MAX_REASON_CHARS] or "No reason given."
        return value

    @field_validator("evidence", mode="before")
    @classmethod
    def _clean_evidence(cls, value: Any) -> Any:
        if isinstance(value, list):
            quotes = [q[:MAX_QUOTE_CHARS] for q in value if isinstance(q, str) and q.strip()]
            return quotes[:MAX_EVIDENCE_QUOTES]
        return value


class RequirementAnswer(BaseModel):
    """What the requirements agent's model returns: one verdict per requirement."""

    model_config = ConfigDict(extra="ignore")

    verdicts: list[VerdictDraft] = Field(description="One verdict per requirement, in order.")


def strict_json_schema(model: type[BaseModel] = AgentReview) -> dict[str, Any]:
    """A fresh copy of ``model``'s strict schema (built once; callers may mutate their
    copy)."""
    return copy.deepcopy(_strict_json_schema(model))


@lru_cache(maxsize=4)
def _strict_json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """JSON schema for OpenAI strict structured output.

    Strict mode requires every property to be listed in `required`, `additionalProperties:
    false`, and rejects some keywords; limits that strict mode may not support are dropped
    here because the Pydantic model enforces them on receipt anyway.
    """
    from openai.lib._pydantic import to_strict_json_schema

    schema = to_strict_json_schema(model)
    _strip_keywords(schema, {"minimum", "maximum", "maxLength", "minLength", "maxItems"})
    return schema


def _strip_keywords(node: Any, keys: set[str]) -> None:
    if isinstance(node, dict):
        for key in keys & node.keys():
            # Only strip validation keywords, never a property that happens to share a name.
            if not isinstance(node[key], dict):
                del node[key]
        for value in node.values():
            _strip_keywords(value, keys)
    elif isinstance(node, list):
        for value in node:
            _strip_keywords(value, keys)
