"""A held-out set of labelled resumes for the section splitter, built from a seed.

Written apart from ``testkit.resume_factory`` (its own templates, wording and layouts) so
that figures measured here are on resumes the splitter was not tuned on. The labels
(``tests/heldout/labels.json``) were frozen from this generator's spec before any tuning;
``tests/test_sections_heldout.py`` checks the generator still produces exactly them.

Layouts: label rail (heading in a left column, its first line of content to the right on
the same baseline, as a PDF or a borderless DOCX table), letter-spaced headings (drawn with
character spacing, or typed with spaces: "E X P E R I E N C E", "S k i l l s"), mixed-case,
sentence-case and lower-case headings, headings with trailing colons, icons and rules,
uncommon synonyms ("Where I've worked", "Toolbox"), two-column pages, and every language
``core.headings`` knows (English, German, French, Spanish, Chinese). Bodies hold decoys
that are not headings: bold job titles, company names in capitals, date lines, "Label:
value" lines. Invented people and organisations only.

``generate_heldout(out_dir, seed)`` writes the files and returns entries shaped like
shared/corpus/labels.json.
"""

# Chinese sample text uses the full-width punctuation Chinese resumes are typed with.
# ruff: noqa: RUF001

from __future__ import annotations

import io
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from docx.shared import Pt
from fpdf import FPDF

_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

# Section type -> heading variants, per language. A file picks one variant per section.
HEADINGS: dict[str, dict[str, list[str]]] = {
    "en": {
        "summary": ["Profile", "Personal statement", "Professional summary", "About me"],
        "experience": [
            "Where I've worked",
            "Professional background",
            "Employment record",
            "Work history",
            "Relevant experience",
            "Experience",
        ],
        "education": ["Academic history", "Education & training", "Education", "Degrees"],
        "skills": ["Toolbox", "Technical proficiencies", "Core skills", "Skills & tools"],
        "projects": ["Side projects", "Selected projects", "Projects"],
        "certifications": ["Licenses & certifications", "Credentials", "Certifications"],
        "awards": ["Honours and distinctions", "Recognition", "Awards"],
        "publications": ["Selected publications", "Papers and articles", "Publications"],
        "languages": ["Spoken languages", "Languages"],
        "volunteer": ["Giving back", "Community involvement", "Volunteering"],
        "interests": ["Outside work", "Hobbies & interests", "Pastimes", "Interests"],
        "references": ["Referees", "References"],
    },
    "de": {
        "summary": ["Kurzprofil", "Über mich", "Profil"],
        "experience": ["Beruflicher Werdegang", "Berufserfahrung", "Praxiserfahrung"],
        "education": ["Akademischer Werdegang", "Studium und Ausbildung", "Ausbildung"],
        "skills": ["IT-Kenntnisse", "Fähigkeiten", "Kenntnisse und Werkzeuge"],
        "projects": ["Projekterfahrung", "Projekte"],
        "certifications": ["Weiterbildungen", "Zertifikate"],
        "awards": ["Auszeichnungen", "Preise und Auszeichnungen"],
        "languages": ["Sprachkenntnisse", "Sprachen"],
        "volunteer": ["Ehrenamtliches Engagement", "Ehrenamt"],
        "interests": ["Freizeit", "Hobbys", "Interessen"],
    },
    "fr": {
        "summary": ["À propos de moi", "Profil"],
        "experience": ["Parcours professionnel", "Expériences", "Expérience professionnelle"],
        "education": ["Études et diplômes", "Cursus", "Formation"],
        "skills": ["Savoir-faire", "Compétences techniques", "Outils"],
        "projects": ["Réalisations", "Projets"],
        "certifications": ["Certifications"],
        "awards": ["Prix et distinctions", "Distinctions"],
        "languages": ["Langues parlées", "Langues"],
        "volunteer": ["Engagement associatif", "Bénévolat"],
        "interests": ["Loisirs", "Centres d'intérêt"],
    },
    "es": {
        "summary": ["Sobre mí", "Extracto", "Perfil"],
        "experience": ["Trayectoria", "Historial laboral", "Experiencia profesional"],
        "education": ["Formación académica", "Estudios", "Educación"],
        "skills": ["Competencias técnicas", "Herramientas", "Habilidades"],
        "projects": ["Proyectos"],
        "certifications": ["Certificaciones"],
        "awards": ["Premios y reconocimientos", "Premios"],
        "languages": ["Idiomas"],
        "volunteer": ["Voluntariado"],
        "interests": ["Aficiones", "Pasatiempos", "Intereses"],
    },
    "zh": {
        "summary": ["自我评价", "个人总结"],
        "experience": ["工作经历", "实习经历"],
        "education": ["教育背景", "学历"],
        "skills": ["专业技能", "技术栈"],
        "projects": ["项目经验"],
        "certifications": ["证书"],
        "awards": ["荣誉奖项", "获奖情况"],
        "languages": ["语言能力"],
        "interests": ["兴趣爱好"],
    },
}

