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


# Issue 24, blind6's misses as kinds (written for these tests, not copied from the set).
def _styled_resume(lines: list[tuple[str, str, float, str]]) -> bytes:
    """Each line as (font family, style, size, text), one under the other."""
    pdf = FPDF()
    pdf.add_page()
    for family, style, size, text in lines:
        pdf.set_font(family, style, size)
        pdf.cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _titles(resume: bytes) -> list[tuple[str | None, str]]:
    return [(s.title, s.section_type) for s in split_sections(extract_in_process(resume))][1:]


def test_headings_in_a_look_only_headings_have_are_headings_whatever_their_words() -> None:
    body, head = ("Helvetica", "", 10.0), ("Courier", "", 11.0)
    resume = _styled_resume([
        ("Helvetica", "B", 20, "Ines Duarte"),
        (*body, "Platform engineer, Lisbon"),
        (*head, "// experience"), ("Helvetica", "B", 10.5, "Platform Engineer"),
        (*body, "Cobalto Pay, 2020 - now"), (*body, "- Run 9 Kubernetes clusters."),
        (*head, "// toolbelt"), (*body, "Go, Terraform, Prometheus"),
        (*head, "// education"), ("Helvetica", "B", 10.5, "MSc Informatics"),
        (*body, "Universidade do Porto, 2014 - 2016"),
        (*head, "// languages"), (*body, "Portuguese (native), English (C1)"),
    ])  # fmt: skip
    assert [title for title, _ in _titles(resume)] == [
        "experience", "toolbelt", "education", "languages",
    ]  # fmt: skip


def test_one_unknown_title_in_the_bold_look_of_the_headings_is_a_heading() -> None:
    # Headings bold at body size, job titles bold and larger: "Methods" joins the headings;
    # a bold line over a dated employer line stays an entry.
    b, r = ("Helvetica", "B", 10.0), ("Helvetica", "", 10.0)
    resume = _styled_resume([
        ("Helvetica", "B", 20, "Noor Haddad"), (*r, "UX researcher, Amsterdam"),
        (*b, "Profile"), (*r, "Researcher with seven years in fintech and travel apps."),
        (*b, "Experience"), ("Helvetica", "B", 10.5, "Senior UX Researcher"),
        (*r, "Fietsbank, 2021 - present"), (*r, "- Ran 40 usability studies."),
        (*b, "Methods"), (*r, "Contextual inquiry"), (*r, "Diary studies"),
        (*b, "Tools"), (*r, "Dovetail, Maze, Figma"),
        (*b, "Languages"), (*r, "Arabic (native), English (fluent)"),
    ])  # fmt: skip
    titles = dict(_titles(resume))
    assert list(titles) == ["Profile", "Experience", "Methods", "Tools", "Languages"]
    assert titles["Methods"] == SectionType.SKILLS


def test_company_names_in_the_headings_look_head_entries_not_sections() -> None:
    caps, r = ("Helvetica", "B", 8.6), ("Helvetica", "", 8.0)
    resume = _styled_resume([
        ("Helvetica", "B", 16, "Callum Reid"), (*r, "Site carpenter, Glasgow"),
        (*caps, "PROFILE"), (*r, "Carpenter with fourteen years on housing sites."),
        (*caps, "WORK HISTORY"), (*caps, "HARTWELL JOINERY LTD"),
        (*r, "Lead Site Carpenter, 2019 - present"), (*r, "- Lead a squad of four."),
        (*caps, "CLYDE HOMES"), (*r, "Carpenter, 2015 - 2019"), (*r, "- Kitchens and stairs."),
        (*caps, "TICKETS & CARDS"), (*r, "- CSCS Gold Card"), (*r, "- IPAF 3a/3b"),
        (*caps, "OFF THE TOOLS"), (*r, "Shinty, furniture from reclaimed timber."),
        (*caps, "REFERENCES"), (*r, "On request."),
    ])  # fmt: skip
    titles = dict(_titles(resume))
    assert list(titles) == [
        "PROFILE", "WORK HISTORY", "TICKETS & CARDS", "OFF THE TOOLS", "REFERENCES",
    ]  # fmt: skip
    assert titles["OFF THE TOOLS"] == SectionType.INTERESTS


