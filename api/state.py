"""What the app factory hands to the views (stored in ``app.extensions``)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

import redis
from flask import current_app
from sqlalchemy import Connection, Engine

from api.security import LoginThrottle, TokenStore
from core.config import Settings

EXTENSION_KEY = "resume_review"


@dataclass
class ApiState:
    settings: Settings
    bind: Engine | Connection
    redis: redis.Redis
    broker_redis: redis.Redis | None
    tokens: TokenStore
    throttle: LoginThrottle
    # The HMAC key from SESSION_KEY (api.security.session_key).
    session_key: bytes
    # Returns True when the review request was published to the broker.
    publish_review: Callable[[uuid.UUID], bool]


def state() -> ApiState:
    return current_app.extensions[EXTENSION_KEY]  # type: ignore[no-any-return]
