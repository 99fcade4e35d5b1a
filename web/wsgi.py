"""Entry point for gunicorn: ``gunicorn web.wsgi:app``, the API at ``/api/v1`` and the
recruiter workspace at ``/`` (configuration from the environment)."""

from __future__ import annotations

from core.config import get_settings
from core.logs import configure_logging
from web import create_app

configure_logging(get_settings().log_level, log_format=get_settings().log_format)
app = create_app()
