"""Issue 21, "nothing usable in Redis": what Redis holds of sessions and tokens cannot be
forged by whoever can write to it, revocation holds in PostgreSQL whatever Redis forgets,
and a workspace session idles out on the user's own activity, not on a page's polling."""

from __future__ import annotations

import hashlib
import time
import uuid
from collections.abc import Callable

import pytest
import redis
from flask.testing import FlaskClient
from flask_openapi3 import OpenAPI
from sqlalchemy.orm import Session

from core.enums import UserRole
from database.models import User
from tests.api.conftest import API, PASSWORD
from tests.web.conftest import Browser
from web.sessions import COOKIE_NAME


@pytest.fixture
def client(app: OpenAPI) -> FlaskClient:
    return app.test_client()


def _login(client: FlaskClient, user: User) -> dict[str, str]:
    response = client.post(
        f"{API}/auth/login",
        json={"email": user.email, "password": PASSWORD},
        environ_base={"REMOTE_ADDR": "10.0.0.1"},
    )
    assert response.status_code == 200, response.json
    return response.json  # type: ignore[no-any-return]


def test_a_redis_writer_cannot_mint_an_admin_api_session(
    client: FlaskClient, make_user: Callable[..., User], redis_client: redis.Redis
) -> None:
    """Before: HSET rr:rt:<sha256(token)> user <admin id> ... gave a working refresh token."""
    admin = make_user(UserRole.ADMIN)
    token, family = "forged-" + uuid.uuid4().hex, uuid.uuid4().hex
    record = {"user": str(admin.id), "family": family, "issued": str(int(time.time()))}
    redis_client.hset(f"rr:rt:{hashlib.sha256(token.encode()).hexdigest()}", mapping=record)
    redis_client.set(f"rr:rtf:{family}", str(admin.id))
    response = client.post(f"{API}/auth/refresh", json={"refresh_token": token})
    assert response.status_code == 401
    # The control: a genuine refresh token of the same admin works.
    genuine = _login(client, admin)["refresh_token"]
    assert client.post(f"{API}/auth/refresh", json={"refresh_token": genuine}).status_code == 200


def test_a_redis_writer_cannot_mint_an_admin_workspace_session(
    browser: Callable[[], Browser],
    make_user: Callable[..., User],
    redis_client: redis.Redis,
) -> None:
    """Before: HSET rr:ws:<sha256(t)> user <admin id> pwv ... csrf ... signed them in."""
    admin = make_user(UserRole.ADMIN)
    cookie = "forged-" + uuid.uuid4().hex
    unkeyed_fingerprint = hashlib.sha256(f"pwv:{admin.password_hash}".encode()).hexdigest()
    redis_client.hset(
        f"rr:ws:{hashlib.sha256(cookie.encode()).hexdigest()}",
        mapping={
            "user": str(admin.id),
            "pwv": unkeyed_fingerprint[:16],
            "csrf": "c" * 40,
            "created": str(int(time.time())),
        },
    )
    visitor = browser()
    visitor.client.set_cookie(COOKIE_NAME, cookie)
    page = visitor.get("/admin/users")
    assert page.status_code in (302, 303, 401)
    assert admin.email not in page.get_data(as_text=True)


def test_tokens_are_refused_after_logout_everywhere_even_if_redis_forgets(
    client: FlaskClient,
    browser: Callable[[], Browser],
    make_user: Callable[..., User],
    redis_client: redis.Redis,
    db_session: Session,
) -> None:
    user = make_user()
    pair = _login(client, user)
    headers = {"Authorization": f"Bearer {pair['access_token']}"}
    workspace = browser()
    workspace.sign_in(user)
    assert workspace.get("/account").status_code == 200
    time.sleep(1.05)  # revocation counts whole seconds: what is issued before it ends
    assert client.post(f"{API}/auth/logout-all", headers=headers).status_code == 204
    # Redis loses what it knew (a restart without persistence): the deny list, the families.
    for key in redis_client.scan_iter("rr:*"):
        redis_client.delete(key)
    assert client.get(f"{API}/auth/me", headers=headers).status_code == 401
    db_session.expire_all()
    assert db_session.get(User, user.id).sessions_not_before is not None  # type: ignore[union-attr]
    # A workspace session restored from an older Redis snapshot is refused too.
    fresh = browser()
    fresh.sign_in(user)
    session_keys = list(redis_client.scan_iter("rr:ws:*"))
    assert len(session_keys) == 1
    redis_client.hset(session_keys[0], "created", str(int(time.time()) - 60))
    assert fresh.get("/account").status_code != 200


def test_a_reused_refresh_token_ends_the_access_tokens_already_issued(
    client: FlaskClient, make_user: Callable[..., User]
) -> None:
    """Before: reuse revoked the refresh family in Redis, but the thief's access token
    (a JWT, in no store) kept working until it expired."""
    user = make_user()
    first = _login(client, user)
    time.sleep(1.05)
    second = client.post(f"{API}/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert second.status_code == 200
    stolen_access = {"Authorization": f"Bearer {second.json['access_token']}"}
    assert client.get(f"{API}/auth/me", headers=stolen_access).status_code == 200
    time.sleep(1.05)
    replay = client.post(f"{API}/auth/refresh", json={"refresh_token": first["refresh_token"]})
    assert replay.status_code == 401
    assert client.get(f"{API}/auth/me", headers=stolen_access).status_code == 401
    # The owner signs in again and carries on.
    again = _login(client, user)
    assert (
        client.get(
            f"{API}/auth/me", headers={"Authorization": f"Bearer {again['access_token']}"}
        ).status_code
        == 200
    )


def test_nothing_in_redis_names_a_session_or_a_token(
    client: FlaskClient,
    browser: Callable[[], Browser],
    make_user: Callable[..., User],
    redis_client: redis.Redis,
) -> None:
    user = make_user()
    refresh_token = _login(client, user)["refresh_token"]
    workspace = browser()
    workspace.sign_in(user)
    cookie = workspace.client.get_cookie(COOKIE_NAME)
    assert cookie is not None
    plain = {
        hashlib.sha256(secret.encode()).hexdigest()
        for secret in (refresh_token, cookie.value, user.email)
    }
    for key in redis_client.scan_iter("rr:*"):
        text = key.decode()
        assert not any(digest in text for digest in plain), text
        assert user.email not in text


def test_a_session_idles_out_on_the_users_own_activity_not_on_polling(
    browser: Callable[[], Browser], make_user: Callable[..., User], redis_client: redis.Redis
) -> None:
    user = make_user()
    workspace = browser()
    workspace.sign_in(user)
    (key,) = list(redis_client.scan_iter("rr:ws:*"))
    assert 0 < redis_client.ttl(key) <= 30 * 60  # idle 30 minutes by default (ASVS L2)
    redis_client.expire(key, 100)
    workspace.get("/candidates", headers={"X-Background-Poll": "1"})
    assert redis_client.ttl(key) <= 100  # a page's polling does not keep it alive
    workspace.get("/candidates")
    assert redis_client.ttl(key) > 100  # the user's own request does
