"""The parse itself, in whatever process calls it: refuse cheaply, sniff, run the reader.

The sandbox child runs this; tests and benchmarks call it directly.
"""

from __future__ import annotations

from collections.abc import Callable

from core.filetypes import DOCX_MIME, PDF_MIME
from pipelines.extraction.document import (
    PDF_ENGINE_PDFIUM,
    PDF_ENGINE_PDFPLUMBER,
    ExtractedDocument,
    ExtractionLimits,
)
from pipelines.extraction.docx import extract_docx
from pipelines.extraction.pdf import extract_pdf_pdfplumber
from pipelines.extraction.pdfium import extract_pdf_pdfium
from pipelines.extraction.sniff import check_size, sniff_mime

Reader = Callable[[bytes, ExtractionLimits], ExtractedDocument]

# The PDF readers by ExtractionLimits.pdf_engine.
PDF_READERS: dict[str, Reader] = {
    PDF_ENGINE_PDFIUM: extract_pdf_pdfium,
    PDF_ENGINE_PDFPLUMBER: extract_pdf_pdfplumber,
}


def extract_pdf(data: bytes, limits: ExtractionLimits) -> ExtractedDocument:
    try:
        reader = PDF_READERS[limits.pdf_engine]
    except KeyError:
        raise ValueError(
            f"unknown PDF engine {limits.pdf_engine!r}; expected one of {sorted(PDF_READERS)}"
        ) from None
    return reader(data, limits)


# One reader per accepted type: sniff_mime answers only these (or refuses the file).
READERS: dict[str, Reader] = {
    PDF_MIME: extract_pdf,
    DOCX_MIME: extract_docx,
}


def extract_in_process(
    data: bytes, limits: ExtractionLimits = ExtractionLimits()
) -> ExtractedDocument:
    """Parse in this process (no sandbox). Raises ExtractionError for every refusal."""
    check_size(data, limits)
    return READERS[sniff_mime(data)](data, limits)
