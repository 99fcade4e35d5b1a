"""The HTTP API: a Flask app factory (flask-openapi3) with one blueprint per resource under
``/api/v1``, Pydantic-validated bodies, an OpenAPI 3.1 document at ``/api/v1/openapi.json``
and an offline Swagger UI at ``/api/v1/swagger`` (index of doc UIs at ``/api/v1/``).
"""

from __future__ import annotations

import logging
import re
import uuid

import redis
from flask import Response, g, request
from flask_openapi3 import APIBlueprint, Info, OpenAPI
from sqlalchemy import Connection, Engine
from werkzeug.middleware.proxy_fix import ProxyFix

from api import db, docs_pages
from api.errors import ErrorResponse, register_error_handlers, validation_error_callback
from api.security import LoginLimits, LoginThrottle, TokenStore, session_key
from api.state import EXTENSION_KEY, ApiState
from core import logs
from core.config import Settings, get_settings

API_PREFIX = "/api/v1"
# Multipart framing around the file: the body may exceed the file limit by this much.
UPLOAD_MARGIN_BYTES = 64 * 1024
MIN_SECRET_LENGTH = 32

logger = logging.getLogger("api")


class ConfigurationError(RuntimeError):
    """The app cannot start with this configuration."""


def _default_publish(request_id: uuid.UUID) -> bool:
    # Imported lazily: building the Celery app reads its configuration.
    from worker.dispatch import publish_review

    return publish_review(request_id)


def _redis_from(settings: Settings) -> redis.Redis:
    url = settings.redis_url or settings.broker_url
    if not url or not url.startswith(("redis://", "rediss://", "unix://")):
        raise ConfigurationError(
            "The API needs Redis for refresh tokens and login throttling: set REDIS_URL "
            "(or a redis:// CELERY_BROKER_URL)."
        )
    return redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)


def _broker_client(settings: Settings, fallback: redis.Redis) -> redis.Redis | None:
    url = settings.broker_url
    if url and url.startswith(("redis://", "rediss://", "unix://")):
        return redis.Redis.from_url(url, socket_connect_timeout=2, socket_timeout=2)
    return fallback if url is None else None


def create_app(
    settings: Settings | None = None,
    *,
    engine: Engine | Connection | None = None,
    redis_client: redis.Redis | None = None,
    login_limits: LoginLimits | None = None,
) -> OpenAPI:
    """Build the API. Without ``settings`` they are read from the environment, and a missing
    or short ``JWT_SECRET`` stops the start-up with a clear error."""
    explicit = settings is not None
    settings = settings or get_settings()
    if not settings.jwt_secret:
        raise ConfigurationError(
            "JWT_SECRET is not set: the API refuses to start without a signing secret "
            '(generate one with: python -c "import secrets; print(secrets.token_urlsafe(48))").'
        )
    if not explicit and len(settings.jwt_secret) < MIN_SECRET_LENGTH:
        raise ConfigurationError(f"JWT_SECRET must be at least {MIN_SECRET_LENGTH} characters.")
    if not explicit and len(settings.session_key) < MIN_SECRET_LENGTH:
        raise ConfigurationError(
            f"SESSION_KEY must be set, at least {MIN_SECRET_LENGTH} characters: it keys what "
            "Redis stores of sessions and tokens (generate one as for JWT_SECRET)."
        )
    key = session_key(settings)

    if engine is None:
        from database.engine import engine_for

        engine = engine_for(settings.database_url)
    client = redis_client if redis_client is not None else _redis_from(settings)

    app = OpenAPI(
        __name__,
        info=Info(
            title="resume-review API",
            version="1.0.0",
            description="Recruiters upload resumes; a pipeline reviews them.",
        ),
        security_schemes={
            "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
        },
        validation_error_status=422,
        validation_error_model=ErrorResponse,
        validation_error_callback=validation_error_callback,
        # The document at /api/v1/openapi.json, the UI index at /api/v1/ and Swagger UI
        # (assets shipped in the wheel: works offline) at /api/v1/swagger.
        doc_prefix=API_PREFIX,
        doc_url="/openapi.json",
        static_folder=None,
    )
    app.config["MAX_CONTENT_LENGTH"] = settings.max_upload_bytes + UPLOAD_MARGIN_BYTES
    app.json.sort_keys = False  # type: ignore[attr-defined]
    if settings.trusted_proxy_count > 0:
        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=settings.trusted_proxy_count
        )

    app.extensions[EXTENSION_KEY] = ApiState(
        settings=settings,
        bind=engine,
        redis=client,
        broker_redis=_broker_client(settings, client),
        tokens=TokenStore(client, settings.refresh_token_ttl_s, key),
        throttle=LoginThrottle(client, login_limits or LoginLimits(), key),
        session_key=key,
        publish_review=_default_publish,
    )

    _register_request_context(app)
    db.init_app(app)
    register_error_handlers(app)
    _register_blueprints(app)
    _register_headers(app, settings)
    docs_pages.install(app, API_PREFIX)
    return app


def _register_blueprints(app: OpenAPI) -> None:
    from api.views import (
        activity,
        auth,
        candidates,
        health,
        jobs,
        prompts,
        resumes,
        reviews,
        users,
    )

    v1 = APIBlueprint("v1", __name__, url_prefix=API_PREFIX)
    for module in (auth, users, candidates, resumes, reviews, jobs, prompts, activity, health):
        v1.register_api(module.bp)
    app.register_api(v1)


_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{8,64}$")


def _register_request_context(app: OpenAPI) -> None:
    """Every log line of a request carries its id (from ``X-Request-ID`` when the proxy sent
    a sane one), echoed back so a client can quote it."""

    @app.before_request
    def _bind_request_id() -> None:
        incoming = request.headers.get("X-Request-ID", "")
        request_id = incoming if _REQUEST_ID.match(incoming) else uuid.uuid4().hex
        g.request_id = request_id
        logs.clear()
        logs.bind(request_id=request_id)

    @app.after_request
    def _echo_request_id(response: Response) -> Response:
        if "request_id" in g:
            response.headers["X-Request-ID"] = g.request_id
        return response

    @app.teardown_request
    def _clear_log_context(_error: BaseException | None) -> None:
        logs.clear()


def _register_headers(app: OpenAPI, settings: Settings) -> None:
    allowed_origins = frozenset(settings.cors_origins)

    @app.after_request
    def _headers(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        origin = request.headers.get("Origin")
        if origin and origin in allowed_origins:
            response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Headers"] = "Authorization, Content-Type"
            response.headers["Access-Control-Allow-Methods"] = "GET, POST, PATCH, DELETE, OPTIONS"
            response.headers["Access-Control-Max-Age"] = "600"
            response.vary.add("Origin")
        return response
