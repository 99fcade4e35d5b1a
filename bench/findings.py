"""Findings per resume (issue 20): how many findings the offline reviewer gives each resume
of the shared corpus (median and maximum), and the share that repeats another finding of
the same resume: the same point from two agents (the same message or the same quote and
topic), the card a recruiter reads twice. Target for the share: 0.

The report reads them as distinct problems (``database.queries.reviews.group_problems``):
their count per resume is printed too.

Run: ``.venv/bin/python -m bench.findings`` (from the project root; reads
``../shared/corpus``). The last line holds the figures.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
QUALITY_AGENTS = ("structure", "content", "ats", "language")


def measure() -> tuple[list[int], list[int]]:
    """(findings per resume, distinct problems per resume as the report reads them). A
    finding that does not start a problem of its own repeats another: their difference."""
    import uuid

    from database.queries.reviews import Finding, group_problems
    from pipelines.extraction import extract_in_process
    from pipelines.review.offline import offline_review
    from pipelines.sections import split_sections

    findings_per_resume: list[int] = []
    problems_per_resume: list[int] = []
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in (".pdf", ".docx"):
            continue
        document = extract_in_process(path.read_bytes())
        sections = split_sections(document)
        findings: list[Finding] = []
        for agent in QUALITY_AGENTS:
            review = offline_review(agent, text=document.text, sections=sections,
                                    layout=document.layout, job_description=None)  # fmt: skip
            findings.extend(
                Finding(uuid.uuid4(), agent, item.severity, item.category, item.message,
                        item.suggestion, item.quoted_text, item.start_offset,
                        item.end_offset, None, None)
                for item in review.feedback
            )  # fmt: skip
        findings_per_resume.append(len(findings))
        problems_per_resume.append(len(group_problems(findings)))
    return findings_per_resume, problems_per_resume


def main() -> int:
    per_resume, problems = measure()
    total = sum(per_resume)
    repeats = total - sum(problems)
    print(
        f"findings: {len(per_resume)} corpus resumes, {total} findings stored; per resume "
        f"median {statistics.median(per_resume):.0f}, max {max(per_resume)}; repeating "
        f"another finding of their resume {repeats} ({repeats / max(1, total):.1%}); read as "
        f"distinct problems (GET /review-requests/{{id}} problems): {sum(problems)}, per "
        f"resume median {statistics.median(problems):.0f}, max {max(problems)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
