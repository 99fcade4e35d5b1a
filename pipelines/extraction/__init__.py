"""Stage 1: turn an uploaded PDF/DOCX into plain text plus per-line layout facts.

``extract_document`` is the entry point for the pipeline: it parses in a separate process
(forked from a warm fork server, or a fresh ``python -m pipelines.extraction.child``) with
memory/CPU/file-size rlimits, a wall-clock timeout and an output cap, because hostile files
can make pdfminer or python-docx run for minutes or eat gigabytes (see shared/STACK.md).
``extract_in_process`` is the same parse without the sandbox, for the child itself, tests
and benchmarks.
"""

from __future__ import annotations

import atexit
import contextlib
import io
import json
import os
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import threading
import time
import zipfile
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import filetype

from pipelines.text_normalize import count_words, dehyphenate, normalize_line

PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

_PROJECT_ROOT = Path(__file__).resolve().parents[2]


class ExtractionError(Exception):
    """A file we refuse or cannot read.

    reason: a sentence a recruiter understands; code: short machine label ("encrypted",
    "empty", "corrupt", "no_text_layer", "too_many_pages", "too_large", "unsupported_type",
    "zip_bomb", "timeout", "resource_limit").
    """

    def __init__(self, reason: str, code: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code

    def __repr__(self) -> str:
        return f"ExtractionError(code={self.code!r}, reason={self.reason!r})"


@dataclass(frozen=True)
class ExtractionLimits:
    max_bytes: int = 10 * 1024 * 1024
    max_pages: int = 30
    memory_mb: int = 512
    cpu_seconds: int = 30
    timeout_s: float = 45.0
    max_text_chars: int = 200_000
    max_docx_uncompressed_bytes: int = 50 * 1024 * 1024


@dataclass(frozen=True)
class TextLine:
    """One visual line: ``document.text[start:end]`` (no newline)."""

    start: int
    end: int
    font_size: float | None
    bold: bool
    page: int
    # DOCX paragraph style name ("Heading 1", "Title", ...); None for PDF.
    style: str | None = None


@dataclass(frozen=True)
class LayoutFacts:
    page_count: int
    has_tables: bool
    multi_column: bool
    has_images: bool
    header_footer_text: bool
    has_text_boxes: bool


@dataclass(frozen=True)
class ExtractedDocument:
    mime_type: str
    text: str
    word_count: int
    lines: tuple[TextLine, ...]
    layout: LayoutFacts

    def to_json(self) -> dict[str, Any]:
        # Lines as compact lists: a resume has hundreds of lines and this goes through Redis.
        return {
            "mime_type": self.mime_type,
            "text": self.text,
            "word_count": self.word_count,
            "lines": [
                [ln.start, ln.end, ln.font_size, ln.bold, ln.page, ln.style] for ln in self.lines
            ],
            "layout": asdict(self.layout),
        }

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ExtractedDocument:
        return cls(
            mime_type=d["mime_type"],
            text=d["text"],
            word_count=int(d["word_count"]),
            lines=tuple(
                TextLine(
                    start=int(r[0]),
                    end=int(r[1]),
                    font_size=None if r[2] is None else float(r[2]),
                    bold=bool(r[3]),
                    page=int(r[4]),
                    style=r[5] if len(r) > 5 else None,
                )
                for r in d["lines"]
            ),
            layout=LayoutFacts(**d["layout"]),
        )


# --------------------------------------------------------------------------- sniffing


def sniff_mime(data: bytes) -> str:
    """Decide PDF vs DOCX from the bytes alone (the upload's name and Content-Type lie)."""
    if not data or not data.strip():
        raise ExtractionError("The file is empty; upload the resume again.", "empty")
    # The PDF spec tolerates junk before the header; readers look in the first 1 KB.
    if b"%PDF-" in data[:1024]:
        return PDF_MIME
    if data[:4] == b"PK\x03\x04":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise ExtractionError(
                "The file looks like a Word document but is damaged; re-save it and upload again.",
                "corrupt",
            ) from exc
        if "word/document.xml" in names:
            return DOCX_MIME
    kind = filetype.guess(data)
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        reason = "Old Word .doc files are not supported; save the resume as .docx or PDF."
    elif data[:4] == b"PK\x03\x04":
        reason = "This zip archive is not a Word .docx document; upload a PDF or a .docx file."
    elif kind is not None:
        reason = (
            f"The file is {kind.mime} ({kind.extension}), not a resume document; "
            "upload a PDF or a Word .docx file."
        )
    else:
        reason = "The file is not a PDF or a Word .docx document; upload one of those."
    raise ExtractionError(reason, "unsupported_type")


# --------------------------------------------------------------------------- shared helpers


@dataclass
class _Line:
    """A normalised line before offsets are known."""

    text: str
    font_size: float | None
    bold: bool
    page: int
    style: str | None = None
    blank_before: bool = False  # paragraph gap above -> an empty line in the final text


@dataclass
class _Layout:
    page_count: int = 1
    has_tables: bool = False
    multi_column: bool = False
    has_images: bool = False
    header_footer_text: bool = False
    has_text_boxes: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def _assemble(mime: str, raw_lines: list[_Line], layout: _Layout, limits: ExtractionLimits):
    """Join normalised lines into the final text and compute stable offsets."""
    texts = dehyphenate([ln.text for ln in raw_lines])
    parts: list[str] = []
    lines: list[TextLine] = []
    pos = 0
    for ln, text in zip(raw_lines, texts, strict=True):
        if not text:
            continue
        if parts:
            sep = "\n\n" if ln.blank_before else "\n"
            parts.append(sep)
            pos += len(sep)
        parts.append(text)
        lines.append(TextLine(pos, pos + len(text), ln.font_size, ln.bold, ln.page, ln.style))
        pos += len(text)
        if pos > limits.max_text_chars:
            raise ExtractionError(
                "The document holds far more text than a resume; upload the resume alone.",
                "too_large",
            )
    text = "".join(parts)
    return ExtractedDocument(
        mime_type=mime,
        text=text,
        word_count=count_words(text),
        lines=tuple(lines),
        layout=LayoutFacts(
            page_count=layout.page_count,
            has_tables=layout.has_tables,
            multi_column=layout.multi_column,
            has_images=layout.has_images,
            header_footer_text=layout.header_footer_text,
            has_text_boxes=layout.has_text_boxes,
        ),
    )


# --------------------------------------------------------------------------- PDF

X_TOLERANCE_RATIO = 0.12
_MONTHS_RE = re.compile(
    r"^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?$|^present$|^now$|^today$",
    re.IGNORECASE,
)
_BOLD_RE = re.compile(r"bold|black|heavy|semibold|demi|extrab|\.B$|-B$|,B$", re.IGNORECASE)


def _is_bold_font(fontname: str) -> bool:
    # Subset prefix "ABCDEF+" is irrelevant; style is in the PostScript name.
    return bool(_BOLD_RE.search(fontname.split("+")[-1]))


def _group_rows(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Cluster words into visual rows by vertical overlap (midline inside the row band)."""
    rows: list[list[dict[str, Any]]] = []
    bands: list[tuple[float, float]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        mid = (w["top"] + w["bottom"]) / 2
        if rows and bands[-1][0] - 0.5 <= mid <= bands[-1][1] + 0.5:
            rows[-1].append(w)
            top, bottom = bands[-1]
            bands[-1] = (min(top, w["top"]), max(bottom, w["bottom"]))
        else:
            rows.append([w])
            bands.append((w["top"], w["bottom"]))
    return [sorted(r, key=lambda w: w["x0"]) for r in rows]


def _find_gutter(rows: list[list[dict[str, Any]]], width: float) -> float | None:
    """x of a vertical gap that splits the page into two columns, or None.

    A gutter is an x (within the middle of the page, so margin date columns don't count)
    crossed by few rows while both sides carry real text.
    """
    if len(rows) < 5:
        return None
    lo, hi = int(width * 0.27), int(width * 0.73)
    crossing = [0] * (hi - lo + 1)
    for row in rows:
        for w in row:
            a, b = max(lo, int(w["x0"]) - 2), min(hi, int(w["x1"]) + 2)
            for x in range(a, b + 1):
                crossing[x - lo] += 1
    allowed = max(1, int(len(rows) * 0.08))
    best: tuple[int, int] | None = None
    run_start: int | None = None
    for i, c in enumerate([*crossing, 10**9]):
        if c <= allowed:
            if run_start is None:
                run_start = i
        elif run_start is not None:
            if best is None or (i - run_start) > (best[1] - best[0]):
                best = (run_start, i)
            run_start = None
    if best is None or best[1] - best[0] < 4:
        return None
    # Prefer the least-crossed x inside the run (centre of the emptiest stretch).
    seg = crossing[best[0] : best[1]]
    m = min(seg)
    idxs = [best[0] + i for i, c in enumerate(seg) if c == m]
    gutter = lo + (idxs[0] + idxs[-1]) / 2
    left_rows = sum(1 for r in rows if any(w["x1"] < gutter for w in r))
    right_rows = sum(1 for r in rows if any(w["x0"] > gutter for w in r))
    words_left = sum(1 for r in rows for w in r if w["x1"] < gutter)
    words_right = sum(1 for r in rows for w in r if w["x0"] > gutter)
    total = words_left + words_right
    if left_rows < 4 or right_rows < 4 or total == 0:
        return None
    if min(words_left, words_right) < 0.08 * total:
        return None
    # A side made of dates/numbers only is a date gutter, not a column.
    for side in (
        [w for r in rows for w in r if w["x1"] < gutter],
        [w for r in rows for w in r if w["x0"] > gutter],
    ):
        tokens = [w["text"] for w in side if re.search(r"\w", w["text"])]
        alpha = sum(1 for t in tokens if re.search(r"[^\W\d_]{3,}", t) and not _MONTHS_RE.match(t))
        if alpha < 0.5 * len(tokens):
            return None
    # A real right column is left-aligned text; a right-aligned date/location strip
    # (one-column layouts) has ragged starts and aligned ends.
    starts = Counter(
        round(min(w["x0"] for w in r if w["x0"] > gutter) / 3)
        for r in rows
        if any(w["x0"] > gutter for w in r)
    )
    ends = Counter(
        round(max(w["x1"] for w in r if w["x0"] > gutter) / 3)
        for r in rows
        if any(w["x0"] > gutter for w in r)
    )
    left_aligned = starts.most_common(1)[0][1] >= 0.5 * right_rows
    right_aligned = ends.most_common(1)[0][1] >= 0.5 * right_rows
    if right_aligned and not left_aligned:
        return None
    # Repeated identical lines ("Seoul, S.Korea" per job) mean a location/date strip.
    right_texts = [" ".join(w["text"] for w in r if w["x0"] > gutter) for r in rows]
    right_texts = [t for t in right_texts if t]
    if len(set(right_texts)) < 0.7 * len(right_texts):
        return None
    return gutter


def _split_letter_spaced(row: list[dict[str, Any]]) -> list[str]:
    """Join words of a row; runs of single letters ("J O R D A N") are re-joined, splitting
    the run where the gap is clearly wider than the letter spacing."""
    out: list[str] = []
    i = 0
    while i < len(row):
        j = i
        while j < len(row) and len(row[j]["text"]) == 1 and row[j]["text"].isalpha():
            j += 1
        if j - i >= 3:
            run = row[i:j]
            gaps = [run[k + 1]["x0"] - run[k]["x1"] for k in range(len(run) - 1)]
            med = statistics.median(gaps)
            cur = run[0]["text"]
            for k, g in enumerate(gaps):
                if g > med * 1.6 + 0.8:
                    out.append(cur)
                    cur = ""
                cur += run[k + 1]["text"]
            out.append(cur)
            i = j
        else:
            out.append(row[i]["text"])
            i += 1
    return out


def _row_to_line(row: list[dict[str, Any]], page_no: int) -> tuple[_Line, float, float]:
    chars = [c for w in row for c in w.get("chars", ()) if not c["text"].isspace()]
    sizes = [round(float(c["size"]), 1) for c in chars] or [0.0]
    bold_n = sum(1 for c in chars if _is_bold_font(c.get("fontname", "")))
    text = normalize_line(" ".join(_split_letter_spaced(row)))
    line = _Line(
        text=text,
        font_size=statistics.median(sizes) if chars else None,
        bold=bool(chars) and bold_n >= 0.6 * len(chars),
        page=page_no,
    )
    top = min(w["top"] for w in row)
    bottom = max(w["bottom"] for w in row)
    return line, top, bottom


def _rows_to_lines(rows: list[list[dict[str, Any]]], page_no: int) -> list[_Line]:
    """Convert rows (already in reading order for one column/band) to lines, marking
    paragraph gaps (vertical gap clearly above the normal line pitch)."""
    out: list[_Line] = []
    prev_bottom: float | None = None
    built = [_row_to_line(r, page_no) for r in rows]
    heights = [b - t for _, t, b in built if b > t]
    typical = statistics.median(heights) if heights else 10.0
    for line, top, bottom in built:
        if prev_bottom is not None and top - prev_bottom > 0.75 * typical:
            line.blank_before = True
        out.append(line)
        prev_bottom = bottom
    return out


_ICON_FONT_RE = re.compile(
    r"awesome|icons?\b|icon-|fontello|octicons|entypo|ionicons|academicons|marvosym|"
    r"wingding|dingbat|materialsymbols|glyphicons",
    re.IGNORECASE,
)


def _keep_object(obj: dict[str, Any]) -> bool:
    """Drop icon-font glyphs: "(cid:N)" tokens and chars from known icon fonts (their
    glyphs map to random letters like "/" or "0" and pollute the text)."""
    if obj.get("object_type") != "char":
        return True
    if str(obj.get("text", "")).startswith("(cid:"):
        return False
    return not _ICON_FONT_RE.search(str(obj.get("fontname", "")))


def _page_lines(page: Any, page_no: int, layout: _Layout) -> list[_Line]:
    # Icon-font glyphs come out as "(cid:123)"; drop them before grouping so they don't
    # glue onto neighbouring words.
    page = page.filter(_keep_object)
    # Tolerance relative to font size (0.12 em ~ 1.1 pt at 9 pt): tight justified TeX lines
    # have inter-word gaps of ~1.4 pt, so the absolute default (3) glues words together.
    words = page.extract_words(
        x_tolerance=1.5,
        x_tolerance_ratio=X_TOLERANCE_RATIO,
        y_tolerance=2.5,
        keep_blank_chars=False,
        return_chars=True,
    )
    for w in words:
        # A soft hyphen drawn in a PDF is a visible hyphen (TeX fonts encode "-" as U+00AD).
        w["text"] = w["text"].replace("\u00ad", "-")
    words = [w for w in words if normalize_line(w["text"])]
    if not words:
        return []
    rows = _group_rows(words)
    gutter = _find_gutter(rows, float(page.width))
    if gutter is None:
        lines = _rows_to_lines(rows, page_no)
    else:
        layout.multi_column = True
        lines = []
        band_left: list[dict[str, Any]] = []
        band_right: list[dict[str, Any]] = []

        def flush() -> None:
            for side in (band_left, band_right):
                if side:
                    col = _rows_to_lines(_group_rows(side), page_no)
                    if col and lines:
                        col[0].blank_before = True
                    lines.extend(col)
            band_left.clear()
            band_right.clear()

        for row in rows:
            if any(w["x0"] < gutter < w["x1"] for w in row):
                flush()
                full = _rows_to_lines([row], page_no)
                if lines:
                    full[0].blank_before = True
                lines.extend(full)
            else:
                band_left.extend(w for w in row if w["x1"] <= gutter)
                band_right.extend(w for w in row if w["x0"] >= gutter)
        flush()
    if lines:
        lines[0].blank_before = True
    return lines


def _pdf_open_error(exc: BaseException) -> ExtractionError:
    # pdfplumber wraps pdfminer errors (PdfminerException); look through the chain.
    names = []
    cur: BaseException | None = exc
    while cur is not None and len(names) < 10:
        names.append(type(cur).__name__)
        names.extend(type(a).__name__ for a in cur.args if isinstance(a, BaseException))
        cur = cur.__cause__ or cur.__context__
    if any("Password" in n or "Encrypt" in n for n in names):
        return ExtractionError(
            "The PDF is password-protected; upload an unprotected copy.", "encrypted"
        )
    return ExtractionError(
        "The PDF is damaged or incomplete and cannot be read; export it again and re-upload.",
        "corrupt",
    )


def _extract_pdf(data: bytes, limits: ExtractionLimits) -> ExtractedDocument:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    layout = _Layout()
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise _pdf_open_error(exc) from exc
    except Exception as exc:  # pdfminer raises many unrelated types for broken files
        raise _pdf_open_error(exc) from exc
    with pdf:
        try:
            # Page tree only (cheap): refuse long files before touching content streams.
            n_pages = len(pdf.pages)
        except Exception as exc:
            raise _pdf_open_error(exc) from exc
        if n_pages == 0:
            raise ExtractionError("The PDF has no pages.", "corrupt")
        if n_pages > limits.max_pages:
            raise ExtractionError(
                f"The PDF has {n_pages} pages; a resume may have at most {limits.max_pages}.",
                "too_many_pages",
            )
        layout.page_count = n_pages
        all_lines: list[_Line] = []
        edge_texts: list[Counter[str]] = []
        try:
            for page_no, page in enumerate(pdf.pages, start=1):
                if page.images:
                    layout.has_images = True
                # Tables: ruled grids (find_tables' default "lines" strategy).
                if not layout.has_tables and len(page.lines) + len(page.rects) >= 4:
                    layout.has_tables = bool(page.find_tables())
                plines = _page_lines(page, page_no, layout)
                # Header/footer: text repeated in the top/bottom strips of several pages.
                edge = Counter()
                for ln in plines[:2] + plines[-2:]:
                    key = re.sub(r"\d+", "#", ln.text.lower())
                    edge[key] += 1
                edge_texts.append(edge)
                all_lines.extend(plines)
                page.flush_cache()  # keep memory flat on long files
        except ExtractionError:
            raise
        except MemoryError:
            raise
        except Exception as exc:
            raise _pdf_open_error(exc) from exc
    if n_pages >= 2:
        seen = Counter(k for edge in edge_texts for k in edge)
        layout.header_footer_text = any(v >= 2 and len(k) > 2 for k, v in seen.items())
    visible = sum(len(ln.text) for ln in all_lines)
    if visible < 20:
        raise ExtractionError(
            "The PDF has no selectable text (it looks like a scan or an image); upload a PDF "
            "exported from Word, Google Docs or similar so the text can be read.",
            "no_text_layer",
        )
    return _assemble(PDF_MIME, all_lines, layout, limits)


# --------------------------------------------------------------------------- DOCX

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_MAX_ZIP_ENTRIES = 2000
_MAX_RATIO = 120  # legit Office XML compresses ~5-30x; bombs compress 100-1000x


def _q(tag: str) -> str:
    return f"{{{_W}}}{tag}"


def _check_docx_zip(data: bytes, limits: ExtractionLimits) -> None:
    """Refuse zip bombs and XML entity tricks before python-docx/lxml parse anything."""
    bomb = ExtractionError(
        "The Word file expands to an unreasonable size (possible zip bomb); re-save it from "
        "Word and upload again.",
        "zip_bomb",
    )
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ExtractionError(
            "The Word file is damaged and cannot be read; re-save it and upload again.",
            "corrupt",
        ) from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > _MAX_ZIP_ENTRIES:
            raise bomb
        total = 0
        for info in infos:
            total += info.file_size
            if total > limits.max_docx_uncompressed_bytes:
                raise bomb
            if info.file_size > 1_000_000 and info.file_size > _MAX_RATIO * max(
                1, info.compress_size
            ):
                raise bomb
        for info in infos:
            if not info.filename.endswith((".xml", ".rels")):
                continue
            try:
                with zf.open(info) as fh:
                    # Sizes in headers can lie: read at most the declared size + 1.
                    raw = fh.read(info.file_size + 1)
            except (zipfile.BadZipFile, OSError, RuntimeError, EOFError) as exc:
                raise ExtractionError(
                    "The Word file is damaged and cannot be read; re-save it and upload again.",
                    "corrupt",
                ) from exc
            if len(raw) > info.file_size:
                raise bomb
            if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
                raw = raw.decode("utf-16", "ignore").encode()
            if b"<!DOCTYPE" in raw or b"<!ENTITY" in raw:
                raise ExtractionError(
                    "The Word file contains XML declarations that are not allowed in "
                    "documents (DOCTYPE/ENTITY); re-save it from Word and upload again.",
                    "corrupt",
                )


class _DocxStyles:
    """Resolve paragraph style names and inherited font size/bold via python-docx."""

    def __init__(self, doc: Any) -> None:
        self.by_id: dict[str, Any] = {}
        for st in doc.styles:
            try:
                self.by_id[st.style_id] = st
            except Exception:  # noqa: S112 - odd styles are just skipped
                continue
        self.default_size: float | None = None
        try:
            sz = doc.styles.element.find(f"{_q('docDefaults')}/{_q('rPrDefault')}/{_q('rPr')}")
            if sz is not None:
                s = sz.find(_q("sz"))
                if s is not None:
                    self.default_size = int(s.get(_q("val"))) / 2
        except (TypeError, ValueError):
            pass

    def info(self, style_id: str | None) -> tuple[str | None, float | None, bool]:
        st = self.by_id.get(style_id or "") or self.by_id.get("Normal")
        name = getattr(st, "name", None) if style_id else None
        size: float | None = None
        bold = False
        depth = 0
        while st is not None and depth < 10:
            font = getattr(st, "font", None)
            if font is not None:
                if size is None and font.size is not None:
                    size = font.size.pt
                if font.bold:
                    bold = True
            st = getattr(st, "base_style", None)
            depth += 1
        return name, size if size is not None else self.default_size, bold


def _on_val(el: Any) -> bool:
    return el is not None and el.get(_q("val"), "true") not in ("0", "false", "off")


def _docx_paragraph(
    p: Any, styles: _DocxStyles, out: list[_Line], boxes: list[Any], layout: _Layout
) -> None:
    """Append the lines of one w:p (split at w:br); queue text boxes found inside it."""
    ppr = p.find(_q("pPr"))
    style_id = None
    if ppr is not None and ppr.find(_q("pStyle")) is not None:
        style_id = ppr.find(_q("pStyle")).get(_q("val"))
    style_name, style_size, style_bold = styles.info(style_id)
    if ppr is not None and ppr.find(_q("outlineLvl")) is not None and not style_name:
        style_name = "Heading"
    segments: list[list[tuple[str, float | None, bool]]] = [[]]

    def walk(el: Any) -> None:
        for child in el:
            tag = child.tag if isinstance(child.tag, str) else ""
            if tag == f"{{{_MC}}}Fallback":
                continue  # VML copy of a text box/shape already seen in mc:Choice
            if tag == _q("txbxContent"):
                boxes.append(child)
                layout.has_text_boxes = True
                continue
            if tag.endswith("}blip") or tag.endswith("}imagedata"):
                layout.has_images = True
            if tag == _q("r"):
                rpr = child.find(_q("rPr"))
                size = style_size
                bold = style_bold
                if rpr is not None:
                    sz = rpr.find(_q("sz"))
                    if sz is not None:
                        with contextlib.suppress(TypeError, ValueError):
                            size = int(sz.get(_q("val"))) / 2
                    b = rpr.find(_q("b"))
                    if b is not None:
                        bold = _on_val(b)
                for rc in child:
                    rtag = rc.tag if isinstance(rc.tag, str) else ""
                    if rtag == _q("t"):
                        segments[-1].append((rc.text or "", size, bold))
                    elif rtag in (_q("tab"), _q("ptab")):
                        segments[-1].append((" ", size, bold))
                    elif rtag in (_q("br"), _q("cr")):
                        segments.append([])
                    elif rtag == _q("noBreakHyphen"):
                        segments[-1].append(("-", size, bold))
                    else:
                        walk(rc)  # drawings / AlternateContent inside the run
                continue
            if tag in (_q("instrText"), _q("delText"), _q("pPr"), _q("rPr")):
                continue
            walk(child)

    walk(p)
    # List paragraphs carry their bullet in numbering XML, not in the text: mark them so
    # bullets look the same as in PDFs.
    listed = ppr is not None and ppr.find(_q("numPr")) is not None
    first = True
    for seg in segments:
        text = normalize_line("".join(t for t, _, _ in seg))
        if listed and first and text and not text.startswith("•"):
            text = "• " + text
        if not text:
            continue
        visible = [(len(t.strip()), s, b) for t, s, b in seg if t.strip()]
        n = sum(k for k, _, _ in visible) or 1
        bold = sum(k for k, _, b in visible if b) >= 0.6 * n
        sizes = Counter()
        for k, s, _ in visible:
            sizes[s] += k
        size = sizes.most_common(1)[0][0] if sizes else style_size
        out.append(_Line(text, size, bold, 1, style_name, blank_before=first))
        first = False


def _docx_block(
    el: Any, styles: _DocxStyles, out: list[_Line], layout: _Layout, depth: int = 0
) -> None:
    """Walk body-level children in document order: paragraphs, tables (nested), SDTs."""
    if depth > 30:
        return
    for child in el:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == _q("p"):
            boxes: list[Any] = []
            _docx_paragraph(child, styles, out, boxes, layout)
            for box in boxes:
                _docx_block(box, styles, out, layout, depth + 1)
        elif tag == _q("tbl"):
            layout.has_tables = True
            for tr in child.iter(_q("tr")):
                if tr.getparent() is not child and tr.getparent().tag != _q("tbl"):
                    continue
                cells = tr.findall(_q("tc"))
                if (
                    len(cells) >= 2
                    and sum(1 for tc in cells if len(tc.findall(f".//{_q('p')}")) >= 3) >= 2
                ):
                    layout.multi_column = True  # layout table: columns side by side
            for tr in child.findall(_q("tr")):
                for tc in tr.findall(_q("tc")):
                    _docx_block(tc, styles, out, layout, depth + 1)
        elif tag in (_q("sdt"), _q("sdtContent"), _q("customXml"), _q("smartTag")):
            _docx_block(child, styles, out, layout, depth + 1)
        elif tag == _q("sectPr"):
            cols = child.find(_q("cols"))
            if cols is not None and int(cols.get(_q("num"), "1") or 1) > 1:
                layout.multi_column = True
        elif tag.endswith("}AlternateContent"):
            choice = child.find(f"{{{_MC}}}Choice")
            if choice is not None:
                _docx_block(choice, styles, out, layout, depth + 1)
        if tag == _q("p"):
            sect = child.find(f"{_q('pPr')}/{_q('sectPr')}/{_q('cols')}")
            if sect is not None and int(sect.get(_q("num"), "1") or 1) > 1:
                layout.multi_column = True


def _extract_docx(data: bytes, limits: ExtractionLimits) -> ExtractedDocument:
    _check_docx_zip(data, limits)
    import docx

    try:
        doc = docx.Document(io.BytesIO(data))
    except Exception as exc:
        raise ExtractionError(
            "The Word file is damaged and cannot be read; re-save it and upload again.",
            "corrupt",
        ) from exc
    layout = _Layout()
    styles = _DocxStyles(doc)
    body: list[_Line] = []
    _docx_block(doc.element.body, styles, body, layout)
    # Headers/footers: ATS parsers often skip them, so flag it; keep the text once (contact
    # details commonly live there) before/after the body.
    head: list[_Line] = []
    foot: list[_Line] = []
    seen: set[str] = set()
    for section in doc.sections:
        for part, dest in (
            (section.header, head),
            (section.first_page_header, head),
            (section.footer, foot),
            (section.first_page_footer, foot),
        ):
            try:
                # Linked headers repeat the previous section's text; `seen` dedupes them.
                tmp: list[_Line] = []
                _docx_block(part._element, styles, tmp, _Layout())
            except Exception:  # noqa: S112 - a broken header must not sink the document
                continue
            for ln in tmp:
                if ln.text not in seen:
                    seen.add(ln.text)
                    dest.append(ln)
    layout.header_footer_text = bool(head or foot)
    # Page count is not stored reliably in DOCX; docProps/app.xml has Word's last count.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            xml = zf.read("docProps/app.xml").decode("utf-8", "ignore")
        m = re.search(r"<Pages>(\d+)</Pages>", xml)
        layout.page_count = max(1, int(m.group(1))) if m else 1
    except (KeyError, AttributeError, ValueError, zipfile.BadZipFile):
        layout.page_count = max(1, sum(len(ln.text) for ln in body) // 3500 + 1)
    lines = head + body + foot
    if not any(ln.text for ln in lines):
        raise ExtractionError("The Word document contains no text.", "empty")
    return _assemble(DOCX_MIME, lines, layout, limits)


# --------------------------------------------------------------------------- entry points


def extract_in_process(
    data: bytes, limits: ExtractionLimits = ExtractionLimits()
) -> ExtractedDocument:
    """Parse in this process (no sandbox). Raises ExtractionError for every refusal."""
    if len(data) > limits.max_bytes:
        raise ExtractionError(
            f"The file is larger than {limits.max_bytes // (1024 * 1024)} MB; upload a smaller "
            "resume.",
            "too_large",
        )
    mime = sniff_mime(data)
    if mime == PDF_MIME:
        return _extract_pdf(data, limits)
    return _extract_docx(data, limits)


def extract_document(
    data: bytes, limits: ExtractionLimits = ExtractionLimits()
) -> ExtractedDocument:
    """Parse in a sandboxed child process (rlimits + wall-clock timeout + output cap).

    The child is forked from a per-process fork server (see ``pipelines.extraction.child``)
    that has the parsers imported and warm, so a call costs a fork instead of an
    interpreter start. When the server cannot be used (no ``fork``, it failed to start,
    ``EXTRACT_SANDBOX=subprocess``), a one-shot ``python -m pipelines.extraction.child``
    child does the same job. Neither uses multiprocessing, so both work inside Celery's
    daemonic prefork pool processes.
    """
    # Cheap refusals first, in the parent: no need to spawn for an empty or huge upload.
    if len(data) > limits.max_bytes:
        raise ExtractionError(
            f"The file is larger than {limits.max_bytes // (1024 * 1024)} MB; upload a smaller "
            "resume.",
            "too_large",
        )
    sniff_mime(data)
    outcome = None
    if _fork_server_enabled():
        outcome = _run_in_fork_server(data, limits)
    if outcome is None:
        outcome = _run_in_subprocess(data, limits)
    return _interpret(outcome, limits)


# --------------------------------------------------------------------------- sandbox


@dataclass(frozen=True)
class _Outcome:
    """What a sandboxed run left behind, before it is judged."""

    returncode: int  # negative: killed by that signal
    stdout: bytes
    stderr_tail: bytes = b""
    timed_out: bool = False
    over_cap: bool = False


def _output_cap(limits: ExtractionLimits) -> int:
    # Text + per-line metadata can't legitimately exceed this.
    return limits.max_text_chars * 16 + 1_000_000


def _interpret(outcome: _Outcome, limits: ExtractionLimits) -> ExtractedDocument:
    """Map a sandboxed run to a document or an ExtractionError (same for both launchers)."""
    if outcome.timed_out:
        raise ExtractionError(
            "Reading the file took too long and was stopped; export a simpler PDF or DOCX "
            "and upload again.",
            "timeout",
        )
    out = outcome.stdout
    if outcome.over_cap or len(out) > _output_cap(limits):
        raise ExtractionError(
            "The document produced an unreasonable amount of text.", "resource_limit"
        )
    payload: dict[str, Any] | None = None
    if out:
        try:
            payload = json.loads(out)
        except ValueError:
            payload = None
    if outcome.returncode == 0 and payload and "document" in payload:
        return ExtractedDocument.from_json(payload["document"])
    if payload and "error" in payload:
        raise ExtractionError(payload["error"]["reason"], payload["error"]["code"])
    err_tail = outcome.stderr_tail
    oom = any(m in err_tail for m in (b"MemoryError", b"failed to map", b"Cannot allocate"))
    if outcome.returncode < 0 or outcome.returncode in (137, 152) or oom:
        sig = -outcome.returncode
        what = "time" if sig == getattr(signal, "SIGXCPU", 24) else "memory or time"
        raise ExtractionError(
            f"Reading the file needed too much {what} and was stopped; the file may be "
            "damaged or deliberately oversized. Export it again and re-upload.",
            "resource_limit",
        )
    raise ExtractionError(
        "The file could not be read (the reader crashed); export it again and re-upload.",
        "corrupt",
    )


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        p for p in (str(_PROJECT_ROOT), env.get("PYTHONPATH", "")) if p
    )
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def _run_in_subprocess(data: bytes, limits: ExtractionLimits) -> _Outcome:
    """The fallback: a fresh interpreter per file (~0.1-0.6 s of start-up and imports)."""
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "pipelines.extraction.child", json.dumps(asdict(limits))],
            input=data,
            capture_output=True,
            timeout=limits.timeout_s,
            env=_child_env(),
            cwd=str(_PROJECT_ROOT),
            check=False,
        )
    except subprocess.TimeoutExpired:  # run() kills the child before raising
        return _Outcome(returncode=-int(signal.SIGKILL), stdout=b"", timed_out=True)
    return _Outcome(proc.returncode, proc.stdout, proc.stderr[-2000:])


class _ServerBroken(Exception):
    """The fork server died or stopped answering; it is discarded."""


class _ForkServer:
    """One ``python -m pipelines.extraction.child --serve`` process, used by one caller
    thread at a time (see ``_acquire_server``)."""

    # Startup imports pdfplumber/python-docx and parses two tiny files: well under this.
    START_TIMEOUT_S = 60.0
    # The server enforces the caller's timeout itself; this covers a server that hangs.
    GRACE_S = 10.0

    def __init__(self) -> None:
        self.owner_pid = os.getpid()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "pipelines.extraction.child", "--serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_child_env(),
            cwd=str(_PROJECT_ROOT),
            bufsize=0,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.w = self.proc.stdin.fileno()
        self.r = self.proc.stdout.fileno()
        try:
            if self._read_frame(time.monotonic() + self.START_TIMEOUT_S) != b"ready":
                raise _ServerBroken("unexpected greeting")
        except BaseException:
            self.close()
            raise

    def usable(self) -> bool:
        return self.owner_pid == os.getpid() and self.proc.poll() is None

    def _read_exact(self, n: int, deadline: float) -> bytes:
        chunks: list[bytes] = []
        while n > 0:
            left = deadline - time.monotonic()
            if left <= 0:
                raise _ServerBroken("no answer in time")
            ready, _, _ = select.select([self.r], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.r, min(n, 1 << 20))
            if not chunk:
                raise _ServerBroken("server exited")
            chunks.append(chunk)
            n -= len(chunk)
        return b"".join(chunks)

    def _read_frame(self, deadline: float) -> bytes:
        (n,) = struct.unpack("!I", self._read_exact(4, deadline))
        return self._read_exact(n, deadline)

    def run(self, data: bytes, limits: ExtractionLimits) -> _Outcome:
        header = json.dumps(
            {"limits": asdict(limits), "size": len(data), "cap": _output_cap(limits)}
        ).encode()
        try:
            self.proc.stdin.write(struct.pack("!I", len(header)) + header)  # type: ignore[union-attr]
            self.proc.stdin.write(data)  # type: ignore[union-attr]
        except OSError as exc:
            raise _ServerBroken(str(exc)) from exc
        deadline = time.monotonic() + limits.timeout_s + self.GRACE_S
        meta = json.loads(self._read_frame(deadline))
        out = self._read_frame(deadline)
        exit_code = meta["exit"]
        return _Outcome(
            returncode=int(exit_code),
            stdout=out,
            timed_out=bool(meta["timed_out"]),
            over_cap=bool(meta["over_cap"]),
        )

    def close(self) -> None:
        if self.owner_pid != os.getpid():
            return  # a forked copy of our caller: the server belongs to the original
        with contextlib.suppress(OSError):
            self.proc.stdin.close()  # type: ignore[union-attr]
        with contextlib.suppress(OSError):
            self.proc.kill()  # its current child (if any) dies with it (PDEATHSIG)
        with contextlib.suppress(OSError, subprocess.TimeoutExpired):
            self.proc.wait(timeout=5)
        with contextlib.suppress(OSError):
            self.proc.stdout.close()  # type: ignore[union-attr]


_IDLE_SERVERS: list[_ForkServer] = []
_SERVERS_LOCK = threading.Lock()
_MAX_IDLE_SERVERS = 2
_server_failures = 0


def _fork_server_enabled() -> bool:
    if os.environ.get("EXTRACT_SANDBOX", "forkserver") == "subprocess":
        return False
    return hasattr(os, "fork") and _server_failures < 3


def _forget_servers_after_fork() -> None:
    # A forked copy of this process (e.g. Celery's pool) must not share our servers:
    # start its own on first use. The inherited pipe copies are simply dropped.
    global _IDLE_SERVERS, _SERVERS_LOCK
    _IDLE_SERVERS = []
    _SERVERS_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_servers_after_fork)


def _acquire_server() -> _ForkServer:
    with _SERVERS_LOCK:
        while _IDLE_SERVERS:
            server = _IDLE_SERVERS.pop()
            if server.usable():
                return server
            server.close()
    return _ForkServer()


def _release_server(server: _ForkServer) -> None:
    with _SERVERS_LOCK:
        if server.usable() and len(_IDLE_SERVERS) < _MAX_IDLE_SERVERS:
            _IDLE_SERVERS.append(server)
            return
    server.close()


def warm_up() -> None:
    """Start this process's fork server now (e.g. from Celery's ``worker_process_init``)
    instead of on the first extraction."""
    if _fork_server_enabled():
        with contextlib.suppress(_ServerBroken, OSError):
            _release_server(_acquire_server())


def shutdown_servers() -> None:
    with _SERVERS_LOCK:
        servers = list(_IDLE_SERVERS)
        _IDLE_SERVERS.clear()
    for server in servers:
        server.close()


atexit.register(shutdown_servers)


def _run_in_fork_server(data: bytes, limits: ExtractionLimits) -> _Outcome | None:
    """None when the fork server is unavailable (the caller falls back to a subprocess)."""
    global _server_failures
    try:
        server = _acquire_server()
    except (_ServerBroken, OSError):
        _server_failures += 1
        return None
    try:
        outcome = server.run(data, limits)
    except _ServerBroken:
        # The server itself hung or died (it never parses, so this is not the file's
        # doing); throw it away and let the one-shot child decide about the file.
        server.close()
        return None
    except BaseException:
        # Interrupted mid-request (e.g. Celery's soft time limit): the protocol state is
        # unknown, so the server goes; its child dies with it.
        server.close()
        raise
    _release_server(server)
    return outcome
