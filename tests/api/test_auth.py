"""Login, refresh rotation and reuse detection, logout, token validation, throttling."""

from __future__ import annotations

import time
import uuid
from collections.abc import Callable

import jwt
import pytest
import redis
from flask.testing import FlaskClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from api.security import credentials_version, issue_access_token
from core.enums import UserRole
from database.models import ActivityLog, User
from tests.api.conftest import API, JWT_SECRET, PASSWORD, SESSION_KEY, activity_count, bearer


def login(client: FlaskClient, email: str, password: str = PASSWORD, ip: str = "10.0.0.1"):
    return client.post(
        f"{API}/auth/login",
        json={"email": email, "password": password},
        environ_base={"REMOTE_ADDR": ip},
    )


def test_login_returns_tokens_and_user(
    client: FlaskClient, make_user: Callable[..., User], db_session: Session
) -> None:
    user = make_user(UserRole.SENIOR_RECRUITER)
    response = login(client, user.email.upper())  # emails are case-insensitive
    assert response.status_code == 200, response.json
    body = response.json
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    assert body["user"]["id"] == str(user.id)
    assert "password_hash" not in body["user"]
    claims = jwt.decode(body["access_token"], JWT_SECRET, algorithms=["HS256"])
    assert {"sub", "role", "jti", "exp", "iat"} <= set(claims)
    assert claims["role"] == "senior_recruiter"
    me = client.get(f"{API}/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200
    assert me.json["email"] == user.email
    assert activity_count(db_session, "auth.login") == 1
    db_session.refresh(user)
    assert user.last_login_at is not None


def test_wrong_password_and_unknown_user_look_the_same(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    user = make_user()
    wrong = login(client, user.email, "not the password at all")
    unknown = login(client, "nobody@example.com", "not the password at all")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json == unknown.json


def test_refresh_rotates_and_reuse_revokes_family(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    user = make_user()
    first = login(client, user.email).json["refresh_token"]

    rotated = client.post(f"{API}/auth/refresh", json={"refresh_token": first})
    assert rotated.status_code == 200, rotated.json
    second = rotated.json["refresh_token"]
    assert second != first
    assert rotated.json["access_token"]

    # The old token is spent; presenting it again is a reuse: the whole family dies.
    reused = client.post(f"{API}/auth/refresh", json={"refresh_token": first})
    assert reused.status_code == 401
    assert reused.json["error"]["code"] == "unauthorized"
    after_reuse = client.post(f"{API}/auth/refresh", json={"refresh_token": second})
    assert after_reuse.status_code == 401

    # Another login is a new, independent family.
    third = login(client, user.email).json["refresh_token"]
    assert client.post(f"{API}/auth/refresh", json={"refresh_token": third}).status_code == 200


def test_logout_revokes_family_and_access_token(
    client: FlaskClient, make_user: Callable[..., User], db_session: Session
) -> None:
    user = make_user()
    tokens = login(client, user.email).json
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    response = client.post(
        f"{API}/auth/logout", json={"refresh_token": tokens["refresh_token"]}, headers=headers
    )
    assert response.status_code == 204
    refreshed = client.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert refreshed.status_code == 401
    assert client.get(f"{API}/auth/me", headers=headers).status_code == 401
    assert activity_count(db_session, "auth.logout") == 1


def test_unknown_refresh_token(client: FlaskClient) -> None:
    response = client.post(f"{API}/auth/refresh", json={"refresh_token": "made-up"})
    assert response.status_code == 401


def test_deactivated_user_is_refused_at_once(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    admin = make_user(UserRole.ADMIN)
    junior = make_user()
    tokens = login(client, junior.email).json
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert client.get(f"{API}/candidates", headers=headers).status_code == 200

    response = client.patch(
        f"{API}/users/{junior.id}", json={"is_active": False}, headers=bearer(admin)
    )
    assert response.status_code == 200, response.json
    assert client.get(f"{API}/candidates", headers=headers).status_code == 401
    assert client.get(f"{API}/auth/me", headers=headers).status_code == 401
    refreshed = client.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert refreshed.status_code == 401
    assert login(client, junior.email).status_code == 401


def _claims(user: User, **overrides: object) -> dict[str, object]:
    now = int(time.time())
    claims: dict[str, object] = {
        "sub": str(user.id),
        "role": user.role,
        "jti": uuid.uuid4().hex,
        "iat": now,
        "exp": now + 600,
        "typ": "access",
        "pwv": credentials_version(user, SESSION_KEY),
    }
    claims.update(overrides)
    return claims


@pytest.mark.parametrize(
    "forge",
    [
        pytest.param(
            lambda user: issue_access_token(user, JWT_SECRET, -10, SESSION_KEY), id="expired"
        ),
        pytest.param(
            lambda user: jwt.encode(_claims(user), "another-key-" + "z" * 40, algorithm="HS256"),
            id="wrong-key",
        ),
        pytest.param(lambda user: jwt.encode(_claims(user), None, algorithm="none"), id="alg-none"),
        pytest.param(
            lambda user: jwt.encode(_claims(user), JWT_SECRET, algorithm="HS512"),
            id="other-alg",
        ),
        pytest.param(
            lambda user: _tamper(issue_access_token(user, JWT_SECRET, 600, SESSION_KEY)),
            id="tampered",
        ),
        pytest.param(
            lambda user: jwt.encode(_claims(user, sub=str(uuid.uuid4())), JWT_SECRET),
            id="unknown-user",
        ),
        pytest.param(
            lambda user: jwt.encode(_claims(user, typ="refresh"), JWT_SECRET), id="wrong-type"
        ),
        pytest.param(lambda user: "not.a.jwt", id="garbage"),
        pytest.param(
            lambda user: jwt.encode(_claims(user, pwv="0" * 16), JWT_SECRET), id="old-password"
        ),
        pytest.param(
            lambda user: jwt.encode({"sub": str(user.id)}, JWT_SECRET), id="missing-claims"
        ),
    ],
)
def test_bad_tokens_are_401(
    client: FlaskClient, make_user: Callable[..., User], forge: Callable[[User], str]
) -> None:
    user = make_user(UserRole.ADMIN)
    response = client.get(f"{API}/auth/me", headers={"Authorization": f"Bearer {forge(user)}"})
    assert response.status_code == 401
    assert response.json["error"]["code"] == "unauthorized"


def _tamper(token: str) -> str:
    import base64
    import json

    header, payload, signature = token.split(".")
    data = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
    data["role"] = "admin"
    data["sub"] = str(uuid.uuid4())
    forged = base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()
    return f"{header}.{forged}.{signature}"


def test_missing_or_malformed_authorization_header(client: FlaskClient) -> None:
    assert client.get(f"{API}/candidates").status_code == 401
    assert (
        client.get(f"{API}/candidates", headers={"Authorization": "Basic abc"}).status_code == 401
    )
    assert client.get(f"{API}/candidates", headers={"Authorization": "Bearer "}).status_code == 401


def test_wrong_passwords_slow_down_their_address_and_are_logged(
    client: FlaskClient, make_user: Callable[..., User], db_session: Session
) -> None:
    user = make_user()
    statuses = [login(client, user.email, f"wrong-{i}").status_code for i in range(12)]
    assert statuses[:5] == [401] * 5  # five free tries, then a delay that doubles
    assert set(statuses[5:]) == {429}
    blocked = login(client, user.email)  # from this address, even the right password waits
    assert blocked.status_code == 429
    assert int(blocked.headers["Retry-After"]) > 0
    assert blocked.json["error"]["code"] == "rate_limited"
    assert activity_count(db_session, "auth.login_failed") == 13
    rows = db_session.scalars(
        select(ActivityLog).where(ActivityLog.action == "auth.login_failed")
    ).all()
    for row in rows:
        assert "wrong-" not in str(row.details)
        assert PASSWORD not in str(row.details)
        assert row.ip_address == "10.0.0.1"
    assert {row.details["reason"] for row in rows} == {"bad_credentials", "rate_limited"}


def test_an_attacker_cannot_lock_the_owner_out(
    client: FlaskClient, make_user: Callable[..., User], redis_client: redis.Redis
) -> None:
    """Before: ten wrong passwords locked the account for everyone, its owner included."""
    user = make_user()
    assert login(client, user.email, ip="10.2.2.2").status_code == 200  # the owner's office
    # One address slows down after five tries, so the attacker spreads over forty.
    statuses = [login(client, user.email, "guess", ip=f"10.7.0.{i}").status_code for i in range(40)]
    assert statuses[:10] == [401] * 10 and statuses[-1] == 429
    # The owner signs in from where they always do, at once.
    assert login(client, user.email, ip="10.2.2.2").status_code == 200
    # From a new place they are slowed down, by a minute at most, never locked out.
    slowed = login(client, user.email, ip="10.3.3.3")
    assert slowed.status_code == 429
    assert 0 < int(slowed.headers["Retry-After"]) <= 61
    # Nothing in Redis names the account or the addresses.
    for key in redis_client.scan_iter("rr:login*"):
        assert user.email.encode() not in key and b"10." not in key


def test_failed_logins_are_throttled_per_address(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    user = make_user()
    for i in range(50):
        response = login(client, f"someone{i}@example.com", "guess", ip="10.9.9.9")
        assert response.status_code == 401
    assert login(client, user.email, ip="10.9.9.9").status_code == 429
    # Another address is not affected.
    assert login(client, user.email, ip="10.1.1.1").status_code == 200


def test_successful_login_resets_the_address_counter(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    user = make_user()
    for _ in range(4):
        login(client, user.email, "wrong password")
    assert login(client, user.email).status_code == 200
    for _ in range(4):
        assert login(client, user.email, "wrong password").status_code == 401


def test_the_forging_helper_is_sound(client: FlaskClient, make_user: Callable[..., User]) -> None:
    """Control for the table above: the same claims, correctly signed, are accepted."""
    user = make_user()
    token = jwt.encode(_claims(user), JWT_SECRET, algorithm="HS256")
    response = client.get(f"{API}/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200


def test_password_reset_signs_the_user_out_everywhere(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    admin = make_user(UserRole.ADMIN)
    user = make_user()
    tokens = login(client, user.email).json
    headers = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert client.get(f"{API}/auth/me", headers=headers).status_code == 200
    response = client.patch(
        f"{API}/users/{user.id}",
        json={"password": "a brand new passphrase"},
        headers=bearer(admin),
    )
    assert response.status_code == 200
    assert client.get(f"{API}/auth/me", headers=headers).status_code == 401
    refreshed = client.post(f"{API}/auth/refresh", json={"refresh_token": tokens["refresh_token"]})
    assert refreshed.status_code == 401
    fresh = login(client, user.email, "a brand new passphrase")
    assert fresh.status_code == 200
    new_headers = {"Authorization": f"Bearer {fresh.json['access_token']}"}
    assert client.get(f"{API}/auth/me", headers=new_headers).status_code == 200


def test_role_change_applies_to_the_next_request(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    admin = make_user(UserRole.ADMIN)
    senior = make_user(UserRole.SENIOR_RECRUITER)
    headers = bearer(senior)
    other = client.post(
        f"{API}/candidates", json={"first_name": "A", "last_name": "B"}, headers=bearer(admin)
    ).json
    assert client.get(f"{API}/candidates/{other['id']}", headers=headers).status_code == 200
    demoted = client.patch(
        f"{API}/users/{senior.id}", json={"role": "junior_recruiter"}, headers=bearer(admin)
    )
    assert demoted.status_code == 200
    # The token still says senior_recruiter; the database decides.
    assert client.get(f"{API}/candidates/{other['id']}", headers=headers).status_code == 404
