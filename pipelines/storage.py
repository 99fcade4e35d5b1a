"""File storage for uploaded resumes, behind one small interface.

Every read, write and delete of a stored file goes through :class:`FileStorage`; the local
disk (:class:`LocalDiskStorage`, a flat folder of server-chosen keys) is its first
implementation. ``stored_keys`` lists what is stored, for the orphan sweep
(:func:`pipelines.maintenance.sweep_orphan_files`); an S3-compatible backend belongs behind
the same interface.

The user's filename never becomes a path: the key is a UUID plus an extension chosen from
the sniffed type. Stored files are readable by the service's user only (files 0600 in a
0700 folder): the parse sandbox's user (``nobody``) cannot list or read them, even where
the kernel has no Landlock. ``restrict_modes`` brings an older folder to those modes (run
by ``resume-review db upgrade``, the release step).
"""

from __future__ import annotations

import hashlib
import os
import stat
import time
import uuid
from collections.abc import Iterator
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

    def stored_keys(self, older_than_s: float = 0.0) -> Iterator[str]:
        """Every stored key last written at least ``older_than_s`` seconds ago."""

    def restrict_modes(self) -> int:
        """Make every stored file readable by the service's user only; how many changed."""


# Stored files and their folder: the service's user only.
FILE_MODE = 0o600
FOLDER_MODE = 0o700


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
        if not self.root.is_dir():
            self.root.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
            self.root.chmod(FOLDER_MODE)  # mkdir's mode passes through the umask
        target = self._path(key)
        temporary = target.with_name(f".{key}.{uuid.uuid4().hex}.part")
        flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
        with os.fdopen(os.open(temporary, flags, FILE_MODE), "wb") as handle:
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

    def stored_keys(self, older_than_s: float = 0.0) -> Iterator[str]:
        if not self.root.is_dir():
            return
        cutoff = time.time() - older_than_s
        for path in self._files():
            if path.name.startswith("."):
                continue  # a write in progress (".<key>.<id>.part")
            try:
                if path.stat().st_mtime <= cutoff:
                    yield path.name
            except FileNotFoundError:
                continue  # deleted meanwhile

    def restrict_modes(self) -> int:
        if not self.root.is_dir():
            return 0
        changed = 0
        for path, mode in [(self.root, FOLDER_MODE), *((p, FILE_MODE) for p in self._files())]:
            if stat.S_IMODE(path.lstat().st_mode) != mode:
                path.chmod(mode)
                changed += 1
        return changed

    def _files(self) -> list[Path]:
        return [p for p in self.root.iterdir() if p.is_file() and not p.is_symlink()]


def storage_for(storage_dir: Path) -> FileStorage:
    """The storage the settings describe (today: the local folder ``STORAGE_DIR``)."""
    return LocalDiskStorage(storage_dir)
