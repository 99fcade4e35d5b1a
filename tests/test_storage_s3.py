"""Issue 22, storage every host can reach: the S3 backend against an S3 server on loopback
(moto's server mode, a real boto3 client over HTTP), then the web and two workers with
separate local folders, as on three hosts, sharing only the bucket."""

from __future__ import annotations

import dataclasses
import io
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
from sqlalchemy import Engine, select

from api import create_app
from core.enums import UserRole
from core.errors import StorageUnavailable
from database.engine import session_scope
from database.models import Resume, ResumeLayout, ReviewRequest
from database.queries.users import create_user
from pipelines import storage
from testkit.pipeline_helpers import load_prompts, make_settings
from testkit.s3_server import CREDENTIALS, create_bucket, s3_server
from testkit.samples import make_pdf
from testkit.worker_harness import celery_workers
from tests.api.conftest import JWT_SECRET, PASSWORD_HASH, bearer


@pytest.fixture
def bucket(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[str, str]]:
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    with s3_server(tmp_path / "moto.log") as endpoint:
        name = f"rr-{uuid.uuid4().hex[:8]}"
        create_bucket(endpoint, name)
        yield endpoint, name


def test_the_bucket_keeps_reads_lists_and_deletes(bucket: tuple[str, str]) -> None:
    endpoint, name = bucket
    files = storage.S3Storage(name, endpoint_url=endpoint, prefix="resumes/")
    files.save("abc.pdf", b"%PDF- one")
    files.save("abc.page-1.png", b"png")
    assert files.read("abc.pdf") == b"%PDF- one"
    assert files.open("abc.page-1.png").read() == b"png"
    assert files.exists("abc.pdf") and not files.exists("nope.pdf")
    assert sorted(files.stored_keys()) == ["abc.page-1.png", "abc.pdf"]
    assert list(files.stored_keys(older_than_s=3600)) == []  # both are new
    with pytest.raises(FileNotFoundError):
        files.read("nope.pdf")
    files.delete("abc.pdf")
    files.delete("abc.pdf")  # a missing file is not an error
    assert list(files.stored_keys()) == ["abc.page-1.png"]
    with pytest.raises(ValueError):
        files.save("../escape", b"x")


def _review(
    settings_env: dict[str, str],
    tmp_path: Path,
    pg_url: str,
    engine: Engine,
    redis_url: str,
    per_host: dict[str, dict[str, str]],
) -> tuple[str, Resume | None]:
    """Upload through the API (this process: the web host), let the two workers review it,
    and return the request's final status with its resume."""
    with session_scope(engine) as session:
        load_prompts(session)
        user = create_user(session, email=f"s3-{uuid.uuid4().hex[:6]}@example.com",
                           password_hash=PASSWORD_HASH, role=UserRole.SENIOR_RECRUITER)  # fmt: skip
        user_id = user.id
    web_dir = tmp_path / "web-host" / "storage"
    settings = make_settings(web_dir, pg_url, jwt_secret=JWT_SECRET, broker_url=redis_url)
    settings = dataclasses.replace(
        settings,
        storage_backend=settings_env.get("STORAGE_BACKEND", "local"),
        s3_bucket=settings_env.get("S3_BUCKET"),
        s3_endpoint_url=settings_env.get("S3_ENDPOINT_URL"),
    )
    app = create_app(settings, engine=engine, redis_client=redis.Redis.from_url(redis_url))
    client = app.test_client()
    with session_scope(engine) as session:
        headers = bearer(session.get(type(user), user_id))  # type: ignore[arg-type]
    env = {"DATABASE_URL": pg_url, **settings_env}
    with celery_workers(env, tmp_path / "logs", env_for=per_host):
        candidate = client.post("/api/v1/candidates", json={"first_name": "Two",
                                "last_name": "Hosts"}, headers=headers).json  # fmt: skip
        accepted = client.post(
            f"/api/v1/candidates/{candidate['id']}/resumes", headers=headers,
            data={"file": (io.BytesIO(make_pdf(marker=uuid.uuid4().hex)), "r.pdf")},
        )  # fmt: skip
        assert accepted.status_code == 202, accepted.json
        request_id = uuid.UUID(accepted.json["review_request"]["id"])
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            with session_scope(engine) as session:
                status = session.scalar(
                    select(ReviewRequest.status).where(ReviewRequest.id == request_id)
                )
            if status in ("completed", "failed"):
                break
            time.sleep(0.5)
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, request_id)
        assert request is not None
        resume = session.get(Resume, request.resume_id)
        session.expunge_all()
    return str(status), resume


def _hosts(tmp_path: Path) -> dict[str, dict[str, str]]:
    return {
        kind: {"STORAGE_DIR": str(tmp_path / f"{kind}-host" / "storage"),
               "SPOOL_DIR": str(tmp_path / f"{kind}-host" / "spool")}
        for kind in ("pipeline", "llm")
    }  # fmt: skip


@pytest.mark.worker
def test_web_and_workers_on_separate_hosts_share_the_bucket(
    bucket: tuple[str, str], tmp_path: Path, pg_url: str, committed_engine: Engine,
    redis_url: str, pipeline_env: Path,
) -> None:  # fmt: skip
    endpoint, name = bucket
    settings_env = {"STORAGE_BACKEND": "s3", "S3_BUCKET": name, "S3_ENDPOINT_URL": endpoint,
                    **CREDENTIALS}  # fmt: skip
    status, resume = _review(settings_env, tmp_path, pg_url, committed_engine, redis_url,
                             _hosts(tmp_path))  # fmt: skip
    assert status == "completed"
    assert resume is not None
    with session_scope(committed_engine) as session:
        layout = session.get(ResumeLayout, resume.id)
        assert layout is not None and layout.page_images
        keys = [k for k in layout.page_images if k]
    files = storage.S3Storage(name, endpoint_url=endpoint)
    assert files.exists(resume.stored_filename)
    assert keys and all(files.exists(key) for key in keys)  # written by the pipeline host
    for kind in ("web", "pipeline", "llm"):
        local = tmp_path / f"{kind}-host" / "storage"
        assert not local.exists() or not any(local.iterdir()), kind


