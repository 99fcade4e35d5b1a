"""Entry point for gunicorn: ``gunicorn api.wsgi:app`` (configuration from the environment)."""

from __future__ import annotations

from api import create_app
from core.logs import configure_logging

configure_logging()
app = create_app()
