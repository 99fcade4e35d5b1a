"""What extraction produces and the words it refuses a file with.

``ExtractedDocument`` (text, per-line layout facts, page-level facts, the text map and the
text left out as invisible) travels as JSON from the sandbox child to the caller, through
Redis and into the database; ``ExtractionError`` carries a sentence a recruiter
understands. ``DraftLine``/``DraftLayout`` are what the PDF and DOCX readers build;
``assemble`` joins them into the final text with stable offsets and the text map.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from core.filetypes import PDF_MIME
from pipelines.extraction.normalize import count_words, dehyphenate_pieces
from pipelines.extraction.textmap import KIND_DOCX, KIND_PDF, TextMapBuilder


class ExtractionError(Exception):
    """A file we refuse or cannot read.

    reason: a sentence a recruiter understands; code: short machine label ("encrypted",
    "empty", "corrupt", "no_text_layer", "too_many_pages", "too_large", "unsupported_type",
    "zip_bomb", "timeout", "resource_limit", "ocr_unavailable").
    """

    def __init__(self, reason: str, code: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.code = code

    def __repr__(self) -> str:
        return f"ExtractionError(code={self.code!r}, reason={self.reason!r})"


# How extract_document runs a parse: in a child of a warm fork server (falling back to a
# one-shot child when the server cannot start), or always in a one-shot child.
SANDBOX_FORKSERVER = "forkserver"
SANDBOX_SUBPROCESS = "subprocess"
# The error code of a child that could not isolate itself: the machine's fault, retried.
SANDBOX_UNAVAILABLE = "sandbox_unavailable"
# Its reason, whichever side found it (the child, or the caller judging a crash).
SANDBOX_UNAVAILABLE_REASON = (
    "The file could not be read right now (the server's reader is unavailable); this is "
    "not the file's fault, it will be retried."
)

# The two PDF readers (ExtractionLimits.pdf_engine): pypdfium2 (pipelines.extraction.pdfium)
# or pdfplumber (pipelines.extraction.pdf). bench/extract.py and bench/sections.py measure
# both; the default is the one that measured better (see pdfium's docstring).
PDF_ENGINE_PDFIUM = "pdfium"
PDF_ENGINE_PDFPLUMBER = "pdfplumber"
PDF_ENGINES = (PDF_ENGINE_PDFIUM, PDF_ENGINE_PDFPLUMBER)

# Why a piece of text was left out as invisible (ExtractedDocument.hidden_text "reason").
HIDDEN_REASONS = (
    "white",
    "tiny",
    "invisible_mode",
    "off_page",
    "clipped",
    "vanish",
    "background",
    "covered",
    "unrendered",
    "undrawn",
)
# Characters of hidden text quoted per (page, reason) group.
HIDDEN_TEXT_QUOTE = 300
TOO_MUCH_TEXT = "The document holds far more text than a resume; upload the resume alone."


@dataclass(frozen=True)
class ExtractionLimits:
    """What one file may cost, and how the sandbox runs it.

    Extraction reads no configuration itself: ``pipelines.flow.extraction_limits`` builds
    this from ``core.config.Settings`` (the defaults here are the settings' defaults).
    """

    max_bytes: int = 10 * 1024 * 1024
    max_pages: int = 30
    memory_mb: int = 512
    cpu_seconds: int = 30
    timeout_s: float = 45.0
    max_text_chars: int = 200_000
    max_docx_uncompressed_bytes: int = 50 * 1024 * 1024
    sandbox: str = SANDBOX_FORKSERVER  # or SANDBOX_SUBPROCESS (setting EXTRACT_SANDBOX)
    # Which reader parses PDFs: PDF_ENGINE_PDFIUM or PDF_ENGINE_PDFPLUMBER.
    pdf_engine: str = PDF_ENGINE_PDFIUM
    # The largest file the sandboxed child may write (RLIMIT_FSIZE; its private temp dir).
    max_file_mb: int = 64
    # PDF page images rendered in the child (ExtractedDocument.page_images), at this dpi.
    render_pages: bool = True
    page_image_dpi: int = 110
    # Wall-clock seconds OCR may spend on one scanned page (setting EXTRACT_OCR_PAGE_SECONDS).
    ocr_page_seconds: float = 20.0
    # Scanned pages OCR reads at once, one Tesseract each (EXTRACT_OCR_PARALLEL_PAGES);
    # 0: one per CPU the reader may run on.
    ocr_parallel_pages: int = 0
    # The user the child parses as, when the service may switch users (EXTRACT_SANDBOX_USER).
    sandbox_user: str = "nobody"


def ocr_time_allowance(limits: ExtractionLimits) -> float:
    """The most wall clock OCR may add to a file's ``timeout_s``: every page it may have
    read by OCR, each with its own budget."""
    return limits.max_pages * limits.ocr_page_seconds


def longest_extraction_s(limits: ExtractionLimits) -> float:
    """The longest a file may take to extract: its timeout plus OCR's allowance."""
    return limits.timeout_s + ocr_time_allowance(limits)


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
    # PDF: where the line starts on its page, in points from the left edge (None for DOCX):
    # a column only headings start in is part of a layout (a label column).
    x0: float | None = None


@dataclass(frozen=True)
class LayoutFacts:
    page_count: int
    has_tables: bool
    multi_column: bool
    has_images: bool
    header_footer_text: bool
    has_text_boxes: bool
    # Pages read by OCR: a scan, which a screening system may read no text from at all.
    scanned_pages: int = 0


@dataclass(frozen=True)
class ExtractedDocument:
    mime_type: str
    text: str
    word_count: int
    lines: tuple[TextLine, ...]
    layout: LayoutFacts
    # One encoded image per PDF page (``render.PAGE_IMAGE_MIME``), b"" for a page that could
    # not be rendered; empty for DOCX or when rendering is off. Not part of the JSON.
    page_images: tuple[bytes, ...] = field(default=(), repr=False)
    # Which reader made the text ("pdfium-1", "pdfplumber-2", "docx-2"): offsets into the
    # text, and the text map, are only comparable between documents of one version.
    extractor_version: str = ""
    # Where every character of ``text`` came from (pipelines.extraction.textmap).
    text_map: dict[str, Any] = field(default_factory=dict, repr=False, hash=False)
    # What was left out of ``text`` as invisible to a reader, one entry per page and reason:
    # {"page", "reason" (HIDDEN_REASONS), "chars" (non-space count), "text" (quoted, capped)}.
    hidden_text: tuple[dict[str, Any], ...] = field(default=(), hash=False)
    # The pages (from 1) without a text layer whose text was read by OCR.
    ocr_pages: tuple[int, ...] = ()

    def to_json(self) -> dict[str, Any]:
        # Lines as compact lists: a resume has hundreds of lines and this goes through Redis.
        return {
            "mime_type": self.mime_type,
            "text": self.text,
            "word_count": self.word_count,
            "lines": [
                [ln.start, ln.end, ln.font_size, ln.bold, ln.page, ln.style, ln.x0]
                for ln in self.lines
            ],
            "layout": asdict(self.layout),
            "extractor_version": self.extractor_version,
            "text_map": self.text_map,
            "hidden_text": list(self.hidden_text),
            "ocr_pages": list(self.ocr_pages),
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
                    x0=None if len(r) < 7 or r[6] is None else float(r[6]),
                )
                for r in d["lines"]
            ),
            layout=LayoutFacts(**d["layout"]),
            # Absent from documents stored before extraction v2, and from extraction_meta
            # (the pipeline keeps the map and the hidden text in resume_layouts).
            extractor_version=str(d.get("extractor_version") or ""),
            text_map=dict(d.get("text_map") or {}),
            hidden_text=tuple(dict(h) for h in d.get("hidden_text") or ()),
            ocr_pages=tuple(int(p) for p in d.get("ocr_pages") or ()),
        )


