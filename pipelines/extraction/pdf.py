"""PDF reader: words from pdfplumber grouped into visual lines in reading order.

Rows are clustered by vertical overlap; a page with a clear gutter is read column by
column (full-width rows such as headings break the columns into bands); bold and font size
come from the characters' fonts; icon-font glyphs are dropped. Page facts (tables, images,
repeated header/footer lines, columns) feed ``LayoutFacts``.
"""

from __future__ import annotations

import io
import re
import statistics
from collections import Counter
from typing import Any

from core.filetypes import PDF_MIME
from pipelines.extraction.document import (
    DraftLayout,
    DraftLine,
    ExtractedDocument,
    ExtractionError,
    ExtractionLimits,
    assemble,
)
from pipelines.extraction.normalize import normalize_line

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
    gutter = _emptiest_gap(rows, width)
    if gutter is None or not _both_sides_are_text(rows, gutter):
        return None
    if not _right_side_is_a_column(rows, gutter):
        return None
    return gutter


def _emptiest_gap(rows: list[list[dict[str, Any]]], width: float) -> float | None:
    """The centre of the longest stretch of x (middle of the page) that few rows cross."""
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
    return lo + (idxs[0] + idxs[-1]) / 2


def _both_sides_are_text(rows: list[list[dict[str, Any]]], gutter: float) -> bool:
    """Enough rows and words on each side, and words rather than dates or numbers."""
    left_rows = sum(1 for r in rows if any(w["x1"] < gutter for w in r))
    right_rows = sum(1 for r in rows if any(w["x0"] > gutter for w in r))
    words_left = sum(1 for r in rows for w in r if w["x1"] < gutter)
    words_right = sum(1 for r in rows for w in r if w["x0"] > gutter)
    total = words_left + words_right
    if left_rows < 4 or right_rows < 4 or total == 0:
        return False
    if min(words_left, words_right) < 0.08 * total:
        return False
    # A side made of dates/numbers only is a date gutter, not a column.
    for side in (
        [w for r in rows for w in r if w["x1"] < gutter],
        [w for r in rows for w in r if w["x0"] > gutter],
    ):
        tokens = [w["text"] for w in side if re.search(r"\w", w["text"])]
        alpha = sum(1 for t in tokens if re.search(r"[^\W\d_]{3,}", t) and not _MONTHS_RE.match(t))
        if alpha < 0.5 * len(tokens):
            return False
    return True


def _right_side_is_a_column(rows: list[list[dict[str, Any]]], gutter: float) -> bool:
    """A real right column is left-aligned, varied text; not a strip of dates or places."""
    right_rows = sum(1 for r in rows if any(w["x0"] > gutter for w in r))
    # A right-aligned date/location strip (one-column layouts) has ragged starts and
    # aligned ends.
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
        return False
    # Repeated identical lines ("Seoul, S.Korea" per job) mean a location/date strip.
    right_texts = [" ".join(w["text"] for w in r if w["x0"] > gutter) for r in rows]
    right_texts = [t for t in right_texts if t]
    return len(set(right_texts)) >= 0.7 * len(right_texts)


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


def _row_to_line(row: list[dict[str, Any]], page_no: int) -> tuple[DraftLine, float, float]:
    chars = [c for w in row for c in w.get("chars", ()) if not c["text"].isspace()]
    sizes = [round(float(c["size"]), 1) for c in chars] or [0.0]
    bold_n = sum(1 for c in chars if _is_bold_font(c.get("fontname", "")))
    text = normalize_line(" ".join(_split_letter_spaced(row)))
    line = DraftLine(
        text=text,
        font_size=statistics.median(sizes) if chars else None,
        bold=bool(chars) and bold_n >= 0.6 * len(chars),
        page=page_no,
    )
    top = min(w["top"] for w in row)
    bottom = max(w["bottom"] for w in row)
    return line, top, bottom


def _rows_to_lines(rows: list[list[dict[str, Any]]], page_no: int) -> list[DraftLine]:
    """Convert rows (already in reading order for one column/band) to lines, marking
    paragraph gaps (vertical gap clearly above the normal line pitch)."""
    out: list[DraftLine] = []
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


def _page_lines(page: Any, page_no: int, layout: DraftLayout) -> list[DraftLine]:
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


def _read_pages(pdf: Any, layout: DraftLayout) -> tuple[list[DraftLine], list[Counter[str]]]:
    """Every page's lines, and per page the texts of its top and bottom two lines."""
    all_lines: list[DraftLine] = []
    edge_texts: list[Counter[str]] = []
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
    return all_lines, edge_texts


def extract_pdf(data: bytes, limits: ExtractionLimits) -> ExtractedDocument:
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect

    layout = DraftLayout()
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
        try:
            all_lines, edge_texts = _read_pages(pdf, layout)
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
    return assemble(PDF_MIME, all_lines, layout, limits)