# The blind set's titles: written after the splitter was tuned on HEADINGS, and never
# tuned on (see tests/heldout/README.md).
BLIND_HEADINGS: dict[str, dict[str, list[str]]] = {
    "en": {
        "summary": ["Summary of qualifications", "Professional profile", "Who I am"],
        "experience": ["Career history", "Employment", "Professional experience", "Roles held"],
        "education": ["Academic qualifications", "Education and qualifications", "Schooling"],
        "skills": ["Key skills", "Technical skills", "Areas of expertise", "Tech I use"],
        "projects": ["Personal projects", "Notable projects", "Open-source work"],
        "certifications": ["Professional certifications", "Licences"],
        "awards": ["Honors", "Achievements", "Awards & honours"],
        "publications": ["Research & publications", "Conference papers"],
        "languages": ["Language skills", "Languages spoken"],
        "volunteer": ["Volunteer work", "Pro bono"],
        "interests": ["Personal interests", "When I'm not working"],
        "references": ["References on request"],
    },
    "de": {
        "summary": ["Persönliches Profil", "Zusammenfassung"],
        "experience": ["Berufliche Laufbahn", "Berufliche Stationen", "Erfahrung"],
        "education": ["Schulbildung", "Hochschulstudium", "Bildungsweg"],
        "skills": ["Kompetenzen", "Fachliche Kompetenzen", "Technische Fähigkeiten"],
        "projects": ["Ausgewählte Projekte"],
        "certifications": ["Zertifizierungen", "Lizenzen"],
        "awards": ["Ehrungen", "Preise"],
        "languages": ["Fremdsprachen"],
        "volunteer": ["Soziales Engagement"],
        "interests": ["Freizeitinteressen", "Persönliche Interessen"],
    },
    "fr": {
        "summary": ["Résumé professionnel", "Objectif professionnel"],
        "experience": ["Expériences professionnelles", "Parcours", "Emplois occupés"],
        "education": ["Diplômes et formations", "Formation académique"],
        "skills": ["Compétences clés", "Aptitudes", "Informatique"],
        "projects": ["Projets personnels"],
        "certifications": ["Certificats"],
        "awards": ["Récompenses"],
        "languages": ["Langues étrangères"],
        "volunteer": ["Activités bénévoles"],
        "interests": ["Passions", "Intérêts"],
    },
    "es": {
        "summary": ["Resumen profesional", "Objetivo profesional"],
        "experience": ["Experiencia", "Empleos anteriores", "Trayectoria laboral"],
        "education": ["Formación", "Estudios realizados"],
        "skills": ["Conocimientos técnicos", "Competencias clave"],
        "projects": ["Proyectos destacados"],
        "certifications": ["Cursos y certificaciones"],
        "awards": ["Logros", "Distinciones"],
        "languages": ["Lenguas", "Idiomas"],
        "volunteer": ["Trabajo voluntario"],
        "interests": ["Hobbies", "Intereses personales"],
    },
    "zh": {
        "summary": ["个人简介", "求职意向"],
        "experience": ["工作经验", "职业经历"],
        "education": ["教育经历"],
        "skills": ["技能特长", "专业能力"],
        "projects": ["项目经历"],
        "certifications": ["资格证书"],
        "awards": ["获奖经历"],
        "languages": ["外语能力"],
        "interests": ["业余爱好"],
    },
}

