"""File storage for uploaded resumes, behind one small interface.

Every read, write and delete of a stored file goes through :class:`FileStorage`; the local
disk (:class:`LocalDiskStorage`, a flat folder of server-chosen keys) is its first
implementation. An S3-compatible backend, cached page images and an orphan sweep belong
behind the same interface.

The user's filename never becomes a path: the key is a UUID plus an extension chosen from
the sniffed type.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from pathlib import Path
from typing import BinaryIO, Protocol

from core.filetypes import extension_for


class FileStorage(Protocol):
    def save(self, key: str, data: bytes) -> None:
        """Store ``data`` under ``key`` atomically: a reader never sees half a file."""

    def read(self, key: str) -> bytes:
        """The stored bytes; :class:`FileNotFoundError` when there are none."""

    def open(self, key: str) -> BinaryIO:
        """A binary stream of the stored file (for sending it without loading it whole)."""

    def exists(self, key: str) -> bool: ...

    def delete(self, key: str) -> None:
        """Remove the file; a missing file is not an error."""


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def new_storage_key(mime_type: str) -> str:
    return f"{uuid.uuid4().hex}{extension_for(mime_type)}"


class LocalDiskStorage:
    """A flat folder on the local disk."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _path(self, key: str) -> Path:
        # Keys are ours, but check anyway: a key is a single file name inside the folder.
        if not key or Path(key).name != key or key.startswith("."):
            raise ValueError(f"invalid storage key {key!r}")
        return self.root / key

    def save(self, key: str, data: bytes) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        target = self._path(key)
        temporary = target.with_name(f".{key}.{uuid.uuid4().hex}.part")
        with open(temporary, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, target)

    def read(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    def open(self, key: str) -> BinaryIO:
        return self._path(key).open("rb")

    def exists(self, key: str) -> bool:
        return self._path(key).is_file()

    def delete(self, key: str) -> None:
        self._path(key).unlink(missing_ok=True)


def storage_for(storage_dir: Path) -> FileStorage:
    """The storage the settings describe (today: the local folder ``STORAGE_DIR``)."""
    return LocalDiskStorage(storage_dir)
