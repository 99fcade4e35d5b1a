"""Stage 1: turn an uploaded PDF/DOCX into plain text plus per-line layout facts, a map from
every character of the text to where it came from, and the text left out as invisible.

``extract_document`` is the entry point for the pipeline: it parses in a separate process
(forked from a warm fork server, or a fresh ``python -m pipelines.extraction.child``) with
memory/CPU/file-size rlimits, a wall-clock timeout and an output cap, because hostile files
can make pdfminer or python-docx run for minutes or eat gigabytes (see shared/STACK.md).
``extract_in_process`` is the same parse without the sandbox, for the child itself, tests
and benchmarks.

One home for each thing:

- ``document``: the result types, the limits and ``ExtractionError``; assembling lines.
- ``sniff``: the cheap refusals from the bytes alone (size, type).
- ``pdfium`` (the default) and ``pdf`` (pdfplumber): the PDF readers, chosen by
  ``ExtractionLimits.pdf_engine``; ``pdf`` also holds the layout both share (glyphs ->
  words -> rows -> columns -> lines) and the visibility rules. ``docx``: the DOCX reader.
- ``normalize``: line-level text clean-up that says where each character came from.
- ``textmap``: the text map (offsets -> page boxes or paragraphs), its storage encoding
  and ``boxes`` for highlighting.
- ``parse``: ``extract_in_process`` (sniff, then the format's reader).
- ``sandbox``: ``extract_document``, the fork-server client and the one-shot fallback.
- ``protocol``: what both sides of the sandbox say (frames, requests, answers).
- ``child``: the sandboxed process (one-shot or fork server).
"""

from core.filetypes import DOCX_MIME, PDF_MIME
from pipelines.extraction.document import (
    PDF_ENGINES,
    ExtractedDocument,
    ExtractionError,
    ExtractionLimits,
    LayoutFacts,
    TextLine,
)
from pipelines.extraction.parse import extract_in_process
from pipelines.extraction.sandbox import extract_document, shutdown_servers, warm_up
from pipelines.extraction.sniff import sniff_mime

__all__ = [
    "DOCX_MIME",
    "PDF_ENGINES",
    "PDF_MIME",
    "ExtractedDocument",
    "ExtractionError",
    "ExtractionLimits",
    "LayoutFacts",
    "TextLine",
    "extract_document",
    "extract_in_process",
    "shutdown_servers",
    "sniff_mime",
    "warm_up",
]