@pytest.mark.worker
def test_without_shared_storage_the_same_hosts_cannot_read_the_upload(
    tmp_path: Path, pg_url: str, committed_engine: Engine, redis_url: str, pipeline_env: Path,
) -> None:  # fmt: skip
    """The control: local folders on separate hosts fail the resume (what issue 22 saw)."""
    status, resume = _review({}, tmp_path, pg_url, committed_engine, redis_url, _hosts(tmp_path))
    assert status == "failed"
    assert resume is not None and "missing from storage" in (resume.error_message or "")
    assert os.path.isdir(tmp_path / "web-host" / "storage")


def _dead_endpoint() -> str:
    """A loopback address nothing listens on: an S3 server that is down (restarting)."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{probe.getsockname()[1]}"


def test_a_store_that_cannot_be_reached_is_unavailable_not_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    files = storage.S3Storage("rr-down", endpoint_url=_dead_endpoint())
    # Not FileNotFoundError (which fails a resume for good): a passing fault.
    for call in (lambda: files.read("abc.pdf"), lambda: files.save("abc.pdf", b"x"),
                 lambda: files.exists("abc.pdf"), lambda: files.delete("abc.pdf")):  # fmt: skip
        with pytest.raises(StorageUnavailable) as raised:
            call()
        assert raised.value.retry_after_s > 0


def test_an_upload_while_the_store_is_down_is_a_503_and_stores_nothing(
    tmp_path: Path, pg_url: str, committed_engine: Engine, redis_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    with session_scope(committed_engine) as session:
        load_prompts(session)
        user = create_user(session, email=f"s3-down-{uuid.uuid4().hex[:6]}@example.com",
                           password_hash=PASSWORD_HASH, role=UserRole.SENIOR_RECRUITER)  # fmt: skip
        headers = bearer(user)
    settings = dataclasses.replace(
        make_settings(tmp_path / "storage", pg_url, jwt_secret=JWT_SECRET, broker_url=redis_url),
        storage_backend="s3", s3_bucket="rr-down", s3_endpoint_url=_dead_endpoint(),
    )  # fmt: skip
    cache = redis.Redis.from_url(redis_url)
    app = create_app(settings, engine=committed_engine, redis_client=cache)
    client = app.test_client()
    candidate = client.post("/api/v1/candidates", json={"first_name": "Store",
                            "last_name": "Down"}, headers=headers).json  # fmt: skip
    answer = client.post(
        f"/api/v1/candidates/{candidate['id']}/resumes", headers=headers,
        data={"file": (io.BytesIO(make_pdf(marker=uuid.uuid4().hex)), "r.pdf")},
    )  # fmt: skip
    assert answer.status_code == 503, answer.json
    assert answer.json["error"]["code"] == "storage_unavailable"
    assert int(answer.headers["Retry-After"]) > 0
    with session_scope(committed_engine) as session:
        assert session.scalar(select(Resume.id).where(Resume.candidate_id == uuid.UUID(
            candidate["id"]))) is None  # fmt: skip
        assert session.scalar(select(ReviewRequest.id).join(Resume).where(
            Resume.candidate_id == uuid.UUID(candidate["id"]))) is None  # fmt: skip


@pytest.fixture
def harness_s3(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Any, Any]]:
    """The fault harness's S3 server (bench.faults_support.PrivateS3), started, and a
    backend on its bucket; killed at the end."""
    from bench.faults_support import PrivateS3

    for name, value in CREDENTIALS.items():
        monkeypatch.setenv(name, value)
    server = PrivateS3(tmp_path / "s3")
    server.start()
    try:
        yield server, storage.S3Storage(server.bucket, endpoint_url=server.url, region="us-east-1")
    finally:
        server.kill()


def test_fault_harness_s3_restarts_with_its_objects_after_a_torn_record(
    harness_s3: tuple[Any, Any],
) -> None:
    """bench/faults.py's s3_restart kills the server mid-batch; a kill during moto's write of
    a request record leaves a half line, which would make its replay answer 500. The
    restarted server drops that torn tail and serves every object it had answered."""
    server, backend = harness_s3
    backend.save("kept", b"answered before the kill")
    server.kill()
    with server.recording.open("a") as record:
        record.write('{"headers": {"Host": "127.0.0.1"}, "meth')  # the kill's torn write
    server.start()
    assert backend.read("kept") == b"answered before the kill"
    assert server.recording.read_bytes().endswith(b"\n")


def test_fault_harness_s3_keeps_every_object_put_concurrently_across_a_restart(
    harness_s3: tuple[Any, Any],
) -> None:
    """Uploads answered at once must not garble the harness server's request record: its
    replay after a restart brings every object back (CI's s3_restart failed on a 500 from
    the replay)."""
    from concurrent.futures import ThreadPoolExecutor

    server, backend = harness_s3
    bodies = {f"object-{n}": bytes([n]) * 200_000 for n in range(24)}
    with ThreadPoolExecutor(max_workers=12) as pool:
        list(pool.map(lambda item: backend.save(*item), bodies.items()))
    server.kill()
    server.start()
    assert {key: backend.read(key) for key in bodies} == bodies
