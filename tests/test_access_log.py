"""Issue 21: the web process's access log (gunicorn with ``web.gunicorn_conf``, as the
Procfile runs it) names paths, never query strings: a search carries names and emails."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).with_name("gunicorn")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def app(environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
    """A stand-in WSGI app: the access log is gunicorn's, whatever the app."""
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [b"ok"]


def test_the_access_log_names_no_query_string(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "web.log"
    with open(log, "wb") as output:
        server = subprocess.Popen(
            [str(GUNICORN), "--config", "python:web.gunicorn_conf", "--bind",
             f"127.0.0.1:{port}", "tests.test_access_log:app"],
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, stdout=output,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        try:
            deadline = time.monotonic() + 20
            while True:
                try:
                    url = f"http://127.0.0.1:{port}/candidates?q=ada.lovelace%40example.com"
                    with urllib.request.urlopen(url, timeout=2) as response:
                        assert response.status == 200
                    break
                except OSError:
                    assert time.monotonic() < deadline, log.read_text()
                    time.sleep(0.2)
            time.sleep(0.5)  # the access line is written after the answer
        finally:
            server.terminate()
            server.wait(timeout=15)
    text = log.read_text()
    assert '"GET /candidates HTTP/1.1" 200' in text, text
    assert "lovelace" not in text and "example.com" not in text
