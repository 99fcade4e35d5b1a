"""Users: lookup, creation, the admin listing and changes."""

from __future__ import annotations

import uuid
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.enums import UserRole
from core.errors import Conflict
from database.models import User
from database.queries.common import Page, like_pattern, paginate
from database.types import utcnow

_NAME_FIELDS = ("first_name", "last_name")


def normalise_email(email: str) -> str:
    return email.strip().lower()


def get_user(session: Session, user_id: uuid.UUID) -> User | None:
    return session.get(User, user_id)


def get_user_by_email(session: Session, email: str) -> User | None:
    return session.scalars(select(User).where(User.email == normalise_email(email))).one_or_none()


def create_user(
    session: Session,
    *,
    email: str,
    password_hash: str,
    role: UserRole | str = UserRole.JUNIOR_RECRUITER,
    first_name: str | None = None,
    last_name: str | None = None,
) -> User:
    email = normalise_email(email)
    if get_user_by_email(session, email) is not None:
        raise Conflict(f"a user with email {email} already exists")
    user = User(
        email=email,
        password_hash=password_hash,
        role=UserRole(role).value,
        first_name=first_name,
        last_name=last_name,
    )
    session.add(user)
    session.flush()
    return user


def list_users(
    session: Session,
    *,
    page: int,
    size: int,
    role: UserRole | None = None,
    is_active: bool | None = None,
    email_contains: str | None = None,
) -> Page[User]:
    """Ordered by email; ``email_contains`` matches case-insensitively, % and _ literally."""
    statement = select(User)
    if role is not None:
        statement = statement.where(User.role == UserRole(role).value)
    if is_active is not None:
        statement = statement.where(User.is_active.is_(is_active))
    if email_contains:
        statement = statement.where(
            User.email.ilike(like_pattern(email_contains.lower()), escape="\\")
        )
    return paginate(session, statement.order_by(User.email), page, size)


def update_user(
    session: Session,
    user: User,
    *,
    role: UserRole | None = None,
    is_active: bool | None = None,
    password_hash: str | None = None,
    **names: str | None,
) -> None:
    """Apply the changes given: ``None`` leaves role, activity and password as they are;
    a name passed (``first_name``, ``last_name``) is set, even to ``None``."""
    unknown = set(names) - set(_NAME_FIELDS)
    if unknown:
        raise TypeError(f"update_user() got unexpected fields: {', '.join(sorted(unknown))}")
    if role is not None:
        user.role = UserRole(role).value
    if is_active is not None:
        user.is_active = is_active
    for name, value in names.items():
        setattr(user, name, value)
    if password_hash:
        user.password_hash = password_hash
    if password_hash or is_active is False:
        end_sessions(user)
    session.flush()


def end_sessions(user: User) -> None:
    """Refuse from now on every token and session the user was issued so far (whole seconds:
    what is issued later in this second, such as the session that replaces this one, stands)."""
    user.sessions_not_before = utcnow().replace(microsecond=0)


def issued_in_time(user: User, issued_at: float) -> bool:
    """Whether a token or session issued at ``issued_at`` (Unix seconds) is not revoked."""
    not_before = user.sessions_not_before
    return not_before is None or issued_at >= not_before.timestamp()


def record_login(user: User, *, new_password_hash: str | None = None) -> None:
    """A successful login: its time, and the password's hash if it was re-hashed."""
    if new_password_hash:
        user.password_hash = new_password_hash
    user.last_login_at = utcnow()


def users_by_id(session: Session, user_ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, User]:
    """The users of ``user_ids`` (None and unknown ids left out), by id."""
    wanted = {user_id for user_id in user_ids if user_id is not None}
    if not wanted:
        return {}
    return {user.id: user for user in session.scalars(select(User).where(User.id.in_(wanted)))}
