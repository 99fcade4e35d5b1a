"""An agent's answer stored in one statement on PostgreSQL.

The answer of a quality agent touches seven tables: its paid calls (``prompt_usage_history``),
its result and findings, its outcome, the request's count of agents done, the resume's
progress and the agent's lease. Written one statement at a time that is eleven round trips
and most of an llm worker's CPU beside the call (issue 23). Here it is one statement: a chain
of data-modifying CTEs, which PostgreSQL runs as one atomic unit, so it needs no transaction
of its own (the caller runs it on an autocommit connection: no BEGIN, no COMMIT).

What it does is what ``pipelines.flow`` does row by row on SQLite, and
``tests/test_agent_answers.py`` checks the two write the same rows:

- the calls are recorded (a call on record only as started is completed), attached to the
  request while it exists, whether or not it is still open;
- only while the request is open: the result is inserted unless this agent already has one
  (another run stored first); only when it was inserted: its findings, the agent's outcome,
  one more agent done (and ``needs_attention`` raised when asked), the resume's progress;
- the lease ``lease_holder`` holds on this agent is released in every case.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from core.enums import OPEN_REVIEW_STATUSES
from database.types import UTCDateTime

_STORE_ANSWER = text(
    """
WITH req AS (
    SELECT id, resume_id FROM review_requests
    WHERE id = CAST(:request_id AS uuid) AND status = ANY(:open_statuses)
),
usage AS (
    INSERT INTO prompt_usage_history (
        id, created_at, prompt_id, review_request_id, agent_type, model, prompt_tokens,
        completion_tokens, total_tokens, cached_tokens, latency_ms, cost_usd, status,
        error_message, call_id)
    SELECT c.id, :now, CAST(:prompt_id AS uuid),
           (SELECT id FROM review_requests WHERE id = CAST(:request_id AS uuid)),
           c.agent_type, c.model, c.prompt_tokens, c.completion_tokens, c.total_tokens,
           c.cached_tokens, c.latency_ms, c.cost_usd, c.status, c.error_message, c.call_id
    FROM jsonb_to_recordset(CAST(:calls AS jsonb)) AS c(
        id uuid, agent_type text, model text, prompt_tokens integer,
        completion_tokens integer, total_tokens integer, cached_tokens integer,
        latency_ms integer, cost_usd numeric, status text, error_message text, call_id text)
    ON CONFLICT (call_id) DO UPDATE SET
        prompt_tokens = excluded.prompt_tokens, completion_tokens = excluded.completion_tokens,
        total_tokens = excluded.total_tokens, cached_tokens = excluded.cached_tokens,
        latency_ms = excluded.latency_ms, cost_usd = excluded.cost_usd,
        status = excluded.status, error_message = excluded.error_message,
        model = excluded.model
    WHERE prompt_usage_history.error_message = :call_started
),
result AS (
    INSERT INTO review_results (
        id, review_request_id, agent_type, prompt_id, model, score, summary, details, created_at)
    SELECT CAST(:result_id AS uuid), req.id, :agent_type, CAST(:prompt_id AS uuid), :model,
           :score, :summary, CAST(:details AS json), :now
    FROM req
    ON CONFLICT (review_request_id, agent_type) DO NOTHING
    RETURNING id
),
findings AS (
    INSERT INTO review_feedback_items (
        id, review_result_id, resume_section_id, category, severity, message, suggestion,
        quoted_text, start_offset, end_offset, created_at, finding_key)
    SELECT f.id, result.id, f.resume_section_id, f.category, f.severity, f.message,
           f.suggestion, f.quoted_text, f.start_offset, f.end_offset, :now, f.finding_key
    FROM result CROSS JOIN jsonb_to_recordset(CAST(:findings AS jsonb)) AS f(
        id uuid, resume_section_id uuid, category text, severity text, message text,
        suggestion text, quoted_text text, start_offset integer, end_offset integer,
        finding_key text)
),
outcome AS (
    INSERT INTO review_agent_outcomes (
        id, review_request_id, agent_type, outcome, reason, prompt_id,
        carried_from_request_id, created_at, updated_at)
    SELECT CAST(:outcome_id AS uuid), CAST(:request_id AS uuid), :agent_type, :outcome,
           :reason, CAST(:prompt_id AS uuid), NULL, :now, :now
    FROM result
    ON CONFLICT (review_request_id, agent_type) DO UPDATE SET
        outcome = excluded.outcome, reason = excluded.reason, prompt_id = excluded.prompt_id,
        carried_from_request_id = NULL, updated_at = excluded.updated_at
),
counted AS (
    UPDATE review_requests SET
        agents_done = review_requests.agents_done + 1, last_activity_at = :now,
        needs_attention = review_requests.needs_attention OR :attention
    FROM result
    WHERE review_requests.id = CAST(:request_id AS uuid)
    RETURNING review_requests.resume_id, review_requests.agents_done,
              GREATEST(json_array_length(CAST(review_requests.agent_types AS json)), 1) AS total
),
progress AS (
    -- Forward only: agents finish in any order.
    UPDATE resumes SET progress = GREATEST(
        resumes.progress,
        :progress_from + :progress_span * LEAST(counted.agents_done, counted.total) / counted.total)
    FROM counted
    WHERE resumes.id = counted.resume_id
),
released AS (
    DELETE FROM agent_leases
    WHERE review_request_id = CAST(:request_id AS uuid) AND agent_type = :agent_type
      AND holder = :lease_holder
)
SELECT EXISTS (SELECT 1 FROM req) AS open, EXISTS (SELECT 1 FROM result) AS stored
"""
).bindparams(bindparam("now", type_=UTCDateTime))


@dataclass(frozen=True)
class AnswerRows:
    """What one agent's answer writes, worked out before the statement."""

    request_id: uuid.UUID
    agent_type: str
    prompt_id: uuid.UUID | None
    model: str | None
    score: int | None
    summary: str | None
    details: dict[str, Any]
    findings: list[dict[str, Any]]  # review_feedback_items columns, but the result's id
    outcome: str
    reason: str | None
    needs_attention: bool  # raise the request's flag (never lowers it)
    calls: list[dict[str, Any]]  # prompt_usage_history columns, but the request's
    progress_from: int  # the resume's progress with no agent done ...
    progress_span: int  # ... and what all of them add
    now: datetime
    call_started: str  # the error_message of a call on record only as started
    lease_holder: str | None = None


