"""Signing in and out of the workspace: the cookie session, CSRF, the security headers,
the API's login throttling, and what a signed-out visitor sees."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from core.enums import UserRole
from core.passwords import hash_password
from database.models import User
from database.queries.users import update_user
from tests.api.conftest import PASSWORD, activity_count
from tests.web.conftest import Browser


def test_signed_out_home_is_the_login_form(browser: Callable[[], Browser]) -> None:
    response = browser().get("/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert '<form id="login"' in html
    assert 'name="email"' in html and 'name="password"' in html and 'type="submit"' in html
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert "<script>" not in html  # no inline script anywhere


def test_sign_in_sets_an_httponly_strict_cookie_and_shows_the_candidates(
    browser: Callable[[], Browser], world: object, make_user: Callable[..., User]
) -> None:
    user = make_user()
    b = browser()
    response = b.sign_in(user)
    cookie = next(h for h in response.headers.getlist("Set-Cookie") if h.startswith("rr_session="))
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "Expires" not in cookie  # a browser-session cookie; the server expires it too
    home = b.get("/")
    assert "<h1>Candidates</h1>" in home.get_data(as_text=True)
    assert home.headers["Cache-Control"] == "no-store"


def test_wrong_password_keeps_the_email_and_is_audited(
    browser: Callable[[], Browser], make_user: Callable[..., User], db_session: Session
) -> None:
    user = make_user()
    b = browser()
    b.get("/")
    response = b.post("/login", {"email": user.email, "password": "wrong password"})
    assert response.status_code == 401
    html = response.get_data(as_text=True)
    assert f'value="{user.email}"' in html
    assert "do not match" in html
    assert "wrong password" not in html
    assert activity_count(db_session, "auth.login_failed") == 1


def test_login_is_throttled_like_the_api(
    browser: Callable[[], Browser], make_user: Callable[..., User]
) -> None:
    user = make_user()
    b = browser()
    b.get("/")
    for _ in range(5):  # the fixture's per-account limit
        assert b.post("/login", {"email": user.email, "password": "nope"}).status_code == 401
    throttled = b.post("/login", {"email": user.email, "password": PASSWORD})
    assert throttled.status_code == 429
    assert int(throttled.headers["Retry-After"]) > 0
    assert "Too many failed attempts" in throttled.get_data(as_text=True)


def test_a_form_without_the_csrf_token_is_refused(
    browser: Callable[[], Browser], make_user: Callable[..., User]
) -> None:
    user = make_user()
    b = browser()
    b.sign_in(user)
    refused = b.client.post("/candidates/new", data={"first_name": "A", "last_name": "B"})
    assert refused.status_code == 403
    forged = b.client.post(
        "/candidates/new", data={"first_name": "A", "last_name": "B", "csrf_token": "forged"}
    )
    assert forged.status_code == 403
    other_site = b.client.post(
        "/candidates/new",
        data={"first_name": "A", "last_name": "B", "csrf_token": b.csrf},
        headers={"Origin": "https://evil.example"},
    )
    assert other_site.status_code == 403
    # The login form's own token is double-submitted: a bare post cannot sign anyone in.
    assert browser().client.post("/login", data={"email": "x", "password": "y"}).status_code == 403


def test_sign_out_ends_the_session_on_the_server(
    browser: Callable[[], Browser], make_user: Callable[..., User]
) -> None:
    user = make_user()
    b = browser()
    b.sign_in(user)
    cookie = b.client.get_cookie("rr_session")
    assert cookie is not None
    token = cookie.value
    assert b.post("/logout").status_code == 303
    assert '<form id="login"' in b.get("/").get_data(as_text=True)
    # A copy of the old cookie no longer works.
    replay = browser()
    replay.client.set_cookie("rr_session", token)
    assert replay.client.get("/candidates").status_code == 302


def test_a_password_change_or_deactivation_ends_the_session(
    browser: Callable[[], Browser], make_user: Callable[..., User], db_session: Session
) -> None:
    user = make_user(UserRole.SENIOR_RECRUITER)
    b = browser()
    b.sign_in(user)
    update_user(db_session, user, password_hash=hash_password("a brand new password"))
    db_session.commit()
    assert b.client.get("/candidates").status_code == 302
    other = make_user()
    b2 = browser()
    b2.sign_in(other)
    update_user(db_session, other, is_active=False)
    db_session.commit()
    assert b2.client.get("/candidates").status_code == 302


def test_pages_need_a_session_and_come_back_after_sign_in(
    browser: Callable[[], Browser], make_user: Callable[..., User]
) -> None:
    b = browser()
    response = b.client.get("/candidates?q=ada")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/?next=")
    b.get(response.headers["Location"])
    user = make_user()
    login = b.post(
        "/login", {"email": user.email, "password": PASSWORD, "next": "/candidates?q=ada"}
    )
    assert login.headers["Location"] == "/candidates?q=ada"
    b.get("/")  # signed in now: the session's own CSRF token
    evil = b.post("/login", {"email": user.email, "password": PASSWORD, "next": "//evil.example/"})
    assert evil.headers["Location"] == "/"
    # A UI endpoint answers 401 in the API's JSON shape, not a redirect.
    assert (
        browser()
        .client.get("/ui/reviews/00000000-0000-0000-0000-000000000000/progress")
        .json["error"]["code"]
        == "unauthorized"
    )


def test_unknown_addresses_are_a_readable_404_and_the_api_keeps_json(
    browser: Callable[[], Browser],
) -> None:
    b = browser()
    page = b.client.get("/no/such/page")
    assert page.status_code == 404
    assert "Page not found" in page.get_data(as_text=True)
    assert "Traceback" not in page.get_data(as_text=True)
    api = b.client.get("/api/v1/no/such/thing")
    assert api.status_code == 404
    assert api.json["error"]["code"] == "not_found"


def test_signing_out_without_a_session_just_goes_home(browser: Callable[[], Browser]) -> None:
    b = browser()
    b.get("/")
    response = b.client.post("/logout", data={"csrf_token": "stale"})
    assert response.status_code == 303 and response.headers["Location"] == "/"


def test_stylesheets_and_scripts_are_served_and_may_be_cached(
    browser: Callable[[], Browser],
) -> None:
    b = browser()
    for name in ("app.css", "app.js", "upload.js", "review.js"):
        response = b.client.get(f"/static/web/{name}")
        assert response.status_code == 200, name
        assert response.headers.get("Cache-Control") != "no-store"
        response.close()


@pytest.mark.parametrize(
    "target",
    [
        "/\t/evil.example",  # before: passed, and Werkzeug answered Location: //evil.example
        "/\n/evil.example",
        "/\r\nSet-Cookie: x=1",  # before: a 500
        "//evil.example",
        "https://evil.example/",
        "/\\evil.example",
        "javascript:alert(1)",
        "/api/v1/candidates",
        "evil.example",
    ],
)
def test_sign_in_never_sends_anyone_to_another_site(
    browser: Callable[[], Browser], make_user: Callable[..., User], target: str
) -> None:
    user = make_user()
    b = browser()
    b.get("/")
    response = b.post("/login", {"email": user.email, "password": PASSWORD, "next": target})
    assert response.status_code == 303
    location = response.headers["Location"]
    assert location == "/", location


def test_sign_in_goes_back_to_a_page_of_this_site(
    browser: Callable[[], Browser], make_user: Callable[..., User]
) -> None:
    user = make_user()
    b = browser()
    b.get("/")
    response = b.post(
        "/login", {"email": user.email, "password": PASSWORD, "next": "/candidates?q=ada"}
    )
    assert response.headers["Location"] == "/candidates?q=ada"
