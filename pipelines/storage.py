"""File storage for uploaded resumes: a flat folder of server-chosen keys.

The user's filename never becomes a path: the key is a UUID plus an extension chosen
from the sniffed type.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path

_EXTENSIONS = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def new_storage_key(mime_type: str) -> str:
    return f"{uuid.uuid4().hex}{_EXTENSIONS.get(mime_type, '.bin')}"


def _path(storage_dir: Path, key: str) -> Path:
    # Keys are ours, but check anyway: a key is a single file name inside the folder.
    if not key or Path(key).name != key or key.startswith("."):
        raise ValueError(f"invalid storage key {key!r}")
    return storage_dir / key


def save_file(storage_dir: Path, key: str, data: bytes) -> Path:
    """Write atomically (temp file + rename) so a reader never sees half a file."""
    storage_dir.mkdir(parents=True, exist_ok=True)
    target = _path(storage_dir, key)
    temporary = target.with_name(f".{key}.{uuid.uuid4().hex}.part")
    with open(temporary, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, target)
    return target


def read_file(storage_dir: Path, key: str) -> bytes:
    return _path(storage_dir, key).read_bytes()


def file_path(storage_dir: Path, key: str) -> Path:
    return _path(storage_dir, key)


def delete_file(storage_dir: Path, key: str) -> None:
    _path(storage_dir, key).unlink(missing_ok=True)
