"""Extraction (stage 1): real generated PDF/DOCX files, hostile inputs, the sandbox, corpus."""

from __future__ import annotations

import importlib.util
import io
import json
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from fpdf import FPDF

from pipelines.extraction import (
    DOCX_MIME,
    PDF_MIME,
    ExtractedDocument,
    ExtractionError,
    ExtractionLimits,
    extract_document,
    extract_in_process,
    sniff_mime,
)
from pipelines.extraction.document import PDF_ENGINE_PDFPLUMBER, PDF_ENGINES
from pipelines.extraction.normalize import (
    INSERTED,
    dehyphenate,
    dehyphenate_pieces,
    normalize_chars,
    normalize_line,
)
from pipelines.extraction.pdf import PDFPLUMBER_VERSION
from pipelines.extraction.pdfium import PDFIUM_VERSION
from testkit.hostile_corpus import content_stream_bomb_pdf
from testkit.resume_factory import EN, PdfStyle, make_docx, make_pdf, make_two_column_pdf
from tests.conftest import CORPUS_DIR

CORPUS = CORPUS_DIR


def _check_offsets(doc: ExtractedDocument) -> None:
    assert doc.lines
    prev_end = 0
    for ln in doc.lines:
        piece = doc.text[ln.start : ln.end]
        assert piece and "\n" not in piece and piece == piece.strip()
        assert ln.start >= prev_end
        prev_end = ln.end
    # Nothing but line separators outside the lines.
    covered = "".join(doc.text[ln.start : ln.end] for ln in doc.lines)
    assert len(covered) + doc.text.count("\n") == len(doc.text)


# ---------------------------------------------------------------- good files


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_pdf_text_offsets_and_roundtrip(engine: str) -> None:
    doc = extract_in_process(make_pdf(EN, PdfStyle()), ExtractionLimits(pdf_engine=engine))
    assert doc.mime_type == PDF_MIME
    assert (
        doc.extractor_version
        == {"pdfium": PDFIUM_VERSION, "pdfplumber": PDFPLUMBER_VERSION}[engine]
    )
    _check_offsets(doc)
    assert "Work Experience" in doc.text and "Cut checkout latency by 38%" in doc.text
    heading = next(ln for ln in doc.lines if doc.text[ln.start : ln.end] == "Education")
    assert heading.bold and heading.font_size == pytest.approx(14, abs=0.5)
    assert ExtractedDocument.from_json(json.loads(json.dumps(doc.to_json()))) == doc


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_two_column_pdf_reads_left_then_right(engine: str) -> None:
    data = make_two_column_pdf(EN[3:], EN[:3], PdfStyle(size=12))
    doc = extract_in_process(data, ExtractionLimits(pdf_engine=engine))
    _check_offsets(doc)
    assert doc.layout.multi_column
    t = doc.text
    # Whole sidebar (Skills, Projects, ...) before the main column (Summary, Experience).
    assert t.index("Kubernetes, Terraform") < t.index("Languages:") + 200
    assert t.index("English (native)") < t.index("Summary")
    assert t.index("Summary") < t.index("Work Experience") < t.index("Education")
    # Lines of one column are not glued to the other column's lines.
    assert all(
        not ("Senior Engineer" in t[ln.start : ln.end] and "AWS" in t[ln.start : ln.end])
        for ln in doc.lines
    )


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_letter_spaced_headings_are_joined(engine: str) -> None:
    data = make_pdf(EN, PdfStyle(size=12, caps=True, letter_spacing=3))
    doc = extract_in_process(data, ExtractionLimits(pdf_engine=engine))
    lines = {doc.text[ln.start : ln.end] for ln in doc.lines}
    assert "EDUCATION" in lines and "WORK EXPERIENCE" in lines


def test_docx_text_box_read_once_and_tables() -> None:
    doc = extract_in_process(make_docx(EN, "bold", text_box_contact=True))
    assert doc.mime_type == DOCX_MIME
    _check_offsets(doc)
    assert doc.text.count("mara.quell@example.com") == 1  # VML fallback not duplicated
    assert doc.layout.has_text_boxes
    tdoc = extract_in_process(make_docx(EN, table_layout=True))
    _check_offsets(tdoc)
    assert tdoc.layout.has_tables
    for title, _, body in EN:
        assert tdoc.text.count(normalize_line(body[0])) == 1, title


def test_docx_heading_style_and_header() -> None:
    doc = extract_in_process(make_docx(EN, "style", header_contact=True))
    styled = [ln for ln in doc.lines if ln.style and ln.style.startswith("Heading")]
    assert {doc.text[ln.start : ln.end] for ln in styled} >= {"Education", "Skills"}
    assert doc.layout.header_footer_text
    assert doc.text.count("mara.quell@example.com") == 1


