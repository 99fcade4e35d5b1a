"""The workspace's blueprints: one per area, each reading the session user and checking
CSRF before its views run, and answering errors as pages (``/ui/...``: as JSON)."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint

from web.auth import check_csrf, load_user
from web.errors import register_page_errors

WEB_ROOT = Path(__file__).resolve().parent.parent


def blueprint(name: str, import_name: str, **options: object) -> Blueprint:
    bp = Blueprint(name, import_name, template_folder=str(WEB_ROOT / "templates"), **options)
    bp.before_request(load_user)
    bp.before_request(check_csrf)
    register_page_errors(bp)
    return bp