# The second blind set's titles: written after the second round of tuning, before the
# splitter was first run on them.
BLIND2_HEADINGS: dict[str, dict[str, list[str]]] = {
    "en": {
        "summary": ["Career summary", "Professional overview", "Executive profile"],
        "experience": ["Professional history", "Work experience", "Employment history"],
        "education": ["Educational qualifications", "Academic background", "Training & education"],
        "skills": ["Skill set", "Technical expertise", "Core competencies", "Tools & technologies"],
        "projects": ["Key projects", "Project highlights", "Project experience"],
        "certifications": ["Certificates", "Courses & certifications"],
        "awards": ["Honours & awards", "Awards and recognition", "Distinctions"],
        "publications": ["Publications & talks", "Research output"],
        "languages": ["Language proficiency", "Languages known"],
        "volunteer": ["Volunteer activities", "Community work", "Voluntary work"],
        "interests": ["Hobbies", "Leisure activities", "Other interests"],
        "references": ["Referees available on request", "Professional references"],
    },
    "de": {
        "summary": ["Profil in Kürze", "Persönliche Zusammenfassung"],
        "experience": ["Berufliche Erfahrung", "Berufserfahrungen", "Tätigkeiten"],
        "education": ["Schul- und Berufsausbildung", "Studium", "Bildung"],
        "skills": ["EDV-Kenntnisse", "Fachkenntnisse", "Kenntnisse & Fähigkeiten"],
        "projects": ["Projektauswahl", "Wichtige Projekte"],
        "certifications": ["Zertifikate und Kurse", "Fort- und Weiterbildung"],
        "awards": ["Preise & Stipendien"],
        "languages": ["Sprachkompetenz"],
        "volunteer": ["Ehrenamtliche Tätigkeiten"],
        "interests": ["Hobbys und Interessen"],
    },
    "fr": {
        "summary": ["Présentation", "Profil personnel"],
        "experience": ["Expérience", "Historique professionnel", "Postes occupés"],
        "education": ["Formation initiale", "Diplômes"],
        "skills": ["Compétences informatiques", "Savoir-être", "Atouts"],
        "projects": ["Projets réalisés"],
        "certifications": ["Habilitations"],
        "awards": ["Prix", "Récompenses et distinctions"],
        "languages": ["Compétences linguistiques"],
        "volunteer": ["Vie associative"],
        "interests": ["Centres d'intérêts", "Hobbies"],
    },
    "es": {
        "summary": ["Perfil personal", "Presentación"],
        "experience": ["Experiencia previa", "Historia laboral", "Puestos desempeñados"],
        "education": ["Formación reglada", "Titulación"],
        "skills": ["Aptitudes técnicas", "Destrezas"],
        "projects": ["Proyectos personales"],
        "certifications": ["Cursos realizados", "Certificados"],
        "awards": ["Reconocimientos"],
        "languages": ["Idiomas y niveles"],
        "volunteer": ["Actividades de voluntariado"],
        "interests": ["Otros intereses", "Tiempo libre"],
    },
    "zh": {
        "summary": ["个人评价", "自我介绍"],
        "experience": ["工作履历", "实习经验"],
        "education": ["学习经历"],
        "skills": ["专业技能", "掌握技能"],
        "projects": ["项目实践"],
        "certifications": ["资质证书"],
        "awards": ["所获荣誉"],
        "languages": ["语言水平"],
        "interests": ["个人爱好"],
    },
}

# The third blind set's titles: written apart by someone who saw neither the vocabulary nor
# the earlier sets, kept in tests/heldout/blind3_titles.json (read, never printed here).
_BLIND3_TITLES = Path(__file__).resolve().parents[1] / "tests" / "heldout" / "blind3_titles.json"


def _titles(path: Path) -> dict[str, dict[str, list[str]]]:
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


_PEOPLE = ["Ilse Varga", "Tomas Brandl", "Noor Halvorsen", "Ines Carvalho", "Odile Ferrand"]
_ZH_PEOPLE = ["林晓雯", "周子航", "陈思远"]
_COMPANIES = ["Northwind Freight GmbH", "Bluefen Analytics", "Corvale Systems", "Tidewell AG"]
_ROLES = ["Senior Data Engineer", "Product Designer", "Site Reliability Engineer", "Buyer"]
_SCHOOLS = ["University of Eastmere", "Hochschule Nordtal", "Université de Clairval"]


