"""Jobs and their requirements: the offline requirement matcher (``matcher``) and the fit
score a job's candidates are ranked by (``fit_score``)."""

from __future__ import annotations

from collections.abc import Iterable

# Credit per verdict; `unclear` is left out of the score.
CREDIT = {"met": 1.0, "partial": 0.5, "missing": 0.0}
# A candidate missing a must-have scores at most this.
MISSING_MUST_CAP = 40


def fit_score(judged: Iterable[tuple[str, str, int]]) -> int | None:
    """Weight times credit, summed, over the weights of the judged requirements (0-100),
    capped at ``MISSING_MUST_CAP`` when a must-have is missing. ``judged``: (verdict, kind,
    weight) per requirement. None when nothing could be judged."""
    total = earned = 0.0
    must_missing = False
    for verdict, kind, weight in judged:
        if verdict not in CREDIT:
            continue
        total += weight
        earned += weight * CREDIT[verdict]
        must_missing = must_missing or (kind == "must" and verdict == "missing")
    if total == 0:
        return None
    score = round(100 * earned / total)
    return min(score, MISSING_MUST_CAP) if must_missing else score
