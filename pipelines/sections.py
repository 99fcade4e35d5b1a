"""Stage 2: split an ExtractedDocument into contiguous, typed sections.

A line is a heading when
  (a) its whole text (minus bullets/icons/trailing colon) is a known section title in
      English, German, French, Spanish or Chinese (``classify_heading``), it is short, and it
      does not read like a sentence or a "Label: value" pair; or
  (b) it has the same visual signature (font size, bold, ALL CAPS) as the vocabulary
      headings found in this document, that signature is rare in the document, and the line
      is short and title-like -> typed "other" (e.g. "A DAY OF MY LIFE"); or
  (c) two consecutive short lines together form a known title ("Technical" / "Skills").
Everything before the first heading is the ``contact`` block (title None).
"""

from __future__ import annotations

import itertools
import re
import statistics
import unicodedata
from collections import Counter
from dataclasses import dataclass

from core.enums import SectionType
from pipelines.extraction import ExtractedDocument, TextLine

# The labels the schema fixes (resume_sections.section_type).
SECTION_TYPES = tuple(section_type.value for section_type in SectionType)


@dataclass(frozen=True)
class SectionSpan:
    section_type: str
    title: str | None
    start_offset: int
    end_offset: int
    sequence_order: int


# Keyword -> type. Keys are normalised (accents stripped, lowercase). Multi-word keys are
# matched as phrases; single words as the title's "head" words.
_PHRASES: dict[str, str] = {
    # English
    "contact": "contact",
    "contact information": "contact",
    "contact details": "contact",
    "personal information": "contact",
    "personal details": "contact",
    "personal data": "contact",
    "summary": "summary",
    "profile": "summary",
    "objective": "summary",
    "career objective": "summary",
    "about": "summary",
    "about me": "summary",
    "highlights": "summary",
    "overview": "summary",
    "introduction": "summary",
    "status": "summary",
    "experience": "experience",
    "employment": "experience",
    "employment history": "experience",
    "work history": "experience",
    "career history": "experience",
    "positions": "experience",
    "internships": "experience",
    "internship": "experience",
    "education": "education",
    "coursework": "education",
    "academic background": "education",
    "qualifications": "education",
    "training": "education",
    "skills": "skills",
    "skill": "skills",
    "strengths": "skills",
    "competencies": "skills",
    "expertise": "skills",
    "technologies": "skills",
    "tools": "skills",
    "fields": "skills",
    "operating systems": "skills",
    "tech stack": "skills",
    "projects": "projects",
    "project": "projects",
    "portfolio": "projects",
    "certifications": "certifications",
    "certification": "certifications",
    "certificates": "certifications",
    "certificate": "certifications",
    "licenses": "certifications",
    "courses": "certifications",
    "awards": "awards",
    "award": "awards",
    "honors": "awards",
    "honours": "awards",
    "achievements": "awards",
    "accomplishments": "awards",
    "most proud of": "awards",
    "scholarships": "awards",
    "publications": "publications",
    "patents": "publications",
    "papers": "publications",
    "research": "publications",
    "languages": "languages",
    "language": "languages",
    "volunteer": "volunteer",
    "volunteering": "volunteer",
    "volunteer work": "volunteer",
    "community service": "volunteer",
    "interests": "interests",
    "hobbies": "interests",
    "activities": "interests",
    "leisure": "interests",
    "references": "references",
    "referees": "references",
    "talks": "other",
    "presentations": "other",
    "leadership": "other",
    "involvement": "other",
    "affiliations": "other",
    "memberships": "other",
    "additional information": "other",
    "miscellaneous": "other",
    "other": "other",
    "focus areas": "other",
    # German
    "kontakt": "contact",
    "personliche daten": "contact",
    "profil": "summary",
    "zusammenfassung": "summary",
    "kurzprofil": "summary",
    "uber mich": "summary",
    "berufserfahrung": "experience",
    "berufliche erfahrung": "experience",
    "beruflicher werdegang": "experience",
    "werdegang": "experience",
    "praktika": "experience",
    "ausbildung": "education",
    "bildung": "education",
    "studium": "education",
    "bildungsweg": "education",
    "schulbildung": "education",
    "kenntnisse": "skills",
    "fahigkeiten": "skills",
    "kompetenzen": "skills",
    "fachkenntnisse": "skills",
    "edv kenntnisse": "skills",
    "projekte": "projects",
    "zertifikate": "certifications",
    "zertifizierungen": "certifications",
    "weiterbildung": "certifications",
    "auszeichnungen": "awards",
    "veroffentlichungen": "publications",
    "publikationen": "publications",
    "sprachen": "languages",
    "sprachkenntnisse": "languages",
    "ehrenamt": "volunteer",
    "ehrenamtliches engagement": "volunteer",
    "interessen": "interests",
    "hobbys": "interests",
    "referenzen": "references",
    "sonstiges": "other",
    # French
    "coordonnees": "contact",
    "profil professionnel": "summary",
    "resume": "summary",
    "a propos": "summary",
    "objectif": "summary",
    "experience professionnelle": "experience",
    "experiences professionnelles": "experience",
    "experiences": "experience",
    "parcours professionnel": "experience",
    "stages": "experience",
    "formation": "education",
    "formations": "education",
    "etudes": "education",
    "diplomes": "education",
    "competences": "skills",
    "competences techniques": "skills",
    "savoir faire": "skills",
    "informatique": "skills",
    "developpement informatique": "skills",
    "logiciels": "skills",
    "projets": "projects",
    "certifications professionnelles": "certifications",
    "distinctions": "awards",
    "prix": "awards",
    "langues": "languages",
    "benevolat": "volunteer",
    "centres d interet": "interests",
    "loisirs": "interests",
    "activites": "interests",
    "divers": "other",
    # Spanish
    "datos personales": "contact",
    "contacto": "contact",
    "perfil": "summary",
    "perfil profesional": "summary",
    "resumen": "summary",
    "objetivo": "summary",
    "sobre mi": "summary",
    "experiencia": "experience",
    "experiencia laboral": "experience",
    "experiencia profesional": "experience",
    "trayectoria profesional": "experience",
    "educacion": "education",
    "formacion": "education",
    "formacion academica": "education",
    "estudios": "education",
    "habilidades": "skills",
    "competencias": "skills",
    "conocimientos": "skills",
    "aptitudes": "skills",
    "proyectos": "projects",
    "certificaciones": "certifications",
    "certificados": "certifications",
    "cursos": "certifications",
    "premios": "awards",
    "logros": "awards",
    "reconocimientos": "awards",
    "publicaciones": "publications",
    "idiomas": "languages",
    "voluntariado": "volunteer",
    "intereses": "interests",
    "aficiones": "interests",
    "referencias": "references",
    "otros": "other",
}
# Modifiers that may precede/follow a keyword without changing its type.
_FILLER_WORDS = """
    professional work relevant technical key core selected additional other my and of the
    related academic employment career computer significant software it research industry
    volunteer personal honors international practical programming soft hard skills & y et
    und de la le les en des del e recent previous invited main berufliche fachliche
    professionnelle professionnel professionnels laboral profesional tecnicas tecnicos
    techniques"""