def test_normalisation_says_where_each_character_came_from() -> None:
    assert normalize_chars("Plain text") == ("Plain text", range(10))
    # "ﬃ" spelled out: its three letters come from it; the soft hyphen is dropped.
    text, src = normalize_chars("o\ufb03ce soft\u00adware")
    assert text == "office software"
    assert list(src) == [0, 1, 1, 1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13]
    text, src = normalize_chars("\u25aa  Led a team")  # the bullet's space is inserted
    assert text == "• Led a team" and list(src[:3]) == [0, INSERTED, 3]
    text, src = normalize_chars("C O N T A C T")
    assert text == "CONTACT" and list(src) == [0, 2, 4, 6, 8, 10, 12]
    pieces = dehyphenate_pieces(["manage-", "ment of teams"])
    assert pieces == [[(0, 0, 6), (1, 0, 4)], [(1, 5, 13)]]


def test_normalisation() -> None:
    assert normalize_line("e\ufb03cient  \u00a0of\ufb01ce") == "efficient office"
    assert normalize_line("▪  Led a team") == "• Led a team"
    assert normalize_line("►Shipped") == "• Shipped"
    assert normalize_line("C O N T A C T") == "CONTACT"
    assert normalize_line("(cid:123) john@example.com \uf0e0") == "john@example.com"
    assert normalize_line("soft\u00adware\u200b") == "software"
    assert dehyphenate(["manage-", "ment of teams"]) == ["management", "of teams"]
    assert dehyphenate(["2019-", "2021"]) == ["2019-", "2021"]


def test_sniff_mime() -> None:
    assert sniff_mime(make_pdf(EN[:1], PdfStyle())) == PDF_MIME
    assert sniff_mime(make_docx(EN[:1])) == DOCX_MIME
    with pytest.raises(ExtractionError) as e:
        sniff_mime(b"\x89PNG\r\n\x1a\n" + b"\0" * 100)
    assert e.value.code == "unsupported_type"


# ---------------------------------------------------------------- hostile files


def _encrypted_pdf() -> bytes:
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="Secret resume")
    pdf.set_encryption(owner_password="owner", user_password="user")
    return bytes(pdf.output())


def _image_only_pdf() -> bytes:
    from PIL import Image, ImageDraw

    img = Image.new("RGB", (600, 800), "white")
    ImageDraw.Draw(img).text((50, 50), "JOHN DOE  EXPERIENCE", fill="black")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(io.BytesIO(buf.getvalue()), x=0, y=0, w=210)
    return bytes(pdf.output())


def _many_pages_pdf(n: int) -> bytes:
    pdf = FPDF()
    pdf.set_font("Helvetica", size=12)
    for i in range(n):
        pdf.add_page()
        pdf.cell(text=f"page {i}")
    return bytes(pdf.output())


def _zip_bomb_docx() -> bytes:
    good = make_docx(EN[:1])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        dst.writestr(
            zipfile.ZipInfo("word/media/filler.xml"),
            b"\0" * (60 * 1024 * 1024),
            compress_type=zipfile.ZIP_DEFLATED,
        )
    return out.getvalue()


def _entity_bomb_docx() -> bytes:
    good = make_docx(EN[:1])
    out = io.BytesIO()
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
        b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        b"<w:body><w:p><w:r><w:t>&c;</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            data = bomb if info.filename == "word/document.xml" else src.read(info)
            dst.writestr(info, data)
    return out.getvalue()


HOSTILE = {
    "empty": (lambda: b"", "empty"),
    "whitespace": (lambda: b"   \n", "empty"),
    "garbage": (lambda: b"hello, this is not a resume" * 10, "unsupported_type"),
    "fake_pdf": (lambda: b"%PDF-1.7\n" + b"garbage " * 200, "corrupt"),
    "truncated_pdf": (lambda: make_pdf(EN, PdfStyle())[:600], "corrupt"),
    "corrupt_zip": (lambda: make_docx(EN)[:500], "corrupt"),
    "encrypted_pdf": (_encrypted_pdf, "encrypted"),
    "image_only_pdf": (_image_only_pdf, "no_text_layer"),
    "too_many_pages": (lambda: _many_pages_pdf(31), "too_many_pages"),
    "zip_bomb_docx": (_zip_bomb_docx, "zip_bomb"),
    "entity_bomb_docx": (_entity_bomb_docx, "corrupt"),
    "old_doc": (lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "unsupported_type"),
}


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_inputs_raise_clear_errors(name: str, engine: str) -> None:
    build, code = HOSTILE[name]
    data = build()
    t0 = time.perf_counter()
    with pytest.raises(ExtractionError) as e:
        extract_in_process(data, ExtractionLimits(pdf_engine=engine))
    assert e.value.code == code, e.value
    assert e.value.reason.endswith(".") and len(e.value.reason) > 15
    assert time.perf_counter() - t0 < 5


