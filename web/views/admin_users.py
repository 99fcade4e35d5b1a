"""Admin: the users (list, create, change role, deactivate and reactivate). Everyone but an
admin gets the same 404 as a missing page. Changes are audited like the API's."""

from __future__ import annotations

import math
import uuid

from flask import g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from api.access import audit
from api.db import after_commit, get_session
from api.schemas import UserCreate
from api.state import state
from core.enums import UserRole
from core.errors import Conflict, NotFound
from core.passwords import hash_password
from database.models import User
from database.queries import users
from web.auth import current_user, login_required, web_sessions
from web.errors import PageError
from web.forms import validate
from web.views import blueprint

bp = blueprint("web_admin_users", __name__)

PAGE_SIZE = 50
ROLES = [role.value for role in UserRole]


def require_admin() -> User:
    """The signed-in admin; anyone else gets exactly the page of an unknown address
    (which is answered outside the blueprints, without the session's user)."""
    user = current_user()
    if user is None or user.role != UserRole.ADMIN:
        g.web_user = g.web_session = None
        raise PageError(404, "Not found.", code="not_found")
    return user


def _list_page(values: dict[str, str] | None = None, errors: dict[str, str] | None = None,
               status: int = 200) -> Response:  # fmt: skip
    page = max(1, request.args.get("page", 1, type=int) or 1)
    listing = users.list_users(get_session(), page=page, size=PAGE_SIZE)
    html = render_template(
        "web/admin/users.html",
        listing=listing,
        page=page,
        pages=max(1, math.ceil(listing.total / PAGE_SIZE)),
        roles=ROLES,
        values=values or {"role": UserRole.JUNIOR_RECRUITER.value},
        errors=errors or {},
        notice=request.args.get("notice"),
    )
    return Response(html, status=status, mimetype="text/html")


@bp.get("/admin/users")
@login_required
def list_page() -> Response:
    require_admin()
    return _list_page()


@bp.post("/admin/users")
@login_required
def create() -> Response:
    require_admin()
    values = {name: str(request.form.get(name, ""))[:1024]
              for name in ("email", "role", "password", "first_name", "last_name")}  # fmt: skip
    body, errors = validate(UserCreate, values)
    if body is None:
        return _list_page({**values, "password": ""}, errors, 422)
    try:
        user = users.create_user(
            get_session(), email=body.email, password_hash=hash_password(body.password),
            role=body.role, first_name=body.first_name, last_name=body.last_name,
        )  # fmt: skip
    except Conflict:
        errors = {"email": "A user with this email already exists."}
        return _list_page({**values, "password": ""}, errors, 409)
    audit("user.create", entity_type="user", entity_id=user.id,
          details={"role": user.role, "via": "web"})  # fmt: skip
    return redirect(url_for(".list_page", notice=f"Created {user.email}."), 303)


def _target(user_id: uuid.UUID, admin: User) -> User:
    user = users.get_user(get_session(), user_id)
    if user is None:
        raise NotFound()
    if user.id == admin.id:
        raise PageError(409, "You cannot deactivate yourself or change your own role.")
    return user


@bp.post("/admin/users/<uuid:user_id>/role")
@login_required
def change_role(user_id: uuid.UUID) -> Response:
    user = _target(user_id, require_admin())
    role = request.form.get("role", "")
    if role not in ROLES:
        raise PageError(422, "Choose one of the roles listed.")
    users.update_user(get_session(), user, role=UserRole(role))
    audit("user.update", entity_type="user", entity_id=user.id,
          details={"fields": ["role"], "role": user.role, "via": "web"})  # fmt: skip
    return redirect(url_for(".list_page", notice=f"{user.email} is now {role}."), 303)


@bp.post("/admin/users/<uuid:user_id>/active")
@login_required
def set_active(user_id: uuid.UUID) -> Response:
    user = _target(user_id, require_admin())
    active = request.form.get("active") == "1"
    users.update_user(get_session(), user, is_active=active)
    if not active:
        # Signed out everywhere: the web sessions and the API's refresh tokens.
        sessions, tokens, target_id = web_sessions(), state().tokens, user.id
        after_commit(lambda: (sessions.end_all(target_id), tokens.revoke_user(target_id)))
    audit("user.update", entity_type="user", entity_id=user.id,
          details={"fields": ["is_active"], "is_active": active, "via": "web"})  # fmt: skip
    verb = "reactivated" if active else "deactivated and signed out"
    return redirect(url_for(".list_page", notice=f"{user.email} {verb}."), 303)
