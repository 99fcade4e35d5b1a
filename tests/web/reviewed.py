"""A completed review written straight into the database, for page tests that need one
without running the pipeline: text, sections, per-agent results, grounded and ungrounded
findings, agent outcomes and, optionally, a PDF layout (text map and a page image)."""

from __future__ import annotations

import io
import uuid
from dataclasses import dataclass

from PIL import Image
from sqlalchemy.orm import Session

from core.config import Settings
from database.models import (
    Resume,
    ResumeLayout,
    ResumeSection,
    ReviewAgentOutcome,
    ReviewFeedbackItem,
    ReviewRequest,
    ReviewResult,
)
from pipelines import storage
from pipelines.extraction.textmap import TextMapBuilder, encode_text_map

TEXT = "Ada Lovelace\nEXPERIENCE\nAnalytical engine programmer, responsible for notes\nSKILLS\nMath"
PAGE = (612.0, 792.0)


@dataclass
class Reviewed:
    request: ReviewRequest
    grounded: ReviewFeedbackItem
    second: ReviewFeedbackItem
    whole: ReviewFeedbackItem
    alert: ReviewFeedbackItem


def _text_map() -> dict[str, object]:
    builder = TextMapBuilder("pdf", [PAGE])
    offset = 0
    for row, line in enumerate(TEXT.split("\n")):
        top = 72.0 + row * 18
        origins = [((1, top, top + 12), 72.0 + 6 * k, 72.0 + 6 * (k + 1)) for k in range(len(line))]
        builder.add_line(offset, origins)
        offset += len(line) + 1
    return builder.build()


def _page_image() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (612, 792), "white").save(buffer, "WEBP")
    return buffer.getvalue()


def add_layout(session: Session, settings: Settings, resume: Resume) -> None:
    key = f"{uuid.uuid4().hex}.webp"
    storage.storage_for(settings).save(key, _page_image())
    session.add(
        ResumeLayout(
            resume_id=resume.id,
            extractor_version="test-1",
            page_count=1,
            text_map=encode_text_map(_text_map()),
            page_images=[key],
        )
    )


def _item(result: ReviewResult, section: ResumeSection | None, quote: str | None, **kw: object):
    start = TEXT.index(quote) if quote else None
    return ReviewFeedbackItem(
        review_result_id=result.id,
        resume_section_id=section.id if section else None,
        quoted_text=quote,
        start_offset=start,
        end_offset=start + len(quote) if quote and start is not None else None,
        finding_key=uuid.uuid4().hex,
        **kw,
    )


def complete_review(
    session: Session, settings: Settings, request: ReviewRequest, *, layout: bool = True
) -> Reviewed:
    resume = session.get(Resume, request.resume_id)
    assert resume is not None
    resume.extracted_text = TEXT
    resume.status = "completed"
    resume.progress = 100
    experience = ResumeSection(
        resume_id=resume.id, section_type="experience", title="EXPERIENCE",
        content=TEXT[13:76], sequence_order=0, start_offset=13, end_offset=76,
    )  # fmt: skip
    session.add(experience)
    results = {}
    for agent, score in (("content", 70), ("structure", 80), ("ats", 60), ("language", 90)):
        results[agent] = ReviewResult(
            review_request_id=request.id, agent_type=agent, score=score, summary=f"{agent} ok"
        )
        session.add(results[agent])
        session.add(ReviewAgentOutcome(review_request_id=request.id, agent_type=agent,
                                       outcome="completed"))  # fmt: skip
    session.flush()
    grounded = _item(results["content"], experience, "responsible for notes",
                     category="weak_verb", severity="warning", message="Say what you did.",
                     suggestion="Wrote the first program.")  # fmt: skip
    second = _item(results["language"], experience, "Analytical engine",
                   category="wording", severity="suggestion", message="Fine wording.")  # fmt: skip
    whole = _item(results["structure"], None, None, category="missing_summary",
                  severity="info", message="Add a short summary.")  # fmt: skip
    alert = _item(results["ats"], None, None, category="hidden_text", severity="critical",
                  message="White text on page 1: keywords a reader cannot see.")  # fmt: skip
    session.add_all([grounded, second, whole, alert])
    if layout:
        add_layout(session, settings, resume)
    request.status = request.stage = "completed"
    request.overall_score = 75
    request.score_agents = ["ats", "content", "language", "structure"]
    request.agents_done = 4
    request.needs_attention = True
    session.commit()
    return Reviewed(request, grounded, second, whole, alert)


def ensure_page_layout(session: Session, settings: Settings, resume: Resume, data: bytes) -> None:
    """The layout a PDF's extraction stores (text map and page images), made here from the
    same extraction when the pipeline has not stored one."""
    if session.get(ResumeLayout, resume.id) is not None:
        return
    import pypdfium2

    from pipelines.extraction import extract_in_process

    document = extract_in_process(data)
    assert document.text == resume.extracted_text
    files = storage.storage_for(settings)
    keys = []
    pdf = pypdfium2.PdfDocument(data)
    try:
        for index in range(len(pdf)):
            buffer = io.BytesIO()
            pdf[index].render(scale=110 / 72).to_pil().convert("RGB").save(buffer, "WEBP")
            key = f"{uuid.uuid4().hex}.webp"
            files.save(key, buffer.getvalue())
            keys.append(key)
    finally:
        pdf.close()
    session.add(
        ResumeLayout(
            resume_id=resume.id,
            extractor_version=document.extractor_version or "test",
            page_count=len(keys),
            text_map=encode_text_map(document.text_map),
            page_images=keys,
        )
    )
    session.flush()
