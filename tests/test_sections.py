"""Section splitting (stage 2) on generated resumes and hand-built documents."""

from __future__ import annotations

import itertools

import pytest

from pipelines.extraction import ExtractedDocument, LayoutFacts, TextLine, extract_in_process
from pipelines.sections import SECTION_TYPES, classify_heading, split_sections
from testkit.resume_factory import cases


def _doc(lines: list[tuple[str, float, bool]]) -> ExtractedDocument:
    text = ""
    out = []
    for t, size, bold in lines:
        if text:
            text += "\n"
        out.append(TextLine(len(text), len(text) + len(t), size, bold, 1))
        text += t
    return ExtractedDocument(
        "application/pdf",
        text,
        len(text.split()),
        tuple(out),
        LayoutFacts(1, False, False, False, False, False),
    )


def _check_cover(doc: ExtractedDocument, spans: list) -> None:
    assert spans[0].start_offset == 0 and spans[-1].end_offset == len(doc.text)
    for i, (a, b) in enumerate(itertools.pairwise(spans)):
        assert a.end_offset == b.start_offset and a.start_offset < a.end_offset
        assert a.sequence_order == i
    assert all(s.section_type in SECTION_TYPES for s in spans)


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("WORK EXPERIENCE", "experience"),
        ("Professional Experience:", "experience"),
        ("Berufserfahrung", "experience"),
        ("Expérience professionnelle", "experience"),
        ("Experiencia laboral", "experience"),
        ("Ausbildung", "education"),
        ("Formation", "education"),
        ("Educación", "education"),
        ("Kenntnisse", "skills"),
        ("Compétences", "skills"),
        ("Habilidades", "skills"),
        ("Idiomas", "languages"),
        ("Honors & Awards", "awards"),
        ("Technical Skills", "skills"),
        ("教育背景", "education"),
        ("Centres d'intérêt", "interests"),
        ("Senior Engineer at Acme", None),
        ("Led a team of five engineers", None),
        # Letter-spaced, with and without the wider gaps between words.
        ("E X P E R I E N C E", "experience"),
        ("S k i l l s", "skills"),
        ("W O R K   H I S T O R Y", "experience"),
        ("V O L U N T E E R E X P E R I E N C E", "volunteer"),
        ("É T U D E S   E T   D I P L Ô M E S", "education"),
        ("J O H N   D O E", None),
        # Words glued or a gap misplaced by extraction.
        ("KenntnisseUndWerkzeuge", "skills"),
        ("HISTORIAL LABORA L:", "experience"),
        ("Northwind", None),
        # Synonyms, and a qualifier that names another section type.
        ("Where I've worked", "experience"),
        ("Toolbox", "skills"),
        ("Selected publications", "publications"),
        ("Community involvement", "volunteer"),
        ("Volunteer Experience", "volunteer"),
        ("Akademischer Werdegang", "education"),
        ("Beruflicher Werdegang", "experience"),
        ("个人总结", "summary"),
        # A generic CJK noun yields to a specific one; mixed titles resolve like Latin ones.
        ("项目经历", "projects"),
        ("外语能力", "languages"),
        ("工作经历", "experience"),
        ("实习/项目经历", "experience"),
    ],
)
def test_classify_heading(title: str, kind: str | None) -> None:
    assert classify_heading(title) == kind


@pytest.mark.parametrize("case", cases(), ids=lambda c: c[0])
def test_generated_resumes_split_exactly(case: tuple) -> None:
    _name, _lang, _layout, sections, build = case
    doc = extract_in_process(build())
    spans = split_sections(doc)
    _check_cover(doc, spans)
    assert spans[0].section_type == "contact" and spans[0].title is None
    got = [(s.title.casefold(), s.section_type) for s in spans[1:]]
    want = [(t.casefold(), k) for t, k, _ in sections]
    assert sorted(got) == sorted(want)


def test_layout_signature_finds_unknown_heading_and_ignores_labels() -> None:
    doc = _doc(
        [
            ("Jane Roe", 20, True),
            ("jane@example.com", 10, False),
            ("EXPERIENCE", 12, True),
            ("Engineer, Acme 2020 - 2023", 10, True),
            ("Languages: Python, Go", 10, False),
            ("A DAY OF MY LIFE", 12, True),
            ("Coffee, code, climbing.", 10, False),
            ("EDUCATION", 12, True),
            ("BSc, Northhaven 2019", 10, False),
        ]
    )
    spans = split_sections(doc)
    _check_cover(doc, spans)
    assert [(s.title, s.section_type) for s in spans] == [
        (None, "contact"),
        ("EXPERIENCE", "experience"),
        ("A DAY OF MY LIFE", "other"),
        ("EDUCATION", "education"),
    ]
    assert doc.text[spans[1].start_offset : spans[1].end_offset].startswith("EXPERIENCE\n")


