"""Browser sessions of the workspace, kept server-side in Redis.

The browser holds only a random session id, in an ``HttpOnly``, ``SameSite=Strict`` cookie
(``Secure`` over HTTPS): no page script can read it, and no other site can send it. Redis
keeps, under an HMAC of the id (``SESSION_KEY``: a Redis writer cannot make a record that a
cookie finds), the user, the fingerprint of their password hash (a changed password ends the
session), the session's CSRF token and its sign-in time (checked against the user's
``sessions_not_before``). Sessions expire after ``SESSION_IDLE_S`` (30 minutes) without a
request of the user's own (progress polling does not count) and ``SESSION_MAX_AGE_S``
(12 hours) after sign-in whatever happens; signing out deletes the record, so a copied
cookie stops working at once.
"""

from __future__ import annotations

import hmac
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

import redis

from api.security import credentials_version, keyed_digest
from database.models import User

COOKIE_NAME = "rr_session"
# Before sign-in: the login form's CSRF token, double-submitted (cookie and form field).
LOGIN_CSRF_COOKIE = "rr_login_csrf"
_PREFIX = "rr:ws:"
_USER_PREFIX = "rr:wsu:"


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

    def __init__(self, client: redis.Redis, key: bytes, *, idle_s: int, max_age_s: int):
        self.client = client
        self.key = key
        self.idle_s = idle_s
        self.max_age_s = max_age_s

    def _key(self, token: str) -> str:
        return _PREFIX + keyed_digest(self.key, token)

    def create(self, user: User) -> tuple[str, WebSession]:
        """A new session of ``user``, tied to their current password."""
        token = new_token()
        user_id = user.id
        fingerprint = credentials_version(user, self.key)
        session = WebSession(user_id, fingerprint, new_token(), int(time.time()))
        pipe = self.client.pipeline()
        pipe.hset(
            self._key(token),
            mapping={
                "user": str(user_id),
                "pwv": fingerprint,
                "csrf": session.csrf_token,
                "created": str(session.created_at),
            },
        )
        pipe.expire(self._key(token), self.idle_s)
        pipe.sadd(f"{_USER_PREFIX}{user_id}", self._key(token))
        pipe.expire(f"{_USER_PREFIX}{user_id}", self.max_age_s)
        pipe.execute()
        return token, session

    def get(self, token: str | None, *, activity: bool = True) -> WebSession | None:
        """The live session of ``token``, or None. Its idle expiry restarts only on the
        user's own ``activity`` (not on a page's polling)."""
        if not token or len(token) > 128:
            return None
        record = _text(self.client.hgetall(self._key(token)))  # type: ignore[arg-type]
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
        if activity:
            self.client.expire(self._key(token), min(self.idle_s, remaining))
        return session

    def end(self, token: str | None) -> None:
        if token:
            self.client.delete(self._key(token))

    def end_all(self, user_id: uuid.UUID) -> None:
        """Sign the user out everywhere (a password change, a deactivation)."""
        keys = list(self.client.smembers(f"{_USER_PREFIX}{user_id}"))  # type: ignore[arg-type]
        if keys:
            self.client.delete(*keys)
        self.client.delete(f"{_USER_PREFIX}{user_id}")
