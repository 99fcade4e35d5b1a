"""User administration (admin only)."""

from __future__ import annotations

from flask_openapi3 import APIBlueprint, Tag
from sqlalchemy import select

from api.access import ADMIN_ONLY, BEARER_SECURITY, audit, require_auth, require_role
from api.db import after_commit, get_session
from api.errors import ConflictError, ErrorResponse, NotFound
from api.schemas import UserCreate, UserList, UserOut, UserPath, UserQuery, UserUpdate
from api.state import state
from api.views.common import COMMON_ERRORS, dump, paginate
from core.passwords import hash_password
from database import repositories as repo
from database.models import User

bp = APIBlueprint(
    "users",
    __name__,
    url_prefix="/users",
    abp_tags=[Tag(name="users")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
bp.before_request(require_auth)


@bp.get("", responses={200: UserList, 422: ErrorResponse})
def list_users(query: UserQuery) -> dict[str, object]:
    require_role(*ADMIN_ONLY)
    statement = select(User)
    if query.role is not None:
        statement = statement.where(User.role == query.role.value)
    if query.is_active is not None:
        statement = statement.where(User.is_active.is_(query.is_active))
    if query.q:
        statement = statement.where(
            User.email.ilike(repo.like_pattern(query.q.lower()), escape="\\")
        )
    rows, total = paginate(statement.order_by(User.email), query.page, query.size)
    return {
        "items": [dump(UserOut, row) for row in rows],
        "total": total,
        "page": query.page,
        "size": query.size,
    }


@bp.post("", responses={201: UserOut, 409: ErrorResponse, 422: ErrorResponse})
def create_user(body: UserCreate) -> tuple[dict[str, object], int]:
    require_role(*ADMIN_ONLY)
    user = repo.create_user(
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
    admin = require_role(*ADMIN_ONLY)
    user = get_session().get(User, path.user_id)
    if user is None:
        raise NotFound()
    changes = body.model_dump(exclude_unset=True)
    if user.id == admin.id and (
        changes.get("is_active") is False or changes.get("role", admin.role) != admin.role
    ):
        raise ConflictError("You cannot deactivate yourself or change your own role.")
    if "role" in changes and changes["role"] is not None:
        user.role = changes["role"].value
    if "is_active" in changes and changes["is_active"] is not None:
        user.is_active = changes["is_active"]
    for name in ("first_name", "last_name"):
        if name in changes:
            setattr(user, name, changes[name])
    if changes.get("password"):
        user.password_hash = hash_password(changes["password"])
    get_session().flush()
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
