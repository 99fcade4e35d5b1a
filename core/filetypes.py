"""The file types the product accepts, and the words it uses about files: one home for the
MIME types, their extensions, display-name cleaning and the "too large" message."""

from __future__ import annotations

import re

PDF_MIME = "application/pdf"
DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
# Sniffed type -> the extension the product gives it (storage keys, download names).
EXTENSIONS: dict[str, str] = {PDF_MIME: ".pdf", DOCX_MIME: ".docx"}
UNKNOWN_EXTENSION = ".bin"

_UNSAFE_DOWNLOAD_CHARS = re.compile(r"[^A-Za-z0-9._() -]+")


def extension_for(mime_type: str) -> str:
    return EXTENSIONS.get(mime_type, UNKNOWN_EXTENSION)


def too_large_message(max_bytes: int) -> str:
    return f"The file is larger than {max_bytes // (1024 * 1024)} MB."


def _base_name(name: str | None) -> str:
    # Both separators: a Windows browser may send the whole path.
    return (name or "").replace("\\", "/").rsplit("/", 1)[-1]


def clean_filename(name: str | None) -> str:
    """A display name only (never a path): no directories, no control characters."""
    base = "".join(ch for ch in _base_name(name) if ch.isprintable()).strip().lstrip(".")
    return base[:255] or "resume"


def download_name(original: str, mime_type: str) -> str:
    """A header-safe name: no path, no quotes or control characters, the sniffed extension."""
    base = _base_name(original)
    stem = base.rsplit(".", 1)[0] if "." in base else base
    stem = _UNSAFE_DOWNLOAD_CHARS.sub("_", stem).strip(" ._")[:100] or "resume"
    return stem + extension_for(mime_type)
