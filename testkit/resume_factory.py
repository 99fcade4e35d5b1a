"""Generator of synthetic, labelled resumes (PDF via fpdf2, DOCX via python-docx).

``generate_all(out_dir)`` writes the files and returns label entries shaped like
shared/corpus/labels.json ({"file", "language", "layout", "has_text_layer", "sections"}).
Invented people and companies only. Used by tests/ and bench/sections.py.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.shared import Pt
from fpdf import FPDF

Section = tuple[str, str, list[str]]  # (title, type, body lines)

EN: list[Section] = [
    (
        "Summary",
        "summary",
        ["Backend engineer with 7 years of experience building payment systems in Go."],
    ),
    (
        "Work Experience",
        "experience",
        [
            "Senior Engineer, Lumen Parcel GmbH  Jan 2020 - Present",
            "- Cut checkout latency by 38% by moving fraud checks to an async queue.",
            "- Responsible for the on-call rotation of the payments team.",
            "Software Engineer, Quillby Ltd  03/2016 - 12/2019",
            "- Built the invoicing service used by 1,200 merchants.",
        ],
    ),
    (
        "Education",
        "education",
        ["BSc Computer Science, University of Northhaven, 2016", "Thesis: Fair queueing."],
    ),
    (
        "Skills",
        "skills",
        ["Languages: Go, Python, SQL", "Tools: Kubernetes, Terraform, PostgreSQL"],
    ),
    ("Projects", "projects", ["ledgerlite - a double-entry ledger library (400 stars)."]),
    ("Certifications", "certifications", ["AWS Certified Solutions Architect, 2021"]),
    ("Languages", "languages", ["English (native), German (B2)"]),
]
DE: list[Section] = [
    ("Profil", "summary", ["Projektleiterin mit 10 Jahren Erfahrung im Maschinenbau."]),
    (
        "Berufserfahrung",
        "experience",
        [
            "Projektleiterin, Feldmark Anlagenbau AG  04/2018 - heute",
            "- Leitung von 12 Projekten mit einem Budget von 4 Mio. EUR.",
            "Ingenieurin, Hansewerk GmbH  Sep 2012 - Mar 2018",
        ],
    ),
    ("Ausbildung", "education", ["M.Sc. Maschinenbau, TU Oststadt, 2012"]),
    ("Kenntnisse", "skills", ["SAP, MS Project, AutoCAD"]),
    ("Sprachen", "languages", ["Deutsch (Muttersprache), Englisch (C1)"]),
    ("Interessen", "interests", ["Segeln, Schach"]),
]
ES: list[Section] = [
    ("Perfil profesional", "summary", ["Analista de datos con 5 años de experiencia."]),
    (
        "Experiencia laboral",
        "experience",
        [
            "Analista de datos, Grupo Albarada  Feb 2021 - Actualidad",
            "- Automatización de informes semanales para 30 tiendas.",
        ],
    ),
    ("Educación", "education", ["Grado en Estadística, Universidad de Valdemora, 2019"]),
    ("Habilidades", "skills", ["Python, R, Power BI"]),
    ("Idiomas", "languages", ["Español (nativo), Inglés (B2)"]),
    ("Voluntariado", "volunteer", ["Banco de alimentos, 2018 - 2020"]),
]
FR: list[Section] = [
    ("Expérience professionnelle", "experience", ["Chef de projet, Ardoise SA, 2019 - 2024"]),
    ("Formation", "education", ["Master Informatique, Université de Belleval, 2018"]),
    ("Compétences", "skills", ["Java, Spring, Scrum"]),
    ("Langues", "languages", ["Français (natif), Anglais (courant)"]),
    ("Centres d'intérêt", "interests", ["Randonnée, photographie"]),
]
EXTRA_OTHER: list[Section] = [
    ("Volunteering", "volunteer", ["Mentor at Code Club Northhaven, 2019 - 2022"]),
    ("Awards", "awards", ["Hackathon winner, FinTech Days 2019"]),
    ("References", "references", ["Available on request"]),
]

# Titles outside any vocabulary: only their styling (same as the other headings) marks them.
CUSTOM: list[Section] = [
    ("Side Quests", "projects", ["Built a weather station that reports to 40 neighbours."]),
    ("Open Source", "projects", ["Maintainer of tinyqueue (120 contributors)."]),
]
# A resume whose body contains section words as labels/sub-items (must not split there).
TRAPS: list[Section] = [
    (
        "Experience",
        "experience",
        [
            "Team Lead, Orchard Metrics  2019 - 2024",
            "Leadership: mentored 6 engineers; Education of new hires via a 4-week plan.",
            "- Skills matrix introduced for the team of 9.",
        ],
    ),
    ("Education", "education", ["MSc Physics, University of Northhaven, 2018"]),
    ("Skills", "skills", ["Languages: Go, Rust", "Projects: see GitHub"]),
]

CONTACT = ["Mara Quell", "mara.quell@example.com | +49 30 5550 1234 | Berlin"]


@dataclass(frozen=True)
class PdfStyle:
    size: float = 14
    bold: bool = True
    caps: bool = False
    letter_spacing: float = 0.0
    body_size: float = 10


def _latin(s: str) -> str:
    return s.replace("\u2013", "-").replace("•", "-")


def _pdf_heading(pdf: FPDF, title: str, st: PdfStyle, width: float) -> None:
    pdf.ln(3)
    pdf.set_font("Helvetica", "B" if st.bold else "", st.size)
    if st.letter_spacing:
        pdf.set_char_spacing(st.letter_spacing)
    pdf.multi_cell(
        width, st.size * 0.5, title.upper() if st.caps else title, new_x="LMARGIN", new_y="NEXT"
    )
    pdf.set_char_spacing(0)
    pdf.set_font("Helvetica", "", st.body_size)


def _pdf_body(pdf: FPDF, lines: list[str], st: PdfStyle, width: float) -> None:
    for ln in lines:
        # Job lines in bold, like real resumes: bold alone must not make a heading.
        is_job = "," in ln and any(ch.isdigit() for ch in ln[-6:]) and not ln.startswith("-")
        pdf.set_font("Helvetica", "B" if is_job else "", st.body_size)
        pdf.multi_cell(width, st.body_size * 0.5, _latin(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", st.body_size)


def make_pdf(sections: list[Section], st: PdfStyle, contact: list[str] = CONTACT) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(0, 10, contact[0], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", st.body_size)
    for c in contact[1:]:
        pdf.multi_cell(0, 5, c, new_x="LMARGIN", new_y="NEXT")
    for title, _, body in sections:
        _pdf_heading(pdf, title, st, 0)
        _pdf_body(pdf, body, st, 0)
    return bytes(pdf.output())


def make_two_column_pdf(left: list[Section], right: list[Section], st: PdfStyle) -> bytes:
    """Full-width name, then a narrow left sidebar and a wide right main column."""
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(0, 10, CONTACT[0], new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    for sections, x, w in ((left, 10, 55), (right, 80, 120)):
        pdf.set_xy(x, top)
        pdf.set_left_margin(x)
        for title, _, body in sections:
            pdf.set_x(x)
            _pdf_heading(pdf, title, st, w)
            for ln in body:
                pdf.set_x(x)
                _pdf_body(pdf, [ln], st, w)
    return bytes(pdf.output())


# ----------------------------------------------------------------------------- DOCX

_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def _xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def add_text_box(paragraph: object, lines: list[str], bold_first: bool = False) -> None:
    """Anchor a text box in ``paragraph`` the way Word writes it: a DrawingML shape in
    mc:Choice plus a VML copy in mc:Fallback (the copy must not be read twice)."""
    paras = "".join(
        "<w:p><w:r>"
        + ("<w:rPr><w:b/><w:sz w:val='28'/></w:rPr>" if bold_first and i == 0 else "")
        + f"<w:t xml:space='preserve'>{_xml_escape(t)}</w:t></w:r></w:p>"
        for i, t in enumerate(lines)
    )
    xml = (
        f"<w:r {_NS}><mc:AlternateContent><mc:Choice Requires='wps'><w:drawing>"
        "<wp:inline><wp:extent cx='2000000' cy='900000'/><wp:docPr id='7' name='Text Box 7'/>"
        "<a:graphic><a:graphicData "
        "uri='http://schemas.microsoft.com/office/word/2010/wordprocessingShape'>"
        f"<wps:wsp><wps:spPr/><wps:txbx><w:txbxContent>{paras}</w:txbxContent></wps:txbx>"
        "<wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline></w:drawing>"
        "</mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>"
        f"<w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict>"
        "</mc:Fallback></mc:AlternateContent></w:r>"
    )
    paragraph._p.append(parse_xml(xml))  # type: ignore[attr-defined]


def _docx_heading(d: docx.Document, title: str, mode: str) -> None:
    if mode == "style":
        d.add_heading(title, level=1)
        return
    p = d.add_paragraph()
    run = p.add_run(title.upper() if mode == "caps" else title)
    if mode == "bold":
        run.bold = True
        run.font.size = Pt(14)


def make_docx(
    sections: list[Section],
    mode: str = "style",
    table_layout: bool = False,
    text_box_contact: bool = False,
    header_contact: bool = False,
) -> bytes:
    d = docx.Document()
    name = d.add_paragraph()
    r = name.add_run(CONTACT[0])
    r.bold = True
    r.font.size = Pt(20)
    if text_box_contact:
        add_text_box(name, CONTACT[1:])
    elif header_contact:
        d.sections[0].header.paragraphs[0].text = CONTACT[1]
    else:
        for c in CONTACT[1:]:
            d.add_paragraph(c)
    if table_layout:
        # Two-cell layout table: sidebar (first half of the sections) | main column.
        half = len(sections) // 2
        t = d.add_table(rows=1, cols=2)
        for cell, part in ((t.cell(0, 0), sections[:half]), (t.cell(0, 1), sections[half:])):
            cell.paragraphs[0].text = ""
            for title, _, body in part:
                hp = cell.add_paragraph()
                hr = hp.add_run(title)
                hr.bold = True
                hr.font.size = Pt(13)
                for ln in body:
                    cell.add_paragraph(ln)
    else:
        for title, _, body in sections:
            _docx_heading(d, title, mode)
            for ln in body:
                d.add_paragraph(ln)
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


# ----------------------------------------------------------------------------- catalogue


def _labels(sections: list[Section]) -> list[dict[str, str | None]]:
    return [{"title": None, "type": "contact"}] + [{"title": t, "type": k} for t, k, _ in sections]


Case = tuple[str, str, str, list[Section], Callable[[], bytes]]


def cases() -> list[Case]:
    """(file name, language, layout, sections in reading order, builder)."""
    big = PdfStyle()
    caps_body = PdfStyle(size=10, bold=False, caps=True)
    bold_body = PdfStyle(size=10, bold=True)
    spaced = PdfStyle(size=12, bold=True, caps=True, letter_spacing=3)
    en_caps = [(t.upper(), k, b) for t, k, b in EN]
    out: list[Case] = [
        ("en_big_bold.pdf", "en", "one-column", EN, lambda: make_pdf(EN, big)),
        ("en_caps_body.pdf", "en", "one-column", en_caps, lambda: make_pdf(en_caps, caps_body)),
        ("en_bold_body.pdf", "en", "one-column", EN, lambda: make_pdf(EN, bold_body)),
        (
            "en_letter_spaced.pdf",
            "en",
            "one-column",
            en_caps,
            lambda: make_pdf(EN, spaced),
        ),
        ("de_big.pdf", "de", "one-column", DE, lambda: make_pdf(DE, big)),
        (
            "es_caps.pdf",
            "es",
            "one-column",
            [(t.upper(), k, b) for t, k, b in ES],
            lambda: make_pdf(ES, PdfStyle(size=11, bold=True, caps=True)),
        ),
        ("fr_big.pdf", "fr", "one-column", FR, lambda: make_pdf(FR, big)),
        (
            "en_two_column.pdf",
            "en",
            "two-column",
            EN[3:] + EN[:3],
            lambda: make_two_column_pdf(EN[3:], EN[:3], PdfStyle(size=12, bold=True)),
        ),
        (
            "de_two_column.pdf",
            "de",
            "two-column",
            DE[3:] + DE[:3],
            lambda: make_two_column_pdf(DE[3:], DE[:3], PdfStyle(size=11, caps=True)),
        ),
        (
            "en_long_extra.pdf",
            "en",
            "one-column",
            EN + EXTRA_OTHER,
            lambda: make_pdf(EN + EXTRA_OTHER, big),
        ),
        ("en_heading_styles.docx", "en", "one-column", EN, lambda: make_docx(EN, "style")),
        ("en_plain_body.docx", "en", "one-column", EN, lambda: make_docx(EN, "plain")),
        (
            "en_text_box.docx",
            "en",
            "one-column",
            EN,
            lambda: make_docx(EN, "bold", text_box_contact=True),
        ),
        ("en_table.docx", "en", "sidebar", EN, lambda: make_docx(EN, table_layout=True)),
        ("de_bold.docx", "de", "one-column", DE, lambda: make_docx(DE, "bold")),
        (
            "es_caps.docx",
            "es",
            "one-column",
            [(t.upper(), k, b) for t, k, b in ES],
            lambda: make_docx(ES, "caps"),
        ),
        ("fr_style.docx", "fr", "one-column", FR, lambda: make_docx(FR, "style")),
        (
            "es_header.docx",
            "es",
            "one-column",
            ES,
            lambda: make_docx(ES, "bold", header_contact=True),
        ),
    ]
    out += [
        (
            "en_custom_titles.pdf",
            "en",
            "one-column",
            EN[:3] + CUSTOM + EN[3:],
            lambda: make_pdf(EN[:3] + CUSTOM + EN[3:], PdfStyle(size=13, bold=True)),
        ),
        ("en_traps.pdf", "en", "one-column", TRAPS, lambda: make_pdf(TRAPS, big)),
        ("en_traps.docx", "en", "one-column", TRAPS, lambda: make_docx(TRAPS, "plain")),
        (
            "fr_right_sidebar.pdf",
            "fr",
            "two-column",
            FR[:2] + FR[2:],
            lambda: _right_sidebar(FR[:2], FR[2:]),
        ),
    ]
    return out


def _right_sidebar(main: list[Section], side: list[Section]) -> bytes:
    pdf = FPDF(format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.multi_cell(0, 10, CONTACT[0], new_x="LMARGIN", new_y="NEXT")
    top = pdf.get_y() + 4
    st = PdfStyle(size=12, bold=True, caps=True)
    for sections, x, w in ((main, 10, 120), (side, 145, 55)):
        pdf.set_xy(x, top)
        pdf.set_left_margin(x)
        for title, _, body in sections:
            pdf.set_x(x)
            _pdf_heading(pdf, title, st, w)
            for ln in body:
                pdf.set_x(x)
                _pdf_body(pdf, [ln], st, w)
    return bytes(pdf.output())


def generate_all(out_dir: Path) -> list[dict[str, object]]:
    out_dir.mkdir(parents=True, exist_ok=True)
    entries: list[dict[str, object]] = []
    for name, lang, layout, sections, build in cases():
        (out_dir / name).write_bytes(build())
        entries.append(
            {
                "file": name,
                "language": lang,
                "layout": layout,
                "has_text_layer": True,
                "sections": _labels(sections),
            }
        )
    return entries


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1] if len(sys.argv) > 1 else "tests/data/generated")
    for e in generate_all(target):
        print(e["file"])