def test_bold_entry_titles_at_body_size_are_not_headings() -> None:
    """Headings and job titles share bold at body size; the capitals line under a job title
    is its company. Neither becomes a section of its own."""
    doc = _doc(
        [
            ("Ilse Varga", 19, True),
            ("ilse@example.org", 9.5, False),
            ("EXPERIENCE", 9.5, True),
            ("Buyer", 9.5, True),
            ("NORTHWIND FREIGHT", 9.5, True),
            ("2012 - 2016", 9.5, False),
            ("EDUCATION", 9.5, True),
            ("MSc, Eastmere", 9.5, False),
            ("SKILLS", 9.5, True),
            ("SQL, Python", 9.5, False),
            ("GARDEN LOG", 9.5, True),
            ("Tomatoes, beans.", 9.5, False),
        ]
    )
    spans = split_sections(doc)
    _check_cover(doc, spans)
    assert [s.title for s in spans] == [None, "EXPERIENCE", "EDUCATION", "SKILLS", "GARDEN LOG"]


def test_letter_spaced_heading_line_is_a_heading() -> None:
    doc = _doc(
        [
            ("Ilse Varga", 19, True),
            ("W H E R E   I ' V E   W O R K E D", 11, True),
            ("Buyer, Northwind 2012 - 2016", 10, False),
            ("T O O L B O X", 11, True),
            ("SQL, Python", 10, False),
        ]
    )
    spans = split_sections(doc)
    assert [(s.title, s.section_type) for s in spans[1:]] == [
        ("W H E R E   I ' V E   W O R K E D", "experience"),
        ("T O O L B O X", "skills"),
    ]


def test_inline_label_rail_lines_open_sections() -> None:
    """A rail read as one line with its content: the title is the line's opening words."""
    doc = _doc(
        [
            ("Ilse Varga", 19, True),
            ("Key skills Python, SQL, Terraform", 9.5, False),
            ("Achievements Best paper award, 2019", 9.5, False),
            ("Schooling MSc Computer Science, Eastmere", 9.5, False),
            ("Roles held Buyer, Northwind 2012 - 2016", 9.5, False),
        ]
    )
    spans = split_sections(doc)
    _check_cover(doc, spans)
    assert [(s.title, s.section_type) for s in spans[1:]] == [
        ("Key skills", "skills"),
        ("Achievements", "awards"),
        ("Schooling", "education"),
        ("Roles held", "experience"),
    ]


def test_one_line_opening_with_a_section_word_is_not_a_rail() -> None:
    """'Project Management ...' and 'Status: ...' lines are entries and labels."""
    doc = _doc(
        [
            ("Jan Roe", 20, True),
            ("Status: M.Sc. Digital Media", 8, False),
            ("Activities: Game Jam, Open Source", 8, False),
            ("Experience", 12, True),
            ("Project Management Simulation Training - Getoq 2011", 10, True),
            ("Education", 12, True),
            ("Master Studies Digital Media 2012 - 2015", 10, False),
        ]
    )
    assert [s.title for s in split_sections(doc)] == [None, "Experience", "Education"]


def test_longer_titles_are_not_cut_into_rail_titles() -> None:
    """'SKILL SET' and 'Projets Réalisés' are whole titles, not 'Skill' beside content."""
    doc = _doc(
        [
            ("Ines Roe", 19, True),
            ("SKILL SET", 11, True),
            ("Python, SQL", 10, False),
            ("LANGUAGES KNOWN", 11, True),
            ("English, German", 10, False),
            ("REFEREES AVAILABLE ON REQUEST", 11, True),
            ("EDUCATION", 11, True),
            ("MSc, Eastmere", 10, False),
            ("Projets Réalisés", 11, True),
            ("Portail client, 2022", 10, False),
        ]
    )
    titles = [s.title for s in split_sections(doc)]
    assert "SKILL" not in titles and "LANGUAGES" not in titles and "REFEREES" not in titles
    assert "Projets" not in titles and "EDUCATION" in titles


def test_layout_heading_typed_by_its_known_words() -> None:
    """A heading found by its look with one unknown word takes the type of its known words;
    with no known word it stays "other"; a body-size bold line needs known words."""
    doc = _doc(
        [
            ("Ines Roe", 20, True),
            ("EXPERIENCE", 12, True),
            ("Buyer, Northwind 2012 - 2016", 10, False),
            ("EDUCATION", 12, True),
            ("MSc, Eastmere 2014", 10, False),
            ("PROJETS RÉALISÉS", 12, True),
            ("Portail client, 2022", 10, False),
            ("GARDEN LOG", 12, True),
            ("Tomatoes, beans.", 10, False),
        ]
    )
    assert [(s.title, s.section_type) for s in split_sections(doc)[1:]] == [
        ("EXPERIENCE", "experience"),
        ("EDUCATION", "education"),
        ("PROJETS RÉALISÉS", "projects"),
        ("GARDEN LOG", "other"),
    ]
    bold_body = _doc(
        [
            ("Ines Roe", 20, True),
            ("Experience", 10, True),
            ("Product Designer", 10, True),
            ("Skills", 10, True),
            ("Python", 10, False),
            ("Selected projects done", 10, True),
            ("Portal, 2022", 10, False),
        ]
    )
    assert [(s.title, s.section_type) for s in split_sections(bold_body)[1:]] == [
        ("Experience", "experience"),
        ("Skills", "skills"),
        ("Selected projects done", "projects"),
    ]


