"""Tokens and login throttling.

Access tokens: short-lived JWTs (HS256 only; ``alg: none`` and every other algorithm are
rejected by passing ``algorithms=["HS256"]``) carrying ``sub``, ``role``, ``jti``, ``iat``,
``exp``, ``typ`` and ``pwv`` (a fingerprint of the password hash). They are not trusted
alone: every request loads the user and refuses an inactive one (deactivation takes effect
at once) or one whose password changed since the token was issued. A logged-out token's ``jti`` is
deny-listed in Redis until it would have expired.

Refresh tokens: random opaque strings. Redis stores only their SHA-256
(``rr:rt:<hash>`` → user, family). Each refresh marks the presented token used (atomically,
``HSETNX``) and issues a new one in the same family; presenting a used token again means it
leaked, so the whole family (``rr:rtf:<family>``) is revoked. Logout revokes the family.

Failed logins: counters per account and per client address (``INCR`` + ``EXPIRE``); at the
limit the login answers 429 with ``Retry-After`` without checking the password.
"""

from __future__ import annotations

import hashlib
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

import jwt
import redis

from database.models import User

ALGORITHM = "HS256"
_RT_PREFIX = "rr:rt:"
_FAMILY_PREFIX = "rr:rtf:"
_DENY_PREFIX = "rr:jti:"
_USER_FAMILIES_PREFIX = "rr:rtu:"
_FAIL_ACCOUNT_PREFIX = "rr:login_fail:account:"
_FAIL_IP_PREFIX = "rr:login_fail:ip:"


class TokenError(Exception):
    """The token is missing, malformed, expired, revoked or signed with another key."""


