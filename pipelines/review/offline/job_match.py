"""The job_match agent: how many of the job description's key terms the resume names.

score = round(100 * matched_weight / total_weight) over the keywords of ``job_keywords``.
"""

from __future__ import annotations

from core.enums import Severity
from pipelines.review.offline.findings import Findings
from pipelines.review.offline.keywords import TOKEN_RE, job_keywords, stem
from pipelines.review.offline.text import Doc

NO_KEYWORDS_SCORE = 50


def review_job_match(doc: Doc) -> Findings:
    """Findings with ``score`` set. ValueError without a job description."""
    if not doc.job_description or not doc.job_description.strip():
        raise ValueError("job_match needs a job description")
    out = Findings(doc.text)
    keywords = job_keywords(doc.job_description)
    if not keywords:
        out.add(
            "keywords",
            Severity.INFO,
            "The job description has too few specific terms to compare.",
        )
        out.score = NO_KEYWORDS_SCORE
        return out
    first_occurrence: dict[str, tuple[int, int]] = {}
    for match in TOKEN_RE.finditer(doc.text):
        first_occurrence.setdefault(stem(match.group(0)), (match.start(), match.end()))
    matched = [k for k in keywords if k[1] in first_occurrence]
    missing = [k for k in keywords if k[1] not in first_occurrence]
    total = sum(w for _, _, w in keywords)
    out.score = round(100 * sum(w for _, _, w in matched) / total)
    if missing:
        names = ", ".join(s for s, _, _ in missing[:15])
        out.add(
            "keywords",
            Severity.WARNING if out.score < 50 else Severity.SUGGESTION,
            f"Key terms from the job description not found in the resume: {names}.",
            "Where you genuinely have this experience, name these terms explicitly in your "
            "skills and in the bullets where you used them.",
        )
    if matched:
        out.add(
            "keywords",
            Severity.INFO,
            f"Matched {len(matched)} of {len(keywords)} key terms from the job description: "
            + ", ".join(s for s, _, _ in matched[:15])
            + ".",
        )
        for surface, stemmed, _ in matched[:3]:
            out.add(
                "relevant_experience",
                Severity.INFO,
                f"'{surface}' from the job description appears here.",
                None,
                first_occurrence[stemmed],
            )
    return out