def test_no_headings_and_empty() -> None:
    doc = _doc([("Just a paragraph of text.", 10, False)])
    assert [(s.section_type, s.title) for s in split_sections(doc)] == [("other", None)]
    assert split_sections(_doc([])) == []


# Issue 24, blind8's misses as kinds (hand-built here): headings written as shell commands;
# a heading in another weight than the others at their size; a larger main-column heading
# beside a sidebar's capitals; a greeting as the summary's heading; an identifier in digit
# groups is no phone number.
def test_headings_written_as_shell_commands_are_read_by_their_words() -> None:
    doc = _doc(
        [
            ("Sam Ortiz", 18, True),
            ("sam@example.org", 9, False),
            ("$ whoami", 11, True),
            ("Platform engineer who likes boring, reliable systems.", 9, False),
            ("$ cat experience.log", 11, True),
            ("SRE, Northwind 2020 - now", 9, True),
            ("$ ls ./education", 11, True),
            ("BSc Computing, 2019", 9, False),
        ]
    )
    spans = split_sections(doc)
    assert [(s.title, s.section_type) for s in spans] == [
        (None, "contact"),
        ("$ whoami", "summary"),
        ("$ cat experience.log", "experience"),
        ("$ ls ./education", "education"),
    ]


def test_a_heading_in_another_weight_at_the_headings_size_stays() -> None:
    doc = _doc(
        [
            ("Ana Gil", 24, True),
            ("ana@example.es", 9, False),
            ("SOBRE MÍ", 13, False),
            ("Fisioterapeuta con ocho años en clubes.", 9, False),
            ("EXPERIENCIA", 13, True),
            ("Fisioterapeuta, Levante 2021 - hoy", 9, True),
            ("FORMACIÓN", 13, True),
            ("Grado en Fisioterapia, 2015", 9, False),
            ("IDIOMAS", 13, True),
            ("Inglés C1", 9, False),
        ]
    )
    titles = [s.title for s in split_sections(doc)]
    assert titles == [None, "SOBRE MÍ", "EXPERIENCIA", "FORMACIÓN", "IDIOMAS"]


def test_larger_main_column_headings_beside_sidebar_capitals_stay() -> None:
    doc = _doc(
        [
            ("Priya Shah", 15, True),
            ("CONTACT", 10, True),
            ("priya@example.com", 8.8, False),
            ("SKILLS", 10, True),
            ("Dosing, stewardship", 8.8, False),
            ("LANGUAGES", 10, True),
            ("English, Tamil", 8.8, False),
            ("About", 13, True),
            ("Pharmacist with eight years in acute care.", 8.8, False),
            ("Training", 13, True),
            ("MPharm, Bath 2017", 8.8, True),
            ("Clinical posts", 13, True),
            ("Pharmacist, St George's 2021 - now", 8.8, True),
        ]
    )
    titles = [s.title for s in split_sections(doc)]
    assert titles[-3:] == ["About", "Training", "Clinical posts"]


@pytest.mark.parametrize("title", ["Hello!", "In short", "Hallo", "Bonjour", "¡Hola!"])
def test_a_greeting_heads_the_summary(title: str) -> None:
    assert classify_heading(title) == "summary"


@pytest.mark.parametrize(
    "text", ["CVE-2021-41773 in a VPN portal", "ISBN 978-3-16-148410-0", "doi:10.1000/182"]
)
def test_identifiers_in_digit_groups_are_no_phone_numbers(text: str) -> None:
    from pipelines.phone_numbers import has_phone

    assert not has_phone(text)
    assert has_phone("Tel. +44 7401 665 210")


