"""Who is calling, and what they may reach: the one place views get users and objects.

Every object endpoint loads its object through ``visible_*_or_404``, which goes through the
access rule in :mod:`database.queries.access`. A missing object and an object the caller may
not see raise the same :class:`~core.errors.NotFound`, so the answers are byte-identical.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from typing import Any

from flask import g, request

from api.db import get_session
from api.errors import Forbidden, Unauthorized
from api.security import TokenError, credentials_version, decode_access_token
from api.state import state
from core import logs
from core.enums import UserRole
from core.errors import NotFound
from database.models import Candidate, Resume, ReviewRequest, User
from database.queries import candidates, resumes, reviews, triage, users
from database.queries.activity import log_activity

BEARER_SECURITY = [{"bearerAuth": []}]


def client_ip() -> str | None:
    return request.remote_addr


def bearer_token() -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


def authenticate() -> User:
    """The active user behind the request's bearer token, or 401. Cached per request."""
    user: User | None = g.get("current_user")
    if user is not None:
        return user
    token = bearer_token()
    if token is None:
        raise Unauthorized("Missing bearer token.")
    app_state = state()
    try:
        claims = decode_access_token(token, app_state.settings.jwt_secret)
    except TokenError as error:
        raise Unauthorized("Invalid or expired token.") from error
    if app_state.tokens.is_denied(claims.jti):
        raise Unauthorized("Invalid or expired token.")
    # Looked up on every request: a deactivated user (or a changed password) is refused at
    # once, and the role used for authorization is the current one, not the token's.
    user = users.get_user(get_session(), claims.user_id)
    if (
        user is None
        or not user.is_active
        or claims.credentials_version != credentials_version(user, app_state.session_key)
        or not users.issued_in_time(user, claims.issued_at)
    ):
        raise Unauthorized("Invalid or expired token.")
    g.current_user = user
    logs.bind(user_id=str(user.id))
    g.access_claims = claims
    return user


def require_auth() -> None:
    """A blueprint ``before_request`` hook: every route of the blueprint needs a token."""
    if request.method == "OPTIONS":  # CORS preflight carries no credentials
        return
    authenticate()


def require_role(*roles: UserRole) -> User:
    """The caller, if their role is one of ``roles``; else 403 (checked before any lookup)."""
    user = authenticate()
    if user.role not in roles:
        raise Forbidden("Your role does not allow this action.")
    return user


SENIOR_OR_ADMIN = (UserRole.SENIOR_RECRUITER, UserRole.ADMIN)
ADMIN_ONLY = (UserRole.ADMIN,)


def visible_candidate_or_404(candidate_id: uuid.UUID) -> Candidate:
    candidate = candidates.get_visible_candidate(get_session(), authenticate(), candidate_id)
    if candidate is None:
        raise NotFound()
    return candidate


def visible_resume_or_404(resume_id: uuid.UUID) -> Resume:
    resume = resumes.get_visible_resume(get_session(), authenticate(), resume_id)
    if resume is None:
        raise NotFound()
    return resume


def visible_review_request_or_404(request_id: uuid.UUID) -> ReviewRequest:
    review_request = reviews.get_visible_review_request(get_session(), authenticate(), request_id)
    if review_request is None:
        raise NotFound()
    return review_request


def visible_finding_or_404(item_id: uuid.UUID) -> object:
    finding = triage.get_visible_finding(get_session(), authenticate(), item_id)
    if finding is None:
        raise NotFound()
    return finding


# What a path parameter names, and how its visibility to the caller is checked (404).
PATH_VISIBILITY: dict[str, Callable[[uuid.UUID], object]] = {
    "candidate_id": visible_candidate_or_404,
    "resume_id": visible_resume_or_404,
    "request_id": visible_review_request_or_404,
    "item_id": visible_finding_or_404,
}


def guard(
    roles_by_endpoint: Mapping[str, tuple[UserRole, ...]] | None = None,
    *,
    own_checks: frozenset[str] = frozenset(),
) -> Callable[[], None]:
    """A blueprint's ``before_request``, in the order every API endpoint answers in:
    authentication (401), then the endpoint's role (403), then the visibility of every
    object its path names (404), and only then, in the view, the body's validation (422).
    A junior sending an invalid body to an admin endpoint learns nothing of its schema.
    Endpoints in ``own_checks`` (no body; a role that depends on the object) check their
    role and the object themselves."""
    rules = dict(roles_by_endpoint or {})

    def _guard() -> None:
        if request.method == "OPTIONS":  # CORS preflight carries no credentials
            return
        authenticate()
        endpoint = (request.endpoint or "").rsplit(".", 1)[-1]
        if endpoint in own_checks:
            return
        roles = rules.get(endpoint)
        if roles:
            require_role(*roles)
        for name, value in (request.view_args or {}).items():
            check = PATH_VISIBILITY.get(name)
            if check is not None:
                check(value)

    return _guard


def audit(
    action: str,
    *,
    entity_type: str | None = None,
    entity_id: uuid.UUID | None = None,
    details: dict[str, Any] | None = None,
    user_id: uuid.UUID | None = None,
) -> None:
    """Write an activity_logs row in the request's transaction (it commits with the change)."""
    current: User | None = g.get("current_user")
    log_activity(
        get_session(),
        action,
        user_id=user_id if user_id is not None else (current.id if current else None),
        entity_type=entity_type,
        entity_id=entity_id,
        details=details,
        ip_address=client_ip(),
    )