_FILLER = set(_FILLER_WORDS.split())
_CJK: dict[str, str] = {
    "联系": "contact",
    "个人信息": "contact",
    "基本信息": "contact",
    "自我评价": "summary",
    "个人简介": "summary",
    "求职意向": "summary",
    "教育": "education",
    "学历": "education",
    "经历": "experience",
    "工作": "experience",
    "实习": "experience",
    "技能": "skills",
    "项目": "projects",
    "证书": "certifications",
    "获奖": "awards",
    "荣誉": "awards",
    "论文": "publications",
    "语言": "languages",
    "兴趣": "interests",
    "其他": "other",
    "其它": "other",
}
_PRIORITY = (
    "experience",
    "education",
    "skills",
    "projects",
    "certifications",
    "awards",
    "publications",
    "languages",
    "volunteer",
    "interests",
    "references",
    "summary",
    "contact",
    "other",
)


def _norm(title: str) -> str:
    s = unicodedata.normalize("NFKD", title)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace("&", " and ").replace("\u2019", " ").replace("'", " ")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


def _clean_title(text: str) -> str:
    """Strip bullets, numbering and a trailing colon from a candidate heading line."""
    s = text.strip().lstrip("•-\u2013\u2014*#>|·").strip()
    s = re.sub(r"^(?:\d{1,2}|[ivx]{1,4})[.)]\s+", "", s, flags=re.IGNORECASE)
    return s.rstrip(":\uff1a").strip()


def classify_heading(title: str) -> str | None:
    """Section type for a heading text, or None if it is not a known section title."""
    raw = _clean_title(title)
    if not raw or len(raw) > 60:
        return None
    if re.search(r"[\u3400-\u9fff]", raw):
        if len(re.sub(r"[^\u3400-\u9fff]", "", raw)) > 8:
            return None
        for key, kind in _CJK.items():
            if key in raw:
                return kind
        return None
    n = _norm(raw)
    if not n:
        return None
    if n in _PHRASES:
        return _PHRASES[n]
    words = n.split()
    if len(words) > 6:
        return None
    # Phrase inside the title ("work experience", "awards and honors", "education et projet").
    found: list[str] = []
    rest = list(words)
    for size in (3, 2, 1):
        i = 0
        while i + size <= len(rest):
            chunk = " ".join(rest[i : i + size])
            if chunk in _PHRASES:
                found.append(_PHRASES[chunk])
                rest[i : i + size] = ["\0"]
            i += 1
    leftover = [w for w in rest if w != "\0" and w not in _FILLER]
    if not found or leftover:
        return None
    for kind in _PRIORITY:
        if kind in found:
            return kind
    return None


# ----------------------------------------------------------------------------- detection


@dataclass
class _Cand:
    index: int
    text: str
    line: TextLine
    blank_before: bool


def _is_caps(s: str) -> bool:
    letters = [c for c in s if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters if c.isascii() or c.isupper())