def test_a_heading_style_of_questions_and_sentences_is_read_by_its_look() -> None:
    """Issue 24 (blind11's kinds): headings in words no vocabulary holds, set larger than
    the body, are headings by their look, typed by what they say (and hold: a job under
    "Where have I made a difference?" is experience)."""
    doc = _doc(
        [
            ("Noor Haddad", 24, True),
            ("noor@example.org", 9, False),
            ("Who am I?", 13.5, True),
            ("Analyst who likes clean data.", 9.5, False),
            ("Where have I made a difference?", 13.5, True),
            ("Data Analyst at Brightline 2019 - now", 10, False),
            ("- Built the churn model.", 9.5, False),
            ("How did I learn all this?", 13.5, True),
            ("BSc Statistics, Leeds 2015 - 2018", 10, False),
            ("Things I am good at", 13.5, True),
            ("SQL, Python, dbt", 9.5, False),
            ("Shall we talk? Write to me!", 13.5, True),
            ("Call +44 7700 900 123", 9.5, False),
        ]
    )
    spans = split_sections(doc)
    _check_cover(doc, spans)
    assert [(s.title, s.section_type) for s in spans[1:]] == [
        ("Who am I?", "summary"),
        ("Where have I made a difference?", "experience"),
        ("How did I learn all this?", "education"),
        ("Things I am good at", "skills"),
        ("Shall we talk? Write to me!", "contact"),
    ]


def test_sentences_set_much_larger_than_the_body_are_headings() -> None:
    doc = _doc(
        [
            ("Lena Vogt", 28, False),
            ("lena@example.org", 9, False),
            ("Das bin ich", 15, False),
            ("UX-Forscherin mit sieben Jahren Erfahrung.", 9.5, False),
            ("Ich höre zu, bevor ich entwerfe.", 9.5, False),
            ("Hier habe ich gearbeitet", 15, False),
            ("Senior UX Researcherin seit 2021", 10, True),
            ("Kaia Health, München", 9, False),
            ("Interviews, Tagebuchstudien, Usability-Tests", 9, False),
            ("So verständige ich mich", 15, False),
            ("Deutsch, Englisch (C1)", 9, False),
        ]
    )
    kinds = [(s.title, s.section_type) for s in split_sections(doc)[1:]]
    assert kinds == [
        ("Das bin ich", "summary"),
        ("Hier habe ich gearbeitet", "experience"),
        ("So verständige ich mich", "languages"),
    ]


def test_headings_numbered_with_letters_or_slashes_are_read_by_their_words() -> None:
    doc = _doc(
        [
            ("Dr. Matthias Brandt", 20, False),
            ("A. Persönliche Daten", 11, True),
            ("Anschrift: Rheinufer 18, Mainz", 10, False),
            ("B. Beruflicher Werdegang", 11, True),
            ("Laborleiter, BASF 2019 - heute", 10, False),
            ("02 / Education", 11, True),
            ("MSc Chemistry", 10, False),
        ]
    )
    assert [(s.title, s.section_type) for s in split_sections(doc)[1:]] == [
        ("A. Persönliche Daten", "contact"),
        ("B. Beruflicher Werdegang", "experience"),
        ("02 / Education", "education"),
    ]


def test_a_known_title_repeated_under_every_entry_is_a_label_not_a_section() -> None:
    doc = _doc(
        [
            ("Julie Marchand", 20, True),
            ("EXPÉRIENCE", 12, True),
            ("Chargée de projet, Orange 2019 - 2023", 10, True),
            ("Missions principales", 10, True),
            ("Pilotage du budget.", 10, False),
            ("Assistante, SNCF 2016 - 2019", 10, True),
            ("Missions principales", 10, True),
            ("Suivi des fournisseurs.", 10, False),
            ("FORMATION", 12, True),
            ("Master, Lyon 2", 10, False),
        ]
    )
    assert [s.title for s in split_sections(doc)[1:]] == ["EXPÉRIENCE", "FORMATION"]


def test_capital_headings_at_body_size_over_bold_entry_titles_are_all_headings() -> None:
    """Two known titles give the look (bold capitals); the rest of its short lines are
    headings too, though several open on an entry whose bold title carries its dates."""
    doc = _doc(
        [
            ("CATHERINE HALE", 22, False),
            ("EXECUTIVE SNAPSHOT", 10, True),
            ("Operations executive with 22 years in consumer goods.", 10, False),
            ("AREAS OF MASTERY", 10, True),
            ("Transformation, integration, S&OP", 9.5, False),
            ("LEADERSHIP CHRONOLOGY", 10, True),
            ("Highland Springs plc 2017 - present", 10, True),
            ("Chief Operating Officer", 10, False),
            ("ACADEMIC FOUNDATION", 10, True),
            ("University of Edinburgh 1996 - 2000", 10, True),
            ("MA Economics", 10, False),
            ("DISTINCTIONS", 10, True),
            ("Fellow of the Institute, 2015", 10, False),
        ]
    )
    assert [s.title for s in split_sections(doc)[1:]] == [
        "EXECUTIVE SNAPSHOT", "AREAS OF MASTERY", "LEADERSHIP CHRONOLOGY",
        "ACADEMIC FOUNDATION", "DISTINCTIONS",
    ]  # fmt: skip
