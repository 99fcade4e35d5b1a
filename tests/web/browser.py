"""Real Chromium for the workspace's browser tests: Debian's ``chromium`` driven by
Playwright (its own browser download cannot work here), the workspace served by a real
server thread on loopback, and axe-core's check of a page."""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import Engine
from werkzeug.serving import BaseWSGIServer, make_server

from core.config import Settings
from web import create_app

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ROOT = Path(__file__).resolve().parents[2]
# Every run takes the screenshots; they land in docs/screenshots/ (the README's pictures)
# only when asked (UPDATE_SCREENSHOTS=1), so that a test run leaves the tree clean.
SCREENSHOTS = (
    ROOT / "docs" / "screenshots"
    if os.environ.get("UPDATE_SCREENSHOTS") == "1"
    else ROOT / "instance" / "screenshots"
)
SERIOUS = {"serious", "critical"}


def chromium_path() -> str:
    """Debian's Chromium; a missing browser fails the run (make test installs it)."""
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.fail(
            "Chromium is not installed: run `apt-get install chromium` (make test does it "
            "through scripts/ensure-services.sh). The browser tests never skip."
        )
    return CHROMIUM if Path(CHROMIUM).exists() else str(shutil.which("chromium"))


@contextmanager
def served(settings: Settings, engine: Engine, redis_url: str) -> Iterator[str]:
    """The whole app (API and workspace) on a free loopback port, in a thread."""
    app = create_app(settings, engine=engine, redis_client=redis.Redis.from_url(redis_url))
    server: BaseWSGIServer = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def serious_violations(page: Any) -> list[str]:
    """axe-core's serious and critical findings on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [
        f"{v['id']} ({v['impact']}): {v['help']} -- "
        + "; ".join(node["target"][0] for node in v["nodes"][:3])
        for v in results.response["violations"]
        if v.get("impact") in SERIOUS
    ]


def screenshot(page: Any, name: str, *, full_page: bool = False) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=full_page)