def _title_like(s: str) -> bool:
    """Short, no sentence punctuation, no digits-heavy content, few words."""
    if not s or len(s) > 48 or len(s.split()) > 6:
        return False
    if re.search(r"[.!?;,@/|:\uff1a]\s*\S|[.!?;]$|\d{3,}|https?:|www\.", s):
        return False
    return sum(c.isalpha() for c in s) >= 2


def _signature(line: TextLine, text: str) -> tuple[float | None, bool, bool]:
    size = None if line.font_size is None else round(line.font_size * 2) / 2
    return (size, line.bold, _is_caps(text))


def split_sections(document: ExtractedDocument) -> list[SectionSpan]:
    """Contiguous spans covering ``document.text`` from 0 to len(text)."""
    text = document.text
    if not text:
        return []
    lines = document.lines
    cands = [
        _Cand(i, text[ln.start : ln.end], ln, ln.start >= 2 and text[ln.start - 2] == "\n")
        for i, ln in enumerate(lines)
    ]
    sizes = [ln.font_size for ln in lines if ln.font_size]
    body_size = statistics.median(sizes) if sizes else None

    # heading start index -> (title, type, number of lines it spans)
    headings: dict[int, tuple[str, str, int]] = {}
    for c in cands:
        title = _clean_title(c.text)
        cjk_ok = bool(re.search(r"[\u3400-\u9fff]", title)) and not re.search(r"[:\d,=]", title)
        if not _title_like(title) and not (cjk_ok and len(title) <= 12):
            continue
        kind = classify_heading(c.text)
        if kind is None:
            continue
        # "Languages: Python, Go" is a label inside a section; "Skills:" alone is a heading
        # only if it stands out visually.
        if c.text.rstrip().endswith(":") and not (
            c.line.bold or _is_caps(title) or (c.line.style or "").startswith("Heading")
        ):
            continue
        headings[c.index] = (title, kind, 1)

    # Sub-headings that happen to be section words ("International Awards" inside Honors,
    # "Leadership" as a bold item in a skills column): when most vocabulary headings share
    # one style, drop a heading whose style is unique AND visually weaker than that style.
    single = {i: _signature(cands[i].line, cands[i].text) for i, h in headings.items() if h[2] == 1}
    sig_n = Counter(single.values())
    if len(single) >= 3:
        (dom, dom_n), *_ = sig_n.most_common(1)
        if dom_n >= 0.6 * len(single):
            for i, sig in single.items():
                if sig_n[sig] > 1 or sig == dom:
                    continue
                weaker = (
                    (dom[0] is not None and sig[0] is not None and sig[0] < dom[0] - 0.75)
                    or (dom[1] and not sig[1])
                    or (dom[2] and not sig[2])
                )
                if weaker:
                    del headings[i]

    # (c) heading split over two short lines of identical style.
    for a, b in itertools.pairwise(cands):
        if a.index in headings or b.index in headings:
            continue
        if a.line.font_size != b.line.font_size or a.line.bold != b.line.bold:
            continue
        joined = f"{_clean_title(a.text)} {_clean_title(b.text)}"
        if len(a.text.split()) <= 2 and len(b.text.split()) <= 2 and _title_like(joined):
            kind = classify_heading(joined)
            if kind and classify_heading(a.text) is None and a.line.bold:
                headings[a.index] = (joined, kind, 2)

    # (b) layout-only headings with the signature shared by the vocabulary headings.
    sig_counts = Counter(_signature(c.line, c.text) for c in cands)
    vocab_sigs = Counter(
        _signature(cands[i].line, cands[i].text) for i, (_, _, n) in headings.items() if n == 1
    )
    first = min(headings) if headings else None
    for sig, n in vocab_sigs.items():
        size, bold, caps = sig
        distinctive = bold or caps or (size and body_size and size >= body_size * 1.15)
        # The signature must be rare: mostly the headings themselves.
        if n < 2 or not distinctive or sig_counts[sig] > n * 2 + 1:
            continue
        for c in cands:
            # Never the first line: that is the candidate's name.
            if c.index in headings or first is None or c.index == 0:
                continue
            if _signature(c.line, c.text) != sig:
                continue
            title = _clean_title(c.text)
            if _title_like(title) and not c.text.rstrip().endswith(":"):
                headings[c.index] = (title, "other", 1)

    # Heading styles in DOCX ("Heading 1") with otherwise unknown titles.
    for c in cands:
        style = (c.line.style or "").lower()
        if c.index not in headings and style.startswith("heading"):
            title = _clean_title(c.text)
            if _title_like(title) and (first is None or c.index > first):
                headings[c.index] = (title, "other", 1)

    spans: list[SectionSpan] = []
    order = sorted(headings)
    starts = [lines[i].start for i in order]
    if not order:
        return [SectionSpan("other", None, 0, len(text), 0)]
    if text[: starts[0]].strip():
        spans.append(SectionSpan("contact", None, 0, starts[0], 0))
    else:
        starts[0] = 0  # only whitespace before the first heading: fold it in
    for k, i in enumerate(order):
        title, kind, _ = headings[i]
        end = starts[k + 1] if k + 1 < len(order) else len(text)
        spans.append(SectionSpan(kind, title, starts[k], end, len(spans)))
    return spans
