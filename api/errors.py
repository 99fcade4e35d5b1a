"""One error shape for every failure: ``{"error": {"code", "message", "details"}}``.

This is the one place where failures become HTTP. The domain's exceptions
(:mod:`core.errors`: ``NotFound``, ``Conflict``, ``InvalidRequest``, ``UploadRejected``...)
get their status from :data:`DOMAIN_STATUS` (and an upload's from :data:`UPLOAD_STATUS`),
keeping their own ``code``, message and details. What only HTTP knows (authentication,
authorization, throttling) is an :class:`ApiError` raised by the API itself. Werkzeug's
HTTP exceptions (404 for unknown routes or malformed UUIDs in paths, 405, 413 from
``MAX_CONTENT_LENGTH``...) and Pydantic validation failures are converted to the same shape.
Anything unexpected is logged and answered with a bare 500 that leaks nothing.
"""

from __future__ import annotations

import json
import logging
from typing import Any

from flask import Flask, Response, jsonify, request
from pydantic import BaseModel, ValidationError
from sqlalchemy.exc import IntegrityError
from werkzeug.exceptions import HTTPException

from core.errors import (
    NOT_FOUND_MESSAGE,
    Conflict,
    DomainError,
    InvalidRequest,
    LlmNotAllowed,
    NotFound,
    StorageUnavailable,
    TooMuchWork,
    UploadRejected,
    UploadRejection,
)

logger = logging.getLogger("api.errors")

# The HTTP status of each domain exception; a subclass answers like its nearest listed
# ancestor (DuplicateResume is a Conflict: 409).
DOMAIN_STATUS: dict[type[DomainError], int] = {
    InvalidRequest: 422,
    NotFound: 404,
    Conflict: 409,
    TooMuchWork: 429,
    LlmNotAllowed: 503,
    StorageUnavailable: 503,
}
UPLOAD_STATUS: dict[UploadRejection, int] = {
    UploadRejection.EMPTY: 400,
    UploadRejection.TOO_LARGE: 413,
    UploadRejection.UNSUPPORTED_TYPE: 415,
}


def headers_for(error: DomainError) -> dict[str, str]:
    """The headers a domain exception's answer carries (``Retry-After`` for a limit)."""
    if isinstance(error, TooMuchWork | StorageUnavailable):
        return {"Retry-After": str(error.retry_after_s)}
    return {}


def status_for(error: DomainError) -> int:
    """The HTTP status a domain exception is answered with (400 if nothing more precise)."""
    if isinstance(error, UploadRejected):
        return UPLOAD_STATUS[error.kind]
    for cls in type(error).__mro__:
        if cls in DOMAIN_STATUS:
            return DOMAIN_STATUS[cls]
    return 400


class ApiError(Exception):
    status: int = 400
    code: str = "bad_request"

    def __init__(
        self,
        message: str,
        *,
        status: int | None = None,
        code: str | None = None,
        details: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        if status is not None:
            self.status = status
        if code is not None:
            self.code = code
        self.details = details or {}
        self.headers = headers or {}


class Unauthorized(ApiError):
    status = 401
    code = "unauthorized"


class Forbidden(ApiError):
    status = 403
    code = "forbidden"


class RateLimited(ApiError):
    status = 429
    code = "rate_limited"

    def __init__(self, retry_after: int) -> None:
        retry_after = max(1, int(retry_after))
        super().__init__(
            "Too many failed attempts; try again later.",
            details={"retry_after": retry_after},
            headers={"Retry-After": str(retry_after)},
        )


class ErrorBody(BaseModel):
    code: str
    message: str
    details: dict[str, Any] = {}


class ErrorResponse(BaseModel):
    """Every non-2xx answer."""

    error: ErrorBody


def error_response(
    status: int,
    code: str,
    message: str,
    details: dict[str, Any] | None = None,
    headers: dict[str, str] | None = None,
) -> Response:
    response = jsonify({"error": {"code": code, "message": message, "details": details or {}}})
    response.status_code = status
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    429: "rate_limited",
}


def _errors_list(error: ValidationError) -> list[dict[str, Any]]:
    # include_input=False: never echo submitted values (passwords) back.
    return [
        {"loc": list(item["loc"]), "msg": item["msg"], "type": item["type"]}
        for item in error.errors(include_url=False, include_input=False, include_context=False)
    ]


def _malformed_json() -> bool:
    if not request.data or not request.is_json:
        return False
    try:
        json.loads(request.data)
    except ValueError:
        return True
    return False


def validation_error_callback(error: ValidationError) -> Response:
    """flask-openapi3 calls this for an invalid path, query, form or body."""
    if _malformed_json():
        return error_response(400, "malformed_json", "The request body is not valid JSON.")
    return error_response(
        422,
        "validation_error",
        "The request is invalid.",
        {"errors": _errors_list(error)},
    )


def register_error_handlers(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(error: ApiError) -> Response:
        return error_response(error.status, error.code, error.message, error.details, error.headers)

    @app.errorhandler(DomainError)
    def _domain_error(error: DomainError) -> Response:
        return error_response(
            status_for(error), error.code, error.message, error.details, headers_for(error)
        )

    @app.errorhandler(IntegrityError)
    def _integrity(error: IntegrityError) -> Response:
        # A race lost against a unique constraint: the data conflicts, the input was fine.
        # The constraint's name only: the driver's message quotes the key's values.
        constraint = getattr(getattr(error.orig, "diag", None), "constraint_name", None)
        logger.info("integrity error answered with 409 (constraint %s)", constraint or "unknown")
        return error_response(409, "conflict", "The change conflicts with existing data.")

    @app.errorhandler(HTTPException)
    def _http(error: HTTPException) -> Response:
        if error.response is not None:  # flask-openapi3 aborts with a ready response
            return error.response  # type: ignore[return-value]
        status = error.code or 500
        if status == 404:
            return error_response(404, "not_found", NOT_FOUND_MESSAGE)
        if status >= 500:
            return error_response(status, "internal_error", "Internal server error.")
        headers = {}
        if status == 405 and getattr(error, "valid_methods", None):
            headers["Allow"] = ", ".join(error.valid_methods or [])
        return error_response(
            status,
            _HTTP_CODES.get(status, "http_error"),
            error.description or error.name,
            headers=headers,
        )

    @app.errorhandler(Exception)
    def _unexpected(error: Exception) -> Response:
        logger.exception("unhandled error on %s %s", request.method, request.path)
        return error_response(500, "internal_error", "Internal server error.")
