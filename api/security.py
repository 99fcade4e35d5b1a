"""Tokens and login throttling.

Nothing a Redis writer can forge: every key under which Redis stores a refresh token, a
workspace session or a login counter is an HMAC of the secret under ``SESSION_KEY``, never
a plain hash, so writing a record does not give its owner a token that finds it; ``pwv``
(the password fingerprint in every token and session) is an HMAC of the password hash.
Revocation does not depend on Redis surviving either: ``users.sessions_not_before`` (v1.2)
refuses every token and session issued before it, whatever Redis remembers.

Access tokens: short-lived JWTs (HS256 only; ``alg: none`` and every other algorithm are
rejected by passing ``algorithms=["HS256"]``) carrying ``sub``, ``role``, ``jti``, ``iat``,
``exp``, ``typ`` and ``pwv``. They are not trusted alone: every request loads the user and
refuses an inactive one (deactivation takes effect at once), one whose password changed
since the token was issued, or a token issued before the user's ``sessions_not_before``. A
logged-out token's ``jti`` is deny-listed in Redis until it would have expired.

Refresh tokens: random opaque strings (``rr:rt:<hmac>`` → user, family, issue time). Each
refresh marks the presented token used (atomically, ``HSETNX``) and issues a new one in the
same family; presenting a used token again means it leaked, so the whole family
(``rr:rtf:<family>``) is revoked, and the view moves the user's ``sessions_not_before``.

Failed logins never lock an account's owner out (:class:`LoginThrottle`): failures slow down
the address they come from, for that account, with a delay that doubles; failures against
one account from everywhere slow down only addresses the account never signed in from, and
by at most a minute; and each address has a budget of failures over all accounts.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
import uuid
from dataclasses import dataclass
from typing import Any

import jwt
import redis

from core.config import Settings
from database.models import User

ALGORITHM = "HS256"
_RT_PREFIX = "rr:rt:"
_FAMILY_PREFIX = "rr:rtf:"
_DENY_PREFIX = "rr:jti:"
_USER_FAMILIES_PREFIX = "rr:rtu:"
_FAIL_PAIR_PREFIX = "rr:login_fail:pair:"
_FAIL_ACCOUNT_PREFIX = "rr:login_fail:account:"
_FAIL_IP_PREFIX = "rr:login_fail:ip:"
_KNOWN_PREFIX = "rr:login_known:"


class TokenError(Exception):
    """The token is missing, malformed, expired, revoked or signed with another key."""


class TokenReused(TokenError):
    """A refresh token presented a second time: a copy exists, its family is revoked."""

    def __init__(self, user_id: uuid.UUID) -> None:
        super().__init__("refresh token reused; session revoked")
        self.user_id = user_id


def session_key(settings: Settings) -> bytes:
    """The HMAC key from the ``SESSION_KEY`` setting. Settings built in code (tests,
    benchmarks) may leave it out: a key derived from their JWT secret then (the API refuses
    to start from the environment without one)."""
    secret = settings.session_key or "derived from JWT_SECRET:" + settings.jwt_secret
    return hashlib.sha256(b"resume-review session key\0" + secret.encode()).digest()


def keyed_digest(key: bytes, value: str) -> str:
    """What Redis stores instead of a secret: without the key it cannot be computed."""
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class AccessClaims:
    user_id: uuid.UUID
    jti: str
    issued_at: int
    expires_at: int
    credentials_version: str


def credentials_version(user: User, key: bytes) -> str:
    """Changes whenever the password hash changes: tokens minted before a password change
    stop matching the user and are refused. Keyed, so it tells nothing about the hash."""
    return keyed_digest(key, f"pwv:{user.password_hash}")[:32]


def issue_access_token(user: User, secret: str, ttl_s: int, key: bytes) -> str:
    now = int(time.time())
    payload = {
        "sub": str(user.id),
        "role": user.role,
        "jti": uuid.uuid4().hex,
        "iat": now,
        "exp": now + ttl_s,
        "typ": "access",
        "pwv": credentials_version(user, key),
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
        issued_at=int(payload["iat"]),
        expires_at=int(payload["exp"]),
        credentials_version=str(payload["pwv"]),
    )


class TokenStore:
    """Refresh-token families and the access-token deny list, in Redis."""

    def __init__(self, client: redis.Redis, refresh_ttl_s: int, key: bytes) -> None:
        self.client = client
        self.refresh_ttl_s = refresh_ttl_s
        self.key = key

    def issue_refresh_token(self, user_id: uuid.UUID, family: str | None = None) -> str:
        family = family or uuid.uuid4().hex
        token = secrets.token_urlsafe(48)
        record_key = f"{_RT_PREFIX}{keyed_digest(self.key, token)}"
        record = {"user": str(user_id), "family": family, "issued": str(int(time.time()))}
        pipe = self.client.pipeline()
        pipe.hset(record_key, mapping=record)
        pipe.expire(record_key, self.refresh_ttl_s)
        # Set once, at sign-in: rotating never extends a family past REFRESH_TOKEN_TTL_S.
        pipe.set(f"{_FAMILY_PREFIX}{family}", str(user_id), ex=self.refresh_ttl_s, nx=True)
        pipe.sadd(f"{_USER_FAMILIES_PREFIX}{user_id}", family)
        pipe.expire(f"{_USER_FAMILIES_PREFIX}{user_id}", self.refresh_ttl_s)
        pipe.execute()
        return token

    def _lookup(self, token: str) -> tuple[str, dict[str, str]]:
        key = f"{_RT_PREFIX}{keyed_digest(self.key, token)}"
        raw: dict[Any, Any] = self.client.hgetall(key)  # type: ignore[assignment]
        record = {
            (k.decode() if isinstance(k, bytes) else k): (v.decode() if isinstance(v, bytes) else v)
            for k, v in raw.items()
        }
        if not {"user", "family", "issued"} <= record.keys():
            raise TokenError("unknown refresh token")
        return key, record

    def rotate(self, token: str) -> tuple[uuid.UUID, str, str, int]:
        """Consume ``token``; returns (user id, family, new token, when ``token`` was issued).
        Reuse revokes the family."""
        key, record = self._lookup(token)
        family = record["family"]
        if not self.client.exists(f"{_FAMILY_PREFIX}{family}"):
            raise TokenError("revoked refresh token")
        if not self.client.hsetnx(key, "used", "1"):
            # Already rotated once: someone holds a copy. Cut off every token of the family.
            self.revoke_family(family)
            raise TokenReused(uuid.UUID(record["user"]))
        user_id = uuid.UUID(record["user"])
        return user_id, family, self.issue_refresh_token(user_id, family), int(record["issued"])

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
    """How failed password checks slow down (never a lockout of the account's owner)."""

    free_per_address: int = 5  # failures from one address against one account, then delays
    first_delay_s: int = 1  # the first delay; each further failure doubles it
    max_delay_s: int = 15 * 60  # the doubling delay's ceiling for that address and account
    free_per_account: int = 10  # failures from everywhere, then unfamiliar addresses wait
    max_account_delay_s: int = 60  # ... at most this long: the owner is slowed, never locked
    per_ip: int = 50  # failures from one address over all accounts in a window
    window_s: int = 15 * 60
    known_address_days: int = 30  # an address an account signed in from stays familiar


class LoginThrottle:
    """Progressive delays per (account, address) and per account for unfamiliar addresses,
    plus a budget per address. A successful sign-in makes its address familiar."""

    def __init__(self, client: redis.Redis, limits: LoginLimits, key: bytes) -> None:
        self.client = client
        self.limits = limits
        self.key = key

    def _digest(self, *parts: str) -> str:
        return keyed_digest(self.key, "\0".join(parts))

    def _pair(self, email: str, ip: str | None) -> str:
        return f"{_FAIL_PAIR_PREFIX}{self._digest(email, ip or '-')}"

    def _account(self, email: str) -> str:
        return f"{_FAIL_ACCOUNT_PREFIX}{self._digest(email)}"

    def _known(self, email: str) -> str:
        return f"{_KNOWN_PREFIX}{self._digest(email)}"

    def _wait(self, key: str, free: int, ceiling: int, now: float) -> float:
        raw: dict[Any, Any] = self.client.hgetall(key)  # type: ignore[assignment]
        failures = int(raw.get(b"n", raw.get("n", 0)) or 0)
        if failures < free:
            return 0.0
        last = float(raw.get(b"last", raw.get("last", 0)) or 0)
        delay = min(self.limits.first_delay_s * 2 ** (failures - free), ceiling)
        return max(0.0, last + delay - now)

    def retry_after(self, email: str, ip: str | None) -> int | None:
        """Seconds this address must wait before checking this account's password, or None."""
        now = time.time()
        limits = self.limits
        pair = self._pair(email, ip)
        waits = [self._wait(pair, limits.free_per_address, limits.max_delay_s, now)]
        if not ip or not self.client.sismember(self._known(email), self._digest(ip)):
            waits.append(
                self._wait(
                    self._account(email), limits.free_per_account, limits.max_account_delay_s, now
                )
            )
        if ip:
            key = f"{_FAIL_IP_PREFIX}{self._digest(ip)}"
            count = self.client.get(key)
            if count is not None and int(count) >= limits.per_ip:  # type: ignore[arg-type]
                ttl = int(self.client.ttl(key))  # type: ignore[arg-type]
                waits.append(ttl if ttl > 0 else limits.window_s)
        wait = max(waits)
        return int(wait) + 1 if wait > 0 else None

    def record_failure(self, email: str, ip: str | None) -> None:
        now = str(time.time())
        pipe = self.client.pipeline()
        for key in (self._pair(email, ip), self._account(email)):
            pipe.hincrby(key, "n", 1)
            pipe.hset(key, "last", now)
            pipe.expire(key, self.limits.max_delay_s + self.limits.window_s)
        if ip:
            key = f"{_FAIL_IP_PREFIX}{self._digest(ip)}"
            pipe.incr(key)
            pipe.expire(key, self.limits.window_s, nx=True)
        pipe.execute()

    def record_success(self, email: str, ip: str | None) -> None:
        """The password was right: this address's delays for the account end and the address
        becomes familiar (failures elsewhere no longer slow it down)."""
        pipe = self.client.pipeline()
        pipe.delete(self._pair(email, ip))
        if ip:
            pipe.sadd(self._known(email), self._digest(ip))
            pipe.expire(self._known(email), self.limits.known_address_days * 86400)
        pipe.execute()
