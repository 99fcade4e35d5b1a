"""The issue's "done when", over real HTTP: a served app (Werkzeug server in a thread), real
Celery worker processes, Redis and PostgreSQL, the offline reviewer.

junior logs in → creates a candidate → uploads a PDF → polls until the review is
``completed`` → reads grounded feedback; a second junior sees none of it; a senior does; an
admin reassigns the candidate and the history shows both assignments.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import Engine
from werkzeug.serving import BaseWSGIServer, make_server

from api import create_app
from core.enums import UserRole
from database.engine import session_scope
from database.queries.users import create_user
from testkit.pipeline_helpers import load_prompts, make_settings
from testkit.samples import make_pdf
from testkit.worker_harness import celery_workers
from tests.api.conftest import JWT_SECRET, PASSWORD, PASSWORD_HASH

pytestmark = pytest.mark.worker


class Http:
    def __init__(self, base: str) -> None:
        self.base = base

    def call(
        self,
        method: str,
        path: str,
        *,
        token: str | None = None,
        json_body: Any = None,
        multipart: tuple[str, bytes] | None = None,
    ) -> tuple[int, Any]:
        headers: dict[str, str] = {}
        data: bytes | None = None
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if json_body is not None:
            data = json.dumps(json_body).encode()
            headers["Content-Type"] = "application/json"
        if multipart is not None:
            boundary = uuid.uuid4().hex
            filename, content = multipart
            data = (
                (
                    f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                    f'filename="{filename}"\r\nContent-Type: application/pdf\r\n\r\n'
                ).encode()
                + content
                + f"\r\n--{boundary}--\r\n".encode()
            )
            headers["Content-Type"] = f"multipart/form-data; boundary={boundary}"
        request = urllib.request.Request(
            self.base + path, data=data, method=method, headers=headers
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                raw = response.read()
                status = response.status
        except urllib.error.HTTPError as error:
            raw = error.read()
            status = error.code
        return status, (json.loads(raw) if raw else None)


@pytest.fixture
def served(
    pipeline_env: Path, pg_url: str, committed_engine: Engine, redis_url: str, tmp_path: Path
) -> Iterator[tuple[Http, dict[str, str]]]:
    emails = {}
    with session_scope(committed_engine) as session:
        load_prompts(session)
        for name, role in (
            ("junior", UserRole.JUNIOR_RECRUITER),
            ("junior2", UserRole.JUNIOR_RECRUITER),
            ("senior", UserRole.SENIOR_RECRUITER),
            ("admin", UserRole.ADMIN),
        ):
            emails[name] = f"{name}-{uuid.uuid4().hex[:6]}@example.com"
            create_user(session, email=emails[name], password_hash=PASSWORD_HASH, role=role)
    settings = make_settings(pipeline_env, pg_url, jwt_secret=JWT_SECRET, broker_url=redis_url)
    client = redis.Redis.from_url(redis_url)
    app = create_app(settings, engine=committed_engine, redis_client=client)
    server: BaseWSGIServer = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    env = {"DATABASE_URL": pg_url, "STORAGE_DIR": str(pipeline_env)}
    emails["logs"] = str(tmp_path / "logs")
    try:
        with celery_workers(env, tmp_path / "logs"):
            yield Http(f"http://127.0.0.1:{server.server_port}/api/v1"), emails
    finally:
        server.shutdown()
        thread.join(timeout=10)


def test_done_when_over_real_http(
    served: tuple[Http, dict[str, str]], caplog: pytest.LogCaptureFixture
) -> None:
    http, emails = served
    caplog.set_level(logging.DEBUG)
    candidate_email = f"ada.{uuid.uuid4().hex[:8]}@example.com"
    resume_phrase = f"Analytical engine notes {uuid.uuid4().hex[:8]}"

    def login(name: str) -> str:
        status, body = http.call(
            "POST", "/auth/login", json_body={"email": emails[name], "password": PASSWORD}
        )
        assert status == 200, body
        return str(body["access_token"])

    junior, junior2, senior, admin = (login(n) for n in ("junior", "junior2", "senior", "admin"))

    status, candidate = http.call(
        "POST",
        "/candidates",
        token=junior,
        json_body={"first_name": "Ada", "last_name": "Lovelace", "email": candidate_email},
    )
    assert status == 201, candidate
    assert http.call("GET", f"/candidates?q={candidate_email}", token=junior)[0] == 200
    status, accepted = http.call(
        "POST",
        f"/candidates/{candidate['id']}/resumes",
        token=junior,
        multipart=("ada.pdf", make_pdf(marker=resume_phrase)),
    )
    assert status == 202, accepted
    request_id = accepted["review_request"]["id"]

    deadline = time.monotonic() + 120
    review: dict[str, Any] = {}
    while time.monotonic() < deadline:
        status, review = http.call("GET", f"/review-requests/{request_id}", token=junior)
        assert status == 200
        if review["status"] in ("completed", "failed"):
            break
        time.sleep(0.5)
    assert review["status"] == "completed", review
    assert review["progress"] == 100
    assert review["results"]
    grounded = [item for group in review["feedback_by_section"] for item in group["items"]]
    assert grounded, review
    status, resume = http.call("GET", f"/resumes/{accepted['resume']['id']}", token=junior)
    assert status == 200 and resume["sections"]

    # A second junior sees nothing; a senior sees it all.
    for path in (
        f"/candidates/{candidate['id']}",
        f"/resumes/{accepted['resume']['id']}",
        f"/review-requests/{request_id}",
    ):
        assert http.call("GET", path, token=junior2)[0] == 404
        assert http.call("GET", path, token=senior)[0] == 200

    # The admin reassigns the candidate; the history shows both assignments.
    status, me2 = http.call("GET", "/auth/me", token=junior2)
    status, assigned = http.call(
        "POST",
        f"/candidates/{candidate['id']}/assignments",
        token=admin,
        json_body={"user_id": me2["id"], "reason": "workload"},
    )
    assert status == 201, assigned
    status, history = http.call("GET", f"/candidates/{candidate['id']}/assignments", token=admin)
    assert status == 200
    assert len(history["items"]) == 2
    first, second = history["items"]
    assert first["is_active"] is False and first["unassigned_reason"] == "workload"
    assert second["is_active"] is True and second["user_id"] == me2["id"]
    assert http.call("GET", f"/review-requests/{request_id}", token=junior2)[0] == 200
    assert http.call("GET", f"/review-requests/{request_id}", token=junior)[0] == 404

    # Issue 21: nothing personal in the logs of the whole review, the API's (this process;
    # the test server's own request lines aside) and the workers'.
    http.call("POST", "/candidates", token=junior2, json_body={"first_name": "X", "last_name": "Y",
              "email": candidate_email})  # fmt: skip
    ours = "\n".join(
        record.getMessage() + (record.exc_text or "")
        for record in caplog.records
        if record.name != "werkzeug"
    )
    workers = "\n".join(
        path.read_text(errors="replace")
        for path in Path(emails["logs"]).rglob("*")
        if path.is_file()
    )
    assert workers, "the workers wrote no log at all"
    for secret in (candidate_email, resume_phrase):
        assert secret not in ours, secret
        assert secret not in workers, secret
