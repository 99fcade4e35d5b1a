"""What extraction v2 leaves on the record, through the production chain driver: the
extractor version, the text map and page images beside the resume, hidden text kept out
of the review and reported once, and the files erased with the candidate."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from fpdf import FPDF
from sqlalchemy import Engine, select

from core.config import Settings
from database.engine import session_scope
from database.models import Resume, ResumeLayout, ReviewFeedbackItem, ReviewResult
from database.queries.candidates import delete_candidate
from pipelines import chain, storage
from pipelines.extraction.textmap import boxes, decode_text_map
from testkit.pipeline_helpers import make_settings, upload
from testkit.samples import SAMPLE_LINES, make_docx, make_pdf, new_pdf

HIDDEN_KEYWORDS = "Kubernetes Terraform Golang Rust leadership"


def pdf_with_white_keywords() -> bytes:
    pdf: FPDF = new_pdf()
    pdf.add_page()
    for _, text in SAMPLE_LINES:
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(0, 6, text, new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(0, 6, HIDDEN_KEYWORDS, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Settings:
    return make_settings(tmp_path / "storage", pg_url)


def reviewed(engine: Engine, settings: Settings, data: bytes) -> uuid.UUID:
    with session_scope(engine) as session:
        request_id = upload(session, settings, data)
    assert chain.run_review(engine, settings, request_id) is chain.Outcome.DONE
    return request_id


def findings(engine: Engine, request_id: uuid.UUID) -> list[ReviewFeedbackItem]:
    with session_scope(engine) as session:
        return list(
            session.scalars(
                select(ReviewFeedbackItem)
                .join(ReviewResult)
                .where(ReviewResult.review_request_id == request_id)
            )
        )


def test_a_pdf_gets_its_version_text_map_and_page_images(
    engine: Engine, settings: Settings
) -> None:
    request_id = reviewed(engine, settings, make_pdf())
    with session_scope(engine) as session:
        resume = session.scalars(select(Resume).join(Resume.review_requests)).one()
        layout = session.get(ResumeLayout, resume.id)
        assert layout is not None
        assert resume.extractor_version and resume.extractor_version == layout.extractor_version
        text = resume.extracted_text or ""
        text_map = decode_text_map(layout.text_map)
        start = text.index("Acme Corp")
        rects = boxes(text_map, start, start + len("Acme Corp"))
        assert rects and all(rect.page == 1 for rect in rects)
        assert layout.page_images and len(layout.page_images) == layout.page_count == 1
        files = storage.storage_for(settings)
        assert all(files.exists(key) for key in layout.page_images)
    assert request_id


def test_white_keywords_are_left_out_and_reported_once(engine: Engine, settings: Settings) -> None:
    request_id = reviewed(engine, settings, pdf_with_white_keywords())
    with session_scope(engine) as session:
        text = session.scalars(select(Resume.extracted_text)).one() or ""
    assert "Kubernetes" not in text
    assert "Acme Corp" in text
    hidden = [item for item in findings(engine, request_id) if item.category == "hidden_text"]
    assert len(hidden) == 1
    (item,) = hidden
    assert item.severity == "critical"
    assert item.start_offset is None and item.quoted_text is None
    assert "Kubernetes" in item.message and "page 1" in item.message


def test_a_clean_resume_has_no_hidden_text_finding(engine: Engine, settings: Settings) -> None:
    for data in (make_pdf(marker="clean"), make_docx(marker="clean")):
        request_id = reviewed(engine, settings, data)
        assert not [i for i in findings(engine, request_id) if i.category == "hidden_text"]


def test_deleting_a_candidate_hands_back_the_page_image_keys(
    engine: Engine, settings: Settings
) -> None:
    reviewed(engine, settings, make_pdf(marker="erase"))
    with session_scope(engine) as session:
        resume = session.scalars(select(Resume)).one()
        layout = session.get(ResumeLayout, resume.id)
        assert layout is not None and layout.page_images
        keys = delete_candidate(session, resume.candidate)
    assert resume.stored_filename in keys
    assert set(layout.page_images) <= set(keys)
