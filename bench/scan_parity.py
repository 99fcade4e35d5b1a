"""A scan scores as its text PDF does (issue 20): each text PDF of the shared corpus (and
the example resume) is scanned as an office scanner would (``testkit.scans.scan_pdf``:
150 dpi, grey, turned one degree), both are extracted as the pipeline does (the scan by
OCR in the sandbox) and reviewed by the offline reviewer; the overall score (the mean of
the four quality agents, as ``pipelines.flow.overall_score``) of each pair is compared.
Target: within 3 points. The ATS agent's warning that a scan is a scan costs it 10 points,
2.5 of the overall: the warning is right, so it stays in.

Run: ``.venv/bin/python -m bench.scan_parity`` (from the project root; OCR takes a few
seconds a page). The last line holds the figures.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
QUALITY_AGENTS = ("structure", "content", "ats", "language")
TARGET = 3


def scores(data: bytes, *, scanned: bool) -> tuple[int | None, dict[str, int]]:
    from pipelines.extraction import extract_in_process
    from pipelines.extraction.sandbox import extract_document
    from pipelines.flow import overall_score
    from pipelines.review.offline import offline_review
    from pipelines.sections import split_sections

    document = extract_document(data) if scanned else extract_in_process(data)
    sections = split_sections(document)
    by_agent = {
        agent: offline_review(
            agent, text=document.text, sections=sections, layout=document.layout,
            job_description=None,
        ).score
        for agent in QUALITY_AGENTS
    }  # fmt: skip
    return overall_score(list(by_agent.values())), by_agent


def main() -> int:
    from pipelines.extraction.document import ExtractionError
    from testkit.scans import scan_pdf

    files = [ROOT / "examples" / "elena_varga_resume.pdf"]
    if CORPUS.is_dir():
        files += sorted(p for p in CORPUS.iterdir() if p.suffix == ".pdf")
    gaps: list[int] = []
    for path in files:
        data = path.read_bytes()
        try:
            text_score, text_agents = scores(data, scanned=False)
        except ExtractionError:
            continue  # a scan already (no text layer to compare with)
        scan_score, scan_agents = scores(scan_pdf(data), scanned=True)
        if text_score is None or scan_score is None:
            continue
        gap = scan_score - text_score
        gaps.append(gap)
        moved = ", ".join(
            f"{a} {text_agents[a]}->{scan_agents[a]}"
            for a in QUALITY_AGENTS
            if text_agents[a] != scan_agents[a]
        )
        print(f"{path.name:40} text {text_score:3} scan {scan_score:3} ({gap:+d}) {moved}")
    within = sum(abs(g) <= TARGET for g in gaps)
    print(
        f"scan parity: {within} of {len(gaps)} scans within {TARGET} points of their text PDF; "
        f"largest gap {max(gaps, key=abs):+d}, median |gap| "
        f"{statistics.median(abs(g) for g in gaps)} (target: all within {TARGET})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
