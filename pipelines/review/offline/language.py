"""The language agent: implied first person, consistent tense per role, no clichés."""

from __future__ import annotations

import re

from core.enums import SectionType, Severity
from pipelines.review.offline.findings import Findings
from pipelines.review.offline.text import RANGE_RE, Doc, Line, first_word, lead_span
from pipelines.review.offline.words import BUZZ_RE, PRONOUN_RE, tense

_ROLE_SECTIONS = frozenset(
    {SectionType.EXPERIENCE, SectionType.PROJECTS, SectionType.VOLUNTEER, SectionType.OTHER}
)


def review_language(doc: Doc) -> Findings:
    out = Findings(doc.text)
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


def _check_pronouns(doc: Doc, out: Findings) -> None:
    text = doc.text
    for line in doc.lines:
        if line.section == SectionType.CONTACT:
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


def _roles(doc: Doc) -> list[tuple[bool, list[Line]]]:
    """(is_current, bullets) per role: roles start at a line holding a date range."""
    roles: list[tuple[bool, list[Line]]] = []
    bullet_ids = {id(ln) for ln in doc.work_bullets}
    for line in doc.lines:
        if line.section not in _ROLE_SECTIONS:
            continue
        match = RANGE_RE.search(doc.text, line.start, line.end)
        if match and id(line) not in bullet_ids:
            roles.append((bool(match.group("open")), []))
        elif roles and id(line) in bullet_ids:
            roles[-1][1].append(line)
    return roles


def _check_tense(text: str, is_current: bool, bullets: list[Line], out: Findings) -> None:
    """A current role in the present tense throughout, a past role in the past tense."""
    tenses = []
    for line in bullets:
        first = first_word(text, line)
        found = tense(first[0]) if first else None
        if found:
            tenses.append((found, line))
    if is_current:
        past = [ln for t, ln in tenses if t == "past"]
        present = [ln for t, ln in tenses if t == "present"]
        if past and present:
            odd = past if len(past) <= len(present) else present
            for line in odd[:2]:
                out.add(
                    "tense",
                    Severity.WARNING,
                    "Tense is mixed within your current role.",
                    "Use present tense consistently for your current role.",
                    lead_span(text, line, 6),
                )
    else:
        for t, line in tenses:
            if t == "present":
                out.add(
                    "tense",
                    Severity.WARNING,
                    "Present tense used for a past role.",
                    "Describe past roles in the past tense.",
                    lead_span(text, line, 6),
                )
