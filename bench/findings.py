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

import re
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
QUALITY_AGENTS = ("structure", "content", "ats", "language")
_NOT_WORDS = re.compile(r"\W+")


def _point(message: str) -> str:
    return _NOT_WORDS.sub(" ", message.casefold()).strip()


def measure() -> tuple[list[int], int, int, list[int]]:
    """(findings per resume, findings in all, findings repeating another of their resume,
    distinct problems per resume as the report reads them)."""
    import uuid

    from database.queries.reviews import Finding, group_problems
    from pipelines.extraction import extract_in_process
    from pipelines.review.offline import offline_review
    from pipelines.sections import split_sections

    per_resume: list[int] = []
    problems_per_resume: list[int] = []
    repeats = 0
    for path in sorted(CORPUS.iterdir()):
        if path.suffix not in (".pdf", ".docx"):
            continue
        document = extract_in_process(path.read_bytes())
        sections = split_sections(document)
        seen: Counter[tuple[str, ...]] = Counter()
        count = 0
        as_read: list[Finding] = []
        for agent in QUALITY_AGENTS:
            review = offline_review(agent, text=document.text, sections=sections,
                                    layout=document.layout, job_description=None)  # fmt: skip
            for item in review.feedback:
                count += 1
                as_read.append(
                    Finding(uuid.uuid4(), agent, item.severity, item.category, item.message,
                            item.suggestion, item.quoted_text, item.start_offset,
                            item.end_offset, None, None)
                )  # fmt: skip
                keys = [("message", _point(item.message))]
                if item.quoted_text:
                    keys.append(("quote", item.category, item.quoted_text))
                if any(seen[key] for key in keys):
                    repeats += 1
                for key in keys:
                    seen[key] += 1
        per_resume.append(count)
        problems_per_resume.append(len(group_problems(as_read)))
    return per_resume, sum(per_resume), repeats, problems_per_resume


def main() -> int:
    per_resume, total, repeats, problems = measure()
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
