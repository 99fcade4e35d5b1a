"""The section-heading vocabulary: which heading words name which section type.

Pure data plus the normalisation its keys are written in. The one heading detector,
``pipelines.sections.classify_heading``, reads it; nothing else keeps a list of headings.

Latin-script phrases are normalised with ``normalise_heading`` (accents stripped, lowercase,
"&" -> "and", every other punctuation mark -> a space). A title matches a phrase when the
whole title is the phrase, or when the title is made of phrases and ``FILLER`` words only
("Relevant Work Experience"); when it holds phrases of several types, ``PRIORITY`` decides.
CJK titles match by substring (``CJK``): the types of all keywords found, less the generic
ones (``CJK_GENERIC``) when others are found, resolved by ``PRIORITY``.
"""

from __future__ import annotations

import re
import unicodedata

from core.enums import SectionType


def normalise_heading(title: str) -> str:
    """Accents stripped, lowercase, punctuation -> spaces, single spaces, stripped."""
    s = unicodedata.normalize("NFKD", title)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = s.replace("&", " and ").replace("\u2019", " ").replace("'", " ")
    s = re.sub(r"[^\w\s]", " ", s)
    return re.sub(r"\s+", " ", s).strip()


# Section type -> its phrases (comma-separated, already normalised), per language.
_ENGLISH: dict[SectionType, str] = {
    SectionType.CONTACT: (
        "contact, contact information, contact details, personal information, personal details, "
        "personal data"
    ),
    SectionType.SUMMARY: (
        "summary, profile, objective, career objective, about, about me, highlights, overview, "
        "introduction, status, personal statement, executive summary, in brief, at a glance, "
        "snapshot, who i am"
    ),
    SectionType.EXPERIENCE: (
        "experience, employment, employment history, work history, career history, positions, "
        "internships, internship, employment record, work record, track record, professional "
        "background, career background, where i ve worked, places i ve worked, roles, roles held"
    ),
    SectionType.EDUCATION: (
        "education, coursework, academic background, qualifications, training, academic history, "
        "academic record, educational background, education history, degrees, schooling, studies"
    ),
    SectionType.SKILLS: (
        "skills, skill, strengths, competencies, expertise, technologies, tools, fields, "
        "operating systems, tech stack, toolbox, toolkit, tool kit, proficiencies, capabilities, "
        "know how"
    ),
    SectionType.PROJECTS: "projects, project, portfolio, case studies",
    SectionType.CERTIFICATIONS: (
        "certifications, certification, certificates, certificate, licenses, licences, courses, "
        "credentials, accreditations"
    ),
    SectionType.AWARDS: (
        "awards, award, honors, honours, achievements, accomplishments, most proud of, "
        "scholarships, recognition, prizes, distinctions"
    ),
    SectionType.PUBLICATIONS: "publications, patents, papers, research, articles",
    SectionType.LANGUAGES: "languages, language",
    SectionType.VOLUNTEER: (
        "volunteer, volunteering, volunteer work, community service, volunteer experience, "
        "community involvement, community engagement, giving back, pro bono"
    ),
    SectionType.INTERESTS: (
        "interests, hobbies, activities, leisure, pastimes, outside work, outside of work, "
        "free time"
    ),
    SectionType.REFERENCES: "references, referees",
    SectionType.OTHER: (
        "talks, presentations, leadership, involvement, affiliations, memberships, additional "
        "information, miscellaneous, other, focus areas"
    ),
}
_GERMAN: dict[SectionType, str] = {
    SectionType.CONTACT: "kontakt, personliche daten",
    SectionType.SUMMARY: "profil, zusammenfassung, kurzprofil, uber mich",
    SectionType.EXPERIENCE: (
        "berufserfahrung, berufliche erfahrung, beruflicher werdegang, werdegang, praktika, "
        "praxiserfahrung, berufspraxis, arbeitserfahrung, berufliche stationen, stationen, "
        "laufbahn, erfahrung"
    ),
    SectionType.EDUCATION: (
        "ausbildung, bildung, studium, bildungsweg, schulbildung, akademischer werdegang, "
        "akademische ausbildung, schulischer werdegang, hochschulstudium, hochschulbildung"
    ),
    SectionType.SKILLS: (
        "kenntnisse, fahigkeiten, kompetenzen, fachkenntnisse, edv kenntnisse, werkzeuge"
    ),
    SectionType.PROJECTS: "projekte, projekterfahrung, projekterfahrungen",
    SectionType.CERTIFICATIONS: (
        "zertifikate, zertifizierungen, weiterbildung, weiterbildungen, fortbildung, "
        "fortbildungen, lizenzen"
    ),
    SectionType.AWARDS: "auszeichnungen, preise, ehrungen",
    SectionType.PUBLICATIONS: "veroffentlichungen, publikationen",
    SectionType.LANGUAGES: "sprachen, sprachkenntnisse, fremdsprachen",
    SectionType.VOLUNTEER: "ehrenamt, ehrenamtliches engagement, engagement",
    SectionType.INTERESTS: "interessen, hobbys, freizeit, freizeitaktivitaten",
    SectionType.REFERENCES: "referenzen",
    SectionType.OTHER: "sonstiges",
}
_FRENCH: dict[SectionType, str] = {
    SectionType.CONTACT: "coordonnees",
    SectionType.SUMMARY: "profil professionnel, resume, a propos, a propos de moi, objectif",
    SectionType.EXPERIENCE: (
        "experience professionnelle, experiences professionnelles, experiences, parcours "
        "professionnel, stages, parcours, emplois"
    ),
    SectionType.EDUCATION: "formation, formations, etudes, diplomes, cursus, parcours academique",
    SectionType.SKILLS: (
        "competences, competences techniques, savoir faire, informatique, developpement "
        "informatique, logiciels, outils"
    ),
    SectionType.PROJECTS: "projets, realisations",
    SectionType.CERTIFICATIONS: "certifications professionnelles, certificats",
    SectionType.AWARDS: "distinctions, prix, recompenses",
    SectionType.LANGUAGES: "langues, langues parlees",
    SectionType.VOLUNTEER: "benevolat, engagement associatif, vie associative, benevoles",
    SectionType.INTERESTS: "centres d interet, loisirs, activites, interets, passions",
    SectionType.OTHER: "divers",
}
_SPANISH: dict[SectionType, str] = {
    SectionType.CONTACT: "datos personales, contacto",
    SectionType.SUMMARY: "perfil, perfil profesional, resumen, objetivo, sobre mi, extracto",
    SectionType.EXPERIENCE: (
        "experiencia, experiencia laboral, experiencia profesional, trayectoria profesional, "
        "trayectoria, historial laboral, historial profesional, empleos, empleos anteriores"
    ),
    SectionType.EDUCATION: "educacion, formacion, formacion academica, estudios",
    SectionType.SKILLS: "habilidades, competencias, conocimientos, aptitudes, herramientas",
    SectionType.PROJECTS: "proyectos",
    SectionType.CERTIFICATIONS: "certificaciones, certificados, cursos",
    SectionType.AWARDS: "premios, logros, reconocimientos",
    SectionType.PUBLICATIONS: "publicaciones",
    SectionType.LANGUAGES: "idiomas, lenguas",
    SectionType.VOLUNTEER: "voluntariado, voluntario, trabajo voluntario",
    SectionType.INTERESTS: "intereses, aficiones, pasatiempos",
    SectionType.REFERENCES: "referencias",
    SectionType.OTHER: "otros",
}


