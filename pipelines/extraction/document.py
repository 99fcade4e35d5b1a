"""What extraction produces and the words it refuses a file with.

``ExtractedDocument`` (text, per-line layout facts, page-level facts) travels as JSON from
the sandbox child to the caller, through Redis and into the database; ``ExtractionError``
carries a sentence a recruiter understands. ``DraftLine``/``DraftLayout`` are what the PDF and
DOCX readers build; ``assemble`` joins them into the final text with stable offsets.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from pipelines.extraction.normalize import count_words, dehyphenate


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


# How extract_document runs a parse: in a child of a warm fork server (falling back to a
# one-shot child when the server cannot start), or always in a one-shot child.
SANDBOX_FORKSERVER = "forkserver"
SANDBOX_SUBPROCESS = "subprocess"


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
    # The largest file the sandboxed child may write (RLIMIT_FSIZE; its private temp dir).
    max_file_mb: int = 64
    # PDF page images rendered in the child (ExtractedDocument.page_images), at this dpi.
    render_pages: bool = True
    page_image_dpi: int = 110


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
    # One encoded image per PDF page (``render.PAGE_IMAGE_MIME``), b"" for a page that could
    # not be rendered; empty for DOCX or when rendering is off. Not part of the JSON.
    page_images: tuple[bytes, ...] = field(default=(), repr=False)

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


@dataclass
class DraftLine:
    """A normalised line before offsets are known."""

    text: str
    font_size: float | None
    bold: bool
    page: int
    style: str | None = None
    blank_before: bool = False  # paragraph gap above -> an empty line in the final text


@dataclass
class DraftLayout:
    """Page-level facts as a reader finds them; ``assemble`` freezes them into LayoutFacts."""

    page_count: int = 1
    has_tables: bool = False
    multi_column: bool = False
    has_images: bool = False
    header_footer_text: bool = False
    has_text_boxes: bool = False


def assemble(
    mime: str, raw_lines: list[DraftLine], layout: DraftLayout, limits: ExtractionLimits
) -> ExtractedDocument:
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
