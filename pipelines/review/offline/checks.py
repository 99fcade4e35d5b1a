"""Checks shared by the structure and ATS agents: contact details and the core sections."""

from __future__ import annotations

import re

from core.enums import SectionType, Severity
from pipelines.phone_numbers import has_phone
from pipelines.review.offline.findings import Findings
from pipelines.review.offline.text import RANGE_RE, Doc

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_LINKEDIN_RE = re.compile(r"linkedin", re.IGNORECASE)

# The sections every resume needs, and how bad it is to miss one (outside the ATS view).
_CORE_SECTIONS: dict[SectionType, Severity] = {
    SectionType.EXPERIENCE: Severity.CRITICAL,
    SectionType.EDUCATION: Severity.WARNING,
    SectionType.SKILLS: Severity.WARNING,
}


# A core section's heading word where the section splitter found no heading: in capitals
# anywhere (multi-column text sets headings mid-line) or opening a line ("Job Experience",
# a heading wrapped beside its content). The section is there; only its detection failed.
_HEADING_WORDS: dict[SectionType, re.Pattern[str]] = {
    SectionType.EXPERIENCE: re.compile(
        r"\b(?:EXPERIENCE|EMPLOYMENT)\b|^(?:Work |Job |Professional )?Experience\b", re.M
    ),
    SectionType.EDUCATION: re.compile(r"\bEDUCATION\b|^Education\b", re.M),
    SectionType.SKILLS: re.compile(r"\bSKILLS\b|^(?:Technical |Core |Key )?Skills\b", re.M),
}
# An unheaded opening paragraph (an objective under the name) is a summary.
_SUMMARY_WORDS = 15


def _has_section(doc: Doc, kind: SectionType) -> bool:
    return kind in doc.section_types or bool(_HEADING_WORDS[kind].search(doc.text))


def _has_unheaded_experience(doc: Doc) -> bool:
    """Roles with dates and achievement bullets, under no heading or another one."""
    return bool(doc.work_bullets) and any(
        RANGE_RE.search(doc.text, ln.start, ln.end)
        for ln in doc.lines
        if ln.section != SectionType.EDUCATION
    )


def has_unheaded_summary(doc: Doc) -> bool:
    return any(
        ln.section == SectionType.CONTACT
        and len(doc.text[ln.start : ln.end].split()) >= _SUMMARY_WORDS
        and doc.text[ln.end - 1] == "."
        for ln in doc.lines
    )


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
    if not has_phone(text):
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
        if _has_section(doc, kind):
            continue
        # The structure view asks whether the content is there; the ATS view, whether a
        # parser can find it under a standard heading.
        if not ats and kind == SectionType.EXPERIENCE and _has_unheaded_experience(doc):
            continue
        why = " ATS parsers map content to fields by standard headings." if ats else ""
        out.add(
            "sections",
            Severity.WARNING if ats else severity,
            f"No '{kind.title()}' section was found.{why}",
            f"Add a clearly headed '{kind.title()}' section.",
        )
