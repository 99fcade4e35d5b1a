"""Errors a person can read: an HTML page for the workspace's pages, the API's one JSON
shape (``{"error": {"code", "message", "details"}}``) for its UI endpoints (``/ui/...``).

A missing object and one the user may not see are the same 404 page. Nothing unexpected
is ever shown: a bug is logged and answered with a plain "something went wrong".
"""

from __future__ import annotations

import logging
from typing import Any

from flask import Blueprint, Flask, render_template, request
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from api.errors import ApiError, error_response, headers_for, status_for
from core.errors import NOT_FOUND_MESSAGE, DomainError

logger = logging.getLogger("web.errors")

TITLES = {
    400: "Bad request",
    401: "Please sign in",
    403: "Not allowed",
    404: "Page not found",
    405: "Not allowed",
    409: "Conflict",
    413: "File too large",
    415: "Unsupported file",
    422: "Please check the form",
    429: "Too many attempts",
    500: "Something went wrong",
}
PAGE_NOT_FOUND = (
    "There is nothing here, or it is not yours to see. Check the address, or go back to "
    "your candidates."
)


class PageError(Exception):
    """An error the workspace answers itself (sign-in needed, CSRF, role...)."""

    def __init__(self, status: int, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or {401: "unauthorized", 403: "forbidden"}.get(status, "error")


def wants_json() -> bool:
    return request.path.startswith("/ui/")


def error_page(
    status: int, message: str, code: str = "error", details: dict[str, Any] | None = None
) -> Response:
    if wants_json():
        return error_response(status, code, message, details)
    if status == 404:
        message = PAGE_NOT_FOUND
    html = render_template(
        "web/error.html", status=status, title=TITLES.get(status, "Error"), message=message
    )
    return Response(html, status=status, mimetype="text/html")


def _http(error: HTTPException) -> Response:
    status = error.code or 500
    if status >= 500:
        return error_page(500, "Please try again in a moment.", "internal_error")
    if status == 404:
        return error_page(404, NOT_FOUND_MESSAGE, "not_found")
    if status == 413:
        return error_page(413, "The upload is too large.", "payload_too_large")
    return error_page(status, error.description or error.name, "http_error")


def _unexpected(error: Exception) -> Response:
    logger.exception("unhandled error on %s %s", request.method, request.path)
    return error_page(500, "Please try again in a moment.", "internal_error")


def _domain_error(error: DomainError) -> Response:
    response = error_page(status_for(error), error.message, error.code, error.details)
    response.headers.update(headers_for(error))
    return response


def register_page_errors(bp: Blueprint) -> None:
    """Errors raised by a web view become a page (or the JSON shape under /ui/)."""
    bp.register_error_handler(PageError, lambda e: error_page(e.status, e.message, e.code))
    bp.register_error_handler(DomainError, _domain_error)
    bp.register_error_handler(
        ApiError, lambda e: error_page(e.status, e.message, e.code, e.details)
    )
    bp.register_error_handler(HTTPException, _http)
    bp.register_error_handler(Exception, _unexpected)


def register_app_errors(app: Flask, api_prefix: str) -> None:
    """Unknown addresses outside the API get the 404 page; the API keeps its JSON."""

    def _not_found(error: HTTPException) -> Response:
        if error.response is not None:  # flask-openapi3 aborts with a ready response
            return error.response  # type: ignore[return-value]
        if request.path.startswith(api_prefix + "/") or request.path == api_prefix:
            return error_response(404, "not_found", NOT_FOUND_MESSAGE)
        return error_page(404, NOT_FOUND_MESSAGE, "not_found")

    def _not_allowed(error: HTTPException) -> Response:
        if error.response is not None:
            return error.response  # type: ignore[return-value]
        if request.path.startswith(api_prefix + "/"):
            response = error_response(405, "method_not_allowed", "Method not allowed.")
            if getattr(error, "valid_methods", None):
                response.headers["Allow"] = ", ".join(error.valid_methods or [])
            return response
        return error_page(405, "This address does not take that kind of request.")

    app.register_error_handler(404, _not_found)
    app.register_error_handler(405, _not_allowed)
