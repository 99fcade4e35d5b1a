"""The offline reviewer's text model: the resume as non-blank lines, each knowing its
section and its bullet marker, plus the dates and spans the agents share.

All offsets index the text under review, so every quote taken with them is an exact slice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from core.enums import SectionType
from pipelines.review.injection import mask_prompt_injections
from pipelines.sections import SectionSpan, split_plain_text

BULLET_RE = re.compile(
    r"^([\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\u00b7\u25a0\u25ba\u27a2\u2713\u2714*\-\u2013\u2014>]|\d{1,2}[.)])\s+"
)
WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")

MONTHS_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
MONTHS_FULL = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December)"
)
_ANY_DATE = (
    rf"(?:{MONTHS_FULL}|{MONTHS_ABBR}|May)\s+(?:19|20)\d\d|(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d\d"
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])|(?:19|20)\d\d"
)
# A date range ("Jan 2021 - Present"); group "open" is set when it runs to today.
RANGE_RE = re.compile(
    rf"(?:{_ANY_DATE})\s*(?:-|\u2013|\u2014|to|until)\s*(?:{_ANY_DATE}|(?P<open>present|current|now|today|ongoing))",
    re.IGNORECASE,
)

_WORK_SECTIONS = frozenset({SectionType.EXPERIENCE, SectionType.PROJECTS, SectionType.VOLUNTEER})
_NON_WORK_SECTIONS = frozenset({SectionType.CONTACT, SectionType.SKILLS, SectionType.EDUCATION})


@dataclass(frozen=True)
class Line:
    start: int  # offset of first non-space char
    end: int  # offset after last non-space char
    body_start: int  # after the bullet marker (== start when not a bullet)
    marker: str | None
    section: str  # section type containing this line

    def body(self, text: str) -> str:
        return text[self.body_start : self.end]


@dataclass
class Doc:
    """What an agent reviews: the masked text as lines and sections, plus the layout facts
    and the job description it was given."""

    text: str  # masked text (injections blanked); same length/offsets as the original
    sections: Sequence[Any]
    lines: list[Line]
    section_types: set[str]
    layout: Any
    job_description: str | None

    @property
    def work_bullets(self) -> list[Line]:
        """Bullets (or, failing markers, sentence-like lines) in experience/projects."""
        in_scope = [ln for ln in self.lines if ln.section in _WORK_SECTIONS]
        if not in_scope and SectionType.EXPERIENCE not in self.section_types:
            in_scope = [ln for ln in self.lines if ln.section not in _NON_WORK_SECTIONS]
        bullets = [ln for ln in in_scope if ln.marker]
        if bullets:
            return bullets
        # PDFs often lose bullet glyphs: treat long, date-free lines as bullets.
        return [
            ln
            for ln in in_scope
            if len(ln.body(self.text).split()) >= 6 and not RANGE_RE.search(ln.body(self.text))
        ]


def build_doc(
    text: str, sections: Sequence[Any] | None, layout: Any, job_description: str | None
) -> Doc:
    """The model of `text` with injections masked; without `sections`, they are detected."""
    masked = mask_prompt_injections(text)
    secs: Sequence[Any] = sections if sections else guess_sections(masked)
    types = {str(s.section_type) for s in secs}
    return Doc(masked, secs, split_lines(masked, secs), types, layout, job_description)


def guess_sections(text: str) -> list[SectionSpan]:
    """Sections of a text given without them: the pipeline's own detector
    (``pipelines.sections``), run on the plain text."""
    return split_plain_text(text)


def split_lines(text: str, sections: Sequence[Any]) -> list[Line]:
    """Non-blank lines; a bullet wrapped over several lines (PDF extraction) becomes one."""
    out: list[Line] = []
    offset = 0
    previous_blank = True
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if not stripped:
            previous_blank = True
            offset += len(raw)
            continue
        start = offset + (len(raw) - len(raw.lstrip()))
        end = start + len(stripped)
        match = BULLET_RE.match(stripped)
        body_start = start + match.end() if match else start
        marker = match.group(1) if match else None
        if marker and marker[0].isdigit():
            marker = "1."
        section = section_at(sections, start)
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.marker
            and not marker
            and not previous_blank
            and prev.section == section
            and (stripped[0].islower() or text[prev.end - 1] not in ".!?:;")
            and not RANGE_RE.search(stripped)
        ):
            out[-1] = Line(prev.start, end, prev.body_start, prev.marker, prev.section)
        else:
            out.append(Line(start, end, body_start, marker, section))
        previous_blank = False
        offset += len(raw)
    return out


def section_at(sections: Sequence[Any], offset: int) -> str:
    for section in sections:
        if section.start_offset <= offset < section.end_offset:
            return str(section.section_type)
    return SectionType.OTHER


def lead_span(text: str, line: Line, words: int = 8) -> tuple[int, int]:
    """Span of the first `words` words of a bullet body (an exact, short, locatable quote)."""
    body = line.body(text)
    matches = list(re.finditer(r"\S+", body))
    if len(matches) <= words:
        return line.body_start, line.end
    return line.body_start, line.body_start + matches[words - 1].end()


def bullet_span(text: str, line: Line) -> tuple[int, int]:
    return (
        (line.body_start, line.end)
        if line.end - line.body_start <= 300
        else lead_span(text, line, 12)
    )


def first_word(text: str, line: Line) -> tuple[str, int, int] | None:
    match = WORD_RE.match(text, line.body_start, line.end)
    if not match:
        return None
    return match.group(0), match.start(), match.end()
