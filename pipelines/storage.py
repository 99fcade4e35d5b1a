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

import contextlib
import functools
import hashlib
import os
import stat
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO, Protocol

from core.config import Settings
from core.errors import StorageUnavailable
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


@contextlib.contextmanager
def _reachable() -> Iterator[None]:
    """An S3 store that cannot be reached, or answers with a server error once boto3's own
    retries are spent, raises :class:`StorageUnavailable`: a passing fault (a restart, a
    network cut) that the API answers with 503 and a worker retries, never a failed resume."""
    from botocore.exceptions import (
        ClientError,
        ConnectionClosedError,
        ConnectTimeoutError,
        EndpointConnectionError,
        ReadTimeoutError,
    )

    try:
        yield
    except (EndpointConnectionError, ConnectionClosedError, ConnectTimeoutError,
            ReadTimeoutError) as error:  # fmt: skip
        raise StorageUnavailable() from error
    except ClientError as error:
        status = error.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
        if int(status or 0) >= 500:
            raise StorageUnavailable() from error
        raise


class S3Storage:
    """A bucket of any S3-compatible store (AWS S3, MinIO, Ceph, …), through boto3: what
    every host of a multi-host installation can reach. Credentials come from the
    environment as for any AWS client (``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, or
    an instance role); objects are written whole (an S3 PUT is atomic) and server-side
    encrypted where the store supports it."""

    def __init__(
        self,
        bucket: str,
        *,
        endpoint_url: str | None = None,
        region: str | None = None,
        prefix: str = "",
    ) -> None:
        import boto3
        from botocore.config import Config

        self.bucket = bucket
        self.prefix = prefix
        self.client = boto3.client(
            "s3",
            endpoint_url=endpoint_url,
            region_name=region,
            config=Config(retries={"max_attempts": 5, "mode": "standard"}, connect_timeout=5,
                          read_timeout=30),
        )  # fmt: skip

    def _key(self, key: str) -> str:
        if not key or "/" in key or key.startswith("."):
            raise ValueError(f"invalid storage key {key!r}")
        return self.prefix + key

    def _missing(self, error: Exception) -> bool:
        code = getattr(error, "response", {}).get("Error", {}).get("Code", "")
        return code in ("NoSuchKey", "404", "NotFound")

    def save(self, key: str, data: bytes) -> None:
        with _reachable():
            self.client.put_object(Bucket=self.bucket, Key=self._key(key), Body=data)

    def read(self, key: str) -> bytes:
        from botocore.exceptions import ClientError

        with _reachable():
            try:
                answer = self.client.get_object(Bucket=self.bucket, Key=self._key(key))
            except ClientError as error:
                if self._missing(error):
                    raise FileNotFoundError(key) from error
                raise
            return answer["Body"].read()  # type: ignore[no-any-return]

    def open(self, key: str) -> BinaryIO:
        import io

        return io.BytesIO(self.read(key))

    def exists(self, key: str) -> bool:
        from botocore.exceptions import ClientError

        with _reachable():
            try:
                self.client.head_object(Bucket=self.bucket, Key=self._key(key))
            except ClientError as error:
                if self._missing(error):
                    return False
                raise
        return True

    def delete(self, key: str) -> None:
        with _reachable():
            self.client.delete_object(Bucket=self.bucket, Key=self._key(key))

    def stored_keys(self, older_than_s: float = 0.0) -> Iterator[str]:
        cutoff = time.time() - older_than_s
        pages = self.client.get_paginator("list_objects_v2").paginate(
            Bucket=self.bucket, Prefix=self.prefix
        )
        for page in pages:
            for item in page.get("Contents", []):
                name = item["Key"][len(self.prefix) :]
                if name and "/" not in name and item["LastModified"].timestamp() <= cutoff:
                    yield name

    def restrict_modes(self) -> int:
        return 0  # access is the bucket's policy, not file modes


def storage_for(settings: Settings) -> FileStorage:
    """The storage the settings describe: the local folder ``STORAGE_DIR``, or with
    ``STORAGE_BACKEND=s3`` the bucket ``S3_BUCKET`` (``S3_ENDPOINT_URL`` for a store that is
    not AWS) that every host can reach."""
    if settings.storage_backend == "s3":
        if not settings.s3_bucket:
            raise ValueError("STORAGE_BACKEND=s3 needs S3_BUCKET")
        return _bucket(
            settings.s3_bucket, settings.s3_endpoint_url, settings.s3_region, settings.s3_prefix
        )
    if settings.storage_backend != "local":
        raise ValueError(f"STORAGE_BACKEND must be local or s3, not {settings.storage_backend!r}")
    return LocalDiskStorage(settings.storage_dir)


@functools.lru_cache(maxsize=8)
def _bucket(bucket: str, endpoint_url: str | None, region: str | None, prefix: str) -> S3Storage:
    # One client per bucket and process: creating a boto3 client costs tens of milliseconds,
    # and a client is safe to share between threads.
    return S3Storage(bucket, endpoint_url=endpoint_url, region=region, prefix=prefix)
