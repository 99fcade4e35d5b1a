"""Findings of one offline agent and the penalty score computed from them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from core.enums import Severity
from pipelines.review.injection import CATEGORY as INJECTION_CATEGORY
from pipelines.review.schemas import FeedbackDraft

PENALTY: dict[Severity, int] = {
    Severity.CRITICAL: 25,
    Severity.WARNING: 10,
    Severity.SUGGESTION: 4,
    Severity.INFO: 0,
}
SEVERITY_RANK: dict[Severity, int] = {
    Severity.CRITICAL: 0,
    Severity.WARNING: 1,
    Severity.SUGGESTION: 2,
    Severity.INFO: 3,
}
CATEGORY_CAP = 30
MAX_ITEMS_PER_CATEGORY = 6
UNSCORED_CATEGORIES = frozenset({INJECTION_CATEGORY})


class Findings:
    """Collects findings; caps items per category and keeps quotes exact slices of text.

    ``score`` is None for the penalty-scored agents; an agent that scores otherwise
    (job_match) sets it.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.items: list[FeedbackDraft] = []
        # The offsets each item quotes (None when it quotes nothing), parallel to ``items``:
        # benchmarks and labels identify a finding by where it points, not by its text.
        self.spans: list[tuple[int, int] | None] = []
        self._per_category: Counter[str] = Counter()
        self.overflow: Counter[str] = Counter()
        self.score: int | None = None

    def add(
        self,
        category: str,
        severity: Severity,
        message: str,
        suggestion: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        if self._per_category[category] >= MAX_ITEMS_PER_CATEGORY:
            self.overflow[category] += 1
            return
        self._per_category[category] += 1
        quote = self.text[span[0] : span[1]] if span else None
        self.spans.append(span if quote else None)
        self.items.append(
            FeedbackDraft(
                category=category,
                severity=severity,
                message=message,
                suggestion=suggestion,
                quoted_text=quote or None,
                start_offset=span[0] if quote and span else None,
                end_offset=span[1] if quote and span else None,
            )
        )


def score_items(items: Iterable[FeedbackDraft]) -> int:
    """100 minus the penalties, each category's penalty capped at CATEGORY_CAP."""
    per_category: Counter[str] = Counter()
    for item in items:
        if item.category in UNSCORED_CATEGORIES:
            continue
        per_category[item.category] += PENALTY[Severity(item.severity)]
    deduction = sum(min(CATEGORY_CAP, value) for value in per_category.values())
    return max(0, min(100, 100 - deduction))
