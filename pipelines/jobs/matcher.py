"""The offline requirement matcher: one job requirement against one resume's text, a verdict
(``met``, ``partial``, ``missing``, ``unclear``) with a one-line reason and its evidence as
exact spans of the text.

It knows only what ``vocabulary.json`` says (terms and their written forms, degrees and
fields, languages and levels, places) and answers ``unclear`` rather than guessing: when the
requirement names nothing it knows, or the resume does not have the part that would tell (no
dated roles, no education section). ``met`` and ``partial`` always carry evidence; a verdict
that would not is ``unclear``. Nothing is inferred about protected characteristics: the
matcher reads skills, dates, degrees, languages and places only.

By category:

- **skill, domain, other, certification**: the requirement read as clauses that must all
  hold ("Docker and Kubernetes"), each met by any of the terms it names ("Python or Go",
  examples in parentheses); a preference ("a plus", "preferred", "including ...") is left
  out, and a broad term ("backend", "machine learning") counts only where nothing more
  specific is named. Every clause found ``met``, some ``partial``, none ``missing``.
  Evidence: where each found term is first written.
- **years_experience**: "5+ years", "mindestens 3 Jahre" against the union of the dated
  roles (date ranges in the experience section, or outside education and projects when
  there is none; a current role runs to today), counting only roles whose entry mentions the
  field the requirement names (product management, machine learning, web applications):
  at least N ``met``, at least half ``partial``, less ``missing``. Evidence: the ranges.
- **education**: each degree line of the education section, its level (bachelor, master,
  PhD) and the fields on it or the next line: the level and field asked ``met``; a related
  field or a lower level ``partial``; neither ``missing``; no education section ``unclear``.
- **language**: the language and its level (CEFR or words such as fluent, native,
  verhandlungssicher) on the same line: at or above the level ``met``, below or without a
  level ``partial``; the language not named ``missing``.
- **location**: the places the requirement names, in the contact block ``met``; a contact
  block that names another place ``missing``; one that names none ``unclear``.

A template's sample text ("Lorem ipsum", "Your University") is ``unclear`` throughout.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import Any

from core.enums import RequirementCategory
from core.enums import Verdict as VerdictLabel

VERDICTS: tuple[str, ...] = tuple(label.value for label in VerdictLabel)
CATEGORIES: tuple[str, ...] = tuple(category.value for category in RequirementCategory)
VOCABULARY_FILE = Path(__file__).with_name("vocabulary.json")
LEVEL_ORDER = ("A1", "A2", "B1", "B2", "C1", "C2")
DEGREE_ORDER = ("bachelor", "master", "phd")
# Words that make the terms a requirement names alternatives rather than all required.
ALTERNATIVES = re.compile(
    r"\b(or|such as|e\.g\.|for example|similar|oder|vergleichbar|ou|like)\b|/", re.IGNORECASE
)
YEARS_ASKED = re.compile(
    r"(\d+)\s*\+?\s*(?:years|yrs|jahre|ans|años)|(?:mindestens|at least|min\.?)\s+(\d+)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Verdict:
    verdict: str
    reason: str
    evidence: tuple[tuple[int, int], ...] = ()

    def quotes(self, text: str) -> list[str]:
        return [text[start:end] for start, end in self.evidence]


@dataclass(frozen=True)
class ResumeText:
    """The resume as the matcher reads it: its text and its sections' spans by type."""

    text: str
    sections: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    contact_end: int = 0
    placeholder: bool = False  # a template's sample text ("Your Name", lorem ipsum)

    def section(self, kind: str) -> list[tuple[int, int]]:
        return self.sections.get(kind, [])


