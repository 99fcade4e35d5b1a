"""The parse itself, in whatever process calls it: refuse cheaply, sniff, run the reader.

The sandbox child runs this; tests and benchmarks call it directly.
"""

from __future__ import annotations

from collections.abc import Callable

from core.filetypes import DOCX_MIME, PDF_MIME
from pipelines.extraction.document import ExtractedDocument, ExtractionLimits
from pipelines.extraction.docx import extract_docx
from pipelines.extraction.pdf import extract_pdf
from pipelines.extraction.sniff import check_size, sniff_mime

# One reader per accepted type: sniff_mime answers only these (or refuses the file).
READERS: dict[str, Callable[[bytes, ExtractionLimits], ExtractedDocument]] = {
    PDF_MIME: extract_pdf,
    DOCX_MIME: extract_docx,
}


def extract_in_process(
    data: bytes, limits: ExtractionLimits = ExtractionLimits()
) -> ExtractedDocument:
    """Parse in this process (no sandbox). Raises ExtractionError for every refusal."""
    check_size(data, limits)
    return READERS[sniff_mime(data)](data, limits)
