"""The API's documentation pages with the workspace's protections.

flask-openapi3 serves Swagger UI (``/api/v1/swagger``) and an index (``/api/v1/``) with
inline script and no framing or content policy, on the workspace's origin. Here the index
sends the reader to Swagger UI, Swagger UI starts from a script file
(``api/static/swagger-init.js``), and both carry a Content-Security-Policy without inline
script, ``frame-ancestors 'none'`` and ``X-Frame-Options: DENY``.
"""

from __future__ import annotations

from pathlib import Path

from flask import Flask, Response, redirect, request, send_file

STATIC = Path(__file__).with_name("static")
# Swagger UI (React) sets style attributes, so inline styles stay allowed; scripts do not.
DOCS_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)
SWAGGER_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>resume-review API: Swagger UI</title>
<link rel="icon" href="swagger/images/swagger.svg">
<link rel="stylesheet" href="swagger/css/swagger-ui.css">
</head>
<body>
<main id="swagger-ui"></main>
<script src="swagger/js/swagger-ui-bundle.js"></script>
<script src="swagger/js/swagger-ui-standalone-preset.js"></script>
<script src="swagger-init.js"></script>
</body>
</html>
"""


def _protected(response: Response) -> Response:
    response.headers["Content-Security-Policy"] = DOCS_POLICY
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    return response


def install(app: Flask, prefix: str) -> None:
    """Replace the generated documentation pages under ``prefix``."""

    def swagger() -> Response:
        return _protected(Response(SWAGGER_PAGE, mimetype="text/html"))

    def index() -> Response:
        return _protected(redirect(f"{prefix}/swagger", 302))  # type: ignore[arg-type]

    def init_script() -> Response:
        return _protected(send_file(STATIC / "swagger-init.js", mimetype="text/javascript"))

    app.view_functions["swagger.swagger"] = swagger
    app.view_functions["openapi.openapi"] = index
    app.add_url_rule(f"{prefix}/swagger-init.js", "swagger_init", init_script)

    @app.after_request
    def _docs_headers(response: Response) -> Response:
        if request.endpoint in ("swagger.static", "openapi.doc_url"):
            _protected(response)
        return response