def test_a_lone_heading_in_the_look_of_the_degree_lines_is_part_of_the_entry() -> None:
    head, bold, r = ("Helvetica", "", 11.0), ("Helvetica", "B", 10.5), ("Helvetica", "", 10.0)
    resume = _styled_resume([
        ("Helvetica", "B", 20, "Baptiste Morel"), (*r, "Geometre-topographe, Nantes"),
        (*head, "Profil"), (*r, "Geometre avec douze ans de terrain."),
        (*head, "Experience"), (*bold, "Chef de mission"), (*r, "Cabinet Arpent, depuis 2016"),
        (*head, "Formation"), (*bold, "BTS Geometre-topographe"), (*r, "Lycee Livet, 2012"),
        (*bold, "Licence professionnelle Geomatique"), (*r, "Universite de Nantes, 2013"),
        (*head, "Competences"), (*r, "Covadis, AutoCAD, QGIS"),
    ])  # fmt: skip
    assert [title for title, _ in _titles(resume)] == [
        "Profil", "Experience", "Formation", "Competences",
    ]  # fmt: skip


def _docx(paragraphs: list[tuple[str, str]]) -> bytes:
    import io

    import docx

    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_word_outline_levels_and_shared_styles_are_read_as_such() -> None:
    resume = _docx([
        ("Title", "Friederike Albrecht"), ("Normal", "Bauingenieurin, Frankfurt"),
        ("Subtitle", "Wer ich bin"), ("Normal", "Tragwerksplanerin mit zehn Jahren Erfahrung."),
        ("Heading 2", "Berufspraxis"), ("Heading 3", "Projektleiterin Tragwerksplanung"),
        ("Normal", "Krebs & Lenz Ingenieure, seit 2019"),
        ("Heading 3", "Tragwerksplanerin"), ("Normal", "Schäfer + Partner, 2015 - 2019"),
        ("Heading 2", "Studium"), ("Normal", "M.Sc. Bauingenieurwesen, TU Darmstadt, 2015"),
        ("Subtitle", "Sprachen"), ("Normal", "Deutsch (Muttersprache), Englisch (C1)"),
        ("Subtitle", "Software & Normen"), ("Normal", "SOFiSTiK, RFEM, Allplan"),
    ])  # fmt: skip
    titles = dict(_titles(resume))
    # Heading 3 job titles under Heading 2 sections are parts of the entries; a line in
    # the Subtitle style the other headings use is a heading whatever its words.
    assert list(titles) == [
        "Wer ich bin",
        "Berufspraxis",
        "Studium",
        "Sprachen",
        "Software & Normen",
    ]
    assert titles["Wer ich bin"] == SectionType.SUMMARY


def test_sections_of_credentials_or_quoted_titles_are_typed_by_them() -> None:
    resume = _resume([
        ("EXPERIENCE", ["!Nordpay", "Site Reliability Engineer, 2021 - 2024", "- Ran on-call."]),
        ("PAPERS & PODIUMS", [
            '- "Burn-rate alerts without tears", SREcon 2023',
            '- "What postmortems taught us", KCD Stockholm 2022',
        ]),
        ("BADGES", ["- Certified Kubernetes Administrator, 2022", "- AWS Certified SysOps, 2020"]),
        ("SONSTIGES", ["Fuehrerschein Klasse B, Zertifikat Erste Hilfe 2021"]),
    ])  # fmt: skip
    types = dict(_titles(resume))
    assert types.get("PAPERS & PODIUMS") == SectionType.PUBLICATIONS
    assert types.get("BADGES") == SectionType.CERTIFICATIONS
    # A title the vocabulary knows to be "other" keeps its type whatever it holds.
    assert types.get("SONSTIGES") == SectionType.OTHER


