"""The Celery application. Settings live in ``celeryconfig.py``."""

from __future__ import annotations

from celery import Celery


def create_celery_app() -> Celery:
    app = Celery("resume_review", include=["worker.tasks"])
    app.config_from_object("celeryconfig")
    return app


celery_app = create_celery_app()
