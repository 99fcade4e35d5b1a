"""Offline drafting of a job's requirements from a pasted job posting.

A recruiter pastes a posting; instead of typing every requirement by hand they get a draft
list to edit, each line with a kind (must / nice), a weight and the category the offline
matcher (``pipelines.jobs.matcher``) judges it by. The drafting is plain rules with no
network and no model, so it works without an LLM configured, costs nothing, and gives the
same draft for the same posting.

- **Which lines**: the bullet or numbered lines under requirement headings
  ("Requirements", "What you bring", "Qualifications", "Das bringst du mit", "Profil
  recherché", "Requisitos", ...). Lines under other headings ("Responsibilities", "What
  you'll do", "About us", "Benefits", "Wir bieten", ...) are never requirements. A
  requirement section written without bullets gives its short lines and the
  requirement-like sentences of its longer ones. A posting with no requirement heading gives
  the bullet lines that read like requirements ("experience", "years", "degree",
  "knowledge of", "fluent", ...). Nothing found: no requirements.
- **kind**: ``nice`` under a nice-to-have heading ("Nice to have", "Bonus points",
  "Preferred", "Plus", "Wünschenswert", "Se valorará", ...) or when the line itself says so
  ("a plus", "preferred", "ideally", "von Vorteil", "un plus", ...); ``must`` otherwise. A
  marker inside parentheses that names something else, "(PostgreSQL preferred)", qualifies
  that example only and leaves the line a must, as the matcher reads it.
- **weight**: see ``requirement_weight``; **category**: see ``guess_category``.
- Lines are cleaned (bullet marks, emphasis, trailing punctuation), cut to 500 characters,
  deduplicated (case-insensitive) and kept in posting order, at most ``limit``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from pipelines.jobs.matcher import CATEGORIES, find, named_terms, vocabulary

MAX_TEXT = 500
Kind = Literal["must", "nice"]
Section = Literal["none", "must", "nice", "other", "unknown"]

# --------------------------------------------------------------------------- headings

# Checked in this order: "Preferred qualifications" is nice before it is a qualification,
# and "What you'll need" is a requirement before "you'll" reads as a task list.
NICE_HEADING = re.compile(
    r"nice[- ]to[- ]haves?|good[- ]to[- ]haves?|^bonus(?: points)?|preferred|desirable|"
    r"desired|would be (?:great|nice)|even better|extra (?:credit|points)|ideally|optional|"
    r"pluses|plus points?|wünschenswert|von vorteil|idealerweise|pluspunkte?|ein plus|"
    r"atouts?|un plus|souhaitée?s?|appréciée?s?|se valorar[áa]|valorable|deseable|"
    r"ser[áa] un plus|puntos extra",
    re.IGNORECASE,
)
MUST_HEADING = re.compile(
    r"requirements?|required|must[- ]haves?|qualifications?|prerequisites|"
    r"what (?:you|you'll|you will) (?:bring|need|have)|"
    r"what we(?:'re| are)? (?:look(?:ing)? for|expect|need)|who you are|about you|"
    r"you(?:'ll| will| should)? (?:bring|have|are)\b|you(?:'ll| will)? need|"
    r"your (?:profile|background|skills|experience|qualifications)|"
    r"(?:ideal|successful) candidate|to be successful|looking for|"
    r"^skills(?: (?:and|&) experience)?$|^experience$|^profile$|"
    r"anforderungen|bringst du mit|du mitbringst|bringen sie mit|sie mitbringen|"
    r"(?:dein|ihr) profil|^profil$|qualifikation(?:en)?|voraussetzungen|"
    r"was wir (?:erwarten|suchen)|du bringst|^du hast|profil recherché|"
    r"(?:votre|ton) profil|compétences|prérequis|nous recherchons|"
    r"tu apportes|vous apportez|requisitos?|perfil|buscamos|qué necesitas|"
    r"^experiencia$|imprescindible",
    re.IGNORECASE,
)
OTHER_HEADING = re.compile(
    r"responsibilit(?:y|ies)|what you(?:'ll| will|'d| would)? (?:do|be doing|work on|achieve)|"
    r"you(?:'ll| will)\b|(?:your|the) (?:role|mission|impact|day)|"
    r"about the (?:role|job|position|team|company)|(?:role|job|position) "
    r"(?:description|summary|overview)|overview|summary|tasks|duties|day[- ]to[- ]day|"
    r"about us|who we are|(?:our|the) (?:company|team|stack|culture|mission|values)|"
    r"tech(?:nology)? stack|benefits|perks|we offer|why (?:join|us|you'll)|compensation|"
    r"salary|how to apply|(?:application|hiring|interview) process|^location$|"
    r"aufgaben|(?:deine|ihre|die) rolle|über uns|wer wir sind|wir bieten|bieten wir|"
    r"unser angebot|vorteile|erwartet (?:dich|sie)|(?:dich|sie) erwartet|deine mission|"
    r"missions?|le poste|qui sommes[- ]nous|à propos|nous (?:offrons|proposons)|"
    r"avantages|responsabilidades|funciones|har[áa]s|d[íi]a a d[íi]a|sobre nosotros|"
    r"qui[ée]nes somos|ofrecemos|beneficios",
    re.IGNORECASE,
)
# "Plus" alone is a heading; inside a line it is an ordinary word.
PLUS_HEADING = re.compile(r"(?:a |the |ein |un |les )?plus(?:ses)?", re.IGNORECASE)
# Words a heading may open with ("Your profile", "Minimum qualifications", "Das bringst du
# mit").
HEADING_FILLER = re.compile(
    r"^(?:(?:your|our|the|my|what|who|some|a few|minimum|basic|key|core|additional|"
    r"technical|job|role|position|das|was|dein|deine|ihr|ihre|unser|unsere|votre|vos|ton|"
    r"tes|nos|le|la|les|tu|tus|lo|qué|que|el|los)\s+)+",
    re.IGNORECASE,
)
# A label that says the kind of what follows it on the same line ("Nice to have: Terraform").
KIND_LABEL = re.compile(
    r"^(?P<label>must[- ]haves?|required|requirements?|mandatory|essential|pflicht|muss|"
    r"zwingend|obligatoire|requis|imprescindible|obligatorio|requisitos?|"
    r"nice[- ]to[- ]haves?|good[- ]to[- ]haves?|bonus(?: points)?|preferred|desirable|"
    r"optional|plus|wünschenswert|von vorteil|idealerweise|ein plus|un plus|atout|"
    r"souhaité|se valorará|valorable|deseable)"
    r"(?: (?:skills|qualifications|experience))?\s*(?::|\s[-\u2013\u2014])\s*(?=\S)",
    re.IGNORECASE,
)
# An unclassified "...:" ending in one of these introduces a sub-list ("one of the
# following:"), it does not start a new section.
LIST_INTRO_END = {"of", "with", "in", "the", "following", "like", "as", "and", "or", "to"}

BULLET = re.compile(
    r"^\s*(?:[-*•·▪◦‣●○■□➢➤►▶→✓✔✅☑+>\u2013\u2014]|[\U0001F300-\U0001FAFF]|\(?\d{1,2}[.)]|"
    r"\(?[a-z][.)])\s+"
)
INLINE_BULLET = re.compile(r"\s+[•·▪●■]\s+")

# --------------------------------------------------------------------------- kind, weight

NICE_MARK = re.compile(
    r"\b(?:nice[- ]to[- ]have|good[- ]to[- ]have|a (?:big |strong |huge )?plus|bonus|"
    r"preferred|preferably|ideally|desirable|optional|advantageous|an advantage|"
    r"von vorteil|wünschenswert|idealerweise|bevorzugt|ein plus|pluspunkt|"
    r"un (?:gros )?plus|un atout|souhaitée?s?|appréciée?s?|de préférence|"
    r"se valorar[áa]|valorable|deseable|ser[áa] un plus|es un plus)\b",
    re.IGNORECASE,
)
STRONG = re.compile(
    r"\b(?:strong|expert|expertise|deep|must|required|essential|mandatory|"
    r"sehr gute[nr]?|fundierte[nr]?|tiefe[nr]?|zwingend|erforderlich|vorausgesetzt|"
    r"voraussetzung|solide|approfondie?s?|obligatoire|exigée?s?|requise?s?|"
    r"sólid[oa]s?|profund[oa]s?|experto|imprescindible|obligatori[oa]|requerid[oa]s?)\b",
    re.IGNORECASE,
)

# --------------------------------------------------------------------------- categories

YEARS = re.compile(
    r"\b\d+(?:[.,]\d+)?\s*(?:[-\u2013]\s*\d+\s*)?\+?\s*(?:years?|yrs?|jahre?n?|ans?|años?|anos)\b|"
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|several|multiple|many)\+?\s+"
    r"(?:\(\d+\)\s+)?(?:years?|yrs)\b|\b(?:mehr|lang)jährige[nr]?\b|plusieurs années|"
    r"varios años",
    re.IGNORECASE,
)
EDUCATION = re.compile(
    r"\b(?:degree|bachelor(?:'s|s)?|master(?:'s|s)?|ph\.?\s?d|doctorate|doctoral|mba|"
    r"b\.?\s?sc|m\.?\s?sc|b\.s\.|m\.s\.|b\.a\.|m\.a\.|b\.?eng|m\.?eng|b\.?tech|m\.?tech|"
    r"undergraduate|graduate|university|universität|hochschul\w*|studium|studiengang|"
    r"(?:hochschul|universitäts|studien|master|bachelor)?abschluss|ausbildung|diplôme|"
    r"diplomé|bac\s?\+\s?\d|école d'ingénieurs?|título|titulación|licenciatura|grado en|"
    r"formación universitaria)(?!\w)",
    re.IGNORECASE,
)
EDUCATION_ACRONYM = re.compile(
    r"(?<![\w.])(?:BS|MS|BEng|MEng)(?![\w])(?!\s+(?:Office|Excel|Word|Teams|SQL|Azure|"
    r"Dynamics|Project|PowerPoint|Access|Outlook|Visio))"
)
NOT_EDUCATION = re.compile(r"scrum master|master data", re.IGNORECASE)
CERTIFICATION = re.compile(r"\b(?:certifi\w*|zertifi\w*|accredit\w*|licensed)\b", re.IGNORECASE)
CERTIFICATION_ACRONYM = re.compile(
    r"\b(?:PMP|CPA|CFA|ACCA|CISSP|CISA|CISM|CCNA|CCNP|PRINCE2|ITIL|CSM|PSM|ISTQB|TOGAF)\b"
)
LANGUAGE = re.compile(
    r"\b(?:italian|portuguese|dutch|japanese|russian|swedish|danish|norwegian|finnish|"
    r"turkish|hindi|hebrew|greek|czech|italienisch|portugiesisch|niederländisch|polnisch|"
    r"russisch|japanisch|italien|portugais|néerlandais|italiano|portugués)\b|"
    r"\b(?:deutsch|englisch|französisch|spanisch|italienisch)\w*kenntnisse\b|"
    r"\b(?:sprachkenntnisse|fremdsprache\w*|bilingual|multilingual|native speaker|"
    r"mother tongue|muttersprach\w*|cefr|idiomas?|langues?)\b|"
    r"(?<!programming )\blanguage skills\b",
    re.IGNORECASE,
)
CEFR_LEVEL = re.compile(r"\b[ABC][12]\b")
LOCATION = re.compile(
    r"\b(?:based in|located in|living in|reside\w* in|resident of|"
    r"work(?:ing)? authori[sz]ation|authori[sz]ed to work|eligib\w* to work|right to work|"
    r"work permit|visa|sponsorship|relocat\w*|on[- ]?site|in[- ]office|in the office|hybrid|"
    r"commut\w*|time ?zones?|fully remote|remote[- ]first|remote\s*\(|"
    r"remote (?:within|from|in)|wohnsitz|wohnort|arbeitserlaubnis|aufenthaltstitel|"
    r"arbeitsgenehmigung|vor ort|résid\w*|sur site|sur place|permis de travail|"
    r"autorisation de travail|residir|residencia|permiso de trabajo|presencial)\b",
    re.IGNORECASE,
)
# A place the vocabulary knows counts only after a word that puts someone there ("in
# Berlin"), not as the subject of a skill ("US GAAP").
PLACE_PREPOSITION = re.compile(r"\b(?:in|near|from|around|within|to|aus|en|à)\s+$", re.IGNORECASE)
DOMAIN = re.compile(
    r"\b(?:fin[- ]?tech|financial services|banking|insur(?:ance|tech)|health[- ]?(?:care|tech)|"
    r"med[- ]?tech|medical|pharma\w*|biotech\w*|life sciences|clinical|b2b|b2c|saas|"
    r"e-?commerce|retail|marketplaces?|logistics|supply chain|automotive|gaming|ed[- ]?tech|"
    r"prop[- ]?tech|legal[- ]?tech|ad[- ]?tech|mar[- ]?tech|telecom\w*|energy (?:sector|"
    r"industry)|climate[- ]?tech|clean[- ]?tech|public sector|government|non-?profit|"
    r"payments?|industry(?![- ]standard)|industries|domain(?![- ]driven)|branche\w*|"
    r"branchen\w*|secteur|sector|sektor)\b",
    re.IGNORECASE,
)
TECH = re.compile(
    r"(?<![\w.+#-])(?:rust|c\+\+|c#|\.net|ruby|rails|django|flask|fastapi|spring(?: boot)?|"
    r"kotlin|swift|objective-c|php|laravel|scala|elixir|haskell|perl|bash|shell|linux|unix|"
    r"git|github|gitlab|ci/cd|jenkins|ansible|helm|spark|hadoop|kafka|rabbitmq|airflow|dbt|"
    r"snowflake|bigquery|redshift|databricks|redis|elasticsearch|cassandra|dynamodb|nosql|"
    r"oracle|microservices|apis?|grpc|webpack|next\.js|svelte|redux|tailwind|ios|android|"
    r"flutter|react native|unity|tableau|power ?bi|looker|salesforce|hubspot|sap|jira|"
    r"confluence|sketch|adobe|illustrator|indesign|premiere|after effects|seo|sem|crm|erp|"
    r"llms?|ai|ml|deep learning|computer vision|data (?:analysis|modell?ing|engineering|"
    r"science|pipelines?|visuali[sz]ation)|statistics|statistical|matlab|spss|stata|sas|"
    r"scrum|kanban|devops|mlops|security|networking|cloud|embedded|autocad|solidworks|"
    r"testing|test automation|selenium|cypress|playwright|jest|pytest|etl|"
    r"domain[- ]driven design)(?![\w+#])",
    re.IGNORECASE,
)
R_LANGUAGE = re.compile(r"(?<![\w&])R(?![\w&])")
SKILL_PHRASE = re.compile(
    r"\b(?:experience (?:with|in|using|building|designing|developing|of)|hands-on|"
    r"knowledge of|proficien\w*|familiar\w*|understanding of|expertise|skills?|programming|"
    r"coding|frameworks?|tools?|kenntnisse|erfahrung (?:mit|in|im)|know-how|fähigkeiten|"
    r"maîtrise|connaissances?|compétences?|conocimientos?|manejo|dominio|"
    r"experiencia (?:con|en))\b",
    re.IGNORECASE,
)
# What makes a bullet read like a requirement when no heading says so.
REQUIREMENT_CUE = re.compile(
    r"\b(?:experience[ds]?|years?|degree|bachelor|master|phd|knowledge|proficien\w*|"
    r"fluent\w*|fluency|familiar\w*|understanding|ability to|able to|skills?|expertise|"
    r"background in|track record|certifi\w*|must|required|nice to have|a plus|bonus|"
    r"preferred|you have|you are|you bring|erfahrung|kenntnisse|jahre|studium|abschluss|"
    r"fließend|du hast|du bist|sie haben|expérience|maîtrise|connaissance\w*|diplôme|"
    r"courant|experiencia|conocimiento\w*|años|título|dominio)\b",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[A-ZÄÖÜÉ0-9])")


@dataclass(frozen=True)
class DraftedRequirement:
    text: str  # the requirement line, cleaned, at most MAX_TEXT characters
    kind: str  # "must" or "nice"
    weight: int  # 1..3
    category: str  # one of matcher.CATEGORIES


@dataclass(frozen=True)
class _Line:
    text: str  # without its bullet mark
    bullet: bool
    section: Section
    section_id: int
    label_kind: Kind | None = None  # the kind its own "Nice to have:" label gives


def draft_requirements(description: str, *, limit: int = 20) -> list[DraftedRequirement]:
    """The requirements a posting states, in posting order, at most ``limit`` (see the module
    docstring for the rules)."""
    if limit <= 0 or not description or not description.strip():
        return []
    lines = _read_lines(description)
    has_requirement_heading = any(line.section in ("must", "nice") for line in lines)
    bulleted_sections = {line.section_id for line in lines if line.bullet}
    drafted: list[DraftedRequirement] = []
    seen: set[str] = set()
    for line in lines:
        for text in _candidates(line, has_requirement_heading, bulleted_sections):
            cleaned = _clean(text)
            key = cleaned.casefold()
            if len(cleaned) < 2 or key in seen:
                continue
            seen.add(key)
            kind = _kind(line, cleaned)
            category = guess_category(cleaned)
            weight = requirement_weight(kind, cleaned)
            drafted.append(DraftedRequirement(cleaned, kind, weight, category))
            if len(drafted) >= limit:
                return drafted
    return drafted


def guess_category(text: str) -> str:
    """The matcher category a requirement reads as, first that applies: years of experience
    ("5+ years", "3 Jahre", "ans d'expérience", "años"), education (degree words), a
    certification, a language (a language named, "Deutschkenntnisse", a CEFR level),
    location or work authorisation ("based in", "visa", "relocate", "on-site", "in Berlin"),
    an industry or domain ("fintech", "B2B SaaS", "industry experience"), a skill (a term the
    matcher's vocabulary knows, a common technology, "knowledge of", "proficiency"), else
    ``other``. Years come first because "5+ years in fintech" is judged by its years."""
    if YEARS.search(text):
        category = "years_experience"
    elif _is_education(text):
        category = "education"
    elif CERTIFICATION.search(text) or CERTIFICATION_ACRONYM.search(text):
        category = "certification"
    elif _is_language(text):
        category = "language"
    elif LOCATION.search(text) or _names_a_place(text):
        category = "location"
    elif DOMAIN.search(text):
        category = "domain"
    elif _is_skill(text):
        category = "skill"
    else:
        category = "other"
    assert category in CATEGORIES
    return category


def requirement_weight(kind: str, text: str) -> int:
    """1 to 3, the weight the fit score gives the requirement: a nice-to-have 1; a must 2,
    or 3 when it insists ("strong", "expert", "deep", "must", "required" and their German,
    French and Spanish equivalents) or asks for years of experience or a degree, the
    requirements a posting is least flexible about."""
    if kind == "nice":
        return 1
    if STRONG.search(text) or YEARS.search(text) or _is_education(text):
        return 3
    return 2


# --------------------------------------------------------------------------- reading lines


def _read_lines(description: str) -> list[_Line]:
    """Every non-blank line with its bullet flag and the section it is in; heading lines
    set the section and are not returned."""
    raw: list[str] = []
    for line in description.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        # Bullets pasted onto one line ("• Python • SQL") are separate lines.
        parts = INLINE_BULLET.split(line)
        raw.extend([parts[0], *("• " + part for part in parts[1:])])
    stripped = [line.strip() for line in raw if line.strip()]
    section: Section = "none"
    section_id = 0
    lines: list[_Line] = []
    for index, line in enumerate(stripped):
        bullet = BULLET.match(line)
        body = line[bullet.end() :] if bullet else line
        next_is_bullet = index + 1 < len(stripped) and bool(BULLET.match(stripped[index + 1]))
        # A kind label with text after it ("Nice to have: Terraform") is a requirement,
        # and, on a line of its own, opens a section of that kind as well.
        label = KIND_LABEL.match(_unmark(body))
        if label is not None:
            label_kind: Kind = "nice" if _nice_label(label.group("label")) else "must"
            if not bullet:
                section, section_id = label_kind, section_id + 1
            lines.append(
                _Line(_unmark(body)[label.end() :], bool(bullet), section, section_id, label_kind)
            )
            continue
        heading = _heading(line, body, bool(bullet), next_is_bullet)
        if heading is not None:
            section, section_id = heading, section_id + 1
            continue
        lines.append(_Line(body, bool(bullet), section, section_id))
    return lines


def _heading(line: str, body: str, bullet: bool, next_is_bullet: bool) -> Section | None:
    """The section a line opens, or None when it is not a heading."""
    marked = line.startswith("#") or bool(re.fullmatch(r"(\*\*|__).+(\*\*|__):?", body))
    title = re.sub(r"^[\W_]+|[\W_]+$", "", _unmark(body))
    words = title.split()
    if not title or len(words) > 14:
        return None
    colon = _unmark(body).rstrip().endswith(":")
    kind = _classify_heading(title)
    whole = kind if _is_whole_heading(title) else None
    if whole is not None:
        return whole
    if bullet:
        # Otherwise a bullet ("- Nice to have:", "🚀 What you'll do") is a heading only when
        # it is a known one closing with ":".
        return kind if colon and len(words) <= 8 else None
    letters = [c for c in title if c.isalpha()]
    caps = len(letters) >= 2 and all(c.isupper() for c in letters)
    shaped = (len(words) <= 8 and (colon or marked or caps)) or (len(words) <= 14 and colon)
    short_before_list = len(words) <= 5 and next_is_bullet and not re.search(r"[.!?]$", body)
    if not (shaped or short_before_list):
        return None
    if kind is not None:
        return kind
    if len(words) <= 5 and words[-1].lower() not in LIST_INTRO_END:
        return "unknown"
    return None


def _classify_heading(title: str) -> Section | None:
    if PLUS_HEADING.fullmatch(title) or NICE_HEADING.search(title):
        return "nice"
    if MUST_HEADING.search(title):
        return "must"
    if OTHER_HEADING.search(title):
        return "other"
    return None


def _is_whole_heading(title: str) -> bool:
    """A line that is nothing but a heading phrase ("Nice to have", "Your profile")."""
    rest = HEADING_FILLER.sub("", title)
    return any(
        pattern.fullmatch(text)
        for text in {title, rest}
        for pattern in (PLUS_HEADING, NICE_HEADING, MUST_HEADING, OTHER_HEADING)
    )


def _nice_label(label: str) -> bool:
    return bool(PLUS_HEADING.fullmatch(label) or NICE_HEADING.search(label))


def _candidates(line: _Line, has_heading: bool, bulleted_sections: set[int]) -> list[str]:
    """The requirement texts a line gives."""
    if line.label_kind is not None and line.section != "other":
        return [line.text]
    if not has_heading:
        # No requirement heading: bullets that read like requirements, outside task lists.
        if line.bullet and line.section != "other" and REQUIREMENT_CUE.search(line.text):
            return [line.text]
        return []
    if line.section not in ("must", "nice"):
        return []
    if line.bullet:
        return [] if _unmark(line.text).rstrip().endswith(":") else [line.text]
    if line.section_id in bulleted_sections:
        return []  # prose between bullets is an introduction, not a requirement
    # A section written without bullets: its list-like lines, and the requirement-like
    # sentences of its prose.
    kept = []
    for sentence in SENTENCE_END.split(line.text):
        sentence = sentence.strip()
        if not sentence or sentence.endswith(":"):
            continue
        list_like = len(sentence.split()) <= 12 and not sentence.endswith(".")
        if list_like or REQUIREMENT_CUE.search(sentence) or _is_skill(sentence):
            kept.append(sentence)
    return kept


def _kind(line: _Line, text: str) -> str:
    if line.label_kind is not None:
        return line.label_kind
    if line.section == "nice":
        return "nice"
    # A marker inside parentheses counts only when it is all the parenthesis says
    # ("Master's degree (preferred)"), not when it qualifies an example in it.
    outside = re.sub(
        r"\(([^)]*)\)",
        lambda m: m.group(0) if NICE_MARK.fullmatch(m.group(1).strip()) else " ",
        text,
    )
    return "nice" if NICE_MARK.search(outside) else "must"


def _unmark(text: str) -> str:
    """Without markdown emphasis and heading marks."""
    text = re.sub(r"^#+\s*", "", text)
    text = re.sub(r"\*\*|__|`", "", text)
    return re.sub(r"(?<!\w)[*_](\S(?:.*?\S)?)[*_](?!\w)", r"\1", text)


def _clean(text: str) -> str:
    text = re.sub(r"\s+", " ", _unmark(text)).strip()
    text = text.rstrip(" .;,:!·•")
    if len(text) > MAX_TEXT:
        cut = text.rfind(" ", 0, MAX_TEXT + 1)
        text = text[: cut if cut > MAX_TEXT // 2 else MAX_TEXT].rstrip(" .;,:!")
    return text


# --------------------------------------------------------------------------- categories


def _is_education(text: str) -> bool:
    text = NOT_EDUCATION.sub(" ", text)
    return bool(EDUCATION.search(text) or EDUCATION_ACRONYM.search(text))


def _is_language(text: str) -> bool:
    if LANGUAGE.search(text) or CEFR_LEVEL.search(text):
        return True
    forms = [form for forms in vocabulary()["languages"].values() for form in forms]
    return find(forms, text) is not None


def _names_a_place(text: str) -> bool:
    for forms in vocabulary()["places"].values():
        span = find(forms, text)
        if span is not None and PLACE_PREPOSITION.search(text[: span[0]]):
            return True
    return False


def _is_skill(text: str) -> bool:
    return bool(
        named_terms(text)
        or TECH.search(text)
        or R_LANGUAGE.search(text)
        or SKILL_PHRASE.search(text)
    )
