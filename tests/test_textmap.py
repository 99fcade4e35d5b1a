"""The text map: every character of ``extracted_text`` knows where it came from.

The geometry check does not trust the extractor: for the shared corpus PDFs and generated
ones (each PDF engine), the glyphs are read again straight from pypdfium2 (tight glyph
boxes, ActualText stripped so pdfium reports the glyphs a reader sees, converted to the
displayed page by pdfium's own ``FPDF_PageToDevice``). For every map line, and for random
spans of the text, the rectangles from ``boxes()`` must hold the centres of the glyphs of
exactly the span's characters:

- every glyph whose centre lies clearly inside a rectangle is one of the span's
  characters (a neighbour's glyph would not be: the rectangle would be too wide, shifted,
  on the wrong row or page);
- every character of the span has its glyph inside or on the edge of a rectangle.

"On the edge" (within ``EDGE_PT`` of a rectangle's left or right side) is the tolerance
for kerning and italic overhang, where a neighbour's centre may fall on the boundary, and
for a ligature shared out between its letters. Characters are compared by their NFKD
letters without accents, so "ﬁ" is "f" + "i" on both sides; a glyph pdfium cannot map to
Unicode (a TeX ligature without ToUnicode) may stand for up to three characters.
"""

from __future__ import annotations

import bisect
import ctypes
import io
import random
import tempfile
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest

from pipelines.extraction import ExtractedDocument, ExtractionLimits, extract_in_process
from pipelines.extraction.document import PDF_ENGINES
from pipelines.extraction.normalize import normalize_line
from pipelines.extraction.pdf import is_icon_font
from pipelines.extraction.textmap import (
    Rect,
    TextMapBuilder,
    boxes,
    decode_text_map,
    encode_text_map,
    paragraphs,
)
from testkit.hidden_text import hidden_pdf
from testkit.resume_factory import EN, generate_all, make_docx
from testkit.samples import make_pdf
from tests.conftest import CORPUS_DIR

EDGE_PT = 0.75  # kerning / overhang tolerance at a rectangle's left and right side
ROW_PT = 1.0  # vertical slack around a row band
SPANS_PER_FILE = 60
WILDCARD_CHARS = 3


# ----------------------------------------------------------------------------- ground truth


@dataclass(frozen=True)
class TrueGlyph:
    key: str  # the letters it stands for ("" for a code pdfium cannot map)
    cx: float
    cy: float
    half_width: float


def _key(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch) and not ch.isspace())


def _strip_actual_text(parent: object, is_form: bool, depth: int = 0) -> None:
    count = pdfium_c.FPDFFormObj_CountObjects if is_form else pdfium_c.FPDFPage_CountObjects
    get = pdfium_c.FPDFFormObj_GetObject if is_form else pdfium_c.FPDFPage_GetObject
    key = ctypes.create_string_buffer(b"ActualText")
    for i in range(count(parent)):
        obj = get(parent, i)
        if pdfium_c.FPDFPageObj_GetType(obj) == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 8:
            _strip_actual_text(obj, True, depth + 1)
        for m in range(pdfium_c.FPDFPageObj_CountMarks(obj) - 1, -1, -1):
            mark = pdfium_c.FPDFPageObj_GetMark(obj, m)
            if pdfium_c.FPDFPageObjMark_GetParamValueType(mark, key):
                pdfium_c.FPDFPageObj_RemoveMark(obj, mark)


def _font_name(textpage: object, index: int) -> str:
    obj = pdfium_c.FPDFText_GetTextObject(textpage, index)
    buf = ctypes.create_string_buffer(256)
    n = pdfium_c.FPDFFont_GetBaseFontName(pdfium_c.FPDFTextObj_GetFont(obj), buf, 256)
    return buf.raw[: max(0, n - 1)].decode("latin-1")


