"""Deterministic built-in reviewer: used when no LLM is configured (and as a fallback).

No network, no randomness: the same input always gives the same AgentReview. Every finding
that points at something in the resume carries `quoted_text` copied exactly from `text`
(a slice of it), so grounding always succeeds for offline findings.

Scoring (structure, content, ats, language):
    score = clamp(100 - sum over categories of min(CATEGORY_CAP, sum of item penalties))
    penalties: critical 25, warning 10, suggestion 4, info 0; CATEGORY_CAP = 30
    (the cap stops one repeated issue, e.g. 12 bullets without numbers, from zeroing a
    score on its own). Prompt-injection findings are never scored, and the analysis runs on
    `mask_prompt_injections(text)`, so injected text cannot change any score.
Scoring (job_match):
    score = round(100 * matched_weight / total_weight) over up to 30 keywords taken from the
    job description (weight = occurrences in the JD, capped at 3); keywords are matched on
    light stems ("managed" ~ "manage"), case-insensitively.
"""

from __future__ import annotations

import re
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, Protocol

from pipelines.review.injection import detect_prompt_injection, mask_prompt_injections
from pipelines.review.llm import CallRecord
from pipelines.review.pricing import OFFLINE_MODEL
from pipelines.review.schemas import AGENT_TYPES, MAX_FEEDBACK_ITEMS, AgentReview, FeedbackDraft

PENALTY: dict[str, int] = {"critical": 25, "warning": 10, "suggestion": 4, "info": 0}
SEVERITY_RANK: dict[str, int] = {"critical": 0, "warning": 1, "suggestion": 2, "info": 3}
CATEGORY_CAP = 30
MAX_ITEMS_PER_CATEGORY = 6
OVERLONG_BULLET_WORDS = 30
UNSCORED_CATEGORIES = frozenset({"prompt_injection"})


class LayoutLike(Protocol):
    page_count: int
    has_tables: bool
    multi_column: bool
    has_images: bool
    header_footer_text: Any
    has_text_boxes: bool


# --------------------------------------------------------------------------- text model

_BULLET_RE = re.compile(
    r"^([\u2022\u25aa\u25cf\u25e6\u2023\u2043\u2219\u00b7\u25a0\u25ba\u27a2\u2713\u2714*\-\u2013\u2014>]|\d{1,2}[.)])\s+"
)
_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


@dataclass(frozen=True)
class _Line:
    start: int  # offset of first non-space char
    end: int  # offset after last non-space char
    body_start: int  # after the bullet marker (== start when not a bullet)
    marker: str | None
    section: str  # section type containing this line

    def body(self, text: str) -> str:
        return text[self.body_start : self.end]


@dataclass(frozen=True)
class _Section:
    section_type: str
    title: str | None
    start_offset: int
    end_offset: int


_HEADINGS: dict[str, tuple[str, ...]] = {
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career history",
        "relevant experience",
    ),
    "education": ("education", "academic background", "education and training", "academics"),
    "skills": (
        "skills",
        "technical skills",
        "core competencies",
        "competencies",
        "key skills",
        "skills and tools",
        "technologies",
    ),
    "summary": (
        "summary",
        "profile",
        "professional summary",
        "about me",
        "objective",
        "career objective",
        "professional profile",
    ),
    "projects": ("projects", "personal projects", "selected projects"),
    "certifications": ("certifications", "certificates", "licenses and certifications"),
    "awards": ("awards", "honors", "honours", "achievements"),
    "publications": ("publications",),
    "languages": ("languages",),
    "volunteer": ("volunteer", "volunteering", "volunteer experience"),
    "interests": ("interests", "hobbies"),
    "references": ("references",),
}
_HEADING_LOOKUP = {name: kind for kind, names in _HEADINGS.items() for name in names}


def _normalise_heading(line: str) -> str:
    line = line.strip().rstrip(":")
    if re.fullmatch(r"(?:[A-Za-z] ){2,}[A-Za-z]", line):  # letter-spaced "S K I L L S"
        line = line.replace(" ", "")
    return re.sub(r"[^a-z ]+", " ", line.lower()).strip().replace("  ", " ")