def _experience_body(rng: random.Random, lang: str) -> list[tuple[str, str]]:
    """(style, text): style "job" is bold body text, "caps" a company line in capitals."""
    lines: list[tuple[str, str]] = []
    years = rng.sample(range(2008, 2024), 4)
    years.sort(reverse=True)
    for k in range(2):
        role, company = rng.choice(_ROLES), rng.choice(_COMPANIES)
        lines.append(("job", role))
        lines.append(("caps", company.upper()))
        lines.append(("body", f"{years[2 * k + 1]} - {years[2 * k]}"))
        lines.append(("body", _BULLETS[lang][k]))
    if rng.random() < 0.5:
        lines.append(("body", _LABEL_LINES[lang]))
    return lines


_BULLETS = {
    "en": [
        "- Reduced nightly batch time from 6 hours to 40 minutes by partitioning the loads.",
        "- Mentored four juniors and ran the weekly design review.",
    ],
    "de": [
        "- Einführung eines neuen Lagerverwaltungssystems für drei Standorte.",
        "- Verantwortlich für ein Team von sechs Entwicklerinnen und Entwicklern.",
    ],
    "fr": [
        "- Mise en place d'un entrepôt de données pour quatre filiales.",
        "- Encadrement de trois stagiaires et animation des revues de code.",
    ],
    "es": [
        "- Migración de los informes mensuales a un sistema automatizado.",
        "- Coordinación de un equipo de cinco personas en dos países.",
    ],
    "zh": ["- 负责订单系统的重构，响应时间降低百分之四十。", "- 带领三人小组完成数据平台迁移。"],
}
_LABEL_LINES = {
    "en": "Key achievements: cut cloud costs by 22% in one year.",
    "de": "Schwerpunkte: Logistik, Datenqualität, Prozessautomatisierung.",
    "fr": "Environnement technique : Python, Airflow, PostgreSQL.",
    "es": "Tecnologías: Python, dbt, Snowflake.",
    "zh": "技术：Python、Kafka、PostgreSQL",
}
_BODIES: dict[str, dict[str, list[str]]] = {
    "en": {
        "summary": ["Engineer who likes boring, reliable systems and clear documentation."],
        "education": ["MSc Computer Science", "University of Eastmere, 2014 - 2016"],
        "skills": ["Python, SQL, Terraform, Kubernetes", "Leadership", "Stakeholder management"],
        "projects": ["tallyho - an open-source expense splitter (300 users)."],
        "certifications": ["Certified Kubernetes Administrator, 2022"],
        "awards": ["Best paper award, Data Systems Workshop 2019"],
        "publications": ["Varga, I. (2020). Incremental joins at scale. DSW 2020."],
        "languages": ["English (native), Portuguese (B1)"],
        "volunteer": ["Weekend coding club for teenagers, 2017 - 2021"],
        "interests": ["Bouldering, film photography, chess"],
        "references": ["Available on request."],
    },
    "de": {
        "summary": ["Ingenieurin mit Freude an verlässlichen Systemen."],
        "education": ["M.Sc. Wirtschaftsinformatik", "Hochschule Nordtal, 2012 - 2014"],
        "skills": ["SAP S/4HANA, Python, SQL", "MS Office"],
        "projects": ["Umstellung der Lagerlogistik auf RFID, 2021."],
        "certifications": ["PRINCE2 Practitioner, 2020"],
        "awards": ["Innovationspreis der Tidewell AG, 2019"],
        "languages": ["Deutsch (Muttersprache), Englisch (C1)"],
        "volunteer": ["Jugendtrainerin im Ruderverein, seit 2015"],
        "interests": ["Rudern, Kochen, Brettspiele"],
        "publications": ["Brandl, T. (2021). Lagerlogistik mit RFID. Logistik Heute 4/2021."],
        "references": ["Auf Anfrage."],
    },
    "fr": {
        "summary": ["Cheffe de projet attachée aux livraisons régulières."],
        "education": ["Master MIAGE", "Université de Clairval, 2013 - 2015"],
        "skills": ["Java, Kotlin, Scrum", "Gestion de projet"],
        "projects": ["Refonte du portail client, 2022."],
        "certifications": ["PMP, 2021"],
        "awards": ["Prix de l'innovation, Corvale Systems, 2020"],
        "languages": ["Français (natif), Anglais (courant)"],
        "volunteer": ["Trésorière d'une association de quartier"],
        "interests": ["Escalade, jardinage"],
        "publications": ["Ferrand, O. (2019). Entrepôts de données agiles. Revue SI, 12(3)."],
        "references": ["Disponibles sur demande."],
    },
    "es": {
        "summary": ["Analista orientada a datos fiables y decisiones claras."],
        "education": ["Grado en Matemáticas", "Universidad de Valmera, 2010 - 2014"],
        "skills": ["Python, R, Tableau", "Trabajo en equipo"],
        "projects": ["Cuadro de mando de ventas para 40 tiendas."],
        "certifications": ["Google Data Analytics, 2021"],
        "awards": ["Premio a la mejor analista del año, 2022"],
        "languages": ["Español (nativo), Inglés (C1)"],
        "volunteer": ["Banco de alimentos de Valmera, 2016 - 2019"],
        "interests": ["Ciclismo, lectura"],
        "publications": ["Carvalho, I. (2020). Cuadros de mando en retail. Revista TIC, 8."],
        "references": ["Disponibles a petición."],
    },
    "zh": {
        "summary": ["热爱数据工程，做事认真负责。"],
        "education": ["东湖大学 计算机科学与技术 本科", "2012 - 2016"],
        "skills": ["Python、Java、SQL、Spark"],
        "projects": ["智能仓储调度平台（2021）"],
        "certifications": ["系统架构设计师，2020"],
        "awards": ["校级一等奖学金（2015）"],
        "languages": ["英语 CET-6，日语 N2"],
        "interests": ["篮球、摄影"],
    },
}


