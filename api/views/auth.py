"""Login, token refresh (rotating), logout and the current user."""

from __future__ import annotations

from flask_openapi3 import APIBlueprint, Tag

from api.access import BEARER_SECURITY, audit, authenticate, bearer_token, client_ip
from api.db import after_commit, commit, get_session
from api.errors import ErrorResponse, RateLimited, Unauthorized
from api.schemas import LoginBody, RefreshBody, TokenPair, UserOut
from api.security import TokenError, TokenReused, decode_access_token, issue_access_token
from api.state import state
from api.views.common import BASE_ERRORS
from core.passwords import hash_password, needs_rehash, verify_password
from database.models import User
from database.queries import users

bp = APIBlueprint(
    "auth",
    __name__,
    url_prefix="/auth",
    abp_tags=[Tag(name="auth")],
    abp_responses=BASE_ERRORS,
)

BAD_CREDENTIALS = "Invalid email or password."


def _token_pair(user: User, refresh_token: str) -> dict[str, object]:
    settings = state().settings
    return TokenPair(
        access_token=issue_access_token(
            user, settings.jwt_secret, settings.access_token_ttl_s, state().session_key
        ),
        refresh_token=refresh_token,
        expires_in=settings.access_token_ttl_s,
        user=UserOut.model_validate(user),
    ).model_dump(mode="json")


@bp.post(
    "/login",
    responses={200: TokenPair, 401: ErrorResponse, 422: ErrorResponse, 429: ErrorResponse},
)
def login(body: LoginBody) -> tuple[dict[str, object], int]:
    """Exchange email and password for an access token and a refresh token."""
    app_state = state()
    session = get_session()
    email = users.normalise_email(body.email)
    ip = client_ip()
    wait = app_state.throttle.retry_after(email, ip)
    if wait is not None:
        audit("auth.login_failed", entity_type="user", details={"reason": "rate_limited"})
        commit()
        raise RateLimited(wait)
    user = users.get_user_by_email(session, email)
    # verify_password runs argon2 even for an unknown account: timing tells nothing.
    ok = verify_password(user.password_hash if user else None, body.password)
    if not ok or user is None or not user.is_active:
        app_state.throttle.record_failure(email, ip)
        audit(
            "auth.login_failed",
            user_id=user.id if user else None,
            entity_type="user",
            entity_id=user.id if user else None,
            details={"reason": "inactive" if ok and user else "bad_credentials"},
        )
        commit()
        raise Unauthorized(BAD_CREDENTIALS)
    app_state.throttle.record_success(email, ip)
    rehashed = hash_password(body.password) if needs_rehash(user.password_hash) else None
    users.record_login(user, new_password_hash=rehashed)
    audit("auth.login", user_id=user.id, entity_type="user", entity_id=user.id)
    refresh_token = app_state.tokens.issue_refresh_token(user.id)
    return _token_pair(user, refresh_token), 200


@bp.post("/refresh", responses={200: TokenPair, 401: ErrorResponse, 422: ErrorResponse})
def refresh(body: RefreshBody) -> tuple[dict[str, object], int]:
    """Rotate a refresh token: the presented one stops working. Presenting an already
    rotated token revokes every token of its family (it was stolen or replayed)."""
    app_state = state()
    try:
        user_id, family, new_token, issued_at = app_state.tokens.rotate(body.refresh_token)
    except TokenReused as reuse:
        # A copy of the token exists: everything the user holds ends, in PostgreSQL too.
        reused_by = users.get_user(get_session(), reuse.user_id)
        if reused_by is not None:
            users.end_sessions(reused_by)
        audit(
            "auth.refresh_reuse",
            user_id=reuse.user_id if reused_by else None,
            entity_type="user",
            entity_id=reuse.user_id if reused_by else None,
            details={"family_revoked": True, "sessions_ended": reused_by is not None},
        )
        commit()
        raise Unauthorized("Invalid or expired refresh token.") from reuse
    except TokenError as error:
        raise Unauthorized("Invalid or expired refresh token.") from error
    user = users.get_user(get_session(), user_id)
    if user is None or not user.is_active or not users.issued_in_time(user, issued_at):
        app_state.tokens.revoke_family(family)
        raise Unauthorized("Invalid or expired refresh token.")
    audit("auth.refresh", user_id=user.id, entity_type="user", entity_id=user.id)
    return _token_pair(user, new_token), 200


@bp.post("/logout", responses={204: None, 401: ErrorResponse, 422: ErrorResponse})
def logout(body: RefreshBody) -> tuple[str, int]:
    """Revoke the refresh token's family; the bearer access token, if sent, is deny-listed."""
    app_state = state()
    try:
        user_id, family = app_state.tokens.family_of(body.refresh_token)
    except TokenError as error:
        raise Unauthorized("Invalid or expired refresh token.") from error
    app_state.tokens.revoke_family(family)
    token = bearer_token()
    if token is not None:
        try:
            claims = decode_access_token(token, app_state.settings.jwt_secret)
        except TokenError:
            claims = None
        if claims is not None and claims.user_id == user_id:
            app_state.tokens.deny_access_token(claims)
    audit("auth.logout", user_id=user_id, entity_type="user", entity_id=user_id)
    return "", 204


@bp.post("/logout-all", responses={204: None, 401: ErrorResponse}, security=BEARER_SECURITY)
def logout_everywhere() -> tuple[str, int]:
    """End every session of the caller: all refresh tokens, access tokens and workspace
    sessions issued until now stop working (held in PostgreSQL, whatever Redis keeps)."""
    user = authenticate()
    users.end_sessions(user)
    tokens, user_id = state().tokens, user.id
    after_commit(lambda: tokens.revoke_user(user_id))
    audit("auth.logout_all", entity_type="user", entity_id=user.id)
    return "", 204


@bp.get("/me", responses={200: UserOut, 401: ErrorResponse}, security=BEARER_SECURITY)
def me() -> dict[str, object]:
    """The authenticated user."""
    user = authenticate()
    return UserOut.model_validate(user).model_dump(mode="json")
