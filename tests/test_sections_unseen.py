"""Sections on layouts and phrasings the vocabulary does not know (issue 24): a line is a
heading by its place in the layout (the resume's own heading style), a bold label inside a
job entry is not, and a heading of unknown words is typed by what its section holds."""

from __future__ import annotations

from fpdf import FPDF

from core.enums import SectionType
from pipelines.extraction import extract_in_process
from pipelines.sections import split_plain_text, split_sections


def _resume(sections: list[tuple[str, list[str]]], label_size: float = 10) -> bytes:
    """Headings at 11.5 pt bold capitals, job titles at 10.5 pt bold, body at 10 pt; a
    line starting with '*' is a bold label at body size."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, "Marcus Oyelaran", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 6, "Backend Software Engineer, San Francisco", new_x="LMARGIN", new_y="NEXT")
    for heading, lines in sections:
        pdf.ln(3)
        pdf.set_font("Helvetica", "B", 11.5)
        pdf.cell(0, 7, heading, new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            if line.startswith("*"):
                pdf.set_font("Helvetica", "B", label_size)
                line = line[1:]
            elif line.startswith("!"):
                pdf.set_font("Helvetica", "B", 10.5)
                line = line[1:]
            else:
                pdf.set_font("Helvetica", "", 10)
            pdf.cell(0, 5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


SECTIONS = [
    ("SUMMARY", ["Backend engineer with seven years building payment services."]),
    ("WHERE I'VE WORKED", [
        "!Lumen Payments", "Senior Software Engineer, Jan 2021 - Present",
        "- Led the ledger team of 5 engineers.", "*Key achievements:",
        "- Cut settlement failures by 80%.", "!Brightside Health",
        "Software Engineer, Aug 2017 - Dec 2020", "*Key achievements:",
        "- Built the claims intake API for 1.2M claims.",
    ]),
    ("WHAT I STUDIED", ["!University of California, Davis", "B.S. Computer Science, 2013 - 2017"]),
    ("TOOLS OF THE TRADE", ["Go, Java, Python, SQL, Kafka, Terraform"]),
    ("GET IN TOUCH", ["marcus.oyelaran@fastmail.com, (415) 555-0178"]),
]  # fmt: skip


def test_the_resumes_own_heading_style_makes_unknown_titles_headings() -> None:
    spans = split_sections(extract_in_process(_resume(SECTIONS)))
    titles = [(span.title, span.section_type) for span in spans if span.title]
    assert [title for title, _ in titles] == [heading for heading, _ in SECTIONS]
    # Typed by the words the vocabulary knows, or else by what the section holds.
    assert dict(titles)["WHAT I STUDIED"] == SectionType.EDUCATION
    assert dict(titles)["TOOLS OF THE TRADE"] == SectionType.SKILLS
    assert dict(titles)["GET IN TOUCH"] == SectionType.CONTACT


def test_a_bold_label_inside_a_job_entry_is_no_section() -> None:
    titles = [s.title for s in split_sections(extract_in_process(_resume(SECTIONS)))]
    assert "Key achievements:" not in titles and "Key achievements" not in titles


def test_a_heading_of_unknown_words_is_typed_by_what_its_section_holds() -> None:
    text = (
        "Ana Ruiz\n\nEXPERIENCE\nAnalyst, Globex, 2019 - 2024\n- Built 12 dashboards.\n\n"
        "WORDS I SPEAK\nSpanish (native), English (C1), French (B2)\n\n"
        "OUTSIDE WORK\nRunning, photography and chess.\n\n"
        "WHERE TO FIND ME\nana.ruiz@example.org\n"
    )
    types = {s.title: s.section_type for s in split_plain_text(text) if s.title}
    assert types.get("WORDS I SPEAK") == SectionType.LANGUAGES
    assert types.get("OUTSIDE WORK") == SectionType.INTERESTS
    assert types.get("WHERE TO FIND ME") == SectionType.CONTACT


def _body_size_resume(sections: list[tuple[str, list[str]]]) -> bytes:
    """Headings at body size and weight (as coloured headings read once their colour is
    gone); '!' marks a bold line at body size (job titles, labels)."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, "Claire Martin", new_x="LMARGIN", new_y="NEXT")
    for heading, lines in sections:
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(0, 6, heading, new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.set_font("Helvetica", "B" if line.startswith("!") else "", 10)
            pdf.cell(0, 5, line.lstrip("!"), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def test_a_label_in_the_look_of_the_job_titles_is_part_of_the_entry() -> None:
    resume = _body_size_resume([
        ("Profil", ["Ingenieure qualite avec neuf ans d'experience dans l'agroalimentaire."]),
        ("Parcours", [
            "!Responsable qualite", "Fromageries du Lyonnais - depuis 2020",
            "- Pilotage du systeme HACCP", "!Realisations :", "- Reclamations divisees par deux",
            "!Technicienne qualite", "Bonduelle, Rosporden - 2016 - 2020", "- Controles",
        ]),
        ("Formation", ["!Diplome d'ingenieur agroalimentaire", "AgroParisTech - 2016"]),
        ("Competences", ["Normes : IFS, BRCGS, ISO 22000, HACCP"]),
    ])  # fmt: skip
    titles = [s.title for s in split_sections(extract_in_process(resume)) if s.title]
    assert titles == ["Profil", "Parcours", "Formation", "Competences"]


def test_a_numbered_heading_keeps_its_number_as_printed() -> None:
    text = (
        "Jana Koehler\n\n1. Summary\nAccountant with ten years in audit.\n\n"
        "2. Professional Experience\nAuditor, Globex, 2019 - 2024\n- Led 12 audits.\n\n"
        "3. Education\nB.A. Accounting, 2014\n"
    )
    spans = [s for s in split_plain_text(text) if s.title]
    assert [(s.title, s.section_type) for s in spans] == [
        ("1. Summary", SectionType.SUMMARY),
        ("2. Professional Experience", SectionType.EXPERIENCE),
        ("3. Education", SectionType.EDUCATION),
    ]
    # The title is the page's own words: it starts where the section starts.
    assert all(text[s.start_offset :].lstrip().startswith(s.title) for s in spans)


def test_an_invitation_to_get_in_touch_heads_the_contact_details() -> None:
    for heading in ("Let's talk", "¿HABLAMOS?", "Écrivez-moi", "So erreichen Sie mich"):
        text = (
            "Tomas Alvarez\n\nEXPERIENCE\nElectrician, Bright Line, 2019 - 2024\n- Crew lead.\n\n"
            f"{heading}\ntomas.alvarez@example.com, (602) 555-0158\n"
        )
        types = {s.title: s.section_type for s in split_plain_text(text) if s.title}
        assert types.get(heading) == SectionType.CONTACT, heading


def test_a_question_that_is_a_sentence_is_no_heading() -> None:
    text = (
        "Ana Ruiz\n\nEXPERIENCE\nAnalyst, Globex, 2019 - 2024\n- Built 12 dashboards.\n"
        "Why did revenue double in two years?\n"
    )
    assert [s.title for s in split_plain_text(text) if s.title] == ["EXPERIENCE"]