@dataclass(frozen=True)
class Section:
    title: str  # as printed, before any letter spacing
    kind: str
    body: list[tuple[str, str]]  # (style, text)


@dataclass(frozen=True)
class HeadingLook:
    """How a file draws its headings."""

    case: str  # "upper", "title", "sentence", "lower", "as_is"
    spaced: str  # "", "typed" (letters separated by spaces) or "drawn" (character spacing)
    size: float
    bold: bool
    decor: str  # "", "colon", "icon", "rule"


def _cased(title: str, case: str) -> str:
    if case == "upper":
        return title.upper()
    if case == "lower":
        return title.lower()
    if case == "sentence":
        return title[:1].upper() + title[1:].lower()
    if case == "title":
        return " ".join(w[:1].upper() + w[1:] for w in title.split(" "))
    return title


def printed_title(title: str, look: HeadingLook) -> str:
    """The heading text as it appears on the page (and in the labels)."""
    s = _cased(title, look.case)
    if look.spaced == "typed":
        s = "   ".join(" ".join(word) for word in s.split(" "))
    return s


def _sections(
    rng: random.Random,
    lang: str,
    kinds: list[str],
    headings: dict[str, dict[str, list[str]]],
    max_len: int | None = None,
) -> list[Section]:
    """``max_len``: only titles that short, and no section without one (a narrow rail
    keeps each title on one line)."""
    out = []
    for kind in kinds:
        variants = headings[lang][kind]
        if max_len is not None:
            variants = [v for v in variants if len(v) <= max_len]
            if not variants:
                continue
        title = rng.choice(variants)
        if kind == "experience":
            body = _experience_body(rng, lang)
        else:
            body = [("body", t) for t in _BODIES[lang][kind]]
        out.append(Section(title, kind, body))
    return out


def _pick_kinds(
    rng: random.Random, lang: str, headings: dict[str, dict[str, list[str]]]
) -> list[str]:
    core = ["experience", "education", "skills"]
    optional = [k for k in headings[lang] if k not in core]
    extra = rng.sample(optional, rng.randint(3, min(6, len(optional))))
    kinds = core + extra
    rng.shuffle(kinds)
    if "summary" in kinds:  # a summary reads first when there is one
        kinds.remove("summary")
        kinds.insert(0, "summary")
    return kinds


# ----------------------------------------------------------------------------- PDF


class _Pdf(FPDF):
    def __init__(self) -> None:
        super().__init__(format="A4")
        self.set_auto_page_break(True, margin=15)
        self.add_font("DejaVu", "", str(_FONT_DIR / "DejaVuSans.ttf"))
        self.add_font("DejaVu", "B", str(_FONT_DIR / "DejaVuSans-Bold.ttf"))
        self.add_page()