def test_too_large_file() -> None:
    with pytest.raises(ExtractionError) as e:
        extract_in_process(b"%PDF-1.4" + b"0" * 2000, ExtractionLimits(max_bytes=1000))
    assert e.value.code == "too_large"


# ---------------------------------------------------------------- sandbox


SANDBOX_MODES = ("forkserver", "subprocess")


@pytest.mark.parametrize("mode", SANDBOX_MODES)
def test_sandbox_success_and_error_passthrough(mode: str) -> None:
    limits = ExtractionLimits(sandbox=mode)
    data = make_pdf(EN, PdfStyle())
    sandboxed = extract_document(data, limits)
    assert replace(sandboxed, page_images=()) == extract_in_process(data)
    assert len(sandboxed.page_images) == sandboxed.layout.page_count
    docx_data = make_docx(EN, table_layout=True)
    assert extract_document(docx_data, limits) == extract_in_process(docx_data)
    with pytest.raises(ExtractionError) as e:
        extract_document(_encrypted_pdf(), limits)
    assert e.value.code == "encrypted"


@pytest.mark.parametrize("mode", SANDBOX_MODES)
def test_sandbox_memory_limit_and_timeout_keep_parent_alive(mode: str) -> None:
    data = make_pdf(EN, PdfStyle())
    with pytest.raises(ExtractionError) as e:
        extract_document(data, ExtractionLimits(memory_mb=40, sandbox=mode))
    assert e.value.code == "resource_limit"
    # Room enough in memory that the clock, not the allocator, stops the bomb.
    bomb, limits = content_stream_bomb_pdf(40), ExtractionLimits(timeout_s=0.5, memory_mb=2048)
    with pytest.raises(ExtractionError) as e:
        extract_document(bomb, replace(limits, sandbox=mode))
    assert e.value.code == "timeout"
    # The parent is fine and the next call works.
    assert extract_document(data, ExtractionLimits(sandbox=mode)).word_count > 50


