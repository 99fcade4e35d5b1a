"""Regenerate the example resumes: ``.venv/bin/python examples/make_examples.py``.

Invented person and companies. Deliberate weaknesses for the reviewer to find: a bullet
without numbers, first-person "I", weak verbs ("responsible for", "helped with"), and
mixed date formats ("Jan 2020" vs "03/2021").
"""

from __future__ import annotations

from pathlib import Path

from testkit import resume_factory
from testkit.resume_factory import PdfStyle, make_docx, make_pdf

HERE = Path(__file__).resolve().parent

CONTACT = ["Elena Varga", "elena.varga@example.com | +36 1 555 0199 | Budapest, Hungary"]
SECTIONS = [
    (
        "Summary",
        "summary",
        ["I am a hard-working data engineer who loves clean pipelines and teamwork."],
    ),
    (
        "Experience",
        "experience",
        [
            "Data Engineer, Brightmoor Logistics Kft.  Jan 2020 - Present",
            "- Responsible for the nightly ETL jobs that load warehouse data.",
            "- Reduced pipeline runtime from 6 hours to 50 minutes by partitioning tables.",
            "- Helped with the migration to a new cloud provider.",
            "Junior Developer, Tallow & Finch Ltd  03/2017 - 12/2019",
            "- I wrote reports for the sales team.",
            "- Automated 14 weekly Excel reports, saving about 10 hours per week.",
        ],
    ),
    ("Education", "education", ["BSc Computer Engineering, Danube Technical University, 2017"]),
    ("Skills", "skills", ["Python, SQL, Airflow, Spark, dbt, PostgreSQL, Git"]),
    ("Languages", "languages", ["Hungarian (native), English (C1), German (B1)"]),
]

if __name__ == "__main__":
    (HERE / "elena_varga_resume.pdf").write_bytes(make_pdf(SECTIONS, PdfStyle(), CONTACT))
    resume_factory.CONTACT = CONTACT  # the DOCX builder reads the module-level contact
    (HERE / "elena_varga_resume.docx").write_bytes(make_docx(SECTIONS, "style"))
    print("wrote", sorted(p.name for p in HERE.glob("elena_varga_resume.*")))
