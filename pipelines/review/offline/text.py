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
    r"^([\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\u00b7\u25a0\u25ba\u27a2\u2713\u2714*\-\u2013\u2014>]|\d{1,2}[.)])"
    # A space after the marker, or none before Chinese or Japanese ("·负责…").
    r"(?:\s+|(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]))"
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
# "Present" in the four languages the reviewer reads, and Chinese.
_OPEN_END = (
    r"present|current|now|today|ongoing|heute|aktuell|jetzt|derzeit|laufend"
    r"|aujourd['\u2019]hui|pr\u00e9sent|actuel(?:le)?|en cours|actualidad|presente|hoy"
    r"|\u81f3\u4eca|\u73b0\u5728"
)
_DASH = r"(?:-|\u2013|\u2014)"
# A date range ("Jan 2021 - Present"); group "open" is set when it runs to today.
RANGE_RE = re.compile(
    rf"(?:{_ANY_DATE})\s*(?:{_DASH}|to|until|bis|au|hasta)\s*(?:{_ANY_DATE}|(?P<open>{_OPEN_END}))",
    re.IGNORECASE,
)
# A line opening with a date and a dash but no end date ("2017 - Product Manager"): layouts
# that set dates in a margin column put the range's end ("Present") at the start of the
# next line, where it must not be read as the first word of the text beside it.
DANGLING_RANGE_RE = re.compile(
    rf"(?:{_ANY_DATE})\s*{_DASH}\s*(?!(?:{_ANY_DATE}|{_OPEN_END})\b)", re.IGNORECASE
)
_OPEN_END_RE = re.compile(rf"(?:{_OPEN_END})\b\s*", re.IGNORECASE)
ANY_DATE_RE = re.compile(rf"\b(?:{_ANY_DATE})\b", re.IGNORECASE)
# Words a wrapped line can end on only in mid-sentence: the next line continues it even
# when it starts with a capital ("...models for" / "Natural Language Processing").
_CONNECTIVES = frozenset(
    "a an and as at by for from in including of on or the to via with".split()  # noqa: SIM905
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
    # Begins with the end of the previous line's date range ("Present"), skipped by body_start.
    ends_range_above: bool = False

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
        """Bullets (or, failing markers, sentence-like units) in experience/projects."""
        in_scope = [ln for ln in self.lines if ln.section in _WORK_SECTIONS]
        if not in_scope and SectionType.EXPERIENCE not in self.section_types:
            in_scope = [ln for ln in self.lines if ln.section not in _NON_WORK_SECTIONS]
        bullets = [ln for ln in in_scope if ln.marker]
        if bullets:
            return bullets
        # PDFs often lose bullet glyphs: split_lines has already joined wrapped lines into
        # units, so take long units that are neither a role's date line nor its title.
        following = {id(a): b for a, b in zip(self.lines, self.lines[1:], strict=False)}
        return [
            ln
            for ln in in_scope
            if len(ln.body(self.text).split()) >= 6
            and not is_role_line(self.text, ln)
            and not self._is_title(ln, following.get(id(ln)))
        ]

    def _is_title(self, line: Line, next_line: Line | None) -> bool:
        """A one-line unit without a full stop right above a role's date line: a job title."""
        if next_line is None or "\n" in self.text[line.start : line.end]:
            return False
        return self.text[line.end - 1] not in ".!?" and is_role_line(self.text, next_line)


def is_role_line(text: str, line: Line) -> bool:
    """Whether `line` dates a role: it holds a date range, or the start of one whose end is
    set at the start of the next line."""
    return bool(
        RANGE_RE.search(text, line.start, line.end)
        or DANGLING_RANGE_RE.search(text, line.start, line.end)
    )


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
    """Non-blank lines, with every wrapped bullet or paragraph joined into one unit: a line
    continues the one above when it has no bullet marker and (the one above has a marker
    and no closing punctuation, or it starts in lower case, or the one above ends on a
    comma or a connective such as "for"). Bullet glyphs lost in PDF extraction are thus
    recovered from the line starts and the next line's case."""
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
        line = _new_line(text, sections, start, stripped, None if previous_blank else out)
        prev = out[-1] if out and not previous_blank else None
        if prev is not None and _continues(text, prev, line, sections):
            out[-1] = Line(
                prev.start,
                line.end,
                prev.body_start,
                prev.marker,
                prev.section,
                prev.ends_range_above,
            )
        else:
            out.append(line)
        previous_blank = False
        offset += len(raw)
    return out


def _new_line(
    text: str, sections: Sequence[Any], start: int, stripped: str, above: list[Line] | None
) -> Line:
    end = start + len(stripped)
    match = BULLET_RE.match(stripped)
    marker = match.group(1) if match else None
    if marker and marker[0].isdigit():
        marker = "1."
    body_start = start + match.end() if match else start
    ends_range = False
    if not match and above and DANGLING_RANGE_RE.search(text, above[-1].start, above[-1].end):
        open_end = _OPEN_END_RE.match(text, start, end)
        if open_end and open_end.end() < end:
            body_start, ends_range = open_end.end(), True
    return Line(start, end, body_start, marker, section_at(sections, start), ends_range)


def _continues(text: str, prev: Line, line: Line, sections: Sequence[Any]) -> bool:
    if line.marker or line.ends_range_above or prev.section != line.section:
        return False
    if prev.section == SectionType.CONTACT or RANGE_RE.search(text, line.start, line.end):
        return False
    if any(s.start_offset == line.start or s.start_offset == prev.start for s in sections):
        return False  # a heading starts one of them
    first = text[line.start]
    if prev.marker:
        return first.islower() or text[prev.end - 1] not in ".!?:;"
    if is_role_line(text, prev):
        return False
    last_word = text[prev.start : prev.end].rsplit(None, 1)[-1].lower()
    return first.islower() or text[prev.end - 1] == "," or last_word in _CONNECTIVES


def section_at(sections: Sequence[Any], offset: int) -> str:
    for section in sections:
        if section.start_offset <= offset < section.end_offset:
            return str(section.section_type)
    return SectionType.OTHER


def bullet_span(line: Line) -> tuple[int, int]:
    """The whole bullet (or paragraph) after its marker: a quote never stops mid-sentence."""
    return line.body_start, line.end


def first_word(text: str, line: Line) -> tuple[str, int, int] | None:
    match = WORD_RE.match(text, line.body_start, line.end)
    if not match:
        return None
    return match.group(0), match.start(), match.end()
