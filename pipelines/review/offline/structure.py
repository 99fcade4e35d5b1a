"""The structure agent: contact details, sections, length, consistent dates and bullets."""

from __future__ import annotations

import re
from collections import Counter

from core.enums import SectionType, Severity
from pipelines.review.offline.checks import (
    check_contact,
    check_core_sections,
    has_unheaded_summary,
)
from pipelines.review.offline.findings import Findings
from pipelines.review.offline.text import MONTHS_ABBR, Doc

# Full month names that differ from their abbreviation: "June" and "July" are written out
# in the "Jan 2020" style too, so they are no sign of a second format.
_MONTHS_FULL_ONLY = r"(?:January|February|March|April|August|September|October|November|December)"
_DATE_FORMATS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Month YYYY (e.g. January 2020)", re.compile(rf"\b{_MONTHS_FULL_ONLY}\s+(?:19|20)\d\d\b")),
    ("Mon YYYY (e.g. Jan 2020)", re.compile(rf"\b{MONTHS_ABBR}\s+(?:19|20)\d\d\b")),
    ("MM/YYYY", re.compile(r"\b(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b")),
    ("YYYY-MM", re.compile(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b(?!-\d)")),
    ("MM.YYYY", re.compile(r"\b(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d\b")),
    ("MM-YYYY", re.compile(r"(?<![\d-])(?:0[1-9]|1[0-2])-(?:19|20)\d\d\b")),
)


def review_structure(doc: Doc) -> Findings:
    out = Findings(doc.text)
    check_contact(doc, out)
    check_core_sections(doc, out)
    if SectionType.SUMMARY not in doc.section_types and not has_unheaded_summary(doc):
        out.add(
            "sections",
            Severity.SUGGESTION,
            "No summary/profile section.",
            "Open with a 2-3 line summary of your role, seniority and strongest results.",
        )
    _check_length(doc, out)
    _check_dates(doc, out)
    _check_bullet_markers(doc, out)
    return out


# Chinese and Japanese are written without spaces: each of their characters counts as a
# word (a Chinese word averages under two characters, so this leans towards "not short").
_UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# A line that dates the document, not a role: "Last updated on 21st January 2015".
_DOCUMENT_DATE_LINE = re.compile(
    r"(?:last\s+)?updated|as of\b|\bstand\b|generated|printed|\u00a9|copyright|\bpage\s+\d",
    re.IGNORECASE,
)


# Below this a resume is short: the finding says so and the score's substance ceiling
# (substance.SPARSE) holds its score down, so the two agree.
SHORT_WORDS = 150


def word_count(text: str) -> int:
    """Words as a reader counts them: spaced words, plus one per Chinese or Japanese
    character."""
    unspaced = len(_UNSPACED_SCRIPT.findall(text))
    spaced = len(_UNSPACED_SCRIPT.sub(" ", text).split())
    return spaced + unspaced


def _check_length(doc: Doc, out: Findings) -> None:
    words = word_count(doc.text)
    if words < SHORT_WORDS:
        out.add(
            "length",
            Severity.WARNING,
            f"The resume is short ({words} words); it may read as thin.",
            "Add achievements with context and results for each role.",
        )
    pages = getattr(doc.layout, "page_count", None) if doc.layout is not None else None
    if (isinstance(pages, int) and pages > 2) or words > 1100:
        out.add(
            "length",
            Severity.SUGGESTION,
            f"The resume is long ({pages or '?'} pages, {words} words).",
            "Aim for one page per ~10 years of experience, two pages at most.",
        )


def _check_dates(doc: Doc, out: Findings) -> None:
    text = doc.text
    found: list[tuple[str, int, int]] = []
    for label, regex in _DATE_FORMATS:
        for match in regex.finditer(text):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            line = text[line_start : len(text) if line_end < 0 else line_end]
            if _DOCUMENT_DATE_LINE.search(line):
                continue  # the document's own date (a footer), not a role's
            found.append((label, match.start(), match.end()))
    counts = Counter(label for label, _, _ in found)
    if len(counts) < 2:
        return
    dominant = max(counts, key=lambda k: (counts[k], -min(s for lbl, s, _ in found if lbl == k)))
    for label in sorted(counts, key=lambda k: min(s for lbl, s, _ in found if lbl == k)):
        if label == dominant:
            continue
        start, end = min((s, e) for lbl, s, e in found if lbl == label)
        out.add(
            "date_format",
            Severity.WARNING,
            f"Inconsistent date formats: this date uses {label} while most dates use {dominant} "
            f"({counts[label]} vs {counts[dominant]} occurrences).",
            f"Use one date format throughout, e.g. {dominant}.",
            (start, end),
        )


def _check_bullet_markers(doc: Doc, out: Findings) -> None:
    # Numbered lists (publications, ranked items) sit well beside bullets: not a style clash.
    markers = Counter(ln.marker for ln in doc.lines if ln.marker and ln.marker != "1.")
    if len(markers) < 2:
        return
    dominant = max(markers, key=lambda k: markers[k])
    previous = None
    for line in doc.lines:
        # A list nested under a bullet ("• Built X" then "◦ cited 340+ times", or an
        # indented "- ...") is a second level, not a clash: only a list that starts with
        # another marker is one.
        nested = previous is not None and previous.marker is not None
        if line.marker and line.marker not in (dominant, "1.") and not nested:
            out.add(
                "formatting",
                Severity.SUGGESTION,
                f"Mixed bullet styles: '{line.marker}' here, '{dominant}' elsewhere.",
                "Use a single bullet character throughout.",
                (line.start, line.end),  # the whole bullet, marker included
            )
            return
        previous = line