_ICONS = ["\u25b8", "\u25a0", "\u25c6", "\u2022"]


def _pdf_heading(pdf: _Pdf, title: str, look: HeadingLook, x: float, width: float) -> None:
    text = printed_title(title, look)
    if look.decor == "colon":
        text += ":"
    elif look.decor == "icon":
        text = f"{_ICONS[len(title) % len(_ICONS)]} {text}"
    pdf.set_font("DejaVu", "B" if look.bold else "", look.size)
    if look.spaced == "drawn":
        pdf.set_char_spacing(1.0)
    pdf.set_x(x)
    pdf.multi_cell(width, look.size * 0.5, text, new_x="LEFT", new_y="NEXT")
    pdf.set_char_spacing(0)
    if look.decor == "rule":
        y = pdf.get_y() + 0.5
        pdf.line(x, y, x + width, y)
        pdf.ln(1.5)


def _pdf_body_line(pdf: _Pdf, style: str, text: str, x: float, width: float) -> None:
    pdf.set_font("DejaVu", "B" if style == "job" else "", 9.5)
    pdf.set_x(x)
    pdf.multi_cell(width, 4.6, text, new_x="LEFT", new_y="NEXT")


def contact_details(name: str, fmt: str) -> tuple[str, str]:
    """(email, phone) printed under the name of a generated file of format ``fmt``."""
    handle = name.split()[0].lower()
    phone = f"+44 20 7946 0{len(name):03d}" if fmt == "pdf" else f"+34 910 000 {len(name):03d}"
    return f"{handle}@example.org", phone


def _pdf_contact(pdf: _Pdf, name: str) -> None:
    pdf.set_font("DejaVu", "B", 19)
    pdf.multi_cell(0, 9, name, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 9.5)
    email, phone = contact_details(name, "pdf")
    pdf.multi_cell(0, 5, f"{email}  |  {phone}  |  Eastmere")
    pdf.ln(3)


def pdf_stacked(name: str, sections: list[Section], look: HeadingLook) -> bytes:
    """One column: heading above its content."""
    pdf = _Pdf()
    _pdf_contact(pdf, name)
    for sec in sections:
        pdf.ln(2.5)
        _pdf_heading(pdf, sec.title, look, pdf.l_margin, 0)
        for style, text in sec.body:
            _pdf_body_line(pdf, style, text, pdf.l_margin, 0)
    return bytes(pdf.output())


def pdf_label_rail(name: str, sections: list[Section], look: HeadingLook) -> bytes:
    """Heading in a 67 mm left rail on the baseline of its first content line."""
    return _rail_pdf(name, sections, look, 80.0)


def pdf_inline_rail(name: str, sections: list[Section], look: HeadingLook) -> bytes:
    """A rail so close to its content that text extraction may read both as one line."""
    return _rail_pdf(name, sections, look, 54.0)


def _rail_pdf(name: str, sections: list[Section], look: HeadingLook, body_x: float) -> bytes:
    pdf = _Pdf()
    _pdf_contact(pdf, name)
    rail_x, body_w = 10.0, 200.0 - body_x
    for sec in sections:
        pdf.ln(3)
        if pdf.get_y() > 250:
            pdf.add_page()
        top = pdf.get_y()
        _pdf_heading(pdf, sec.title, look, rail_x, body_x - rail_x - 3)
        rail_bottom = pdf.get_y()
        pdf.set_y(top)
        for style, text in sec.body:
            _pdf_body_line(pdf, style, text, body_x, body_w)
        pdf.set_y(max(pdf.get_y(), rail_bottom))
    return bytes(pdf.output())


def pdf_two_column(name: str, sections: list[Section], look: HeadingLook) -> bytes:
    """A narrow sidebar holding the short sections beside a wide main column."""
    pdf = _Pdf()
    pdf.set_auto_page_break(False)
    _pdf_contact(pdf, name)
    side_kinds = {"skills", "languages", "interests", "certifications", "references"}
    side = [s for s in sections if s.kind in side_kinds]
    main = [s for s in sections if s.kind not in side_kinds]
    top = pdf.get_y() + 2
    for column, x, w in ((side, 10.0, 60.0), (main, 78.0, 122.0)):
        pdf.set_y(top)
        for sec in column:
            pdf.ln(2.5)
            _pdf_heading(pdf, sec.title, look, x, w)
            for style, text in sec.body:
                _pdf_body_line(pdf, style, text, x, w)
    return bytes(pdf.output())


