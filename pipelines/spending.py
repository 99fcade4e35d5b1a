"""Limits on queued and paid work: a user's quota of requests, and the day's LLM budget.

Both are checked where every review and evaluation request is made
(:func:`pipelines.intake.create_review_request`), before it is published, so the API, the
workspace, a 50-file drop (50 requests), a job's re-evaluation and beat's re-reviews obey
the same rules:

- **Quota**: a user may queue ``REQUESTS_PER_MINUTE`` requests in any 60 s and
  ``REQUESTS_PER_DAY`` in any 24 h (counted from ``review_requests``; requests nobody asked
  for, such as beat's, count against no one). Past it: 429 with ``Retry-After``.
- **Budget** (``LLM_DAILY_BUDGET_USD``, with a model configured): today's cost (UTC) is the
  recorded usage (``prompt_usage_history.cost_usd``) plus the paid calls still in this
  host's spool (answered, not yet recorded). Once it reaches the budget, new LLM work is
  refused until midnight UTC with the reason; work already running finishes; the offline
  reviewer is never put in the model's place. While a budget is set, a model without a
  price cannot run (its cost could not be counted).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.config import Settings
from core.errors import LlmNotAllowed, TooMuchWork
from database.models import Prompt, PromptUsageHistory, ReviewRequest
from database.types import utcnow
from pipelines.review.pricing import price_for, price_table
from pipelines.review.spool import CallSpool

QUOTA_WINDOWS = (("minute", timedelta(minutes=1)), ("day", timedelta(days=1)))


@dataclass(frozen=True)
class DailySpend:
    """Today's LLM cost (UTC) against the budget."""

    recorded_usd: Decimal
    spooled_usd: Decimal
    budget_usd: Decimal | None
    resets_at: datetime

    @property
    def total_usd(self) -> Decimal:
        return self.recorded_usd + self.spooled_usd

    @property
    def reached(self) -> bool:
        return self.budget_usd is not None and self.total_usd >= self.budget_usd


def _start_of_day(now: datetime) -> datetime:
    return now.replace(hour=0, minute=0, second=0, microsecond=0)


def _spooled_usd(spool_dir: Path, since: datetime) -> Decimal:
    """Paid calls answered today and still waiting in this host's spool to be recorded."""
    if not spool_dir.is_dir():
        return Decimal(0)
    total = Decimal(0)
    for entry in CallSpool(spool_dir).entries():
        if entry.created_at >= since.timestamp():
            total += sum((call.cost_usd or Decimal(0) for call in entry.calls), Decimal(0))
    return total


def daily_spend(session: Session, settings: Settings) -> DailySpend:
    now = utcnow()
    start = _start_of_day(now)
    recorded = session.scalar(
        select(func.coalesce(func.sum(PromptUsageHistory.cost_usd), 0)).where(
            PromptUsageHistory.created_at >= start
        )
    )
    budget = settings.llm_daily_budget_usd
    return DailySpend(
        recorded_usd=Decimal(str(recorded or 0)),
        spooled_usd=_spooled_usd(settings.spool_dir, start),
        budget_usd=None if budget is None else Decimal(str(budget)),
        resets_at=start + timedelta(days=1),
    )


def unpriced_models(session: Session, settings: Settings) -> list[str]:
    """The models new work would use that have no price: the default and any an active
    prompt names."""
    table = price_table(settings.llm_prices)
    named = session.scalars(
        select(Prompt.model).where(Prompt.is_active.is_(True), Prompt.model.is_not(None))
    )
    models: Iterable[str] = {settings.llm_model, *(m for m in named if m)}
    return sorted(model for model in models if price_for(model, table) is None)


