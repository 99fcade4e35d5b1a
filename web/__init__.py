"""The recruiter workspace: server-rendered pages (Jinja2) and a few small scripts of our
own, served by the same Flask app as the API (the API stays at ``/api/v1``).

Built on the same modules as the API: ``database.queries`` for every read and write,
``pipelines.intake`` for uploads and review requests, ``core.errors`` for what can go
wrong, the API's request-scoped session, audit trail, login throttling and publishing.
The browser never holds a bearer token: pages and the few UI endpoints (``/ui/...``: upload
progress, review progress, triage) take the session cookie and a CSRF token.

``create_app`` is the API's app factory plus the workspace; ``web.wsgi:app`` serves both.
"""

from __future__ import annotations

import redis
from flask import Flask, request
from flask_openapi3 import OpenAPI
from sqlalchemy import Connection, Engine
from werkzeug.wrappers import Response

from api import API_PREFIX
from api import create_app as create_api_app
from api.security import LoginLimits
from api.state import state
from core.config import Settings
from web.auth import EXTENSION_KEY, csrf_token, current_user, set_login_csrf_cookie
from web.errors import register_app_errors
from web.present import TEMPLATE_HELPERS
from web.sessions import WebSessions

# No inline script or style element, nothing framed, nothing loaded from elsewhere. Inline
# style *attributes* are refused too: scripts position the highlights through the CSSOM.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | Connection | None = None,
    redis_client: redis.Redis | None = None,
    login_limits: LoginLimits | None = None,
) -> OpenAPI:
    """The API (``api.create_app``, same arguments) with the workspace at ``/``."""
    app = create_api_app(
        settings, engine=engine, redis_client=redis_client, login_limits=login_limits
    )
    init_app(app)
    return app


def init_app(app: Flask) -> None:
    from web.views import (
        account,
        admin_prompts,
        admin_reports,
        admin_users,
        auth,
        candidates,
        jobs,
        resumes,
        reviews,
    )

    with app.app_context():
        app_state = state()
        app.extensions[EXTENSION_KEY] = WebSessions(
            app_state.redis,
            app_state.session_key,
            idle_s=app_state.settings.session_idle_s,
            max_age_s=app_state.settings.session_max_age_s,
        )
    workspace = (auth, candidates, jobs, resumes, reviews)
    admin = (account, admin_users, admin_prompts, admin_reports)
    for module in (*workspace, *admin):
        app.register_blueprint(module.bp)
    app.jinja_env.globals.update(
        csrf_token=csrf_token, current_user=current_user, **TEMPLATE_HELPERS
    )
    app.jinja_env.autoescape = True
    register_app_errors(app, API_PREFIX)
    app.after_request(_page_headers)


def _page_headers(response: Response) -> Response:
    """Every answer outside the API: no framing, no inline script, no caching of what a
    signed-in person sees."""
    if request.path.startswith(API_PREFIX):
        return response
    response.headers["Content-Security-Policy"] = CONTENT_SECURITY_POLICY
    response.headers["X-Frame-Options"] = "DENY"
    response.headers["Referrer-Policy"] = "same-origin"
    response.headers["Cross-Origin-Opener-Policy"] = "same-origin"
    response.headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()"
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    if not request.path.startswith("/static/"):
        response.headers.setdefault("Cache-Control", "no-store")
    return set_login_csrf_cookie(response)