def true_glyphs(data: bytes) -> dict[int, list[TrueGlyph]]:
    """Per page (from 1), the glyphs a reader sees, sorted by their centre's y."""
    pdf = pdfium.PdfDocument(data)
    out: dict[int, list[TrueGlyph]] = {}
    x, y = ctypes.c_int(), ctypes.c_int()
    for index in range(len(pdf)):
        page = pdf[index]
        _strip_actual_text(page.raw, False)
        width, height = page.get_size()  # as displayed
        textpage = page.get_textpage()
        glyphs = []
        for k in range(textpage.count_chars()):
            code = pdfium_c.FPDFText_GetUnicode(textpage.raw, k)
            generated = pdfium_c.FPDFText_IsGenerated(textpage.raw, k)
            if generated or unicodedata.category(chr(code)) == "Zs" or code in (9, 10, 13):
                continue  # (not str.isspace: that takes the codes 28-31 of TeX ligatures)
            if is_icon_font(_font_name(textpage.raw, k)):
                continue  # icon glyphs are left out of the text by design
            text = "-" if pdfium_c.FPDFText_IsHyphen(textpage.raw, k) else chr(code)
            left, bottom, right, top = textpage.get_charbox(k)
            pdfium_c.FPDF_PageToDevice(
                page.raw, 0, 0, round(width * 100), round(height * 100), 0,
                (left + right) / 2, (bottom + top) / 2, ctypes.byref(x), ctypes.byref(y),
            )  # fmt: skip
            key = _key(normalize_line(text))
            half = abs(right - left) / 2
            glyph = TrueGlyph(key, x.value / 100, y.value / 100, half)
            previous = glyphs[-1] if glyphs else None
            if previous and (previous.cx, previous.cy) == (glyph.cx, glyph.cy):
                # pdfium repeats one glyph's box for each character it stands for ("ffi")
                glyph = TrueGlyph(previous.key + key, glyph.cx, glyph.cy, half)
                glyphs.pop()
            glyphs.append(glyph)
        glyphs.sort(key=lambda g: g.cy)
        out[index + 1] = glyphs
    return out


# ----------------------------------------------------------------------------- the check


def glyphs_in(rects: list[Rect], truth: dict[int, list[TrueGlyph]]) -> tuple[Counter, Counter, int]:
    """(letters clearly inside, letters on an edge, unmappable glyphs) of the rectangles.
    On an edge: within EDGE_PT of the left or right side, or ROW_PT above or below (an
    underscore's or a descender's centre may sit just outside its own row's band)."""
    inside: Counter[str] = Counter()
    edge: Counter[str] = Counter()
    wild = 0
    seen: set[int] = set()
    for rect in rects:
        page = truth[rect.page]
        ys = [g.cy for g in page]
        lo = bisect.bisect_left(ys, rect.top - ROW_PT)
        hi = bisect.bisect_right(ys, rect.bottom + ROW_PT)
        for g in page[lo:hi]:
            # A ligature's letters share its box out: any part of it may be the span's.
            reach = EDGE_PT + (g.half_width if len(g.key) > 1 else 0)
            if id(g) in seen or not rect.x0 - reach <= g.cx <= rect.x1 + reach:
                continue
            seen.add(id(g))
            if not g.key:
                wild += 1
            elif rect.x0 + EDGE_PT < g.cx < rect.x1 - EDGE_PT and rect.top <= g.cy <= rect.bottom:
                inside.update(g.key)
            else:
                edge.update(g.key)
    return inside, edge, wild


def check_span(doc: ExtractedDocument, truth: dict[int, list[TrueGlyph]], s: int, e: int) -> None:
    span = Counter(_key(doc.text[s:e]))
    rects = boxes(doc.text_map, s, e)
    if not span:
        return
    assert rects, f"no rectangle for {doc.text[s:e]!r}"
    inside, edge, wild = glyphs_in(rects, truth)
    # Inside a rectangle: only the span's own characters (exactly as many of each).
    strangers = inside - span
    assert not strangers, f"{doc.text[s:e]!r}: glyphs of other characters {dict(strangers)}"
    # Every character of the span has its glyph there.
    missing = span - inside - edge
    assert sum(missing.values()) <= WILDCARD_CHARS * wild, (
        f"{doc.text[s:e]!r} ({s}-{e}) in {rects}: no glyph for {dict(missing)}"
    )


