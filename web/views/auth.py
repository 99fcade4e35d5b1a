"""Sign in and out, and the home page (the sign-in form, or the candidates list)."""

from __future__ import annotations

from flask import g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from api.access import audit, client_ip
from api.db import commit, get_session
from api.state import state
from core.passwords import hash_password, needs_rehash, verify_password
from database.queries import users
from web.auth import current_user, safe_next, web_sessions
from web.sessions import COOKIE_NAME, LOGIN_CSRF_COOKIE
from web.views import WEB_ROOT, blueprint

bp = blueprint(
    "web_auth", __name__, static_folder=str(WEB_ROOT / "static"), static_url_path="/static"
)

BAD_CREDENTIALS = "That email and password do not match an active account."


def _login_page(email: str = "", error: str | None = None, status: int = 200) -> Response:
    html = render_template(
        "web/login.html", email=email, error=error, next=safe_next(request.values.get("next"))
    )
    return Response(html, status=status, mimetype="text/html")


@bp.get("/")
def home() -> Response | str:
    """Signed out: the sign-in form. Signed in: the candidates list."""
    if current_user() is None:
        return _login_page()
    from web.views.candidates import candidate_list_page

    return candidate_list_page()


@bp.post("/login")
def login() -> Response:
    email = users.normalise_email(request.form.get("email", ""))[:255]
    password = request.form.get("password", "")[:1024]
    if not email or not password:
        return _login_page(email, "Enter your email and password.", 422)
    app_state = state()
    wait = app_state.throttle.retry_after(email, client_ip())
    if wait is not None:
        audit("auth.login_failed", entity_type="user", details={"reason": "rate_limited"})
        commit()
        minutes = max(1, round(wait / 60))
        message = f"Too many failed attempts. Try again in about {minutes} minute(s)."
        response = _login_page(email, message, 429)
        response.headers["Retry-After"] = str(max(1, int(wait)))
        return response
    user = users.get_user_by_email(get_session(), email)
    ok = verify_password(user.password_hash if user else None, password)
    if not ok or user is None or not user.is_active:
        app_state.throttle.record_failure(email, client_ip())
        audit(
            "auth.login_failed",
            user_id=user.id if user else None,
            entity_type="user",
            entity_id=user.id if user else None,
            details={"reason": "inactive" if ok and user else "bad_credentials", "via": "web"},
        )
        commit()
        return _login_page(email, BAD_CREDENTIALS, 401)
    app_state.throttle.record_success(email, client_ip())
    users.record_login(
        user,
        new_password_hash=hash_password(password) if needs_rehash(user.password_hash) else None,
    )
    audit("auth.login", user_id=user.id, entity_type="user", entity_id=user.id,
          details={"via": "web"})  # fmt: skip
    # A new session id at every sign-in (never the one from before it).
    web_sessions().end(request.cookies.get(COOKIE_NAME))
    token, _session = web_sessions().create(user)
    response = redirect(safe_next(request.form.get("next")) or url_for("web_auth.home"), 303)
    response.set_cookie(
        COOKIE_NAME, token, httponly=True, samesite="Strict", secure=request.is_secure, path="/"
    )
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/")
    return response


@bp.post("/logout")
def logout() -> Response:
    user = current_user()
    web_sessions().end(request.cookies.get(COOKIE_NAME))
    if user is not None:
        audit("auth.logout", user_id=user.id, entity_type="user", entity_id=user.id,
              details={"via": "web"})  # fmt: skip
    g.web_user = None
    response = redirect(url_for("web_auth.home"), 303)
    response.delete_cookie(COOKIE_NAME, path="/", httponly=True, samesite="Strict")
    return response
