"""LLM spend: what the calls recorded in ``prompt_usage_history`` cost, and what an
agent's call takes on average (for the estimate shown before a prompt is activated)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, cast, func, select
from sqlalchemy.orm import Session

from database.models import PromptUsageHistory


@dataclass(frozen=True)
class SpendRow:
    day: date
    agent_type: str
    calls: int
    total_tokens: int
    cost_usd: Decimal


def spend_by_day_and_agent(session: Session, *, since: datetime) -> list[SpendRow]:
    """Per day (UTC) and agent since ``since``: calls, tokens and cost; newest day first."""
    day = cast(PromptUsageHistory.created_at, Date).label("day")
    statement = (
        select(
            day,
            PromptUsageHistory.agent_type,
            func.count(),
            func.coalesce(func.sum(PromptUsageHistory.total_tokens), 0),
            func.coalesce(func.sum(PromptUsageHistory.cost_usd), 0),
        )
        .where(PromptUsageHistory.created_at >= since)
        .group_by(day, PromptUsageHistory.agent_type)
        .order_by(day.desc(), PromptUsageHistory.agent_type)
    )
    return [
        SpendRow(row[0], row[1], int(row[2]), int(row[3]), Decimal(row[4]))
        for row in session.execute(statement)
    ]


def average_call_tokens(session: Session, agent_type: str) -> float | None:
    """The average ``total_tokens`` of the agent's recorded calls; None without history.
    Calls that used no tokens (the offline reviewer's) are no model calls: left out."""
    value = session.scalar(
        select(func.avg(PromptUsageHistory.total_tokens)).where(
            PromptUsageHistory.agent_type == agent_type,
            PromptUsageHistory.total_tokens > 0,
        )
    )
    return None if value is None else float(value)
