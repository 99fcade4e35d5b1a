"""Account: each user changes their own password (the current one required). Every other
session of the user ends: the web sessions (this one is replaced by a new one) and the
API's refresh-token families."""

from __future__ import annotations

from flask import g, render_template, request
from werkzeug.wrappers import Response

from api.access import audit, client_ip
from api.db import after_commit, commit, get_session
from api.state import state
from core.passwords import hash_password, verify_password
from database.queries import users
from web.auth import login_required, signed_in_user, web_sessions
from web.sessions import COOKIE_NAME
from web.views import blueprint

bp = blueprint("web_account", __name__)

MIN_LENGTH = 12  # the API's UserCreate/UserUpdate rule


def _page(errors: dict[str, str] | None = None, done: bool = False, status: int = 200) -> Response:
    html = render_template("web/account.html", errors=errors or {}, done=done)
    return Response(html, status=status, mimetype="text/html")


def _password_errors(current: str, new: str, repeat: str) -> dict[str, str]:
    """A message per form field that is wrong (the field names are the template's)."""
    problems = [
        ("current", not verify_password(signed_in_user().password_hash, current),
         "This is not your current password."),
        ("new", len(new) < MIN_LENGTH, f"Use at least {MIN_LENGTH} characters."),
        ("new", new == current, "Choose a password different from the current one."),
        ("repeat", new != repeat, "The two new passwords differ."),
    ]  # fmt: skip
    errors: dict[str, str] = {}
    for field, wrong, message in problems:
        if wrong:
            errors.setdefault(f"{field}_password", message)
    return errors


@bp.get("/account")
@login_required
def show() -> Response:
    return _page()


@bp.post("/account/password")
@login_required
def change_password() -> Response:
    user = signed_in_user()
    current = request.form.get("current_password", "")[:1024]
    new = request.form.get("new_password", "")[:1024]
    # The current password is a password check like a sign-in, and is throttled like one.
    throttle, ip = state().throttle, client_ip()
    wait = throttle.retry_after(user.email, ip)
    if wait is not None:
        minutes = max(1, round(wait / 60))
        message = f"Too many wrong passwords. Try again in about {minutes} minute(s)."
        response = _page({"current_password": message}, status=429)
        response.headers["Retry-After"] = str(wait)
        return response
    errors = _password_errors(current, new, request.form.get("repeat_password", "")[:1024])
    if errors:
        if "current_password" in errors:
            throttle.record_failure(user.email, ip)
            audit("user.password_change_failed", entity_type="user", entity_id=user.id)
            commit()
        return _page(errors, status=422)
    users.update_user(get_session(), user, password_hash=hash_password(new))
    audit("user.password_change", entity_type="user", entity_id=user.id,
          details={"via": "web", "other_sessions_ended": True})  # fmt: skip
    tokens, user_id = state().tokens, user.id
    after_commit(lambda: tokens.revoke_user(user_id))
    # Every web session ends (they would anyway: they carry the old password's
    # fingerprint); this browser stays signed in on a new one tied to the new password.
    web_sessions().end_all(user_id)
    token, session = web_sessions().create(user)
    g.web_session = session
    response = _page(done=True)
    response.set_cookie(
        COOKIE_NAME, token, httponly=True, samesite="Strict", secure=request.is_secure, path="/"
    )
    return response
