"""The domain's exceptions: what went wrong, in the product's words, with no HTTP in them.

Every one carries a machine ``code`` (stable, for clients and logs), a readable ``message``
and optional ``details``. The pipeline, the query modules and the CLI raise and catch them;
the API turns them into responses in one place, ``api/errors.py`` (class -> HTTP status).
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Any, Protocol

NOT_FOUND_MESSAGE = "The resource was not found."
DUPLICATE_FILE_MESSAGE = "This file has already been uploaded."


class DomainError(Exception):
    """Base class: ``code`` names the failure for machines, ``message`` for people."""

    code: str = "error"

    def __init__(
        self,
        message: str,
        *,
        code: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code
        self.details: dict[str, Any] = dict(details or {})


class NotFound(DomainError):
    """Missing, or not visible to the caller: the two are indistinguishable on purpose."""

    code = "not_found"

    def __init__(self, message: str = NOT_FOUND_MESSAGE) -> None:
        super().__init__(message)


class Conflict(DomainError):
    """The change contradicts existing data (an email taken, an assignment already held)."""

    code = "conflict"


class InvalidRequest(DomainError):
    """The request is well-formed but asks for something the product cannot do."""

    code = "validation_error"


class UploadRejection(StrEnum):
    """Why an uploaded file is refused before anything is stored."""

    EMPTY = "empty"
    TOO_LARGE = "too_large"
    UNSUPPORTED_TYPE = "unsupported_type"


_UPLOAD_CODES = {
    UploadRejection.EMPTY: "empty_file",
    UploadRejection.TOO_LARGE: "file_too_large",
    UploadRejection.UNSUPPORTED_TYPE: "unsupported_type",
}


class UploadRejected(DomainError):
    """The file cannot be accepted; ``kind`` says why (``code`` may be more precise, e.g.
    the sniffer's ``corrupt`` for a damaged archive of an unsupported kind)."""

    def __init__(
        self,
        kind: UploadRejection,
        message: str,
        *,
        code: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(message, code=code or _UPLOAD_CODES[kind], details=details)
        self.kind = UploadRejection(kind)


class _Stored(Protocol):
    id: uuid.UUID


class DuplicateResume(Conflict):
    """The same bytes were uploaded before (resumes are unique by SHA-256); ``existing`` is
    the earlier resume."""

    def __init__(self, existing: _Stored) -> None:
        super().__init__(DUPLICATE_FILE_MESSAGE)
        self.existing = existing


class TooMuchWork(DomainError):
    """A limit on paid or queued work was reached (answered 429 with ``Retry-After``):
    a user's quota of requests, or the day's LLM budget."""

    code = "quota_exceeded"

    def __init__(
        self,
        message: str,
        *,
        retry_after_s: int,
        code: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        self.retry_after_s = max(1, int(retry_after_s))
        super().__init__(
            message, code=code, details={**(details or {}), "retry_after": self.retry_after_s}
        )


class StorageUnavailable(DomainError):
    """The file store (an S3 endpoint) cannot be reached or answers with a server error: the
    service's fault and a passing one. The API answers 503 with ``Retry-After``; a worker
    retries the stage; nothing was stored or half-done."""

    code = "storage_unavailable"

    def __init__(
        self,
        message: str = "The file store cannot be reached right now; please try again shortly.",
        *,
        retry_after_s: int = 10,
    ) -> None:
        self.retry_after_s = retry_after_s
        super().__init__(message, details={"retry_after": retry_after_s})


class LlmNotAllowed(DomainError):
    """New LLM work cannot run as configured (a model without a price while a budget is
    set): the service's configuration, not the caller, must change."""

    code = "llm_not_allowed"
