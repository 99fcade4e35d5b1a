"""Workspace test fixtures: the API's fixtures (a savepoint per test, real Redis, real
argon2, real PDF files) with the app built by ``web.create_app``, and a browser-like
client that signs in through the form and sends the CSRF token back."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import pytest
import redis
from flask.testing import FlaskClient
from flask_openapi3 import OpenAPI
from sqlalchemy.orm import Session
from werkzeug.test import TestResponse

from api.security import LoginLimits
from api.state import EXTENSION_KEY
from core.config import Settings
from database.models import User
from tests.api.conftest import (  # noqa: F401 (fixtures)
    PASSWORD,
    Publisher,
    World,
    api_redis_url,
    make_user,
    prompts,
    publisher,
    redis_client,
    settings,
    world,
)
from web import create_app

CSRF_META = re.compile(r'<meta name="csrf-token" content="([^"]+)">')


@pytest.fixture
def app(
    settings: Settings,  # noqa: F811
    db_session: Session,
    redis_client: redis.Redis,  # noqa: F811
    publisher: Publisher,  # noqa: F811
    prompts: None,  # noqa: F811
) -> OpenAPI:
    application = create_app(
        settings,
        engine=db_session.get_bind(),  # type: ignore[arg-type]
        redis_client=redis_client,
        # Deterministic: a throttled attempt stays throttled for the whole test.
        login_limits=LoginLimits(first_delay_s=600),
    )
    application.config["TESTING"] = True
    application.extensions[EXTENSION_KEY].publish_review = publisher
    return application


class Browser:
    """A test client that keeps cookies, reads the page's CSRF token and sends it back."""

    def __init__(self, client: FlaskClient) -> None:
        self.client = client
        self.csrf = ""

    def get(self, path: str, **kwargs: Any) -> TestResponse:
        response = self.client.get(path, **kwargs)
        match = CSRF_META.search(response.get_data(as_text=True))
        if match:
            self.csrf = match.group(1)
        return response

    def post(self, path: str, data: dict[str, Any] | None = None, **kwargs: Any) -> TestResponse:
        if not self.csrf:
            self.get("/")
        payload = {"csrf_token": self.csrf, **(data or {})}
        return self.client.post(path, data=payload, **kwargs)

    def post_json(self, path: str, body: dict[str, Any]) -> TestResponse:
        return self.client.post(path, json=body, headers={"X-CSRF-Token": self.csrf})

    def sign_in(self, user: User, password: str = PASSWORD) -> TestResponse:
        self.get("/")
        response = self.post("/login", {"email": user.email, "password": password})
        assert response.status_code == 303, response.get_data(as_text=True)
        self.get("/")
        return response


@pytest.fixture
def browser(app: OpenAPI) -> Callable[[], Browser]:
    return lambda: Browser(app.test_client())
