"""The language agent: implied first person, consistent tense per role, no clichés."""

from __future__ import annotations

import re

from core.enums import SectionType, Severity
from pipelines.review.offline.findings import Findings
from pipelines.review.offline.spelling import (
    Unit,
    find_placeholders,
    find_typos,
    resume_language,
)
from pipelines.review.offline.text import (
    ANY_DATE_RE,
    DANGLING_RANGE_RE,
    RANGE_RE,
    WORD_RE,
    Doc,
    Line,
    bullet_span,
    first_word,
)
from pipelines.review.offline.words import BUZZ_RE, PRONOUN_RE, is_base_form, tense

# "Lead engineer on ..." opens with a job title, not with the verb "lead".
_ROLE_NOUN_AFTER_RE = re.compile(r"\s+[a-z]+(?:er|or|ist|ant)\b")

_ROLE_SECTIONS = frozenset(
    {SectionType.EXPERIENCE, SectionType.PROJECTS, SectionType.VOLUNTEER, SectionType.OTHER}
)


def review_language(doc: Doc) -> Findings:
    out = Findings(doc.text)
    language = resume_language(doc.text)
    _check_spelling(doc, language, out)
    # The pronoun and verb-tense tables are English: "Me encargo de..." is ordinary
    # Spanish, and "Manage une équipe" is no English present tense.
    if language == "en":
        _check_pronouns(doc, out)
        for is_current, bullets in _roles(doc):
            _check_tense(doc.text, is_current, bullets, out)
    for match in BUZZ_RE.finditer(doc.text):
        out.add(
            "cliches",
            Severity.SUGGESTION,
            f"'{match.group(0)}' is a cliché that recruiters skip.",
            "Show the quality with a concrete achievement instead.",
            (match.start(), match.end()),
        )
    return out


def _check_spelling(doc: Doc, language: str, out: Findings) -> None:
    """Template text left in, then each typo (the misspelt word is the span)."""
    template = find_placeholders(doc.text)
    for span in template:
        out.add(
            "placeholder",
            Severity.WARNING,
            f"'{doc.text[span[0] : span[1]]}' is a template's sample text, left in.",
            "Replace it with your own details, or delete it.",
            span,
        )
    headings = {section.start_offset for section in doc.sections if section.title}
    units = [
        Unit(
            line.start,
            line.end,
            line.section,
            line.start in headings or _heading_like(doc.text[line.start : line.end]),
            bool(line.marker),
        )
        for line in doc.lines
    ]
    scanned = bool(getattr(doc.layout, "scanned_pages", 0))
    for typo in find_typos(doc.text, units, language, template, ocr=scanned):
        if typo.correction:
            message = f"'{typo.word}' looks misspelt: '{typo.correction}'?"
            suggestion = f"Correct it to '{typo.correction}'."
        else:
            message = f"'{typo.word}' looks misspelt."
            suggestion = "Check its spelling."
        out.add("spelling", Severity.WARNING, message, suggestion, (typo.start, typo.end))


def _heading_like(line: str) -> bool:
    """A short line of words alone, as a heading is written (even one the splitter did not
    take for a heading because it is misspelt: "Addtional Information")."""
    words = line.split()
    return 0 < len(words) <= 3 and not any(c.isdigit() for c in line) and line[-1:] not in ".,;"


def _check_pronouns(doc: Doc, out: Findings) -> None:
    text = doc.text
    titles = {str(s.title).strip() for s in doc.sections if getattr(s, "title", None)}
    for line in doc.lines:
        # A heading ("My Projects") names a section; it is not a sentence about the candidate.
        if line.section == SectionType.CONTACT or text[line.start : line.end] in titles:
            continue
        for match in PRONOUN_RE.finditer(text, line.start, line.end):
            before = text[match.start() - 1] if match.start() > 0 else " "
            after = text[match.end()] if match.end() < len(text) else " "
            if before in "@./:" or after in "@/:":
                continue
            word_end = re.match(r"\s*\S+", text[match.end() : line.end])
            end = match.end() + (word_end.end() if word_end else 0)
            out.add(
                "pronouns",
                Severity.SUGGESTION,
                f"First-person pronoun '{match.group(0)}'.",
                "Resumes use implied first person: start with the verb ('Led...', not 'I led...').",
                (match.start(), end),
            )
            break  # one per line is enough


def _roles(doc: Doc) -> list[tuple[bool | None, list[Line]]]:
    """(is_current, bullets) per role. A role starts at a non-bullet line holding a date:
    current when its range runs to today (also when "Present" is set on the next line),
    finished when it has an end date, unknown (None) for a single date ("Summer 2022").
    A new section also starts a role of unknown date, so bullets never join a role above."""
    roles: list[tuple[bool | None, list[Line]]] = []
    bullet_ids = {id(ln) for ln in doc.work_bullets}
    section = None
    for index, line in enumerate(doc.lines):
        if line.section not in _ROLE_SECTIONS:
            continue
        if line.section != section:
            section = line.section
            roles.append((None, []))
        if id(line) in bullet_ids:
            roles[-1][1].append(line)
        elif ANY_DATE_RE.search(doc.text, line.start, line.end):
            following = doc.lines[index + 1] if index + 1 < len(doc.lines) else None
            roles.append((_is_current(doc.text, line, following), []))
    return roles


def _is_current(text: str, line: Line, following: Line | None) -> bool | None:
    match = RANGE_RE.search(text, line.start, line.end)
    if match:
        return bool(match.group("open"))
    if DANGLING_RANGE_RE.search(text, line.start, line.end):
        return bool(following and following.ends_range_above)
    return None


def _opening_tense(text: str, line: Line) -> str | None:
    """The tense of the bullet's verb. An opening base form that is also a noun ("Design of
    the new API reduced latency by 40%") is not the verb when a past form follows: the
    bullet is in the past tense."""
    first = first_word(text, line)
    if not first:
        return None
    if first[0].lower() == "lead" and _ROLE_NOUN_AFTER_RE.match(text, first[2], line.end):
        return None
    found = tense(first[0])
    if found == "present" and is_base_form(first[0]):
        later = [tense(word) for word in WORD_RE.findall(text, first[2], line.end)[:10]]
        if "past" in later:
            return "past"
    return found


def _check_tense(text: str, is_current: bool | None, bullets: list[Line], out: Findings) -> None:
    """A past role in the past tense. A current role may mix tenses (ongoing duties in the
    present, finished projects in the past): that is the accepted convention, not a fault."""
    if is_current is not False:
        return
    for line in bullets:
        if _opening_tense(text, line) == "present":
            out.add(
                "tense",
                Severity.WARNING,
                "Present tense used for a past role.",
                "Describe past roles in the past tense.",
                bullet_span(line),
            )