def guess_sections(text: str) -> list[_Section]:
    """Fallback segmentation by well-known headings (used when no sections are passed)."""
    marks: list[tuple[int, str, str]] = []
    offset = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        if stripped and len(stripped) <= 40:
            kind = _HEADING_LOOKUP.get(_normalise_heading(stripped))
            if kind:
                start = offset + raw.index(stripped[0])
                marks.append((start, kind, stripped))
        offset += len(raw)
    sections: list[_Section] = []
    first = marks[0][0] if marks else len(text)
    if first > 0:
        sections.append(_Section("contact", None, 0, first))
    for i, (start, kind, title) in enumerate(marks):
        end = marks[i + 1][0] if i + 1 < len(marks) else len(text)
        sections.append(_Section(kind, title, start, end))
    return sections


def _lines(text: str, sections: Sequence[Any]) -> list[_Line]:
    """Non-blank lines; a bullet wrapped over several lines (PDF extraction) becomes one."""
    out: list[_Line] = []
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
        match = _BULLET_RE.match(stripped)
        body_start = start + match.end() if match else start
        marker = match.group(1) if match else None
        if marker and marker[0].isdigit():
            marker = "1."
        section = _section_at(sections, start)
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.marker
            and not marker
            and not previous_blank
            and prev.section == section
            and (stripped[0].islower() or text[prev.end - 1] not in ".!?:;")
            and not _RANGE_RE.search(stripped)
        ):
            out[-1] = _Line(prev.start, end, prev.body_start, prev.marker, prev.section)
        else:
            out.append(_Line(start, end, body_start, marker, section))
        previous_blank = False
        offset += len(raw)
    return out


def _section_at(sections: Sequence[Any], offset: int) -> str:
    for section in sections:
        if section.start_offset <= offset < section.end_offset:
            return str(section.section_type)
    return "other"


# --------------------------------------------------------------------------- regexes

_EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE_RE = re.compile(r"(?<![\w/])\+?\(?\d[\d\s().-]{7,}\d(?![\w/])")
_YEAR_TOKEN_RE = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_YEAR_MONTH_RE = re.compile(r"(?<!\d)(?:19|20)\d\d-(?:0[1-9]|1[0-2])(?!\d)")
_LINKEDIN_RE = re.compile(r"linkedin", re.IGNORECASE)
_METRIC_RE = re.compile(
    r"\d|%|\$|\u20ac|\u00a3|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"dozens?|hundreds?|thousands?|millions?|billions?|double[ds]?|tripled|halved|half)\b",
    re.IGNORECASE,
)
_WEAK_RE = re.compile(
    r"\b(?:responsible for|helped|helping|worked on|working on|assisted(?: with| in)?|assisting|"
    r"involved in|participated in|tasked with|duties included|in charge of)\b",
    re.IGNORECASE,
)
_BUZZ_RE = re.compile(
    r"\b(?:team player|hard[- ]working|hardworking|results[- ]driven|detail[- ]oriented|"
    r"go[- ]getter|self[- ]starter|think(?:ing)? outside the box|synergy|synergies|"
    r"dynamic individual|proven track record|fast[- ]paced environment|passionate about|"
    r"motivated individual|excellent communication skills)\b",
    re.IGNORECASE,
)
_PRONOUN_RE = re.compile(r"\bI(?=\s+[a-z']|'m\b|'ve\b)|\b(?:me|my|mine|myself)\b", re.IGNORECASE)
_MONTHS_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
_MONTHS_FULL = (
    r"(?:January|February|March|April|June|July|August|September|October|November|December)"
)
_DATE_FORMATS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Month YYYY (e.g. January 2020)", re.compile(rf"\b{_MONTHS_FULL}\s+(?:19|20)\d\d\b")),
    ("Mon YYYY (e.g. Jan 2020)", re.compile(rf"\b{_MONTHS_ABBR}\s+(?:19|20)\d\d\b")),
    ("MM/YYYY", re.compile(r"\b(?:0?[1-9]|1[0-2])/(?:19|20)\d\d\b")),
    ("YYYY-MM", re.compile(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b(?!-\d)")),
    ("MM.YYYY", re.compile(r"\b(?:0?[1-9]|1[0-2])\.(?:19|20)\d\d\b")),
    ("MM-YYYY", re.compile(r"(?<![\d-])(?:0[1-9]|1[0-2])-(?:19|20)\d\d\b")),
)
_ANY_DATE = (
    rf"(?:{_MONTHS_FULL}|{_MONTHS_ABBR}|May)\s+(?:19|20)\d\d|(?:0?[1-9]|1[0-2])[/.-](?:19|20)\d\d"
    r"|(?:19|20)\d\d-(?:0[1-9]|1[0-2])|(?:19|20)\d\d"
)
_RANGE_RE = re.compile(
    rf"(?:{_ANY_DATE})\s*(?:-|\u2013|\u2014|to|until)\s*(?:{_ANY_DATE}|(?P<open>present|current|now|today|ongoing))",
    re.IGNORECASE,
)
_ARTEFACT_RE = re.compile(r"\(cid:\d+\)|[\ue000-\uf8ff\ufffd]")
_LETTER_SPACED_RE = re.compile(r"(?:[A-Z] ){3,}[A-Z]")

# --------------------------------------------------------------------------- verb tense

_BASE_VERBS = (  # noqa: SIM905 - a word list reads better as prose
    "achieve administer advise analyze analyse architect automate build coach collaborate "
    "communicate conduct configure consolidate contribute coordinate create debug define deliver "
    "deploy design develop direct drive enhance establish evaluate execute expand facilitate "
    "generate grow guide handle help identify implement improve increase initiate integrate "
    "introduce launch lead maintain manage mentor migrate monitor negotiate optimize optimise "
    "organize organise oversee own partner perform plan prepare present prioritize produce "
    "program propose prototype provide publish recruit redesign reduce refactor research resolve "
    "review run scale schedule secure serve ship simplify spearhead streamline supervise support "
    "teach test train transform troubleshoot upgrade work write assist participate translate "
    "sell speak win make take give bring begin hold keep spend author oversee coordinate "
    "document track report model operate process negotiate instruct assess audit"
).split()
_IRREGULAR_PAST = {
    "build": "built",
    "drive": "drove",
    "grow": "grew",
    "lead": "led",
    "run": "ran",
    "write": "wrote",
    "teach": "taught",
    "oversee": "oversaw",
    "win": "won",
    "make": "made",
    "take": "took",
    "give": "gave",
    "bring": "brought",
    "begin": "began",
    "hold": "held",
    "keep": "kept",
    "sell": "sold",
    "speak": "spoke",
    "spend": "spent",
}
_DOUBLE = {"plan", "ship", "program", "commit", "submit", "control"}


def _past(verb: str) -> str:
    if verb in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[verb]
    if verb in _DOUBLE:
        return verb + verb[-1] + "ed"
    if verb.endswith("e"):
        return verb + "d"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ied"
    return verb + "ed"


def _third(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x")):
        return verb + "es"
    if verb.endswith("y") and verb[-2] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def _gerund(verb: str) -> str:
    if verb in _DOUBLE or verb in {"run", "win"}:
        return verb + verb[-1] + "ing"
    if verb.endswith("e") and not verb.endswith("ee"):
        return verb[:-1] + "ing"
    return verb + "ing"


_PAST_FORMS = {_past(v) for v in _BASE_VERBS}
_PRESENT_FORMS = {f(v) for v in _BASE_VERBS for f in (str, _third, _gerund)}


def _tense(first_word: str) -> str | None:
    word = first_word.lower()
    if word in _PAST_FORMS:
        return "past"
    if word in _PRESENT_FORMS:
        return "present"
    return None


# --------------------------------------------------------------------------- helpers


class _Findings:
    """Collects findings; caps items per category and keeps quotes exact slices of text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.items: list[FeedbackDraft] = []
        self._per_category: Counter[str] = Counter()
        self.overflow: Counter[str] = Counter()

    def add(
        self,
        category: str,
        severity: str,
        message: str,
        suggestion: str | None = None,
        span: tuple[int, int] | None = None,
    ) -> None:
        if self._per_category[category] >= MAX_ITEMS_PER_CATEGORY:
            self.overflow[category] += 1
            return
        self._per_category[category] += 1
        quote = self.text[span[0] : span[1]] if span else None
        self.items.append(
            FeedbackDraft(
                category=category,
                severity=severity,  # type: ignore[arg-type]
                message=message,
                suggestion=suggestion,
                quoted_text=quote or None,
            )
        )


def _lead_span(text: str, line: _Line, words: int = 8) -> tuple[int, int]:
    """Span of the first `words` words of a bullet body (an exact, short, locatable quote)."""
    body = line.body(text)
    matches = list(re.finditer(r"\S+", body))
    if len(matches) <= words:
        return line.body_start, line.end
    return line.body_start, line.body_start + matches[words - 1].end()


def _bullet_span(text: str, line: _Line) -> tuple[int, int]:
    return (
        (line.body_start, line.end)
        if line.end - line.body_start <= 300
        else _lead_span(text, line, 12)
    )


def _first_word(text: str, line: _Line) -> tuple[str, int, int] | None:
    match = _WORD_RE.match(text, line.body_start, line.end)
    if not match:
        return None
    return match.group(0), match.start(), match.end()


def _score(items: Iterable[FeedbackDraft]) -> int:
    per_category: Counter[str] = Counter()
    for item in items:
        if item.category in UNSCORED_CATEGORIES:
            continue
        per_category[item.category] += PENALTY[item.severity]
    deduction = sum(min(CATEGORY_CAP, value) for value in per_category.values())
    return max(0, min(100, 100 - deduction))


@dataclass
class _Doc:
    text: str  # masked text (injections blanked); same length/offsets as the original
    sections: Sequence[Any]
    lines: list[_Line]
    section_types: set[str]

    @property
    def work_bullets(self) -> list[_Line]:
        """Bullets (or, failing markers, sentence-like lines) in experience/projects."""
        scope = {"experience", "projects", "volunteer"}
        in_scope = [ln for ln in self.lines if ln.section in scope]
        if not in_scope and "experience" not in self.section_types:
            in_scope = [
                ln for ln in self.lines if ln.section not in {"contact", "skills", "education"}
            ]
        bullets = [ln for ln in in_scope if ln.marker]
        if bullets:
            return bullets
        # PDFs often lose bullet glyphs: treat long, date-free lines as bullets.
        return [
            ln
            for ln in in_scope
            if len(ln.body(self.text).split()) >= 6 and not _RANGE_RE.search(ln.body(self.text))
        ]


def _build_doc(text: str, sections: Sequence[Any] | None) -> _Doc:
    masked = mask_prompt_injections(text)
    secs: Sequence[Any] = sections if sections else guess_sections(masked)
    types = {str(s.section_type) for s in secs}
    return _Doc(masked, secs, _lines(masked, secs), types)


# --------------------------------------------------------------------------- checks


def _looks_like_phone(candidate: str) -> bool:
    digits = sum(c.isdigit() for c in candidate)
    if not 9 <= digits <= 15:
        return False
    # Date ranges ("2014-09 - 2018-06", "2019 2020 2021") look like digit runs too.
    return not (len(_YEAR_TOKEN_RE.findall(candidate)) >= 2 or _YEAR_MONTH_RE.search(candidate))


def _check_contact(doc: _Doc, out: _Findings, *, ats: bool = False) -> None:
    text = doc.text
    if not _EMAIL_RE.search(text):
        out.add(
            "contact",
            "critical",
            "No email address found"
            + (" in the parsed text; ATS profiles are keyed on it." if ats else "."),
            "Add a professional email address at the top of the resume, as plain text.",
        )
    if not any(_looks_like_phone(m.group(0)) for m in _PHONE_RE.finditer(text)):
        out.add(
            "contact",
            "warning",
            "No phone number found.",
            "Add a phone number with country code next to your email.",
        )
    if not ats and not _LINKEDIN_RE.search(text):
        out.add(
            "contact",
            "suggestion",
            "No LinkedIn profile URL found.",
            "Add your LinkedIn URL (linkedin.com/in/...) to the contact line.",
        )


def _check_core_sections(doc: _Doc, out: _Findings, *, ats: bool = False) -> None:
    severities = {"experience": "critical", "education": "warning", "skills": "warning"}
    for kind, severity in severities.items():
        if kind not in doc.section_types:
            why = " ATS parsers map content to fields by standard headings." if ats else ""
            out.add(
                "sections",
                "warning" if ats else severity,
                f"No '{kind.title()}' section was found.{why}",
                f"Add a clearly headed '{kind.title()}' section.",
            )


def _check_dates(doc: _Doc, out: _Findings) -> None:
    text = doc.text
    found: list[tuple[str, int, int]] = []
    for label, regex in _DATE_FORMATS:
        for match in regex.finditer(text):
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
            "warning",
            f"Inconsistent date formats: this date uses {label} while most dates use {dominant} "
            f"({counts[label]} vs {counts[dominant]} occurrences).",
            f"Use one date format throughout, e.g. {dominant}.",
            (start, end),
        )


def _check_bullet_markers(doc: _Doc, out: _Findings) -> None:
    markers = Counter(ln.marker for ln in doc.lines if ln.marker)
    if len(markers) < 2:
        return
    dominant = max(markers, key=lambda k: markers[k])
    for line in doc.lines:
        if line.marker and line.marker != dominant:
            out.add(
                "formatting",
                "suggestion",
                f"Mixed bullet styles: '{line.marker}' here, '{dominant}' elsewhere.",
                "Use a single bullet character throughout.",
                (line.start, line.end if line.end - line.start <= 80 else line.start + 40),
            )
            return


def review_structure(doc: _Doc, layout: Any) -> _Findings:
    out = _Findings(doc.text)
    _check_contact(doc, out)
    _check_core_sections(doc, out)
    if "summary" not in doc.section_types:
        out.add(
            "sections",
            "suggestion",
            "No summary/profile section.",
            "Open with a 2-3 line summary of your role, seniority and strongest results.",
        )
    words = len(doc.text.split())
    if words < 200:
        out.add(
            "length",
            "warning",
            f"The resume is short ({words} words); it may read as thin.",
            "Add achievements with context and results for each role.",
        )
    pages = getattr(layout, "page_count", None) if layout is not None else None
    if (isinstance(pages, int) and pages > 2) or words > 1100:
        out.add(
            "length",
            "suggestion",
            f"The resume is long ({pages or '?'} pages, {words} words).",
            "Aim for one page per ~10 years of experience, two pages at most.",
        )
    _check_dates(doc, out)
    _check_bullet_markers(doc, out)
    return out


def review_content(doc: _Doc) -> _Findings:
    out = _Findings(doc.text)
    text = doc.text
    bullets = doc.work_bullets
    if not bullets and "experience" in doc.section_types:
        out.add(
            "impact",
            "warning",
            "The experience section lists roles but no achievements or responsibilities.",
            "Add 3-5 bullets per recent role: what you did, for whom, and the measurable result.",
        )
    without = [ln for ln in bullets if not _METRIC_RE.search(ln.body(text))]
    if bullets and len(without) / len(bullets) > 0.7 and len(bullets) >= 3:
        out.add(
            "impact",
            "warning",
            f"{len(without)} of {len(bullets)} achievement bullets contain no number or metric.",
            "Quantify results: scale (users, revenue, team size), % improvements, time saved.",
        )
    for line in without:
        out.add(
            "metrics",
            "suggestion",
            "This bullet has no number or measurable result.",
            "State the outcome with a number, e.g. 'cut build time by 40%'.",
            _bullet_span(text, line),
        )
    for line in bullets:
        match = _WEAK_RE.search(text, line.body_start, line.end)
        if match:
            out.add(
                "weak_verbs",
                "suggestion",
                f"Weak phrasing '{match.group(0)}' describes duties, not achievements.",
                "Start with a strong action verb stating what you did and its result "
                "(e.g. 'Led', 'Built', 'Reduced').",
                _bullet_span(text, line),
            )
    firsts: dict[str, list[_Line]] = {}
    for line in bullets:
        first = _first_word(text, line)
        if first and _tense(first[0]) is not None:
            firsts.setdefault(first[0].lower(), []).append(line)
    for verb, lines in sorted(firsts.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        if len(lines) >= 3:
            out.add(
                "repetition",
                "suggestion",
                f"'{verb.capitalize()}' starts {len(lines)} bullets.",
                "Vary the opening verbs so each bullet reads as a distinct achievement.",
                _lead_span(text, lines[1], 6),
            )
    for line in bullets:
        count = len(line.body(text).split())
        if count > OVERLONG_BULLET_WORDS:
            out.add(
                "conciseness",
                "suggestion",
                f"This bullet is {count} words long; recruiters skim.",
                f"Keep bullets under {OVERLONG_BULLET_WORDS} words: action, scope, result.",
                _lead_span(text, line, 10),
            )
    return out


def _roles(doc: _Doc) -> list[tuple[bool, list[_Line]]]:
    """(is_current, bullets) per role: roles start at a line holding a date range."""
    roles: list[tuple[bool, list[_Line]]] = []
    bullet_ids = {id(ln) for ln in doc.work_bullets}
    for line in doc.lines:
        if line.section not in {"experience", "projects", "volunteer", "other"}:
            continue
        match = _RANGE_RE.search(doc.text, line.start, line.end)
        if match and id(line) not in bullet_ids:
            roles.append((bool(match.group("open")), []))
        elif roles and id(line) in bullet_ids:
            roles[-1][1].append(line)
    return roles


def review_language(doc: _Doc) -> _Findings:
    out = _Findings(doc.text)
    text = doc.text
    for line in doc.lines:
        if line.section == "contact":
            continue
        for match in _PRONOUN_RE.finditer(text, line.start, line.end):
            before = text[match.start() - 1] if match.start() > 0 else " "
            after = text[match.end()] if match.end() < len(text) else " "
            if before in "@./:" or after in "@/:":
                continue
            word_end = re.match(r"\s*\S+", text[match.end() : line.end])
            end = match.end() + (word_end.end() if word_end else 0)
            out.add(
                "pronouns",
                "suggestion",
                f"First-person pronoun '{match.group(0)}'.",
                "Resumes use implied first person: start with the verb ('Led...', not 'I led...').",
                (match.start(), end),
            )
            break  # one per line is enough
    for is_current, bullets in _roles(doc):
        tenses = []
        for line in bullets:
            first = _first_word(text, line)
            tense = _tense(first[0]) if first else None
            if tense:
                tenses.append((tense, line))
        if is_current:
            past = [ln for t, ln in tenses if t == "past"]
            present = [ln for t, ln in tenses if t == "present"]
            if past and present:
                odd = past if len(past) <= len(present) else present
                for line in odd[:2]:
                    out.add(
                        "tense",
                        "warning",
                        "Tense is mixed within your current role.",
                        "Use present tense consistently for your current role.",
                        _lead_span(text, line, 6),
                    )
        else:
            for t, line in tenses:
                if t == "present":
                    out.add(
                        "tense",
                        "warning",
                        "Present tense used for a past role.",
                        "Describe past roles in the past tense.",
                        _lead_span(text, line, 6),
                    )
    for match in _BUZZ_RE.finditer(text):
        out.add(
            "cliches",
            "suggestion",
            f"'{match.group(0)}' is a cliché that recruiters skip.",
            "Show the quality with a concrete achievement instead.",
            (match.start(), match.end()),
        )
    return out


def review_ats(doc: _Doc, layout: Any) -> _Findings:
    out = _Findings(doc.text)
    text = doc.text
    if layout is not None:
        if getattr(layout, "has_tables", False):
            out.add(
                "ats_layout",
                "warning",
                "The document uses tables; many ATS parsers read table cells out of order "
                "or drop them.",
                "Replace tables with plain headings and bullets.",
            )
        if getattr(layout, "multi_column", False):
            out.add(
                "ats_layout",
                "warning",
                "Multi-column layout: ATS parsers often interleave lines across columns.",
                "Use a single-column layout.",
            )
        if getattr(layout, "has_text_boxes", False):
            out.add(
                "ats_layout",
                "warning",
                "Text boxes found; their content is frequently skipped by ATS parsers.",
                "Move text out of text boxes into the main body.",
            )
        hf = getattr(layout, "header_footer_text", False)
        if hf:
            span = None
            if isinstance(hf, str) and hf.strip() and hf.strip() in text:
                start = text.index(hf.strip())
                span = (start, start + len(hf.strip()))
            out.add(
                "ats_layout",
                "warning",
                "Text in the page header/footer; ATS parsers often ignore it, so contact "
                "details there may be lost.",
                "Put contact details in the main body.",
                span,
            )
        if getattr(layout, "has_images", False):
            out.add(
                "ats_layout",
                "suggestion",
                "Images/graphics found; ATS cannot read them (photos, logos, skill bars).",
                "Remove images; express skill levels in words.",
            )
        pages = getattr(layout, "page_count", None)
        if isinstance(pages, int) and pages > 2:
            out.add(
                "ats_layout",
                "suggestion",
                f"{pages} pages is long for screening.",
                "Keep to two pages.",
            )
    _check_contact(doc, out, ats=True)
    _check_core_sections(doc, out, ats=True)
    for section in doc.sections:
        title = getattr(section, "title", None)
        if section.section_type == "other" and title:
            start = text.find(title, section.start_offset, section.end_offset + len(title))
            out.add(
                "headings",
                "suggestion",
                f"Heading '{title}' is not a standard section name an ATS will recognise.",
                "Use standard headings: Summary, Experience, Education, Skills, Projects.",
                (start, start + len(title)) if start >= 0 else None,
            )
    artefact = _ARTEFACT_RE.search(text)
    if artefact:
        out.add(
            "ats_text",
            "warning",
            "Unreadable characters (icon fonts or unmapped glyphs) in the extracted text.",
            "Avoid icon fonts; write 'Email:', 'Phone:' as text.",
            (artefact.start(), artefact.end()),
        )
    for line in doc.lines:
        match = _LETTER_SPACED_RE.fullmatch(text, line.start, line.end)
        if match:
            out.add(
                "ats_text",
                "warning",
                "Letter-spaced heading: ATS reads it as separate letters, not a word.",
                "Use normal letter spacing for headings.",
                (match.start(), match.end()),
            )
    return out


_STOPWORDS = frozenset(
    """a about above across after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each etc few for
    from further had has have having he her here hers him his how i if in into is it its itself
    just least less like may me more most must my no nor not now of off on once only or other our
    ours out over own per plus same she should so some such than that the their theirs them then
    there these they this those through to too under until up upon us very via was we were what
    when where which while who whom why will with within without would you your yours
    ability able experience experienced years year strong excellent good great work working team
    teams role roles position responsibilities responsibility requirements required require
    preferred including include includes knowledge skills skill candidate candidates join looking
    seeking opportunity company ideal help new well using use used based across key day days
    minimum relevant related understanding proven track record demonstrated environment plus
    bonus nice must-have degree equivalent field similar etc within apply benefits salary location
    remote hybrid office full-time part-time time need needs want wants domain
    area areas looking offer offers hiring hire us""".split()  # noqa: SIM905
)
_TOKEN_RE = re.compile(r"[A-Za-z][A-Za-z0-9+#]*(?:[./-][A-Za-z0-9+#]+)*[+#]*")
MAX_KEYWORDS = 30


def _stem(word: str) -> str:
    word = word.lower().strip(".-/")
    for suffix, repl in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if len(word) > len(suffix) + 3 and word.endswith(suffix) and word[-len(suffix) - 1] != "s":
            return word[: -len(suffix)] + repl
    return word


def job_keywords(job_description: str) -> list[tuple[str, str, int]]:
    """(surface, stem, weight) for the JD's most frequent meaningful terms, deterministic."""
    counts: Counter[str] = Counter()
    surface: dict[str, str] = {}
    first_seen: dict[str, int] = {}
    for index, match in enumerate(_TOKEN_RE.finditer(job_description)):
        token = match.group(0)
        lower = token.lower()
        if lower in _STOPWORDS or len(lower) < 2 or lower.isdigit():
            continue
        stem = _stem(lower)
        if stem in _STOPWORDS:
            continue
        counts[stem] += 1
        surface.setdefault(stem, token if not token.isupper() or len(token) <= 5 else lower)
        first_seen.setdefault(stem, index)
    ranked = sorted(counts, key=lambda s: (-min(counts[s], 3), first_seen[s]))[:MAX_KEYWORDS]
    return [(surface[s], s, min(counts[s], 3)) for s in ranked]


def review_job_match(doc: _Doc, job_description: str) -> tuple[_Findings, int]:
    out = _Findings(doc.text)
    text = doc.text
    keywords = job_keywords(job_description)
    if not keywords:
        out.add("keywords", "info", "The job description has too few specific terms to compare.")
        return out, 50
    first_occurrence: dict[str, tuple[int, int]] = {}
    for match in _TOKEN_RE.finditer(text):
        first_occurrence.setdefault(_stem(match.group(0)), (match.start(), match.end()))
    matched = [k for k in keywords if k[1] in first_occurrence]
    missing = [k for k in keywords if k[1] not in first_occurrence]
    total = sum(w for _, _, w in keywords)
    score = round(100 * sum(w for _, _, w in matched) / total)
    if missing:
        names = ", ".join(s for s, _, _ in missing[:15])
        out.add(
            "keywords",
            "warning" if score < 50 else "suggestion",
            f"Key terms from the job description not found in the resume: {names}.",
            "Where you genuinely have this experience, name these terms explicitly in your "
            "skills and in the bullets where you used them.",
        )
    if matched:
        out.add(
            "keywords",
            "info",
            f"Matched {len(matched)} of {len(keywords)} key terms from the job description: "
            + ", ".join(s for s, _, _ in matched[:15])
            + ".",
        )
        for surface, stem, _ in matched[:3]:
            out.add(
                "relevant_experience",
                "info",
                f"'{surface}' from the job description appears here.",
                None,
                first_occurrence[stem],
            )
    return out, score


# --------------------------------------------------------------------------- entry points

_SUMMARY_LABEL = {
    "structure": "Structure and completeness",
    "content": "Content and impact",
    "ats": "ATS compatibility",
    "language": "Language and style",
    "job_match": "Match with the job description",
}


def _summary(agent_type: str, score: int, items: list[FeedbackDraft], overflow: int) -> str:
    counts = Counter(item.severity for item in items if item.category not in UNSCORED_CATEGORIES)
    parts = [f"{counts[s]} {s}" for s in ("critical", "warning", "suggestion") if counts[s]]
    head = f"{_SUMMARY_LABEL[agent_type]}: {score}/100 (offline rule-based review)."
    if not parts:
        return head + " No significant issues found by the automated checks."
    ranked = sorted(
        (i for i in items if i.category not in UNSCORED_CATEGORIES),
        key=lambda i: SEVERITY_RANK[i.severity],
    )
    more = f" ({overflow} similar findings omitted)" if overflow else ""
    return f"{head} Findings: {', '.join(parts)}{more}. Most important: {ranked[0].message}"


def offline_review(
    agent_type: str,
    *,
    text: str,
    sections: Sequence[Any] | None,
    layout: Any,
    job_description: str | None,
    include_injection_findings: bool = False,
) -> AgentReview:
    """Review `text` for one agent type with deterministic rules (see module docstring).

    `sections` may be empty/None (headings are then guessed). job_match requires a job
    description (ValueError otherwise: the pipeline only runs it when one is given).
    Injection findings are NOT included by default (the pipeline adds them once, via
    injection.detect_prompt_injection); pass include_injection_findings=True to get them.
    Either way the score ignores injected text.
    """
    if agent_type not in AGENT_TYPES:
        raise ValueError(f"unknown agent type {agent_type!r}")
    doc = _build_doc(text, sections)
    if agent_type == "structure":
        found = review_structure(doc, layout)
    elif agent_type == "content":
        found = review_content(doc)
    elif agent_type == "ats":
        found = review_ats(doc, layout)
    elif agent_type == "language":
        found = review_language(doc)
    else:
        if not job_description or not job_description.strip():
            raise ValueError("job_match needs a job description")
        found, match_score = review_job_match(doc, job_description)

    items = sorted(found.items, key=lambda i: SEVERITY_RANK[i.severity])  # stable
    score = match_score if agent_type == "job_match" else _score(items)
    overflow = sum(found.overflow.values())
    summary = _summary(agent_type, score, items, overflow)
    if include_injection_findings:
        # Quoted from the ORIGINAL text; unscored by construction (see UNSCORED_CATEGORIES).
        injections = detect_prompt_injection(text)
        items = injections + items
    return AgentReview(score=score, summary=summary, feedback=items[:MAX_FEEDBACK_ITEMS])


def offline_call_record(agent_type: str, latency_ms: int = 0) -> CallRecord:
    return CallRecord(
        agent_type=agent_type,
        model=OFFLINE_MODEL,
        prompt_tokens=0,
        completion_tokens=0,
        total_tokens=0,
        latency_ms=latency_ms,
        cost_usd=Decimal("0.000000"),
        status="success",
        error_message=None,
    )


def run_offline_agent(
    agent_type: str,
    *,
    text: str,
    sections: Sequence[Any] | None,
    layout: Any,
    job_description: str | None,
) -> tuple[AgentReview, list[CallRecord]]:
    """Same shape as run_llm_agent: the review plus one CallRecord (latency measured)."""
    started = time.perf_counter()
    review = offline_review(
        agent_type, text=text, sections=sections, layout=layout, job_description=job_description
    )
    return review, [offline_call_record(agent_type, int((time.perf_counter() - started) * 1000))]
