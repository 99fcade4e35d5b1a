"""The candidate's contact details, read from the extracted resume: name, email, phone,
and where the resume allows it current company, current position and years of experience.

Read in the worker after extraction (never in a web request). The contact block (the text
before the first section heading) is read first, then the whole text:

- **name**: the first short line, or the first part of a line split at separators
  (``|``, ``•``, ``·``, dashes, commas, wide gaps), that reads like a personal name
  (``naming.looks_like_a_name``), so a name sharing its line with a phone or an email is
  found; a line of two to four CJK characters is a name too (family name first).
- **email**: the first address; **phone**: the first run of 7 to 15 digits written as a
  phone number (not a year range or a date).
- **current position and company**: the first entry of the experience section when it is
  current (it says "present", "current", "heute", "actuel"...) and names both, as
  "Position at Company" / "Position @ Company", or a line with a job title word then a line
  or part that is the company.
- **years of experience**: from the earliest year in the experience section to its latest
  (or to this year when an entry is current), when it names years.

``bench/contacts.py`` measures names, emails and phones against hand-made labels of the
shared corpus.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from pipelines.extraction import ExtractedDocument
from pipelines.naming import PersonName, looks_like_a_name
from pipelines.sections import SectionSpan, split_sections

EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
# A phone: an optional +, then digits with spaces, dots, dashes, slashes or brackets.
# Not glued to a word, a dot or a slash before it (a DOI's "2023.1234"); digits masked
# after it ("131-221-87xxx") end it.
PHONE = re.compile(r"(?<![\w+./])\(?(?:\+|00)?\(?\d[\d\s().\-/]{5,}\d(?!\d)")
MIN_PHONE_DIGITS, MAX_PHONE_DIGITS = 7, 15
BARE_PHONE_DIGITS = 10  # an ungrouped run this long may be a phone
_ONE_YEAR = r"(?:\d{1,2}[./-])?(?:19|20)\d{2}"
_YEAR_RANGE = re.compile(rf"^\(?{_ONE_YEAR}\)?\s*[-\u2013/]\s*{_ONE_YEAR}\)?$")
_DATE = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$|^\d{4}[./-]\d{1,2}[./-]\d{1,2}$")
# What splits a contact line into parts.
_SEPARATORS = re.compile(r"\s*(?:[|•·▪◦●∙⋅/]|\s[-\u2013\u2014]\s|,|\t|\s{3,})\s*")
_SEPARATORS_BUT_COMMA = re.compile(r"\s*(?:[|•·▪◦●∙⋅/]|\s[-\u2013\u2014]\s|\t|\s{2,})\s*")
_CJK_NAME = re.compile(r"^[\u3400-\u9fff]{2,4}$")
LINES_TO_LOOK_AT = 6
DASHES = "-\u2013\u2014"  # hyphen, en dash, em dash
PART_SEPARATOR = re.compile(r"\s*(?:,|\||\s[-\u2013\u2014]\s)\s*")
YEAR = re.compile(r"\b(19[5-9]\d|20\d{2})\b")
CURRENT = re.compile(
    r"\b(present|current|now|today|ongoing|heute|aktuell|actuel(?:le)?|aujourd'hui|"
    r"en cours|actualidad|presente|actual)\b|至今|现在",
    re.IGNORECASE,
)
TITLE_WORDS = frozenset(
    [
        "engineer",
        "developer",
        "manager",
        "analyst",
        "designer",
        "consultant",
        "director",
        "lead",
        "intern",
        "scientist",
        "specialist",
        "officer",
        "architect",
        "administrator",
        "coordinator",
        "assistant",
        "head",
        "founder",
        "co-founder",
        "president",
        "vp",
        "cto",
        "ceo",
        "cfo",
        "coo",
        "programmer",
        "researcher",
        "associate",
        "executive",
        "technician",
        "accountant",
        "advisor",
        "adviser",
        "strategist",
        "editor",
        "writer",
        "teacher",
        "professor",
        "lecturer",
        "nurse",
        "owner",
        "partner",
        "principal",
        "supervisor",
        "representative",
        "recruiter",
        "ingenieur",
        "entwickler",
        "leiter",
        "berater",
        "ingénieur",
        "développeur",
        "responsable",
        "chef",
        "ingeniero",
        "desarrollador",
        "gerente",
        "jefe",
    ]
)
MAX_YEARS = 60


@dataclass(frozen=True)
class Contacts:
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    current_company: str | None = None
    current_position: str | None = None
    years_experience: int | None = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    def found(self) -> dict[str, Any]:
        return {key: value for key, value in asdict(self).items() if value is not None}


def read_contacts(document: ExtractedDocument, today: datetime | None = None) -> Contacts:
    sections = split_sections(document)
    contact_end = (
        sections[0].end_offset if sections and sections[0].title is None else len(document.text)
    )
    # The contact block, and any section titled as contact details ("CONTACT" in a sidebar).
    head = (
        "\n".join(
            document.text[span.start_offset : span.end_offset]
            for span in sections
            if span.section_type == "contact"
        )
        or document.text[:contact_end]
    )
    name = name_in(document, contact_end)
    experience = _section_text(document.text, sections, "experience")
    company, position = current_role(experience)
    return Contacts(
        first_name=name.first_name if name else None,
        last_name=name.last_name if name else None,
        email=first_email(head) or first_email(document.text),
        phone=first_phone(head, contact_block=True) or first_phone(document.text),
        current_company=company,
        current_position=position,
        years_experience=years_of_experience(experience, today or datetime.now(UTC)),
    )


def name_in(document: ExtractedDocument, contact_end: int) -> PersonName | None:
    """The name from the first lines of the contact block (or of the text, when the
    resume starts with a heading)."""
    lines = [ln for ln in document.lines if ln.end <= contact_end] or list(document.lines)
    texts = [document.text[ln.start : ln.end].strip() for ln in lines[:LINES_TO_LOOK_AT]]
    # Parts between commas are tried last, on every line: "Silicon Valley, CA" is a place,
    # read as a name only when no line holds one otherwise.
    for separators in (_SEPARATORS_BUT_COMMA, _SEPARATORS):
        for text in texts:
            found = name_from_line(text, separators)
            if found is not None:
                return found
    return None


def name_from_line(text: str, separators: re.Pattern[str] | None = None) -> PersonName | None:
    """The name on a line, alone or beside contact details ("Alfred Pennyworth
    alfred@... (123) 456-7890", "ACHRAF NAJMI Casablanca, Maroc")."""
    text = PHONE.sub("  ", EMAIL.sub("  ", text))
    for splitter in (separators,) if separators else (_SEPARATORS_BUT_COMMA, _SEPARATORS):
        for part in splitter.split(text):
            found = _name_in_part(part.strip(" :"))
            if found is not None:
                return found
    return None


def _name_in_part(part: str) -> PersonName | None:
    if not part:
        return None
    if _CJK_NAME.match(part):
        return PersonName(part[1:], part[0])
    # A name in capitals followed by other words on its line: the capitals alone.
    words = part.split()
    caps = 0
    while caps < len(words) and _is_caps_word(words[caps]):
        caps += 1
    if 2 <= caps < len(words):
        found = looks_like_a_name(" ".join(words[:caps]))
        if found is not None:
            return found
    return looks_like_a_name(part)


def _is_caps_word(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def first_email(text: str) -> str | None:
    match = EMAIL.search(text)
    return match.group(0).strip(".").lower() if match else None


def first_phone(text: str, *, contact_block: bool = False) -> str | None:
    """The first phone in ``text``; an ungrouped run of 10 to 15 digits counts in a contact
    block or alone on its line (elsewhere it is more likely an id)."""
    for line in text.splitlines():
        for match in PHONE.finditer(EMAIL.sub(" ", line)):
            candidate = _without_postcode(match.group(0).strip(" .-/"))
            alone = candidate == line.strip()
            if _is_phone(candidate, bare_allowed=contact_block or alone):
                return candidate
    return None


def _without_postcode(candidate: str) -> str:
    # "Ohio 44444 614-555-5555": a five-digit group before the number is a postcode.
    parts = candidate.split(None, 1)
    if len(parts) == 2 and re.fullmatch(r"\d{5}", parts[0]):
        rest = parts[1].strip()
        if len(re.sub(r"\D", "", rest)) >= MIN_PHONE_DIGITS:
            return rest
    return candidate


def _is_phone(candidate: str, *, bare_allowed: bool = False) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if not MIN_PHONE_DIGITS <= len(digits) <= MAX_PHONE_DIGITS:
        return False
    if _YEAR_RANGE.match(candidate) or _DATE.match(candidate):
        return False
    # A run of digits with no grouping and no + is an id or a number, not a phone, unless
    # it stands where a phone does, with a phone's length.
    grouped = candidate.startswith(("+", "(", "00")) or re.search(r"[\s().\-/]", candidate)
    return bool(grouped) or (bare_allowed and len(digits) >= BARE_PHONE_DIGITS)


def _section_text(text: str, sections: list[SectionSpan], kind: str) -> str:
    for span in sections:
        if span.section_type == kind:
            return text[span.start_offset : span.end_offset]
    return ""


def current_role(experience: str) -> tuple[str | None, str | None]:
    """(company, position) of the first experience entry when it is current."""
    lines = [ln.strip(DASHES + " •·\t") for ln in experience.splitlines()[1:] if ln.strip()]
    entry = lines[:4]
    if not entry or not any(CURRENT.search(ln) for ln in entry):
        return None, None
    for index, line in enumerate(entry[:3]):
        cleaned = _without_dates(line)
        at = re.split(r"\s+(?:at|@|bei|chez|en)\s+", cleaned, maxsplit=1)
        if len(at) == 2 and _has_title_word(at[0]):
            return _field(at[1]), _field(at[0])
        parts = [p for p in PART_SEPARATOR.split(cleaned) if p]
        if len(parts) >= 2 and _has_title_word(parts[0]) and not _has_title_word(parts[1]):
            return _field(parts[1]), _field(parts[0])
        if len(parts) >= 2 and _has_title_word(parts[1]) and not _has_title_word(parts[0]):
            return _field(parts[0]), _field(parts[1])
        if _has_title_word(cleaned) and index + 1 < len(entry):
            following = _without_dates(entry[index + 1])
            if following and not _has_title_word(following):
                company = PART_SEPARATOR.split(following)[0]
                return _field(company), _field(cleaned)
    return None, None


def _without_dates(line: str) -> str:
    line = re.sub(r"\(?[^()]*\b(?:19|20)\d{2}\b[^()]*\)?$", "", line)
    return CURRENT.sub("", line).strip(DASHES + " ,|()")


def _has_title_word(text: str) -> bool:
    return any(word.strip(".,()").lower() in TITLE_WORDS for word in text.split())


def _field(text: str) -> str | None:
    text = text.strip(DASHES + " ,|()")
    return text[:255] if 2 <= len(text) <= 120 else None


def years_of_experience(experience: str, today: datetime) -> int | None:
    years = [int(y) for y in YEAR.findall(experience) if int(y) <= today.year]
    if not years:
        return None
    end = today.year if CURRENT.search(experience) else max(years)
    span = end - min(years)
    return span if 0 < span <= MAX_YEARS else None
