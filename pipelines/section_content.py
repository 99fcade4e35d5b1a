"""A section typed by what it holds, for a heading whose words say nothing the vocabulary
knows ("Where to find me", "Words I speak", "Lo que sé hacer", "Fuera del trabajo"): the
reader of a resume knows such a section by its content, and so does this, in English,
German, French and Spanish. Closed sets only (addresses, language names and levels, degree
words, pastimes, credential words, titles in quotes): no phrasing of a heading is listed
here.
"""

from __future__ import annotations

import re
import statistics

from core.enums import SectionType
from pipelines.phone_numbers import has_phone

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
# A year of the kind dates on a resume carry (1900-2099).
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_LANGUAGE = re.compile(
    r"\b(?:english|german|french|spanish|italian|portuguese|dutch|polish|russian|arabic|"
    r"chinese|mandarin|cantonese|japanese|korean|turkish|hindi|swedish|danish|norwegian|"
    r"greek|czech|romanian|hungarian|ukrainian|catalan|"
    r"englisch|deutsch|französisch|spanisch|italienisch|portugiesisch|niederländisch|"
    r"polnisch|russisch|türkisch|chinesisch|japanisch|"
    r"anglais|allemand|français|espagnol|italien|portugais|néerlandais|arabe|chinois|russe|"
    r"inglés|alemán|francés|español|castellano|italiano|portugués|catalán|chino|ruso)\b",
    re.IGNORECASE,
)
_LEVEL = re.compile(
    r"\b(?:[abc][12]|native|fluent|bilingual|mother tongue|muttersprache|fließend|"
    r"verhandlungssicher|grundkenntnisse|langue maternelle|courant|bilingue|notions|"
    r"nativo|nativa|lengua materna|fluido|básico|intermedio|avanzado)\b",
    re.IGNORECASE,
)
_DEGREE = re.compile(
    r"\b(?:b\.?sc|m\.?sc|b\.?a|m\.?a|mba|ph\.?d|bachelor|master|doctorate|diploma|degree|"
    r"university|college|school|hochschule|universität|fachhochschule|diplom|abitur|"
    r"ausbildung|studium|université|école|licence|baccalauréat|bac|doctorat|"
    r"universidad|escuela|grado|licenciatura|máster|bachillerato|doctorado)\b",
    re.IGNORECASE,
)
_PASTIME = re.compile(
    r"\b(?:running|cycling|hiking|climbing|swimming|photography|cooking|baking|reading|"
    r"travel(?:ling|ing)?|chess|football|soccer|tennis|music|guitar|piano|yoga|painting|"
    r"gardening|marathons?|badminton|theat(?:re|er)|dancing|skiing|board games|podcasts?|"
    r"theater|tanzen|skifahren|brettspiele|théâtre|danse|ski|jeux de société|teatro|baile|"
    r"esquí|juegos de mesa|laufen|radfahren|wandern|klettern|schwimmen|fotografie|kochen|"
    r"backen|lesen|reisen|schach|fußball|musik|gitarre|klavier|malen|"
    r"course à pied|vélo|randonnée|escalade|natation|photographie|cuisine|lecture|voyages?|"
    r"échecs|musique|guitare|peinture|jardinage|"
    r"correr|ciclismo|senderismo|escalada|natación|fotografía|cocina|lectura|viajar|viajes|"
    r"ajedrez|fútbol|música|guitarra|pintura|jardinería)\b",
    re.IGNORECASE,
)
# A credential named as such: "Certified ...", "Zertifikat", "Permis B", "Licencia".
_CREDENTIAL = re.compile(
    r"\b(?:certified|certificate|certification|certificat\w*|zertifi\w*|licen[cs]e[ds]?|"
    r"licencia|lizenz|permis|permiso|carn[eé]t?|habilita\w*|accredit\w*|akkredit\w*|"
    r"acredita\w*|chartered|registered|f[uü]hrerschein|brevet)\b",
    re.IGNORECASE,
)
# A title in quotation marks: how talks, articles and papers are listed.
_QUOTED_TITLE = re.compile(
    r"[\"\u201c\u201e\u00ab][^\"\u201c\u201d\u00ab\u00bb\n]{8,}[\"\u201d\u201c\u00bb]"
)
_ITEM_SPLIT = re.compile(r"[,;•·|\n]+")
_SEPARATOR = re.compile(r"[,;•·|]")
# A paragraph about oneself: "I build…", "Je transforme…", "Ich entwickle…", "Yo…".
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|je|ich|yo)\b")
_BULLET = re.compile(r"^\s*[-•·*▪◦]\s", re.MULTILINE)


def type_by_content(body: str) -> SectionType | None:
    """The type a recruiter would give a section holding ``body``, or None (unclear)."""
    words = body.split()
    if not words:
        return None
    if len(words) <= 40 and (_EMAIL.search(body) or has_phone(body)):
        return SectionType.CONTACT
    if len(_LANGUAGE.findall(body)) >= 2 and (_LEVEL.search(body) or len(words) <= 20):
        return SectionType.LANGUAGES
    years = len(YEAR.findall(body))
    if years and _DEGREE.search(body) and not _BULLET.search(body):
        return SectionType.EDUCATION
    if not years and len(_PASTIME.findall(body)) >= 2:
        return SectionType.INTERESTS
    # A list written as one: items parted by commas, bullets or bars, not lines alone.
    items = [item.strip() for item in _ITEM_SPLIT.split(body) if item.strip()]
    listed = len(_SEPARATOR.findall(body)) + len(_BULLET.findall(body)) >= 3
    short_items = len(items) >= 4 and statistics.median(len(i.split()) for i in items) <= 3
    if not years and listed and short_items:
        return SectionType.SKILLS
    # Most lines name a credential, or list a title in quotes (talks, articles).
    lines = [line for line in body.splitlines() if line.strip()]
    if len(lines) >= 2 and sum(bool(_CREDENTIAL.search(line)) for line in lines) * 2 >= len(lines):
        return SectionType.CERTIFICATIONS
    if len(lines) >= 2 and sum(bool(_QUOTED_TITLE.search(line)) for line in lines) * 2 >= len(
        lines
    ):
        return SectionType.PUBLICATIONS
    # Entries from the start (a date within the first lines) with their bullets.
    head = "\n".join(line for line in body.strip().splitlines()[:3])
    if YEAR.search(head) and len(_BULLET.findall(body)) >= 2:
        return SectionType.EXPERIENCE
    sentences = re.findall(r"[.!?](?:\s|$)", body)
    prose = not years and not _BULLET.search(body) and 15 <= len(words) <= 120 and sentences
    if prose and _FIRST_PERSON.search(body):
        return SectionType.SUMMARY
    return None
