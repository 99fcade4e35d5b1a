"""Browser sessions of the workspace, kept server-side in Redis.

The browser holds only a random session id, in an ``HttpOnly``, ``SameSite=Strict`` cookie
(``Secure`` over HTTPS): no page script can read it, and no other site can send it. Redis
keeps, under the id's SHA-256, the user, the fingerprint of their password hash (a changed
password ends the session), and the session's CSRF token. Sessions expire after
:data:`IDLE_S` without a request and :data:`MAX_AGE_S` after sign-in whatever happens;
signing out deletes the record, so a copied cookie stops working at once.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

import redis

COOKIE_NAME = "rr_session"
# Before sign-in: the login form's CSRF token, double-submitted (cookie and form field).
LOGIN_CSRF_COOKIE = "rr_login_csrf"
IDLE_S = 8 * 3600
MAX_AGE_S = 7 * 24 * 3600
_PREFIX = "rr:ws:"
_USER_PREFIX = "rr:wsu:"


def _key(token: str) -> str:
    return _PREFIX + hashlib.sha256(token.encode()).hexdigest()


def tokens_match(expected: str | None, given: str | None) -> bool:
    """Constant-time comparison of two CSRF tokens (an empty one never matches)."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode(), given.encode())


def new_token() -> str:
    return secrets.token_urlsafe(32)


@dataclass(frozen=True)
class WebSession:
    user_id: uuid.UUID
    credentials_version: str
    csrf_token: str
    created_at: int


def _text(raw: dict[Any, Any]) -> dict[str, str]:
    return {
        (k.decode() if isinstance(k, bytes) else str(k)): (
            v.decode() if isinstance(v, bytes) else str(v)
        )
        for k, v in raw.items()
    }


class WebSessions:
    """Create, read (sliding the idle expiry) and end browser sessions."""

    def __init__(self, client: redis.Redis, idle_s: int = IDLE_S, max_age_s: int = MAX_AGE_S):
        self.client = client
        self.idle_s = idle_s
        self.max_age_s = max_age_s

    def create(self, user_id: uuid.UUID, credentials_version: str) -> tuple[str, WebSession]:
        token = new_token()
        session = WebSession(user_id, credentials_version, new_token(), int(time.time()))
        pipe = self.client.pipeline()
        pipe.hset(
            _key(token),
            mapping={
                "user": str(user_id),
                "pwv": credentials_version,
                "csrf": session.csrf_token,
                "created": str(session.created_at),
            },
        )
        pipe.expire(_key(token), self.idle_s)
        pipe.sadd(f"{_USER_PREFIX}{user_id}", _key(token))
        pipe.expire(f"{_USER_PREFIX}{user_id}", self.max_age_s)
        pipe.execute()
        return token, session

    def get(self, token: str | None) -> WebSession | None:
        """The live session of ``token`` (its idle expiry restarts), or None."""
        if not token or len(token) > 128:
            return None
        record = _text(self.client.hgetall(_key(token)))  # type: ignore[arg-type]
        try:
            session = WebSession(
                uuid.UUID(record["user"]), record["pwv"], record["csrf"], int(record["created"])
            )
        except (KeyError, ValueError):
            return None
        remaining = session.created_at + self.max_age_s - int(time.time())
        if remaining <= 0:
            self.end(token)
            return None
        self.client.expire(_key(token), min(self.idle_s, remaining))
        return session

    def end(self, token: str | None) -> None:
        if token:
            self.client.delete(_key(token))

    def end_all(self, user_id: uuid.UUID) -> None:
        """Sign the user out everywhere (a password change, a deactivation)."""
        keys = list(self.client.smembers(f"{_USER_PREFIX}{user_id}"))  # type: ignore[arg-type]
        if keys:
            self.client.delete(*keys)
        self.client.delete(f"{_USER_PREFIX}{user_id}")