def _by_phrase(*tables: dict[SectionType, str]) -> dict[str, SectionType]:
    return {
        phrase.strip(): kind
        for table in tables
        for kind, phrases in table.items()
        for phrase in phrases.split(",")
    }


# Normalised phrase -> section type. Multi-word phrases match as phrases, single words as
# the title's head words.
PHRASES: dict[str, SectionType] = _by_phrase(_ENGLISH, _GERMAN, _FRENCH, _SPANISH)

# Modifiers that may precede/follow a phrase without changing its type.
FILLER: frozenset[str] = frozenset(
    """
    professional work relevant technical key core selected additional other my and of the
    related academic employment career computer significant software it research industry
    volunteer personal honors international practical programming soft hard skills & y et
    und de la le les en des del e recent previous invited main berufliche fachliche
    professionnelle professionnel professionnels laboral profesional tecnicas tecnicos
    techniques side spoken
    notable featured further foreign conference on request
    personliche personliches personlicher ausgewahlte wichtigste technische akademische
    akademischer soziales soziale weitere bisherige
    personnels personnelles cles cle technique academique academiques etrangeres principales
    principaux selectionnes autres
    personales clave destacados destacadas realizados principales otros academica academicos
    tecnicas extranjeros""".split()  # noqa: SIM905 - a word list reads better as prose
)

# CJK keyword -> section type, matched as a substring of the title.
CJK: dict[str, SectionType] = {
    "联系": SectionType.CONTACT,
    "个人信息": SectionType.CONTACT,
    "基本信息": SectionType.CONTACT,
    "自我评价": SectionType.SUMMARY,
    "个人简介": SectionType.SUMMARY,
    "求职意向": SectionType.SUMMARY,
    "总结": SectionType.SUMMARY,
    "自我介绍": SectionType.SUMMARY,
    "教育": SectionType.EDUCATION,
    "学历": SectionType.EDUCATION,
    "技能": SectionType.SKILLS,
    "技术栈": SectionType.SKILLS,
    "项目": SectionType.PROJECTS,
    "证书": SectionType.CERTIFICATIONS,
    "获奖": SectionType.AWARDS,
    "荣誉": SectionType.AWARDS,
    "论文": SectionType.PUBLICATIONS,
    "语言": SectionType.LANGUAGES,
    "外语": SectionType.LANGUAGES,
    "兴趣": SectionType.INTERESTS,
    "爱好": SectionType.INTERESTS,
    "特长": SectionType.SKILLS,
    "其他": SectionType.OTHER,
    "其它": SectionType.OTHER,
    "工作": SectionType.EXPERIENCE,
    "实习": SectionType.EXPERIENCE,
    "经历": SectionType.EXPERIENCE,
    "经验": SectionType.EXPERIENCE,
    "能力": SectionType.SKILLS,
}
# Generic nouns ("history", "experience", "ability") that name the section only when no other
# keyword does: "项目经历" is projects and "外语能力" languages, but "工作经历" experience.
CJK_GENERIC: frozenset[str] = frozenset({"经历", "经验", "能力"})

# When a title holds phrases of several types ("Projects and Experience"), the first of
# these types among them wins.
PRIORITY: tuple[SectionType, ...] = (
    SectionType.EXPERIENCE,
    SectionType.EDUCATION,
    SectionType.SKILLS,
    SectionType.PROJECTS,
    SectionType.CERTIFICATIONS,
    SectionType.AWARDS,
    SectionType.PUBLICATIONS,
    SectionType.LANGUAGES,
    SectionType.VOLUNTEER,
    SectionType.INTERESTS,
    SectionType.REFERENCES,
    SectionType.SUMMARY,
    SectionType.CONTACT,
    SectionType.OTHER,
)
