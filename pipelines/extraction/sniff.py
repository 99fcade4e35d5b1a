"""Cheap refusals from the bytes alone, before any parser runs: the size and the type.

The upload's name and Content-Type lie, so the type is decided here from the content.
"""

from __future__ import annotations

import io
import zipfile

import filetype

from core.filetypes import DOCX_MIME, PDF_MIME, too_large_message
from pipelines.extraction.document import ExtractionError, ExtractionLimits


def check_size(data: bytes, limits: ExtractionLimits) -> None:
    if len(data) > limits.max_bytes:
        # The shared sentence, with the advice extraction has always given after it.
        message = too_large_message(limits.max_bytes).removesuffix(".")
        raise ExtractionError(f"{message}; upload a smaller resume.", "too_large")


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