def check_document(doc: ExtractedDocument, data: bytes, seed: str) -> None:
    check_structure(doc)
    truth = true_glyphs(data)
    for start, end, *_ in doc.text_map["lines"]:
        check_span(doc, truth, start, end)
    rng = random.Random(seed)
    for _ in range(SPANS_PER_FILE):
        start = rng.randrange(len(doc.text))
        check_span(doc, truth, start, min(len(doc.text), start + rng.randint(1, 80)))


def check_structure(doc: ExtractedDocument) -> None:
    """Every character but the newlines between lines is covered once, in order."""
    tm = doc.text_map
    assert tm["version"] == 1 and tm["kind"] == "pdf"
    assert len(tm["pages"]) == doc.layout.page_count
    covered = [0] * len(doc.text)
    prev_end = 0
    for start, end, page, top, bottom, x0s, x1s in tm["lines"]:
        assert prev_end <= start < end <= len(doc.text)
        assert 1 <= page <= len(tm["pages"]) and top < bottom
        assert len(x0s) == len(x1s) == end - start
        assert all(a <= b for a, b in zip(x0s, x1s, strict=True))
        for k in range(start, end):
            covered[k] += 1
        prev_end = end
    for k, ch in enumerate(doc.text):
        assert covered[k] == (0 if ch == "\n" else 1), (k, ch)


# ----------------------------------------------------------------------------- the files


def _rotated(data: bytes, rotation: int) -> bytes:
    pdf = pdfium.PdfDocument(data)
    page = pdf[0]
    page.set_rotation(rotation)
    page.set_cropbox(20, 30, 560, 800)
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def generated_pdfs() -> dict[str, bytes]:
    files = {"samples": make_pdf(), "hidden_white": hidden_pdf("white")}
    files.update({f"samples_rotated_{r}": _rotated(make_pdf(), r) for r in (90, 180, 270)})
    with tempfile.TemporaryDirectory() as tmp:
        for entry in generate_all(Path(tmp)):
            if str(entry["file"]).endswith(".pdf"):
                files[str(entry["file"])] = (Path(tmp) / str(entry["file"])).read_bytes()
    return files


GENERATED = generated_pdfs()
CORPUS_PDFS = sorted(p.name for p in CORPUS_DIR.glob("*.pdf")) if CORPUS_DIR.is_dir() else []


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_pdf_boxes_hold_exactly_the_span(engine: str, name: str) -> None:
    data = GENERATED[name]
    doc = extract_in_process(data, ExtractionLimits(pdf_engine=engine))
    check_document(doc, data, f"{name}-{engine}")


@pytest.mark.skipif(not CORPUS_PDFS, reason="the shared corpus is not beside this clone")
@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("name", CORPUS_PDFS)
def test_corpus_pdf_boxes_hold_exactly_the_span(engine: str, name: str) -> None:
    data = (CORPUS_DIR / name).read_bytes()
    try:
        doc = extract_in_process(data, ExtractionLimits(pdf_engine=engine))
    except Exception as exc:  # a scan without a text layer has no map
        pytest.skip(f"not extracted: {exc}")
    if doc.ocr_pages:  # no text layer to check the boxes against: tests/test_ocr.py does
        pytest.skip(f"read by OCR (pages {list(doc.ocr_pages)})")
    check_document(doc, data, f"{name}-{engine}")


def test_the_check_catches_a_shifted_map() -> None:
    """The geometry check fails on a map that points one character off."""
    data = make_pdf()
    doc = extract_in_process(data)
    truth = true_glyphs(data)
    start, end, page, top, bottom, x0s, x1s = doc.text_map["lines"][2]
    shifted = [start, end, page, top, bottom, x0s[1:] + x0s[-1:], x1s[1:] + x1s[-1:]]
    bad = ExtractedDocument(
        doc.mime_type, doc.text, doc.word_count, doc.lines, doc.layout,
        text_map={**doc.text_map, "lines": [shifted]},
    )  # fmt: skip
    with pytest.raises(AssertionError):
        check_span(bad, truth, start, start + 3)
    moved = [start, end, page, top + 30, bottom + 30, x0s, x1s]  # the row below
    bad = ExtractedDocument(
        doc.mime_type, doc.text, doc.word_count, doc.lines, doc.layout,
        text_map={**doc.text_map, "lines": [moved]},
    )  # fmt: skip
    with pytest.raises(AssertionError):
        check_span(bad, truth, start, end)


