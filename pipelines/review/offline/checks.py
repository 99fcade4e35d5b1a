"""Checks shared by the structure and ATS agents: contact details and the core sections."""

from __future__ import annotations

import re

from core.enums import SectionType, Severity
from pipelines.review.offline.findings import Findings
from pipelines.review.offline.text import Doc

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?<![\w/])\+?\(?\d[\d\s().-]{7,}\d(?![\w/])")
_YEAR_TOKEN_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEAR_MONTH_RE = re.compile(r"(?<!\d)(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?!\d)")
_LINKEDIN_RE = re.compile(r"linkedin", re.IGNORECASE)

# The sections every resume needs, and how bad it is to miss one (outside the ATS view).
_CORE_SECTIONS: dict[SectionType, Severity] = {
    SectionType.EXPERIENCE: Severity.CRITICAL,
    SectionType.EDUCATION: Severity.WARNING,
    SectionType.SKILLS: Severity.WARNING,
}


def _looks_like_phone(candidate: str) -> bool:
    digits = sum(c.isdigit() for c in candidate)
    if not 9 <= digits <= 15:
        return False
    # Date ranges ("2014-09 - 2018-06", "2019 2020 2021") look like digit runs too.
    return not (len(_YEAR_TOKEN_RE.findall(candidate)) >= 2 or _YEAR_MONTH_RE.search(candidate))


def check_contact(doc: Doc, out: Findings, *, ats: bool = False) -> None:
    text = doc.text
    if not _EMAIL_RE.search(text):
        out.add(
            "contact",
            Severity.CRITICAL,
            "No email address found"
            + (" in the parsed text; ATS profiles are keyed on it." if ats else "."),
            "Add a professional email address at the top of the resume, as plain text.",
        )
    if not any(_looks_like_phone(m.group(0)) for m in _PHONE_RE.finditer(text)):
        out.add(
            "contact",
            Severity.WARNING,
            "No phone number found.",
            "Add a phone number with country code next to your email.",
        )
    if not ats and not _LINKEDIN_RE.search(text):
        out.add(
            "contact",
            Severity.SUGGESTION,
            "No LinkedIn profile URL found.",
            "Add your LinkedIn URL (linkedin.com/in/...) to the contact line.",
        )


def check_core_sections(doc: Doc, out: Findings, *, ats: bool = False) -> None:
    for kind, severity in _CORE_SECTIONS.items():
        if kind not in doc.section_types:
            why = " ATS parsers map content to fields by standard headings." if ats else ""
            out.add(
                "sections",
                Severity.WARNING if ats else severity,
                f"No '{kind.title()}' section was found.{why}",
                f"Add a clearly headed '{kind.title()}' section.",
            )