@dataclass
class DraftLine:
    """A normalised line before offsets are known."""

    text: str
    font_size: float | None
    bold: bool
    page: int
    style: str | None = None
    blank_before: bool = False  # paragraph gap above -> an empty line in the final text
    x0: float | None = None  # PDF: the line's left edge on its page, in points
    # Parallel to ``text``: where each character came from (a textmap.PdfOrigin, or the
    # DOCX paragraph index), None for a character the reader inserted.
    origins: list[Any] = field(default_factory=list, repr=False)


@dataclass
class DraftLayout:
    """Page-level facts as a reader finds them; ``assemble`` freezes them into LayoutFacts."""

    page_count: int = 1
    has_tables: bool = False
    multi_column: bool = False
    has_images: bool = False
    header_footer_text: bool = False
    has_text_boxes: bool = False
    # PDF: each page's displayed size in points (the text map's "pages").
    page_sizes: list[tuple[float, float]] = field(default_factory=list)
    # Text left out as invisible, in reading order: (page, reason, text); ``assemble``
    # groups it per page and reason.
    hidden: list[tuple[int, str, str]] = field(default_factory=list)
    # PDF: characters drawn so far, visible or not (pdf.count_drawn).
    drawn_chars: int = 0
    # PDF: the pages read by OCR (``ocr``), from 1.
    ocr_pages: list[int] = field(default_factory=list)