def _sha256(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    jti: str
    expires_at: int
    credentials_version: str


def credentials_version(user: User) -> str:
    """Changes whenever the password hash changes: tokens minted before a password change
    stop matching the user and are refused."""
    return hashlib.sha256(f"pwv:{user.password_hash}".encode()).hexdigest()[:16]


def issue_access_token(user: User, secret: str, ttl_s: int) -> str:
    now = int(time.time())
    payload = {
        "sub": str(user.id),
        "role": user.role,
        "jti": uuid.uuid4().hex,
        "iat": now,
        "exp": now + ttl_s,
        "typ": "access",
        "pwv": credentials_version(user),
    }
    return jwt.encode(payload, secret, algorithm=ALGORITHM)


def decode_access_token(token: str, secret: str) -> AccessClaims:
    try:
        payload = jwt.decode(
            token,
            secret,
            algorithms=[ALGORITHM],
            options={"require": ["sub", "jti", "iat", "exp", "pwv"]},
        )
    except jwt.PyJWTError as error:
        raise TokenError(str(error)) from error
    if payload.get("typ") != "access":
        raise TokenError("not an access token")
    try:
        user_id = uuid.UUID(str(payload["sub"]))
    except ValueError as error:
        raise TokenError("bad subject") from error
    return AccessClaims(
        user_id=user_id,
        jti=str(payload["jti"]),
        expires_at=int(payload["exp"]),
        credentials_version=str(payload["pwv"]),
    )


class TokenStore:
    """Refresh-token families and the access-token deny list, in Redis."""

    def __init__(self, client: redis.Redis, refresh_ttl_s: int) -> None:
        self.client = client
        self.refresh_ttl_s = refresh_ttl_s

    def issue_refresh_token(self, user_id: uuid.UUID, family: str | None = None) -> str:
        family = family or uuid.uuid4().hex
        token = secrets.token_urlsafe(48)
        pipe = self.client.pipeline()
        pipe.hset(f"{_RT_PREFIX}{_sha256(token)}", mapping={"user": str(user_id), "family": family})
        pipe.expire(f"{_RT_PREFIX}{_sha256(token)}", self.refresh_ttl_s)
        pipe.set(f"{_FAMILY_PREFIX}{family}", str(user_id), ex=self.refresh_ttl_s)
        pipe.sadd(f"{_USER_FAMILIES_PREFIX}{user_id}", family)
        pipe.expire(f"{_USER_FAMILIES_PREFIX}{user_id}", self.refresh_ttl_s)
        pipe.execute()
        return token

    def _lookup(self, token: str) -> tuple[str, dict[str, str]]:
        key = f"{_RT_PREFIX}{_sha256(token)}"
        raw: dict[Any, Any] = self.client.hgetall(key)  # type: ignore[assignment]
        record = {
            (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
            for k, v in raw.items()
        }
        if "user" not in record or "family" not in record:
            raise TokenError("unknown refresh token")
        return key, record

    def rotate(self, token: str) -> tuple[uuid.UUID, str, str]:
        """Consume ``token``; returns (user id, family, new token). Reuse revokes the family."""
        key, record = self._lookup(token)
        family = record["family"]
        if not self.client.exists(f"{_FAMILY_PREFIX}{family}"):
            raise TokenError("revoked refresh token")
        if not self.client.hsetnx(key, "used", "1"):
            # Already rotated once: someone holds a copy. Cut off every token of the family.
            self.revoke_family(family)
            raise TokenError("refresh token reused; session revoked")
        user_id = uuid.UUID(record["user"])
        return user_id, family, self.issue_refresh_token(user_id, family)

    def family_of(self, token: str) -> tuple[uuid.UUID, str]:
        _key, record = self._lookup(token)
        return uuid.UUID(record["user"]), record["family"]

    def revoke_family(self, family: str) -> None:
        self.client.delete(f"{_FAMILY_PREFIX}{family}")

    def revoke_user(self, user_id: uuid.UUID) -> None:
        """End every refresh family of the user (password change, deactivation)."""
        key = f"{_USER_FAMILIES_PREFIX}{user_id}"
        families = [
            f.decode() if isinstance(f, bytes) else str(f)
            for f in self.client.smembers(key)  # type: ignore[union-attr]
        ]
        pipe = self.client.pipeline()
        for family in families:
            pipe.delete(f"{_FAMILY_PREFIX}{family}")
        pipe.delete(key)
        pipe.execute()

    def is_denied(self, jti: str) -> bool:
        return bool(self.client.exists(f"{_DENY_PREFIX}{jti}"))

    def deny_access_token(self, claims: AccessClaims) -> None:
        ttl = claims.expires_at - int(time.time())
        if ttl > 0:
            self.client.set(f"{_DENY_PREFIX}{claims.jti}", "1", ex=ttl)


@dataclass(frozen=True)
class LoginLimits:
    per_account: int = 10
    per_ip: int = 50
    window_s: int = 15 * 60


class LoginThrottle:
    def __init__(self, client: redis.Redis, limits: LoginLimits) -> None:
        self.client = client
        self.limits = limits

    def _keys(self, email: str, ip: str | None) -> list[tuple[str, int]]:
        keys = [(f"{_FAIL_ACCOUNT_PREFIX}{_sha256(email)}", self.limits.per_account)]
        if ip:
            keys.append((f"{_FAIL_IP_PREFIX}{ip}", self.limits.per_ip))
        return keys

    def retry_after(self, email: str, ip: str | None) -> int | None:
        """Seconds to wait if either counter is at its limit, else None."""
        waits = []
        for key, limit in self._keys(email, ip):
            count = self.client.get(key)
            if count is not None and int(count) >= limit:
                ttl = int(self.client.ttl(key))  # type: ignore[arg-type]
                waits.append(ttl if ttl > 0 else self.limits.window_s)
        return max(waits) if waits else None

    def record_failure(self, email: str, ip: str | None) -> None:
        pipe = self.client.pipeline()
        for key, _limit in self._keys(email, ip):
            pipe.incr(key)
            pipe.expire(key, self.limits.window_s, nx=True)
        pipe.execute()

    def reset_account(self, email: str) -> None:
        self.client.delete(f"{_FAIL_ACCOUNT_PREFIX}{_sha256(email)}")
