"""Publishing and consuming survive a broker that goes away."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from kombu import Connection
from sqlalchemy import Engine

from core.config import PROJECT_ROOT
from database.engine import session_scope
from database.models import ReviewRequest
from testkit.pipeline_helpers import load_prompts
from testkit.samples import make_pdf
from testkit.worker_harness import submit_upload
from tests.conftest import TEST_REDIS_DB_URL
from worker.app import guard_kombu_redis_close


def test_a_channel_closing_after_its_connection_is_gone_does_not_crash() -> None:
    """The kombu race that killed the llm worker on a Redis restart (see worker/app.py)."""
    guard_kombu_redis_close()
    with Connection(TEST_REDIS_DB_URL) as connection:
        channel = connection.channel()
        channel._pool = None  # as after the connection error reset it
        channel.connection.client = None  # as after another thread released the connection
        with pytest.raises(connection.connection_errors):
            channel.qos.restore_unacked()
        connection.maybe_close_channel(channel)  # ignored, as kombu intends


def test_publishing_while_the_broker_is_down_fails_fast_and_keeps_the_request(
    pipeline_env: Path, committed_engine: Engine, pg_url: str
) -> None:
    with session_scope(committed_engine) as session:
        load_prompts(session)
    request_id = submit_upload(committed_engine, pipeline_env, pg_url, make_pdf(marker="down"))
    # A publisher (as the web process is) whose broker is down: nothing listens on port 1.
    # Not only the first publish: later ones used to wait ~20 s on the result store.
    script = (
        "import sys, time\n"
        "from worker.dispatch import publish_review\n"
        "for _ in range(3):\n"
        "    started = time.monotonic()\n"
        "    assert publish_review(sys.argv[1]) is False\n"
        "    print(round(time.monotonic() - started, 2))\n"
    )
    down = "redis://127.0.0.1:1/0"
    env = {**os.environ, "DATABASE_URL": pg_url, "CELERY_BROKER_URL": down,
           "CELERY_RESULT_BACKEND": down, "REDIS_URL": down}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", script, str(request_id)],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert all(float(seconds) < 5 for seconds in done.stdout.split())
    with session_scope(committed_engine) as session:
        request = session.get(ReviewRequest, request_id)
        assert request is not None
        assert request.status == "pending"  # left for the recovery sweep


def test_publishing_a_tracked_task_does_not_need_the_result_store() -> None:
    """A task whose result is kept used to subscribe to it on publish; with the result store
    restarting, that raised "The Celery application must be restarted" on every later
    publish of the process (beat's recovery sweep included). The broker is up here, the
    result store is not: the publish must go through at once."""
    script = (
        "import time, uuid\n"
        "from worker.app import celery_app\n"
        "from worker.dispatch import review_canvas\n"
        "started = time.monotonic()\n"
        "for _ in range(3):\n"
        "    review_canvas(uuid.uuid4(), ['structure', 'content']).apply_async()\n"
        "print(type(celery_app.backend).__name__, round(time.monotonic() - started, 2))\n"
    )
    # A whole review (a chain ending in a chord, whose group result subscribes to its
    # parts as it is built), onto queues of its own.
    env = {**os.environ, "CELERY_BROKER_URL": TEST_REDIS_DB_URL,
           "CELERY_RESULT_BACKEND": "redis://127.0.0.1:1/0",
           "CELERY_PIPELINE_QUEUE": "rr-publish-only-probe",
           "CELERY_LLM_QUEUE": "rr-publish-only-probe-llm"}  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-c", script],
        cwd=PROJECT_ROOT, env=env, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    backend, seconds = done.stdout.split()
    assert backend == "PublishOnlyRedisBackend"
    assert float(seconds) < 5
    with Connection(TEST_REDIS_DB_URL) as connection:
        queue = connection.SimpleQueue("rr-publish-only-probe")
        assert queue.qsize() == 3
        queue.clear()
        queue.close()