@cache
def vocabulary() -> dict[str, Any]:
    return json.loads(VOCABULARY_FILE.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def resume_text(document: Any) -> ResumeText:
    """From an ``ExtractedDocument``: its text and its sections."""
    from pipelines.sections import split_sections

    return resume_from_sections(document.text, split_sections(document))


def resume_from_sections(text: str, spans: Sequence[Any]) -> ResumeText:
    """From the text and its sections (split spans or stored ``resume_sections`` rows:
    anything with ``section_type``, ``title``, ``start_offset``, ``end_offset``)."""
    sections: dict[str, list[tuple[int, int]]] = {}
    for span in spans:
        sections.setdefault(span.section_type, []).append((span.start_offset, span.end_offset))
    contact_end = spans[0].end_offset if spans and spans[0].title is None else 0
    placeholder = find(vocabulary()["placeholders"], text) is not None
    return ResumeText(text, sections, contact_end, placeholder)


def judge(
    requirement_text: str, category: str, resume: ResumeText, today: datetime | None = None
) -> Verdict:
    """The verdict on one requirement; ``met``/``partial`` without evidence become
    ``unclear``."""
    if resume.placeholder:
        return Verdict("unclear", "The resume is a template's sample text.")
    judges = {
        "years_experience": _years,
        "education": _education,
        "language": _language,
        "location": _location,
    }
    verdict = judges.get(category, _terms)(requirement_text, resume, today or datetime.now(UTC))
    if verdict.verdict in ("met", "partial") and not verdict.evidence:
        return Verdict("unclear", verdict.reason + " (no evidence to show)")
    return verdict


# --------------------------------------------------------------------------- finding words


@cache  # every form of the vocabulary is looked for in every resume
def _pattern(form: str) -> re.Pattern[str]:
    flags = 0 if form in vocabulary()["case_sensitive"] else re.IGNORECASE
    return re.compile(rf"(?<![\w.+#-]){re.escape(form)}(?![\w+#]|-\w)", flags)


def find(
    forms: list[str], text: str, start: int = 0, end: int | None = None
) -> tuple[int, int] | None:
    """The first place any of ``forms`` is written in ``text[start:end]``, as a span."""
    best: tuple[int, int] | None = None
    region = text[start:end]
    for form in forms:
        match = _pattern(form).search(region)
        if match and (best is None or match.start() + start < best[0]):
            best = (match.start() + start, match.end() + start)
    return best


def named_terms(requirement_text: str) -> list[str]:
    """The vocabulary terms a requirement names, in the order it names them."""
    found: list[tuple[int, str]] = []
    for term, forms in vocabulary()["terms"].items():
        span = find([term, *forms] if term not in forms else forms, requirement_text)
        if span is not None:
            found.append((span[0], term))
    return [term for _, term in sorted(found)]


# What follows these words is a preference, not the requirement ("including responsive
# design", "Terraform a plus", "(PostgreSQL preferred)").
OPTIONAL = re.compile(
    r"\b(including|incl\.|especially|ideally|preferably|is a plus|a plus|bonus|nice to have|"
    r"preferred|bevorzugt|von vorteil|wünschenswert)\b",
    re.IGNORECASE,
)
# Clauses that must all hold; inside one, terms are alternatives.
CLAUSE_SPLIT = re.compile(r"\s+(?:and|und|et|y|&)\s+|[,;]\s*", re.IGNORECASE)


def required_groups(requirement_text: str) -> list[list[str]]:
    """The requirement as groups of terms: every group must be met, by any of its terms.
    Examples in parentheses join their clause as alternatives; a preference ("a plus",
    "preferred", "including ...") is left out; a broad term ("backend", "machine
    learning") counts only in a group that names nothing more specific."""
    text = re.sub(r"\(([^)]*)\)", _parenthetical, requirement_text)
    cut = OPTIONAL.search(text)
    if cut is not None and cut.start() > 0:
        text = text[: cut.start()]
    broad = set(vocabulary()["broad"])
    groups = []
    for clause in CLAUSE_SPLIT.split(text):
        terms = named_terms(clause)
        specific = [t for t in terms if t not in broad]
        if specific or terms:
            groups.append(specific or terms)
    return groups


def _parenthetical(match: re.Match[str]) -> str:
    inside = match.group(1)
    if OPTIONAL.search(inside):
        return " "
    return " or " + re.sub(r"\s*(?:,|/)\s*", " or ", inside) + " "


NAME_TOKEN = re.compile(r"(?<![\w.+#-])([A-Z][A-Za-z0-9]*(?:[.+#][A-Za-z0-9+#]*)*)(?![\w+#])")


def named_tools(clause: str) -> list[str]:
    """Names a clause gives that the vocabulary does not know ("Airflow", "BigQuery",
    "Snowflake"): capitalised words that are not how a requirement begins, or a vendor whose
    name alone would match another of its products (the vocabulary's ``not_names``)."""
    not_names = frozenset(vocabulary()["not_names"])
    return [
        token
        for token in NAME_TOKEN.findall(clause)
        if token.casefold() not in not_names and len(token) > 1
    ]


def _named_groups(requirement_text: str) -> list[list[str]]:
    """The requirement's clauses as groups of the names it gives (when it names no term of
    the vocabulary): every clause must be met, by any of its names."""
    text = re.sub(r"\(([^)]*)\)", _parenthetical, requirement_text)
    cut = OPTIONAL.search(text)
    if cut is not None and cut.start() > 0:
        text = text[: cut.start()]
    return [names for clause in CLAUSE_SPLIT.split(text) if (names := named_tools(clause))]


def _terms(requirement_text: str, resume: ResumeText, today: datetime) -> Verdict:
    """Every group of terms met by one of its terms, as the vocabulary writes them; a
    requirement naming no term is judged on the names it gives, written as they are."""
    groups = required_groups(requirement_text)
    if groups:
        forms = vocabulary()["terms"]
        return _groups_verdict(groups, lambda term: forms[term], resume)
    named = _named_groups(requirement_text)
    if named:
        return _groups_verdict(named, lambda name: [name], resume)
    return Verdict("unclear", "The requirement names nothing the matcher knows.")


def _groups_verdict(
    groups: list[list[str]], forms_of: Callable[[str], list[str]], resume: ResumeText
) -> Verdict:
    """``met`` when every group is shown by one of its terms, ``partial`` when some are,
    else ``missing``; the evidence is where each shown term is written."""
    shown: list[str] = []
    evidence: list[tuple[int, int]] = []
    for group in groups:
        for term in group:
            span = find(forms_of(term), resume.text)
            if span is not None:
                shown.append(term)
                evidence.append(span)
                break
    wanted = " / ".join(" or ".join(group) for group in groups)
    if len(shown) == len(groups):
        return Verdict("met", f"Shows {', '.join(shown)}.", tuple(evidence[:3]))
    if shown:
        return Verdict("partial", f"Shows {', '.join(shown)} of {wanted}.", tuple(evidence[:3]))
    return Verdict("missing", f"No mention of {wanted}.")


# --------------------------------------------------------------------------- years


RANGE = re.compile(
    r"((?:19|20)\d{2})\s*(?:[-\u2013\u2014]|to|bis|à)\s*(?:[A-Za-zéäöü]+\.?\s+)?"
    r"((?:19|20)\d{2}|present|current|now|today|heute|aktuell|actuel|aujourd'hui|至今)",
    re.IGNORECASE,
)


def _years(requirement_text: str, resume: ResumeText, today: datetime) -> Verdict:
    asked_match = YEARS_ASKED.search(requirement_text)
    if asked_match is None:
        return _terms(requirement_text, resume, today)
    asked = int(asked_match.group(1) or asked_match.group(2))
    roles = _dated_roles(resume, today)
    if not roles:
        return Verdict("missing", "No dated roles.")
    broad_only = {"software engineering", "backend"}
    topic = [t for t in named_terms(requirement_text) if t not in broad_only]
    forms = vocabulary()["terms"]
    if topic:
        forms_of_topic = [form for t in topic for form in forms[t]]
        roles = [r for r in roles if find(forms_of_topic, resume.text, r[3], r[4])]
        if not roles:
            return Verdict("missing", f"No dated role in {', '.join(topic)}.")
    years = _union_years([(start, end) for start, end, *_ in roles])
    evidence = tuple((r[2], r[2] + len(r[5])) for r in roles[:2])
    said = f"About {years:g} years of dated roles ({asked}+ asked)."
    if years >= asked:
        return Verdict("met", said, evidence)
    if years * 2 >= asked:
        return Verdict("partial", said, evidence)
    return Verdict("missing", said)


def _dated_roles(
    resume: ResumeText, today: datetime
) -> list[tuple[float, float, int, int, int, str]]:
    """(start year, end year, offset of the range, entry start, entry end, range text) for
    each date range outside the education section; an entry runs from the line before its
    range to the next range."""
    # Roles are dated in the experience section; without one, anywhere but the sections
    # whose dates are not employment.
    allowed = resume.section("experience")
    excluded = [
        span
        for kind in ("education", "projects", "certifications", "awards", "publications")
        for span in resume.section(kind)
    ]
    found = []
    for match in RANGE.finditer(resume.text):
        at = match.start()
        if allowed and not any(s <= at < e for s, e in allowed):
            continue
        if any(s <= at < e for s, e in excluded):
            continue
        first = int(match.group(1))
        last_text = match.group(2)
        last = int(last_text) if last_text.isdigit() else today.year + today.month / 12
        if first > today.year or last < first:
            continue
        found.append((float(first), float(last), match.start(), match.group(0)))
    roles = []
    for index, (first, last, at, said) in enumerate(found):
        entry_start = resume.text.rfind("\n", 0, max(0, resume.text.rfind("\n", 0, at))) + 1
        entry_end = found[index + 1][2] if index + 1 < len(found) else len(resume.text)
        roles.append((first, last, at, entry_start, entry_end, said))
    return roles


def _union_years(spans: list[tuple[float, float]]) -> float:
    total = 0.0
    current: tuple[float, float] | None = None
    for start, end in sorted(spans):
        if current is None or start > current[1]:
            if current is not None:
                total += current[1] - current[0]
            current = (start, end)
        else:
            current = (current[0], max(current[1], end))
    if current is not None:
        total += current[1] - current[0]
    return round(total, 1)


# --------------------------------------------------------------------------- education


def _degree_level(text: str) -> list[tuple[str, tuple[int, int]]]:
    found = []
    for level, forms in vocabulary()["degrees"]["levels"].items():
        span = find(forms, text)
        if span is not None:
            found.append((level, span))
    return found


def _fields(text: str, start: int = 0, end: int | None = None) -> dict[str, tuple[int, int]]:
    found = {}
    for name, forms in vocabulary()["degrees"]["fields"].items():
        span = find(forms, text, start, end)
        if span is not None:
            found[name] = span
    return found


def _education(requirement_text: str, resume: ResumeText, today: datetime) -> Verdict:
    asked_levels = [level for level, _ in _degree_level(requirement_text)]
    asked_fields = list(_fields(requirement_text))
    if not asked_levels and not asked_fields:
        return _terms(requirement_text, resume, today)
    sections = resume.section("education")
    if not sections:
        return Verdict("unclear", "No education section.")
    need = min((DEGREE_ORDER.index(level) for level in asked_levels), default=0)
    related = vocabulary()["degrees"]["related"]
    best: tuple[int, str, tuple[tuple[int, int], ...]] | None = None
    for degree, fields, evidence in _degrees(resume, sections):
        level_ok = degree >= need
        same = [f for f in asked_fields if f in fields] if asked_fields else list(fields)
        near = [f for a in asked_fields for f in related.get(a, []) if f in fields]
        if level_ok and same:
            rank, verdict = 3, "met"
        elif (level_ok and near) or same or (level_ok and not asked_fields):
            rank, verdict = 2, "partial"
        else:
            continue
        if best is None or rank > best[0]:
            best = (rank, verdict, evidence)
    if best is None:
        return Verdict("missing", "No degree at the level or in the field asked.")
    reason = "Holds the degree asked." if best[1] == "met" else "A related or lower degree."
    return Verdict(best[1], reason, best[2])


def _degrees(
    resume: ResumeText, sections: list[tuple[int, int]]
) -> list[tuple[int, dict[str, tuple[int, int]], tuple[tuple[int, int], ...]]]:
    """Each degree named in the education section: its level, the fields on its line (or
    the next), and the spans that show them."""
    degrees = []
    for start, end in sections:
        lines = resume.text[start:end].split("\n")
        offset = start
        for index, line in enumerate(lines):
            levels = _degree_level(line)
            if levels:
                following = lines[index + 1] if index + 1 < len(lines) else ""
                span_end = offset + len(line) + 1 + len(following)
                fields = _fields(resume.text, offset, span_end)
                level, (s, e) = max(levels, key=lambda item: DEGREE_ORDER.index(item[0]))
                evidence = ((s + offset, e + offset), *list(fields.values())[:1])
                degrees.append((DEGREE_ORDER.index(level), fields, evidence))
            offset += len(line) + 1
    return degrees


# --------------------------------------------------------------------------- languages


def _language(requirement_text: str, resume: ResumeText, today: datetime) -> Verdict:
    languages = vocabulary()["languages"]
    # "Fluent English (C1); German is a plus": the clause that is a preference is left out.
    required = " ; ".join(
        clause for clause in re.split(r"[;,]", requirement_text) if not OPTIONAL.search(clause)
    )
    mentioned = [
        (span[0], name)
        for name, forms in languages.items()
        if (span := find(forms, required)) is not None
    ]
    asked = [name for _, name in sorted(mentioned)]
    if not asked:
        return Verdict("unclear", "The requirement names no language the matcher knows.")
    need = _level_in(required) or "B2"
    for name in asked:
        span = find(languages[name], resume.text)
        if span is None:
            continue
        # The level written with this language: its item of the line ("English (C1)" in
        # "Hungarian (native), English (C1), German (B1)"), not the line's highest.
        line_start = resume.text.rfind("\n", 0, span[0]) + 1
        line_end = resume.text.find("\n", span[1])
        line_end = line_end if line_end >= 0 else len(resume.text)
        separators = re.compile(r"[,;|•·]")
        before = [m.end() for m in separators.finditer(resume.text, line_start, span[0])]
        after = separators.search(resume.text, span[1], line_end)
        item = resume.text[
            before[-1] if before else line_start : after.start() if after else line_end
        ]
        level = _level_in(item)
        if level is None:
            return Verdict("partial", f"Names {name}, without a level ({need} asked).", (span,))
        if LEVEL_ORDER.index(level) >= LEVEL_ORDER.index(need):
            return Verdict("met", f"{name.capitalize()} at {level} ({need} asked).", (span,))
        return Verdict("partial", f"{name.capitalize()} at {level} ({need} asked).", (span,))
    return Verdict("missing", f"No {', '.join(asked)} mentioned.")


def _level_in(text: str) -> str | None:
    best: str | None = None
    for level, forms in vocabulary()["levels"].items():
        if find(forms, text) and (
            best is None or LEVEL_ORDER.index(level) > LEVEL_ORDER.index(best)
        ):
            best = level
    return best


# --------------------------------------------------------------------------- places


def _location(requirement_text: str, resume: ResumeText, today: datetime) -> Verdict:
    places = vocabulary()["places"]
    asked = [name for name in places if find([name, *places[name][:2]], requirement_text)]
    if not asked:
        return Verdict("unclear", "The requirement names no place the matcher knows.")
    forms = [form for name in asked for form in places[name]]
    contact_end = resume.contact_end or min(len(resume.text), 400)
    at_home = find(forms, resume.text, 0, contact_end)
    if at_home is not None:
        return Verdict("met", f"Based in {asked[0]}.", (at_home,))
    every_place = [form for name in places for form in places[name]]
    head = resume.text[:contact_end]
    if find(every_place, head) is not None or CITY_LINE.search(head):
        return Verdict("missing", f"Lives elsewhere than {asked[0]}.")
    return Verdict("unclear", "The resume does not say where they live.")


# "Portland, OR", "Bremen, Germany": a place written the way an address is.
CITY_LINE = re.compile(r"\b[A-Z][a-zäöüé]+(?: [A-Z][a-zäöüé]+)?, (?:[A-Z]{2}\b|[A-Z][a-zäöüé]+)")