@dataclass(frozen=True)
class AnswerStored:
    request_open: bool
    stored: bool  # False with the request open: this agent's result was already stored


def store_answer(session: Session, rows: AnswerRows) -> AnswerStored:
    """Run the one statement (PostgreSQL only) for ``rows``."""
    request_open, stored = session.execute(
        _STORE_ANSWER,
        {
            "request_id": str(rows.request_id),
            "open_statuses": [status.value for status in OPEN_REVIEW_STATUSES],
            "now": rows.now,
            "prompt_id": str(rows.prompt_id) if rows.prompt_id else None,
            "calls": _as_json(rows.calls),
            "call_started": rows.call_started,
            "result_id": str(uuid.uuid4()),
            "agent_type": rows.agent_type,
            "model": rows.model,
            "score": rows.score,
            "summary": rows.summary,
            "details": json.dumps(rows.details),
            "findings": _as_json(rows.findings),
            "outcome_id": str(uuid.uuid4()),
            "outcome": rows.outcome,
            "reason": rows.reason,
            "attention": rows.needs_attention,
            "progress_from": rows.progress_from,
            "progress_span": rows.progress_span,
            "lease_holder": rows.lease_holder,
        },
    ).one()
    return AnswerStored(request_open=bool(request_open), stored=bool(stored))


def _as_json(rows: list[dict[str, Any]]) -> str:
    return json.dumps(rows, default=_json_value)


def _json_value(value: object) -> str:
    if isinstance(value, uuid.UUID | Decimal):
        return str(value)
    raise TypeError(f"{type(value).__name__} is not a column value here")
