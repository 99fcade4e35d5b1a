"""The text map: for every offset of ``extracted_text``, where on the page (PDF) or in which
paragraph (DOCX) the character came from (docs/schema_v1.2.md, "The text map").

::

    {"version": 1, "kind": "pdf", "pages": [[width, height], ...],
     "lines": [[start, end, page, top, bottom, [x0, ...], [x1, ...]], ...]}
    {"version": 1, "kind": "docx", "paragraphs": [[start, end, paragraph_index], ...]}

Offsets index the final text, end exclusive; pages count from 1; coordinates are points
from the top-left corner of the page as displayed (crop box, page rotation applied),
rounded to 0.1. A PDF map line is a run of characters of one word band on one visual row
(top and bottom of the word; a row of one size and font is one map line): a text line
becomes two map lines when dehyphenation pulled the head of the next row onto it, and on
a rotated page (or for rotated text) every character is a map line of its own. Only the
newlines between lines are not covered; a character the extractor inserted inside a line
(the space between two words, the space after a bullet) has a zero-width box; a glyph
that stands for several characters (a ligature) shares its box out evenly among them.

A DOCX ``paragraph_index`` numbers the blocks the reader turned into text (paragraphs,
table-cell and text-box paragraphs, header and footer paragraphs), from 0 in the order of
the final text (headers first, footers last); a paragraph split at line breaks has one
map entry per line, all with its index.

The readers build the map through ``TextMapBuilder`` (``document.assemble`` feeds it one
final line at a time); the pipeline stores it compressed (``encode_text_map``) and the UI
asks ``boxes`` for the rectangles to highlight.
"""

from __future__ import annotations

import bisect
import json
import zlib
from typing import Any, NamedTuple

VERSION = 1
KIND_PDF = "pdf"
KIND_DOCX = "docx"

# A PDF character's origin: its visual row (page, top, bottom) and its x extent.
Row = tuple[int, float, float]
PdfOrigin = tuple[Row, float, float]


class Rect(NamedTuple):
    page: int
    x0: float
    top: float
    x1: float
    bottom: float


class TextMapBuilder:
    """Collects the map while the final text is assembled, line by line."""

    def __init__(self, kind: str, page_sizes: list[tuple[float, float]] | None = None) -> None:
        self.kind = kind
        self.page_sizes = [[round(w * 10) / 10, round(h * 10) / 10] for w, h in page_sizes or []]
        self.entries: list[list[Any]] = []

    def add_line(self, start: int, origins: list[Any]) -> None:
        """One final line starting at ``start``; ``origins`` has one entry per character:
        a ``PdfOrigin`` or a paragraph index (DOCX), None for an inserted character."""
        if not origins:
            return
        if self.kind == KIND_PDF:
            self._add_pdf(start, _fill_inserted(origins))
        else:
            self._add_docx(start, origins)

    def _add_pdf(self, start: int, origins: list[PdfOrigin]) -> None:
        run_start = 0
        for k in range(1, len(origins) + 1):
            if k == len(origins) or origins[k][0] != origins[run_start][0]:
                page, top, bottom = origins[run_start][0]
                run = origins[run_start:k]
                # round(v * 10) / 10: the same 0.1 steps as round(v, 1), at half the cost
                # (two numbers per character of the text)
                self.entries.append(
                    [
                        start + run_start,
                        start + k,
                        page,
                        round(top * 10) / 10,
                        round(bottom * 10) / 10,
                        [round(o[1] * 10) / 10 for o in run],
                        [round(o[2] * 10) / 10 for o in run],
                    ]
                )
                run_start = k

    def _add_docx(self, start: int, origins: list[int | None]) -> None:
        known = [o for o in origins if o is not None]
        if not known:
            return
        # An inserted character (the "• " of a list paragraph) belongs to its paragraph.
        filled = []
        last = known[0]
        for o in origins:
            last = last if o is None else o
            filled.append(last)
        run_start = 0
        for k in range(1, len(filled) + 1):
            if k == len(filled) or filled[k] != filled[run_start]:
                self.entries.append([start + run_start, start + k, filled[run_start]])
                run_start = k

    def build(self) -> dict[str, Any]:
        if self.kind == KIND_PDF:
            return {
                "version": VERSION,
                "kind": KIND_PDF,
                "pages": self.page_sizes,
                "lines": self.entries,
            }
        return {"version": VERSION, "kind": KIND_DOCX, "paragraphs": self.entries}


def _fill_inserted(origins: list[PdfOrigin | None]) -> list[PdfOrigin]:
    """Inserted characters get a zero-width box where the previous character ends (or, at
    the start of a line, where the next one begins), on that character's row."""
    if None not in origins:
        return origins  # type: ignore[return-value]
    out: list[PdfOrigin | None] = list(origins)
    prev: PdfOrigin | None = None
    for k, o in enumerate(out):
        if o is None:
            if prev is not None:
                out[k] = (prev[0], prev[2], prev[2])
        else:
            prev = o
    nxt: PdfOrigin | None = None
    for k in range(len(out) - 1, -1, -1):
        o = out[k]
        if o is None:
            if nxt is None:
                raise ValueError("a line of inserted characters only")
            out[k] = (nxt[0], nxt[1], nxt[1])
        else:
            nxt = o
    return out  # type: ignore[return-value]


def boxes(text_map: dict[str, Any], start: int, end: int) -> list[Rect]:
    """The rectangles that cover ``extracted_text[start:end]``: one per map line the span
    touches, from the left of its first drawn character to the right of its last
    (zero-width inserted characters do not widen it). Empty for DOCX (no geometry)."""
    if text_map.get("kind") != KIND_PDF or end <= start:
        return []
    lines = text_map["lines"]
    ends = [line[1] for line in lines]
    out: list[Rect] = []
    for line in lines[bisect.bisect_right(ends, start) :]:
        line_start, line_end, page, top, bottom, x0s, x1s = line
        if line_start >= end:
            break
        lo, hi = max(start, line_start) - line_start, min(end, line_end) - line_start
        if lo >= hi:
            continue
        drawn = [k for k in range(lo, hi) if x1s[k] > x0s[k]] or list(range(lo, hi))
        out.append(Rect(page, min(x0s[k] for k in drawn), top, max(x1s[k] for k in drawn), bottom))
    return out


def paragraphs(text_map: dict[str, Any], start: int, end: int) -> list[int]:
    """The DOCX paragraph indexes (reading order) that ``extracted_text[start:end]`` touches."""
    if text_map.get("kind") != KIND_DOCX:
        return []
    found: list[int] = []
    for line_start, line_end, index in text_map["paragraphs"]:
        if line_start < end and start < line_end and index not in found:
            found.append(index)
    return found


def encode_text_map(text_map: dict[str, Any]) -> bytes:
    """zlib-compressed compact JSON, as stored in ``resume_layouts.text_map``."""
    return zlib.compress(json.dumps(text_map, separators=(",", ":")).encode(), 6)


def decode_text_map(data: bytes) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(zlib.decompress(data))
    return result