def two_column_order(sections: list[Section]) -> list[Section]:
    side_kinds = {"skills", "languages", "interests", "certifications", "references"}
    return [s for s in sections if s.kind in side_kinds] + [
        s for s in sections if s.kind not in side_kinds
    ]


# ----------------------------------------------------------------------------- DOCX


def _docx_run_spacing(run: object, twentieths: int) -> None:
    rpr = run._r.get_or_add_rPr()  # type: ignore[attr-defined]
    rpr.append(parse_xml(f'<w:spacing {nsdecls("w")} w:val="{twentieths}"/>'))


def _docx_heading(container: object, title: str, look: HeadingLook) -> None:
    text = printed_title(title, look)
    if look.decor == "colon":
        text += ":"
    elif look.decor == "icon":
        text = f"{_ICONS[len(title) % len(_ICONS)]} {text}"
    run = container.add_paragraph().add_run(text)  # type: ignore[attr-defined]
    run.bold = look.bold
    run.font.size = Pt(look.size)
    if look.spaced == "drawn":
        _docx_run_spacing(run, 60)


def _docx_body(container: object, body: list[tuple[str, str]]) -> None:
    for style, text in body:
        run = container.add_paragraph().add_run(text)  # type: ignore[attr-defined]
        run.bold = style == "job"
        run.font.size = Pt(10)


def _docx_contact(d: docx.Document, name: str) -> None:
    run = d.add_paragraph().add_run(name)
    run.bold = True
    run.font.size = Pt(20)
    email, phone = contact_details(name, "docx")
    d.add_paragraph(f"{email} | {phone}")


def docx_stacked(name: str, sections: list[Section], look: HeadingLook) -> bytes:
    d = docx.Document()
    _docx_contact(d, name)
    for sec in sections:
        _docx_heading(d, sec.title, look)
        _docx_body(d, sec.body)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def docx_label_rail(name: str, sections: list[Section], look: HeadingLook) -> bytes:
    """A borderless two-column table: one row per section, heading cell | content cell."""
    d = docx.Document()
    _docx_contact(d, name)
    table = d.add_table(rows=len(sections), cols=2)
    for row, sec in zip(table.rows, sections, strict=True):
        left, right = row.cells
        left.paragraphs[0]._p.getparent().remove(left.paragraphs[0]._p)
        _docx_heading(left, sec.title, look)
        right.paragraphs[0]._p.getparent().remove(right.paragraphs[0]._p)
        _docx_body(right, sec.body)
    if len(sections) > 6:  # a page break before the last paragraph, as long resumes have
        d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ----------------------------------------------------------------------------- catalogue

Builder = Callable[[str, list[Section], HeadingLook], bytes]


def _look(
    rng: random.Random, spaced: str = "", *, latin: bool = True, narrow: bool = False
) -> HeadingLook:
    """A heading style; ``narrow``: a rail or sidebar heading, small enough to fit its column."""
    case = rng.choice(["upper", "title", "sentence", "lower", "as_is"]) if latin else "as_is"
    if spaced:
        case = rng.choice(["upper", "upper", "title"])
    return HeadingLook(
        case=case,
        spaced=spaced,
        size=rng.choice([8.5, 9.5] if narrow else [9.5, 11.0, 12.0, 14.0]),
        bold=rng.random() < 0.8 or case != "upper",
        decor=rng.choice(["", "", "colon", "icon", "rule"]),
    )


