"""Entry point for gunicorn: ``gunicorn api.wsgi:app`` (configuration from the environment)."""

from __future__ import annotations

from api import create_app
from core.config import get_settings
from core.logs import configure_logging

configure_logging(get_settings().log_level, log_format=get_settings().log_format)
app = create_app()