# Issue 24, blind7's misses as kinds (written for these tests).
def test_numbers_with_a_dash_and_lower_case_titles_with_a_full_stop_are_headings() -> None:
    text = (
        "Lucie Marchand\n\n01 — En bref\nCheffe de partie, dix ans en brasserie.\n\n"
        "02 — Parcours\nCheffe de partie, Le Comptoir, 2019 - 2024\n- Carte de saison.\n\n"
        "formation.\nCAP Cuisine, 2012\n\nlangues.\nFrançais (natif), anglais (B2)\n"
    )
    spans = {s.title: s.section_type for s in split_plain_text(text) if s.title}
    assert spans == {
        "01 — En bref": SectionType.SUMMARY,
        "02 — Parcours": SectionType.EXPERIENCE,
        "formation.": SectionType.EDUCATION,
        "langues.": SectionType.LANGUAGES,
    }


def test_a_colon_is_a_resumes_heading_style_or_the_mark_of_a_label_in_an_entry() -> None:
    head, job, r = ("Helvetica", "B", 11.5), ("Helvetica", "B", 9.8), ("Helvetica", "", 9.5)
    colon_style = _styled_resume([
        ("Helvetica", "B", 20, "Matteo Walsh"), (*r, "Head sommelier, London"),
        (*head, "About me:"), (*r, "Sommelier with twelve years in fine dining."),
        (*head, "Experience:"), (*job, "Head Sommelier"), (*r, "The Linnet Room, 2020 - now"),
        (*job, "Key results:"), (*r, "- Wine revenue per cover up 22%."),
        (*head, "Languages:"), (*r, "English (native), Portuguese (native)"),
        (*head, "Off duty:"), (*r, "Cycling between vineyards, cooking."),
    ])  # fmt: skip
    assert [t for t, _ in _titles(colon_style)] == [
        "About me", "Experience", "Languages", "Off duty",
    ]  # fmt: skip
    b, r = ("Helvetica", "B", 10.0), ("Helvetica", "", 10.0)
    plain_style = _styled_resume([
        ("Helvetica", "B", 20, "Svenja Kowalski"), (*r, "Systemadministratorin, Leipzig"),
        (*b, "Profil"), (*r, "Fachinformatikerin mit sieben Jahren Erfahrung."),
        (*b, "Berufserfahrung"), (*b, "Systemadministratorin"), (*r, "Stadtwerke, seit 2020"),
        (*b, "Erfolge:"), (*r, "- Migration ohne Ausfallzeit."),
        (*b, "Ausbildung"), (*r, "Fachinformatikerin (IHK), 2017"),
        (*b, "Sprachen"), (*r, "Deutsch (Muttersprache), Englisch (C1)"),
    ])  # fmt: skip
    assert [t for t, _ in _titles(plain_style)] == [
        "Profil", "Berufserfahrung", "Ausbildung", "Sprachen",
    ]  # fmt: skip


def test_a_label_column_makes_its_titles_headings() -> None:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, "Priya Raman", new_x="LMARGIN", new_y="NEXT")
    rows = [
        ("Summary", ["Biomedical engineer with ten years in device design."]),
        ("Work", ["!Senior Engineer", "Addenbrooke Unit, 2019 - present", "- Led testing."]),
        ("Degrees", ["!PhD Bioengineering", "Imperial College, 2011 - 2015"]),
        ("Technical", ["Standards: ISO 13485, IEC 60601", "Tools: SolidWorks, MATLAB"]),
        ("Papers", ['"Flow accuracy of syringe drivers", 2016']),
    ]
    for label, lines in rows:
        y = pdf.get_y() + 3
        pdf.set_xy(15, y)
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(30, 5, label)
        pdf.set_xy(60, y + 5)  # the content starts a line lower, in its own column
        for line in lines:
            pdf.set_font("Helvetica", "B" if line.startswith("!") else "", 9.5)
            pdf.set_x(60)
            pdf.cell(0, 5, line.lstrip("!"), new_x="LMARGIN", new_y="NEXT")
    document = extract_in_process(bytes(pdf.output()))
    assert {round(ln.x0 or 0) for ln in document.lines} == {31, 45, 173}  # name, labels, content
    # The layout facts survive the sandbox's JSON.
    assert type(document).from_json(document.to_json()).lines == document.lines
    titles = [(s.title, s.section_type) for s in split_sections(document) if s.title]
    assert [t for t, _ in titles] == ["Summary", "Work", "Degrees", "Technical", "Papers"]