def check_budget(session: Session, settings: Settings) -> None:
    """Refuse new LLM work when today's budget is spent or a model cannot be priced."""
    if not settings.llm_enabled or settings.llm_daily_budget_usd is None:
        return
    unpriced = unpriced_models(session, settings)
    if unpriced:
        raise LlmNotAllowed(
            f"No price is known for the model {', '.join(unpriced)}, so its cost cannot be "
            "counted against the daily LLM budget. An administrator must price it "
            "(LLM_PRICES) or choose a priced model; no review was queued.",
            details={"models": unpriced},
        )
    spend = daily_spend(session, settings)
    if spend.reached:
        wait = int((spend.resets_at - utcnow()).total_seconds()) + 1
        raise TooMuchWork(
            f"Today's LLM budget (${spend.budget_usd}) is spent: ${spend.total_usd:.2f} so far. "
            "Reviews already running will finish; new ones can be queued after midnight UTC, "
            "or sooner if an administrator raises LLM_DAILY_BUDGET_USD.",
            retry_after_s=wait,
            code="llm_budget_reached",
            details={"spent_usd": f"{spend.total_usd:.6f}", "budget_usd": str(spend.budget_usd)},
        )


@dataclass(frozen=True)
class QuotaUse:
    window: str
    used: int
    limit: int


def quota_use(session: Session, settings: Settings, user_id: uuid.UUID) -> list[QuotaUse]:
    """How many requests ``user_id`` queued in each window, against its limit."""
    now = utcnow()
    limits = {"minute": settings.requests_per_minute, "day": settings.requests_per_day}
    uses = []
    for name, length in QUOTA_WINDOWS:
        used = session.scalar(
            select(func.count())
            .select_from(ReviewRequest)
            .where(
                ReviewRequest.requested_by_user_id == user_id,
                ReviewRequest.requested_at > now - length,
            )
        )
        uses.append(QuotaUse(name, int(used or 0), limits[name]))
    return uses


def check_quota(session: Session, settings: Settings, user_id: uuid.UUID) -> None:
    """Refuse a request past the user's quota, with when the oldest counted one ages out."""
    now = utcnow()
    uses = quota_use(session, settings, user_id)
    for (name, length), use in zip(QUOTA_WINDOWS, uses, strict=True):
        if use.used < use.limit:
            continue
        # The request that frees a place is the limit-th newest in the window.
        oldest = session.scalar(
            select(ReviewRequest.requested_at)
            .where(
                ReviewRequest.requested_by_user_id == user_id,
                ReviewRequest.requested_at > now - length,
            )
            .order_by(ReviewRequest.requested_at.desc())
            .offset(use.limit - 1)
            .limit(1)
        )
        wait = int(((oldest or now) + length - now).total_seconds()) + 1
        raise TooMuchWork(
            f"You have queued {use.used} reviews or evaluations in the last {name}, the most "
            f"allowed ({use.limit}). Try again in {_duration(wait)}.",
            retry_after_s=wait,
            details={"window": name, "limit": use.limit},
        )


def _duration(seconds: int) -> str:
    if seconds < 120:
        return f"{seconds} seconds"
    if seconds < 7200:
        return f"{round(seconds / 60)} minutes"
    return f"{round(seconds / 3600)} hours"


@dataclass(frozen=True)
class RequesterToday:
    user_id: uuid.UUID
    last_minute: int
    last_day: int


def busiest_requesters(session: Session, limit: int = 10) -> list[RequesterToday]:
    """The users who queued the most requests in the last 24 h (what an admin compares
    with the quotas)."""
    now = utcnow()
    rows = session.execute(
        select(
            ReviewRequest.requested_by_user_id,
            func.count(),
            func.count().filter(ReviewRequest.requested_at > now - timedelta(minutes=1)),
        )
        .where(
            ReviewRequest.requested_by_user_id.is_not(None),
            ReviewRequest.requested_at > now - timedelta(days=1),
        )
        .group_by(ReviewRequest.requested_by_user_id)
        .order_by(func.count().desc())
        .limit(limit)
    ).all()
    return [RequesterToday(user_id, int(minute), int(day)) for user_id, day, minute in rows]