def _two_page_pdf() -> bytes:
    """Page 1 Letter portrait, page 2 A4 landscape, both with resume text."""
    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=12)
    for size, orientation in (((612, 792), "P"), ((595.28, 841.89), "L")):
        pdf.add_page(format=size, orientation=orientation)
        for heading, _kind, lines in EN:
            pdf.multi_cell(0, 16, text=heading, new_x="LMARGIN", new_y="NEXT")
            for line in lines:
                pdf.multi_cell(0, 14, text=line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


@pytest.mark.parametrize("mode", SANDBOX_MODES)
def test_sandbox_renders_page_images(mode: str) -> None:
    from PIL import Image

    data = _two_page_pdf()
    doc = extract_document(data, ExtractionLimits(sandbox=mode, page_image_dpi=110))
    assert doc.layout.page_count == 2
    assert len(doc.page_images) == 2
    expected = [(612, 792), (841.89, 595.28)]  # points; page 2 is landscape
    for blob, (width_pt, height_pt) in zip(doc.page_images, expected, strict=True):
        image = Image.open(io.BytesIO(blob))
        image.load()
        assert image.format == "WEBP"
        want = (width_pt * 110 / 72, height_pt * 110 / 72)
        assert abs(image.width - want[0]) <= 1 and abs(image.height - want[1]) <= 1, image.size
        # Rendered, not blank: the text left dark pixels.
        assert image.convert("L").getextrema()[0] < 100
    # Images are not part of the JSON the document travels as.
    assert "page_images" not in doc.to_json()
    assert ExtractedDocument.from_json(doc.to_json()).page_images == ()
    no_images = extract_document(data, ExtractionLimits(sandbox=mode, render_pages=False))
    assert no_images.page_images == () and no_images.text == doc.text
    assert extract_document(make_docx(EN), ExtractionLimits(sandbox=mode)).page_images == ()


def test_huge_page_is_rendered_small() -> None:
    from PIL import Image

    from pipelines.extraction.render import PAGE_IMAGE_MAX_PX

    pdf = FPDF(unit="pt")
    pdf.set_font("Helvetica", size=200)
    pdf.add_page(format=(14_000, 14_000))
    pdf.cell(text="Huge page resume Backend engineer Python Go")
    doc = extract_document(bytes(pdf.output()))
    image = Image.open(io.BytesIO(doc.page_images[0]))
    assert max(image.size) == PAGE_IMAGE_MAX_PX


def test_page_images_survive_a_child_stopped_while_rendering() -> None:
    """The document comes first; a child killed while rendering still gives it, and the
    pages without an image are b""."""
    from pipelines.extraction import protocol
    from pipelines.extraction.sandbox import _interpret, _Outcome

    doc = extract_in_process(make_pdf(EN, PdfStyle()))
    out = protocol.document_answer(doc.to_json(), pages=3)
    out += protocol.page_image(b"RIFF-image-1")
    out += protocol.page_without_image("page 2 could not be rendered: boom")
    out += protocol.page_image(b"RIFF-torn")[:-3]  # the child died mid-frame
    for outcome in (
        _Outcome(returncode=-9, stdout=out, timed_out=True),
        _Outcome(returncode=-24, stdout=out),
    ):
        got = _interpret(outcome, ExtractionLimits())
        assert replace(got, page_images=()) == doc
        assert got.page_images == (b"RIFF-image-1", b"", b"")
    with pytest.raises(ExtractionError) as e:  # no document: the timeout is the answer
        _interpret(_Outcome(returncode=-9, stdout=out[:10], timed_out=True), ExtractionLimits())
    assert e.value.code == "timeout"


def test_only_an_answer_closed_by_its_end_frame_is_taken_before_the_childs_exit() -> None:
    """A fork server answers its caller before the child has exited only when the child's
    answer is whole frames closed by END; anything else waits for the exit code."""
    from pipelines.extraction import protocol

    answer = protocol.document_answer({"text": "x"}, pages=1) + protocol.page_image(b"RIFF")
    assert protocol.complete_answer(answer + protocol.END) == answer
    assert protocol.complete_answer(answer) is None  # stopped before its end
    assert protocol.complete_answer(answer[:-2] + protocol.END) is None  # a torn frame
    assert protocol.complete_answer(protocol.END) is None  # nothing answered


def test_render_budget_and_errors_cost_pages_not_the_file() -> None:
    from pipelines.extraction.render import render_pages

    data = _two_page_pdf()
    calls = iter([True, False])
    pages = list(render_pages(data, 3, 72, lambda: next(calls, False)))
    assert isinstance(pages[0], bytes) and pages[0][:4] == b"RIFF"
    assert pages[1] == "the time for page images was used up"
    assert len(pages) == 3 and all(isinstance(p, str) for p in pages[1:])
    unreadable = list(render_pages(b"%PDF-1.4 not really", 2, 72, lambda: True))
    assert unreadable[0].startswith("the renderer cannot open the file")
    assert list(render_pages(data, 3, 72, lambda: True))[2] == "the renderer found fewer pages"


def test_sandbox_stops_content_stream_bomb() -> None:
    data = content_stream_bomb_pdf(40)
    assert len(data) < 200_000
    t0 = time.perf_counter()
    with pytest.raises(ExtractionError) as e:
        extract_document(data, ExtractionLimits(cpu_seconds=2, timeout_s=8))
    assert e.value.code in ("resource_limit", "timeout")
    assert time.perf_counter() - t0 < 10


# ---------------------------------------------------------------- corpus


def _bench_module():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[1] / "bench" / "sections.py"
    spec = importlib.util.spec_from_file_location("bench_sections", path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_corpus_extracts_and_splits(engine: str) -> None:
    if not (CORPUS / "labels.json").exists():
        pytest.skip(f"shared corpus not found at {CORPUS}; corpus checks need ../shared/corpus")
    bench = _bench_module()
    limits = ExtractionLimits(pdf_engine=engine)
    entries = json.loads((CORPUS / "labels.json").read_text())
    gold = matched = 0
    for entry in entries:
        data = (CORPUS / entry["file"]).read_bytes()
        if entry.get("has_text_layer") is False and engine == PDF_ENGINE_PDFPLUMBER:
            with pytest.raises(ExtractionError) as e:  # only the pdfium reader does OCR
                extract_in_process(data, limits)
            assert e.value.code == "no_text_layer"
            continue
        doc = extract_in_process(data, limits)
        _check_offsets(doc)
        r = bench.score_file(CORPUS / entry["file"], entry["sections"], limits)
        gold += r["gold"]
        matched += r["matched"]
    assert matched / gold >= 0.9, f"recall {matched / gold:.3f}"
