"""User administration (admin only)."""

from __future__ import annotations

from flask_openapi3 import APIBlueprint, Tag

from api.access import ADMIN_ONLY, BEARER_SECURITY, audit, authenticate, guard
from api.db import after_commit, get_session
from api.errors import ErrorResponse
from api.schemas import UserCreate, UserList, UserOut, UserPath, UserQuery, UserUpdate
from api.state import state
from api.views.common import COMMON_ERRORS, dump, page_body
from core.errors import Conflict, NotFound
from core.passwords import hash_password
from database.queries import users

bp = APIBlueprint(
    "users",
    __name__,
    url_prefix="/users",
    abp_tags=[Tag(name="users")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
bp.before_request(
    guard({"list_users": ADMIN_ONLY, "create_user": ADMIN_ONLY, "update_user": ADMIN_ONLY})
)


@bp.get("", responses={200: UserList, 422: ErrorResponse})
def list_users(query: UserQuery) -> dict[str, object]:
    page = users.list_users(
        get_session(),
        page=query.page,
        size=query.size,
        role=query.role,
        is_active=query.is_active,
        email_contains=query.q,
    )
    return page_body(UserOut, page, query.page, query.size)


@bp.post("", responses={201: UserOut, 409: ErrorResponse, 422: ErrorResponse})
def create_user(body: UserCreate) -> tuple[dict[str, object], int]:
    user = users.create_user(
        get_session(),
        email=body.email,
        password_hash=hash_password(body.password),
        role=body.role,
        first_name=body.first_name,
        last_name=body.last_name,
    )
    audit("user.create", entity_type="user", entity_id=user.id, details={"role": user.role})
    return dump(UserOut, user), 201


@bp.patch("/<uuid:user_id>", responses={200: UserOut, 409: ErrorResponse, 422: ErrorResponse})
def update_user(path: UserPath, body: UserUpdate) -> dict[str, object]:
    """Change role, names, password or deactivate. A deactivated user's tokens stop working
    on their next request (every request reloads the user); a new password or a
    deactivation also ends every refresh-token family of the user."""
    admin = authenticate()
    session = get_session()
    user = users.get_user(session, path.user_id)
    if user is None:
        raise NotFound()
    changes = body.model_dump(exclude_unset=True)
    if user.id == admin.id and (
        changes.get("is_active") is False or changes.get("role", admin.role) != admin.role
    ):
        raise Conflict("You cannot deactivate yourself or change your own role.")
    users.update_user(
        session,
        user,
        role=changes.get("role"),
        is_active=changes.get("is_active"),
        password_hash=hash_password(changes["password"]) if changes.get("password") else None,
        **{name: changes[name] for name in ("first_name", "last_name") if name in changes},
    )
    if changes.get("password") or changes.get("is_active") is False:
        # Existing sessions end: a reset password must lock out whoever held the old one.
        tokens = state().tokens
        user_id = user.id
        after_commit(lambda: tokens.revoke_user(user_id))
    audit(
        "user.update",
        entity_type="user",
        entity_id=user.id,
        # Field names only: never the password, not even hashed.
        details={
            "fields": sorted(changes),
            **({"role": user.role} if "role" in changes else {}),
            **({"is_active": user.is_active} if "is_active" in changes else {}),
        },
    )
    return dump(UserOut, user)
