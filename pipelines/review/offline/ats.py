"""The ATS agent: layout an applicant tracking system parses badly, missing contact details
and standard headings, unreadable text."""

from __future__ import annotations

import re
from typing import Any

from core.enums import SectionType, Severity
from pipelines.review.offline.checks import check_contact, check_core_sections
from pipelines.review.offline.findings import Findings
from pipelines.review.offline.text import Doc

_ARTEFACT_RE = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff\ufffd]")
_LETTER_SPACED_RE = re.compile(r"(?:[A-Z] ){3,}[A-Z]")
# A heading naming a standard section with a qualifier ("Job Experience", "Software
# Development Projects") is read by an ATS as that section, even if the splitter left it
# untyped.
_STANDARD_HEADING_WORD_RE = re.compile(
    r"\b(?:experience|employment|education|skills|projects|summary|profile|certifications?|"
    r"awards|publications|languages|volunteering|volunteer)\b",
    re.IGNORECASE,
)
# A catch-all heading ("Other", "Otros datos", "其他") has no standard name to rename it to:
# an ATS files what is under it as additional information anyway.
_CATCH_ALL_HEADING_RE = re.compile(
    r"^\W*(?:others?|other information|additional(?: information)?|miscellaneous|misc"
    r"|sonstiges|weiteres|weitere angaben|divers|autres?(?: informations)?"
    r"|otros?(?: datos)?|m\u00e1s informaci\u00f3n|\u5176\u4ed6|\u5176\u5b83)\W*$",
    re.IGNORECASE,
)

# Layout fact -> (severity, message, suggestion) when the fact is true.
# Not "has_tables": on the shared corpus the PDF readers set it for drawn shapes (heading
# rules, rating dots, skill chips, page grids) in 5 of the 6 PDFs that have it, so the
# warning was wrong far more often than right (precision 0.67 for ats_layout with it).
_LAYOUT_HAZARDS: tuple[tuple[str, Severity, str, str], ...] = (
    (
        "multi_column",
        Severity.WARNING,
        "Multi-column layout: ATS parsers often interleave lines across columns.",
        "Use a single-column layout.",
    ),
    (
        "has_text_boxes",
        Severity.WARNING,
        "Text boxes found; their content is frequently skipped by ATS parsers.",
        "Move text out of text boxes into the main body.",
    ),
)


def review_ats(doc: Doc) -> Findings:
    out = Findings(doc.text)
    if doc.layout is not None:
        _check_layout(doc.text, doc.layout, out)
    check_contact(doc, out, ats=True)
    check_core_sections(doc, out, ats=True)
    _check_headings(doc, out)
    _check_unreadable_text(doc, out)
    return out


def _check_layout(text: str, layout: Any, out: Findings) -> None:
    for fact, severity, message, suggestion in _LAYOUT_HAZARDS:
        if getattr(layout, fact, False):
            out.add("ats_layout", severity, message, suggestion)
    hf = getattr(layout, "header_footer_text", False)
    if hf:
        span = None
        if isinstance(hf, str) and hf.strip() and hf.strip() in text:
            start = text.index(hf.strip())
            span = (start, start + len(hf.strip()))
        out.add(
            "ats_layout",
            Severity.WARNING,
            "Text in the page header/footer; ATS parsers often ignore it, so contact "
            "details there may be lost.",
            "Put contact details in the main body.",
            span,
        )
    scanned = getattr(layout, "scanned_pages", 0)
    if scanned:
        # The images are the page itself: say that, not "images found".
        out.add(
            "ats_layout",
            Severity.WARNING,
            f"{_scanned_part(scanned, getattr(layout, 'page_count', scanned))}; many "
            "applicant tracking systems read no text from a scan.",
            "Send the resume as a PDF exported from the document (Word, Google Docs, "
            "LaTeX), not as a scan or photo.",
        )
    elif getattr(layout, "has_images", False):
        out.add(
            "ats_layout",
            Severity.SUGGESTION,
            "Images/graphics found; ATS cannot read them (photos, logos, skill bars).",
            "Remove images; express skill levels in words.",
        )
    pages = getattr(layout, "page_count", None)
    if isinstance(pages, int) and pages > 2:
        out.add(
            "ats_layout",
            Severity.SUGGESTION,
            f"{pages} pages is long for screening.",
            "Keep to two pages.",
        )


def _check_headings(doc: Doc, out: Findings) -> None:
    """Headings the splitter kept but could not type ("other") are not standard names."""
    for section in doc.sections:
        title = getattr(section, "title", None)
        if (
            section.section_type == SectionType.OTHER
            and title
            and not _STANDARD_HEADING_WORD_RE.search(title)
            and not _CATCH_ALL_HEADING_RE.match(title)
        ):
            start = doc.text.find(title, section.start_offset, section.end_offset + len(title))
            out.add(
                "headings",
                Severity.SUGGESTION,
                f"Heading '{title}' is not a standard section name an ATS will recognise.",
                "Use standard headings: Summary, Experience, Education, Skills, Projects.",
                (start, start + len(title)) if start >= 0 else None,
            )


def _check_unreadable_text(doc: Doc, out: Findings) -> None:
    text = doc.text
    artefact = _ARTEFACT_RE.search(text)
    if artefact:
        out.add(
            "ats_text",
            Severity.WARNING,
            "Unreadable characters (icon fonts or unmapped glyphs) in the extracted text.",
            "Avoid icon fonts; write 'Email:', 'Phone:' as text.",
            (artefact.start(), artefact.end()),
        )
    for line in doc.lines:
        match = _LETTER_SPACED_RE.fullmatch(text, line.start, line.end)
        if match:
            out.add(
                "ats_text",
                Severity.WARNING,
                "Letter-spaced heading: ATS reads it as separate letters, not a word.",
                "Use normal letter spacing for headings.",
                (match.start(), match.end()),
            )


def _scanned_part(scanned: int, pages: int) -> str:
    if scanned >= pages:
        return "This resume is a scanned image"
    if scanned == 1:
        return f"One of its {pages} pages is a scanned image"
    return f"{scanned} of its {pages} pages are scanned images"