# ----------------------------------------------------------------------------- units


def test_boxes_one_rect_per_line_piece_and_inserted_spaces_do_not_widen() -> None:
    builder = TextMapBuilder("pdf", [(600.0, 800.0)])
    row1, row2 = (1, 100.0, 110.0), (1, 120.0, 130.0)
    # "ab cd" on row 1 (the space inserted), "ef" on row 2 after a newline.
    builder.add_line(0, [(row1, 10, 15), (row1, 15, 20), None, (row1, 30, 35), (row1, 35, 40)])
    builder.add_line(6, [(row2, 10, 15), (row2, 15, 20)])
    tm = builder.build()
    assert tm["lines"][0][5][2] == tm["lines"][0][6][2] == 20  # zero width, after "b"
    assert boxes(tm, 0, 2) == [Rect(1, 10, 100.0, 20, 110.0)]
    assert boxes(tm, 2, 3) == [Rect(1, 20, 100.0, 20, 110.0)]  # only the inserted space
    assert boxes(tm, 1, 8) == [Rect(1, 15, 100.0, 40, 110.0), Rect(1, 10, 120.0, 20, 130.0)]
    assert boxes(tm, 5, 6) == []  # the newline is not covered
    assert decode_text_map(encode_text_map(tm)) == tm


def test_dehyphenated_word_spans_two_rows() -> None:
    from pipelines.extraction.document import DraftLayout, DraftLine, assemble

    row1, row2 = (1, 10.0, 20.0), (1, 30.0, 40.0)
    first = DraftLine("manage-", 10, False, 1, origins=[(row1, i, i + 1) for i in range(7)])
    second = DraftLine("ment of", 10, False, 1, origins=[(row2, i, i + 1) for i in range(7)])
    layout = DraftLayout(page_sizes=[(100.0, 100.0)])
    doc = assemble("application/pdf", [first, second], layout, ExtractionLimits(), "test")
    assert doc.text == "management\nof"
    lines = doc.text_map["lines"]
    assert [line[:3] for line in lines] == [[0, 6, 1], [6, 10, 1], [11, 13, 1]]
    assert lines[1][3:5] == [30.0, 40.0] and lines[1][5] == [0, 1, 2, 3]
    assert lines[2][5] == [5, 6]  # "of" keeps its own boxes
    assert boxes(doc.text_map, 0, 10) == [Rect(1, 0, 10.0, 6, 20.0), Rect(1, 0, 30.0, 4, 40.0)]


def test_docx_map_names_paragraphs_in_reading_order() -> None:
    doc = extract_in_process(make_docx(EN, table_layout=True, header_contact=True))
    tm = doc.text_map
    assert tm["kind"] == "docx" and "lines" not in tm
    covered = [0] * len(doc.text)
    indexes = []
    for start, end, index in tm["paragraphs"]:
        indexes.append(index)
        for k in range(start, end):
            covered[k] += 1
    assert all(c == (0 if ch == "\n" else 1) for c, ch in zip(covered, doc.text, strict=True))
    assert indexes == sorted(indexes) and indexes[0] == 0  # the header comes first
    assert len(set(indexes)) == len(indexes)  # no line breaks inside these paragraphs
    # A span inside one table-cell paragraph names that paragraph only.
    start = doc.text.index("Kubernetes, Terraform")
    (index,) = paragraphs(tm, start, start + 10)
    line = next(p for p in tm["paragraphs"] if p[2] == index)
    assert doc.text[line[0] : line[1]] == "Tools: Kubernetes, Terraform, PostgreSQL"
    assert boxes(tm, start, start + 10) == []  # no geometry in a DOCX


def test_text_map_survives_the_json_round_trip() -> None:
    doc = extract_in_process(make_pdf())
    assert ExtractedDocument.from_json(doc.to_json()) == doc
    old = {k: v for k, v in doc.to_json().items() if k not in ("text_map", "hidden_text")}
    legacy = ExtractedDocument.from_json({**old, "extractor_version": None})
    assert legacy.text_map == {} and legacy.hidden_text == () and legacy.extractor_version == ""
