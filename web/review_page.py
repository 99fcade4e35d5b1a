"""What the review page shows, computed from the stored review (no HTTP, no SQL here):
the resume as pages with a highlight box per grounded finding, or, when there are no page
images (DOCX, a missing layout), the extracted text cut into runs with the findings over
each run; and the findings in their groups (alerts first, then by section, then the
findings about the whole resume).

Boxes come from the text map (``pipelines.extraction.textmap.boxes``): PDF points from the
top-left corner of the page, turned here into percentages of the page so the page image
can be shown at any size.
"""

from __future__ import annotations

import itertools
import uuid
from dataclasses import dataclass, field
from typing import Any

from core.enums import Severity, TriageStatus
from database.queries.reviews import Finding, ReviewChanges, ReviewReport, group_problems
from database.queries.triage import TriageEntry
from web.present import ALERT_CATEGORIES, severity_rank


@dataclass(frozen=True)
class Box:
    finding_id: uuid.UUID
    severity: str
    left: float
    top: float
    width: float
    height: float
    first: bool  # the finding's first box: the one a click scrolls to


@dataclass
class PageView:
    number: int
    image_url: str | None
    width: float
    height: float
    boxes: list[Box] = field(default_factory=list)
    anchors: list[tuple[uuid.UUID, float]] = field(default_factory=list)  # section, top %


@dataclass(frozen=True)
class Run:
    """A stretch of the text and the findings over all of it (outermost first)."""

    text: str
    findings: tuple[tuple[uuid.UUID, str], ...]
    section_start: uuid.UUID | None = None
    heading: bool = False  # part of a section's heading line


@dataclass
class FindingView:
    finding: Finding
    alert: bool
    grounded: bool
    placed: bool  # it has at least one highlight over the resume view
    triage: TriageEntry | None
    change: str | None  # "new", "still" (present in the previous review) or None
    # Every finding of the problem this card stands for, the card's own (the lead) included:
    # the same point from several agents, or one rule on many places.
    members: list[Finding] = field(default_factory=list)

    @property
    def id(self) -> uuid.UUID:
        return self.finding.id

    @property
    def agents(self) -> list[str]:
        return sorted({m.agent_type for m in self.members} or {self.finding.agent_type})

    @property
    def quotes(self) -> list[str]:
        """The distinct passages the problem's findings quote, in reading order."""
        seen: dict[str, None] = {}
        for member in self.members or [self.finding]:
            if member.quoted_text:
                seen.setdefault(member.quoted_text, None)
        return list(seen)


@dataclass
class Group:
    key: str
    title: str
    findings: list[FindingView]


@dataclass
class ResumeView:
    mode: str  # "pages" or "text"
    pages: list[PageView]
    runs: list[Run]


def _pct(value: float, whole: float) -> float:
    return round(100.0 * value / whole, 3) if whole else 0.0


def _rects(text_map: dict[str, Any], start: int, end: int, boxes: Any) -> list[Any]:
    """The span's boxes; a span with no drawn character (none should be) is marked at the
    nearest character that has a box, so every grounded finding shows somewhere."""
    rects = boxes(text_map, start, end)
    for distance in range(1, 200):
        if rects:
            break
        rects = boxes(text_map, end + distance - 1, end + distance) or (
            boxes(text_map, start - distance, start - distance + 1) if start >= distance else []
        )
    return list(rects)


def card_of(findings: list[Finding]) -> dict[uuid.UUID, uuid.UUID]:
    """Each finding's card: the lead finding of its problem (one card per problem, with
    every place the problem's findings quote highlighted for it)."""
    return {
        member.id: problem.lead.id
        for problem in group_problems(findings)
        for member in problem.findings
    }


def page_views(
    text_map: dict[str, Any],
    image_urls: list[str | None],
    findings: list[Finding],
    sections: list[tuple[uuid.UUID, int]],
    boxes: Any,
) -> list[PageView]:
    """One view per page, with the boxes of every grounded finding (``boxes``: the text
    map's ``boxes(map, start, end)``), each box marked with its problem's card."""
    cards = card_of(findings)
    sizes = text_map.get("pages") or []
    pages = [
        PageView(n + 1, image_urls[n] if n < len(image_urls) else None, float(w), float(h))
        for n, (w, h) in enumerate(sizes)
    ]
    for finding in findings:
        if finding.start_offset is None or finding.end_offset is None:
            continue
        rects = _rects(text_map, finding.start_offset, finding.end_offset, boxes)
        for k, rect in enumerate(rects):
            if not 1 <= rect.page <= len(pages):
                continue
            page = pages[rect.page - 1]
            page.boxes.append(
                Box(
                    cards.get(finding.id, finding.id),
                    finding.severity,
                    _pct(rect.x0, page.width),
                    _pct(rect.top, page.height),
                    max(_pct(rect.x1 - rect.x0, page.width), 0.4),
                    max(_pct(rect.bottom - rect.top, page.height), 0.4),
                    k == 0,
                )
            )
    for section_id, start in sections:
        rects = boxes(text_map, start, start + 1)
        if rects and 1 <= rects[0].page <= len(pages):
            page = pages[rects[0].page - 1]
            page.anchors.append((section_id, _pct(rects[0].top, page.height)))
    return pages


