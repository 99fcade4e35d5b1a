"""Jobs and their requirements: the offline requirement matcher (``matcher``) and the fit
score a job's candidates are ranked by (``fit_score``)."""

from __future__ import annotations

import re
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


# A requirement about a protected characteristic is never judged, by the matcher or a model:
# its verdict is `unclear` with this reason. Citizenship and work authorisation are not here:
# some roles lawfully require them, and they are judged on what the resume states.
PROTECTED_CHARACTERISTIC = re.compile(
    r"\b(?:age[ds]?|years? old|under \d\d|over \d\d|young|gender|sex|male|female|"
    r"marital|married|pregnan\w*|religio\w*|ethnic\w*|racial|disabilit\w*|"
    r"date of birth|alter|geschlecht|familienstand|âge|sexe|edad|sexo)\b",
    re.IGNORECASE,
)
PROTECTED_REASON = (
    "Not judged: the requirement asks about a protected characteristic (age, gender, "
    "family status, religion, origin, disability or looks), which is never inferred."
)


def asks_protected_characteristic(requirement_text: str) -> bool:
    return PROTECTED_CHARACTERISTIC.search(requirement_text) is not None
