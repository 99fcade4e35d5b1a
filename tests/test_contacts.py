"""Reading a candidate's contact details from the resume (``pipelines.contacts``), and the
provisional name a dropped file gets from its file name (``pipelines.naming``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from pipelines.contacts import (
    current_role,
    first_email,
    first_phone,
    name_from_line,
    read_contacts,
    years_of_experience,
)
from pipelines.extraction import extract_in_process
from pipelines.naming import PersonName, looks_like_a_name, provisional_name
from testkit.samples import make_docx, make_pdf


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Jordan Example", PersonName("Jordan", "Example")),
        ("JORDAN EXAMPLE", PersonName("Jordan", "Example")),
        ("Mary-Jane O'Neil", PersonName("Mary-Jane", "O'Neil")),
        ("Jan Küster Resume", PersonName("Jan", "Küster")),
        ("Curriculum Vitae", None),
        ("Experience", None),
        ("Professional Experience", None),
        ("jordan.example@example.com | +1 555 0100", None),
        ("Senior Engineer, Acme Corp, 2020", None),
        ("Data Engineer at a very large logistics company", None),
    ],
)
def test_what_reads_like_a_name(line: str, expected: PersonName | None) -> None:
    assert looks_like_a_name(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # Sharing its line with contact details.
        ("Alfred Pennyworth alfred@example.com (123) 456-7890", PersonName("Alfred", "Pennyworth")),
        ("Rosa Díaz | rosa@example.com | +34 600 000 000", PersonName("Rosa", "Díaz")),
        # In capitals, followed by a place.
        ("ACHRAF NAJMI Casablanca, Maroc", PersonName("Achraf", "Najmi")),
        # Family name first.
        ("林晓雯", PersonName("晓雯", "林")),
        ("+1 555 0100 | jordan@example.com", None),
    ],
)
def test_a_name_beside_other_details(line: str, expected: PersonName | None) -> None:
    assert name_from_line(line) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Call me: +44 20 7946 0958 (mobile)", "+44 20 7946 0958"),
        ("(+86) 131-221-87xxx", "(+86) 131-221-87"),  # masked digits end the number
        ("Columbus, Ohio 44444 614-555-5555", "614-555-5555"),  # not the postcode
        ("2019 - 2021\n03/2019 - 05/2021\n12.05.2020", None),  # dates are not phones
        ("doi 10.1234/neurips.2023.1234", None),
        ("Order 1234567890123 shipped", None),  # a bare run of digits in a sentence
        ("email@example.com\n7008393685\nlinkedin.com/in/x", "7008393685"),  # alone: a phone
    ],
)
def test_phones(text: str, expected: str | None) -> None:
    assert first_phone(text) == expected


def test_emails() -> None:
    assert first_email("Mail: Jordan.Example@Example.COM.") == "jordan.example@example.com"
    assert first_email("no address here @ all") is None


def test_the_current_role_is_read_only_from_a_current_entry() -> None:
    current = "Experience\nSenior Data Engineer at Northwind Traders\n2021 - Present\nBuilt."
    assert current_role(current) == ("Northwind Traders", "Senior Data Engineer")
    two_lines = "Experience\nProduct Manager\nContoso Ltd, Berlin\nMar 2020 \u2013 heute\n"
    assert current_role(two_lines) == ("Contoso Ltd", "Product Manager")
    past = "Experience\nSenior Data Engineer at Northwind Traders\n2016 - 2019\n"
    assert current_role(past) == (None, None)


def test_years_of_experience() -> None:
    today = datetime(2026, 12, 5, tzinfo=UTC)
    assert years_of_experience("Experience\nA 2015 - 2019\nB 2019 - Present", today) == 11
    assert years_of_experience("Experience\nA 2012 - 2016\nB 2016 - 2020", today) == 8
    assert years_of_experience("Experience\nNo dates at all", today) is None


def test_a_pdf_and_a_docx_are_read_whole() -> None:
    for data in (make_pdf(), make_docx()):
        found = read_contacts(extract_in_process(data))
        assert (found.first_name, found.last_name) == ("Jordan", "Example")
        assert found.email == "jordan.example@example.com"
        assert found.phone is not None and found.phone.replace(" ", "").endswith("5550100")


@pytest.mark.parametrize(
    ("filename", "expected"),
    [
        ("elena_varga_resume_2024.pdf", ("Elena", "Varga")),
        ("ElenaVarga.docx", ("Elena", "Varga")),
        ("Resume.pdf", ("Resume", "")),  # nothing but noise: the file's own name
        ("CV.docx", ("CV", "")),
        ("resume_final_v2.pdf", ("resume_final_v2", "")),
        ("", ("Resume", "")),
    ],
)
def test_a_dropped_files_provisional_name(filename: str, expected: tuple[str, str]) -> None:
    assert provisional_name(filename) == expected