# (layout name, format, builder, letter spacing, languages that may use it)
_PLANS: list[tuple[str, str, Builder, str, tuple[str, ...]]] = [
    ("rail", "pdf", pdf_label_rail, "", ("en", "de", "fr", "es")),
    ("rail-drawn", "pdf", pdf_label_rail, "drawn", ("en", "de", "fr", "es")),
    ("spaced-typed", "pdf", pdf_stacked, "typed", ("en", "de", "fr", "es")),
    ("spaced-drawn", "pdf", pdf_stacked, "drawn", ("en", "de", "fr", "es")),
    ("stacked", "pdf", pdf_stacked, "", ("en", "de", "fr", "es")),
    ("two-column", "pdf", pdf_two_column, "", ("en", "de", "fr", "es")),
    ("rail", "docx", docx_label_rail, "", ("en", "de", "fr", "es", "zh")),
    ("rail-spaced", "docx", docx_label_rail, "typed", ("en", "de", "fr", "es")),
    ("spaced-typed", "docx", docx_stacked, "typed", ("en", "de", "fr", "es")),
    ("spaced-drawn", "docx", docx_stacked, "drawn", ("en", "de", "fr", "es", "zh")),
    ("stacked", "docx", docx_stacked, "", ("en", "de", "fr", "es", "zh")),
]


# Only in the blind set: a rail close enough to its content to be read as one line.
_BLIND_PLANS: list[tuple[str, str, Builder, str, tuple[str, ...]]] = [
    ("inline-rail", "pdf", pdf_inline_rail, "", ("en", "de", "fr", "es")),
]

# Set name -> (titles, seed, layouts beyond _PLANS, file-name prefix); labels in tests/heldout.
SETS: dict[str, tuple[dict[str, dict[str, list[str]]], int, list, str]] = {
    "heldout": (HEADINGS, 1313, [], "h"),
    "blind": (BLIND_HEADINGS, 2718, _BLIND_PLANS, "b"),
    "blind2": (BLIND2_HEADINGS, 4242, _BLIND_PLANS, "c"),
    "blind3": (_titles(_BLIND3_TITLES), 9001, _BLIND_PLANS, "d"),
}


@dataclass(frozen=True)
class HeldoutCase:
    file: str
    language: str
    layout: str
    sections: list[Section]  # reading order
    look: HeadingLook
    build: Callable[[], bytes]
    person: str = ""  # the name printed at the top

    def labels(self) -> list[dict[str, str | None]]:
        heads = [
            {"title": printed_title(s.title, self.look), "type": s.kind} for s in self.sections
        ]
        return [{"title": None, "type": "contact"}, *heads]


def heldout_cases(which: str = "heldout") -> list[HeldoutCase]:
    """Each plan in every language it allows, topped up to at least 44 files by seeded draws.

    ``which``: a name of ``SETS`` (its titles, seed, extra layouts and file prefix).
    """
    headings, seed, extra_plans, prefix = SETS[which]
    rng = random.Random(seed)
    plans = [(p, lang) for p in _PLANS + extra_plans for lang in p[4] if lang in headings]
    plans += [rng.choice(plans) for _ in range(44 - len(plans))]
    out = []
    for n, ((layout, fmt, build, spaced, _), lang) in enumerate(plans):
        local = random.Random(f"{seed}-{n}")
        narrow = build in (pdf_label_rail, pdf_two_column, pdf_inline_rail)
        look = _look(local, spaced, latin=lang != "zh", narrow=narrow)
        max_len = 14 if build is pdf_inline_rail else None
        sections = _sections(local, lang, _pick_kinds(local, lang, headings), headings, max_len)
        name = local.choice(_ZH_PEOPLE if lang == "zh" else _PEOPLE)
        order = two_column_order(sections) if layout == "two-column" else sections
        out.append(
            HeldoutCase(
                f"{prefix}{n:02d}_{lang}_{layout}.{fmt}",
                lang,
                layout,
                order,
                look,
                lambda b=build, nm=name, s=sections, lk=look: b(nm, s, lk),
                person=name,
            )
        )
    return out


def generate_heldout(out_dir: Path, which: str = "heldout") -> list[dict[str, object]]:
    out_dir.mkdir(parents=True, exist_ok=True)
    entries: list[dict[str, object]] = []
    for case in heldout_cases(which):
        (out_dir / case.file).write_bytes(case.build())
        entries.append(
            {
                "file": case.file,
                "language": case.language,
                "layout": case.layout,
                "has_text_layer": True,
                "sections": case.labels(),
            }
        )
    return entries


if __name__ == "__main__":
    import sys

    which = sys.argv[2] if len(sys.argv) > 2 else "heldout"
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/heldout")
    print(json.dumps(generate_heldout(target, which), ensure_ascii=False, indent=1))
