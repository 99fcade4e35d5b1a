"""The name line at the top of a resume names a candidate created from a dropped file."""

from __future__ import annotations

import pytest

from pipelines.extraction import ExtractionLimits
from pipelines.naming import PersonName, looks_like_a_name, name_from_file
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


def test_the_name_line_of_a_pdf_and_a_docx() -> None:
    expected = PersonName("Jordan", "Example")
    assert name_from_file(make_pdf(), ExtractionLimits()) == expected
    assert name_from_file(make_docx(), ExtractionLimits()) == expected


def test_no_name_line_and_unreadable_files_give_none() -> None:
    headless = make_pdf([("heading", "EXPERIENCE"), ("body", "Built a compiler in 1952.")])
    assert name_from_file(headless, ExtractionLimits()) is None
    assert name_from_file(b"%PDF-1.7 not really", ExtractionLimits()) is None
