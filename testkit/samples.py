"""Small real resume files for pipeline tests, generated with fpdf2 and python-docx."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from fpdf import FPDF

from pipelines.extraction import LayoutFacts

# The layout facts of a plain one-page resume: nothing an ATS would trip over.
PLAIN_LAYOUT = LayoutFacts(
    page_count=1,
    has_tables=False,
    multi_column=False,
    has_images=False,
    header_footer_text=False,
    has_text_boxes=False,
)

SAMPLE_LINES: list[tuple[str, str]] = [
    ("name", "Jordan Example"),
    ("body", "jordan.example@example.com | +1 555 0100 | Springfield"),
    ("heading", "SUMMARY"),
    ("body", "I am a backend engineer who likes reliable systems."),
    ("heading", "EXPERIENCE"),
    ("body", "Senior Engineer, Acme Corp, Jan 2020 - Present"),
    ("bullet", "Responsible for the billing service and its on-call rotation."),
    ("bullet", "Reduced checkout latency by 40% by caching tax lookups."),
    ("bullet", "Helped the team with code reviews."),
    ("body", "Engineer, Globex, 03/2016 - 12/2019"),
    ("bullet", "Built an internal reporting tool used by 200 analysts."),
    ("heading", "EDUCATION"),
    ("body", "BSc Computer Science, State University, 2016"),
    ("heading", "SKILLS"),
    ("body", "Python, PostgreSQL, Redis, Celery, Docker"),
]


# A fixed creation date: the same arguments give the same bytes on every run.
FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)


def new_pdf() -> FPDF:
    pdf = FPDF()
    pdf.set_creation_date(FIXED_DATE)  # no timestamp, and so no time-based /ID either
    return pdf


def make_pdf(lines: list[tuple[str, str]] = SAMPLE_LINES, *, marker: str = "") -> bytes:
    """A one-page PDF; ``marker`` adds a line so each call can produce different bytes."""
    pdf = new_pdf()
    pdf.add_page()
    for kind, text in [*lines, *([("body", marker)] if marker else [])]:
        if kind == "name":
            pdf.set_font("Helvetica", "B", 20)
        elif kind == "heading":
            pdf.ln(3)
            pdf.set_font("Helvetica", "B", 13)
        else:
            pdf.set_font("Helvetica", "", 10)
        prefix = "- " if kind == "bullet" else ""
        pdf.multi_cell(0, 6, prefix + text, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_docx(lines: list[tuple[str, str]] = SAMPLE_LINES, *, marker: str = "") -> bytes:
    document = Document()
    for kind, text in [*lines, *([("body", marker)] if marker else [])]:
        if kind == "name":
            document.add_heading(text, level=0)
        elif kind == "heading":
            document.add_heading(text.title(), level=1)
        elif kind == "bullet":
            document.add_paragraph(text, style="List Bullet")
        else:
            document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