def text_runs(
    text: str,
    findings: list[Finding],
    sections: list[tuple[uuid.UUID, int]],
    headings: list[tuple[int, int]] = (),  # type: ignore[assignment]
) -> list[Run]:
    """The text cut wherever a finding, a section or a section's heading starts or ends;
    each run names the cards (problems) of the findings over it."""
    cards = card_of(findings)
    spans = [
        (f.start_offset, f.end_offset, cards.get(f.id, f.id), f.severity)
        for f in findings
        if f.start_offset is not None and f.end_offset is not None
    ]
    # Longer spans first: they wrap the shorter ones inside them.
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    starts = {start: section_id for section_id, start in sections if 0 <= start < len(text)}
    marks = [offset for span in headings for offset in span]
    cuts = sorted({0, len(text), *starts, *marks, *(s[0] for s in spans), *(s[1] for s in spans)})
    runs = []
    for a, b in itertools.pairwise(cuts):
        if a >= b or b > len(text):
            continue
        over = tuple(
            dict.fromkeys((fid, sev) for start, end, fid, sev in spans if start <= a and b <= end)
        )
        heading = any(start <= a and b <= end for start, end in headings)
        runs.append(Run(text[a:b], over, starts.get(a), heading))
    return runs


def placed_ids(view: ResumeView) -> set[uuid.UUID]:
    if view.mode == "pages":
        return {box.finding_id for page in view.pages for box in page.boxes}
    return {fid for run in view.runs for fid, _sev in run.findings if run.text.strip()}


def finding_views(
    report: ReviewReport,
    view: ResumeView,
    triage: dict[uuid.UUID, TriageEntry],
    changes: ReviewChanges | None,
) -> list[FindingView]:
    """One card per problem (``group_problems``), shown as its lead finding. A card is
    triaged when all its findings are (the workspace triages them together), new when all
    are new, still present when any is."""
    placed = placed_ids(view)
    new = set(changes.new) if changes else set()
    still = set(changes.still_present) if changes else set()
    out = []
    for problem in group_problems(report.findings):
        lead, members = problem.lead, problem.findings
        ids = [member.id for member in members]
        decided = [triage[i] for i in ids if i in triage]
        out.append(
            FindingView(
                finding=lead,
                alert=any(m.category in ALERT_CATEGORIES for m in members),
                grounded=any(m.start_offset is not None for m in members),
                placed=lead.id in placed,
                triage=(triage.get(lead.id) or decided[0]) if len(decided) == len(ids) else None,
                change="new"
                if all(i in new for i in ids)
                else ("still" if any(i in still for i in ids) else None),
                members=members,
            )
        )
    return out


def groups(report: ReviewReport, findings: list[FindingView]) -> list[Group]:
    """Alerts first, then each section with findings (resume order), then the findings
    about the whole resume; within a group, in reading order."""
    alerts = [f for f in findings if f.alert]
    rest = [f for f in findings if not f.alert]
    out = [Group("alerts", "Alerts", alerts)] if alerts else []
    for section in report.sections:
        items = [f for f in rest if f.finding.section_id == section.id]
        if items:
            title = section.title or section.section_type.replace("_", " ").title()
            out.append(Group(f"section-{section.id}", title, items))
    whole = [f for f in rest if f.finding.section_id is None]
    if whole:
        out.append(Group("whole", "About the whole resume", whole))
    return out


MOST_SERIOUS_SHOWN = 3


def most_serious(findings: list[FindingView]) -> list[FindingView]:
    """What a recruiter should read first: the worst open problems (alerts and warnings
    before suggestions), at most three; none when only suggestions and notes remain."""
    open_findings = [
        f
        for f in findings
        if not f.triage and severity_rank(f.finding.severity) <= severity_rank(Severity.WARNING)
    ]
    ranked = sorted(open_findings, key=lambda f: (severity_rank(f.finding.severity), not f.alert))
    return ranked[:MOST_SERIOUS_SHOWN]


def severity_counts(findings: list[FindingView]) -> list[tuple[str, int]]:
    """Open findings by severity (a dismissed one no longer counts; every severity present
    is listed, so the page's script can count it down to 0)."""
    counts: dict[str, int] = {}
    for f in findings:
        dismissed = f.triage is not None and f.triage.status == TriageStatus.DISMISSED
        counts[f.finding.severity] = counts.get(f.finding.severity, 0) + (0 if dismissed else 1)
    return sorted(counts.items(), key=lambda item: severity_rank(item[0]))
