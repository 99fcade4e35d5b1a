"""Entry point for gunicorn: ``gunicorn api.wsgi:app`` (configuration from the environment)."""

from __future__ import annotations

from api import create_app

app = create_app()
