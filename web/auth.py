"""Who is using the workspace, and the guards every page and UI endpoint goes through.

The user comes from the session cookie (:mod:`web.sessions`), never from a bearer token.
Each request reloads the user: a deactivated account or a changed password ends the
session at once, and the role used is the current one. The user is also put where the
API's helpers look for it (``g.current_user``), so the audit trail and the access rule are
the API's own.

Every state-changing request (any method but GET/HEAD/OPTIONS) must carry the session's
CSRF token, in the form field ``csrf_token`` or the ``X-CSRF-Token`` header, and must not
come from another origin. Before sign-in the login form's token is double-submitted
(cookie and field).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar
from urllib.parse import urlsplit

from flask import current_app, g, redirect, request, url_for
from werkzeug.wrappers import Response

from api.db import get_session
from api.security import credentials_version
from api.state import state
from core import logs
from core.enums import UserRole
from database.models import User
from database.queries import users
from web.errors import PageError
from web.sessions import COOKIE_NAME, LOGIN_CSRF_COOKIE, WebSession, WebSessions, tokens_match

EXTENSION_KEY = "resume_review_web"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "X-CSRF-Token"
# Sent by the pages' own polling scripts: such a request does not count as the user's
# activity, so a page left open does not keep its session alive.
POLL_HEADER = "X-Background-Poll"

F = TypeVar("F", bound=Callable[..., Any])


def web_sessions() -> WebSessions:
    return current_app.extensions[EXTENSION_KEY]  # type: ignore[no-any-return]


def load_user() -> None:
    """``before_request`` of every web blueprint: the signed-in user, if any."""
    g.web_user = None
    g.web_session = None
    if request.endpoint and request.endpoint.endswith(".static"):
        return  # stylesheets and scripts need no user (and no database round trip)
    token = request.cookies.get(COOKIE_NAME)
    session = web_sessions().get(token, activity=POLL_HEADER not in request.headers)
    if session is None:
        return
    user = users.get_user(get_session(), session.user_id)
    if (
        user is None
        or not user.is_active
        or credentials_version(user, state().session_key) != session.credentials_version
        or not users.issued_in_time(user, session.created_at)
    ):
        web_sessions().end(token)
        return
    g.web_user = user
    g.web_session = session
    g.current_user = user  # what api.access.audit and the access helpers read
    logs.bind(user_id=str(user.id))


def current_user() -> User | None:
    return g.get("web_user")


def signed_in_user() -> User:
    user = current_user()
    if user is None:
        raise PageError(401, "Please sign in.")
    return user


def csrf_token() -> str:
    """The token forms and scripts must send back (the session's, or the login form's)."""
    session: WebSession | None = g.get("web_session")
    if session is not None:
        return session.csrf_token
    token: str | None = g.get("login_csrf")
    if token is None:
        token = request.cookies.get(LOGIN_CSRF_COOKIE) or ""
        if len(token) < 20:
            from web.sessions import new_token

            token = new_token()
            g.set_login_csrf_cookie = token
        g.login_csrf = token
    return token


def _same_origin() -> bool:
    origin = request.headers.get("Origin")
    if origin is None or origin == "null":
        referer = request.headers.get("Referer")
        if not referer:
            return origin is None  # an opaque "null" origin is refused
        origin = referer
    # The host only: behind a TLS-terminating proxy the scheme seen here may differ.
    return urlsplit(origin).netloc == request.host


def check_csrf() -> None:
    """``before_request``: a state change needs this session's token and our own origin."""
    if request.method in SAFE_METHODS:
        return
    if request.endpoint == "web_auth.logout" and g.get("web_session") is None:
        return  # signing out without a session changes nothing: never an error page
    given = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD)
    session: WebSession | None = g.get("web_session")
    expected = session.csrf_token if session else request.cookies.get(LOGIN_CSRF_COOKIE)
    if not _same_origin() or not tokens_match(expected, given):
        raise PageError(
            403,
            "This form has expired or did not come from this site. Reload the page and try again.",
            code="csrf_failed",
        )


def login_required(view: F) -> F:
    """Signed out, a page redirects to the sign-in form (coming back afterwards); a UI
    endpoint answers 401."""

    @functools.wraps(view)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if current_user() is None:
            if request.method == "GET" and not request.path.startswith("/ui/"):
                return redirect(url_for("web_auth.home", next=request.full_path.rstrip("?")))
            raise PageError(401, "Please sign in.", code="unauthorized")
        return view(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def require_role(*roles: UserRole) -> User:
    user = signed_in_user()
    if user.role not in roles:
        raise PageError(403, "Your role does not allow this action.", code="forbidden")
    return user


def safe_next(target: str | None) -> str | None:
    """A local path to go back to after sign-in: a path on this site only. No scheme, no
    host, no backslash and no control character (a browser drops a tab or a line break, so
    "/\t/evil.example" would become "//evil.example"), and not the API."""
    if not target or len(target) > 2000 or "\\" in target:
        return None
    if any(ord(char) < 0x20 or ord(char) == 0x7F for char in target):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None
    if parts.path.startswith("//") or parts.path.startswith("/api/"):
        return None
    return target


def set_login_csrf_cookie(response: Response) -> Response:
    token = g.get("set_login_csrf_cookie")
    if token:
        response.set_cookie(
            LOGIN_CSRF_COOKIE,
            token,
            httponly=True,
            samesite="Strict",
            secure=request.is_secure,
            path="/",
        )
    return response