def assemble(
    mime: str,
    raw_lines: list[DraftLine],
    layout: DraftLayout,
    limits: ExtractionLimits,
    version: str,
) -> ExtractedDocument:
    """Join normalised lines into the final text, compute stable offsets and the text map."""
    pieces = dehyphenate_pieces([ln.text for ln in raw_lines])
    builder = TextMapBuilder(KIND_PDF if mime == PDF_MIME else KIND_DOCX, layout.page_sizes)
    parts: list[str] = []
    lines: list[TextLine] = []
    pos = 0
    for ln, line_pieces in zip(raw_lines, pieces, strict=True):
        text = "".join(raw_lines[i].text[a:b] for i, a, b in line_pieces)
        if not text:
            continue
        if parts:
            sep = "\n\n" if ln.blank_before else "\n"
            parts.append(sep)
            pos += len(sep)
        parts.append(text)
        x0 = None if ln.x0 is None else round(ln.x0, 1)
        lines.append(TextLine(pos, pos + len(text), ln.font_size, ln.bold, ln.page, ln.style, x0))
        builder.add_line(pos, _origins(raw_lines, line_pieces))
        pos += len(text)
        if pos > limits.max_text_chars:
            raise ExtractionError(TOO_MUCH_TEXT, "too_large")
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
            scanned_pages=len(layout.ocr_pages),
        ),
        extractor_version=version,
        text_map=builder.build(),
        hidden_text=group_hidden(layout.hidden),
        ocr_pages=tuple(layout.ocr_pages),
    )


def _origins(raw_lines: list[DraftLine], pieces: list[tuple[int, int, int]]) -> list[Any]:
    out: list[Any] = []
    for i, a, b in pieces:
        origins = raw_lines[i].origins
        out.extend(origins[a:b] if origins else [None] * (b - a))
    return out


def group_hidden(hidden: list[tuple[int, str, str]]) -> tuple[dict[str, Any], ...]:
    """One entry per (page, reason), in order of first appearance: the number of
    non-space characters and the text, whitespace collapsed, quoted up to a cap."""
    groups: dict[tuple[int, str], list[str]] = {}
    for page, reason, piece in hidden:
        groups.setdefault((page, reason), []).append(piece)
    out = []
    for (page, reason), texts in groups.items():
        words = " ".join(" ".join(texts).split())
        chars = sum(1 for ch in words if not ch.isspace())
        if chars:
            out.append(
                {"page": page, "reason": reason, "chars": chars, "text": words[:HIDDEN_TEXT_QUOTE]}
            )
    return tuple(out)
