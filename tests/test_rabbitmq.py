"""Issue 22: RabbitMQ as a supported broker (``CELERY_BROKER_URL=amqp://…``): a review runs
through real workers on durable quorum queues, with Redis keeping the chords' results."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from core.config import load_settings
from tests.conftest import TEST_REDIS_DB_URL

AMQP_URL = os.environ.get("TEST_AMQP_URL", "amqp://guest:guest@127.0.0.1:5672//")
ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.worker


def _queues() -> dict[str, str]:
    """RabbitMQ's queues and their types (``rabbitmqctl``, as root on this machine)."""
    ctl = shutil.which("rabbitmqctl")
    assert ctl, "rabbitmqctl is missing: scripts/ensure-services.sh installs RabbitMQ"
    listing = subprocess.run(
        [ctl, "-q", "list_queues", "name", "type", "durable", "--formatter", "json"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    return {row["name"]: row["type"] for row in json.loads(listing.stdout)}


def test_a_review_runs_through_rabbitmq_on_quorum_queues(
    pg_url: str, tmp_path: Path, committed_engine: object
) -> None:
    tag = uuid.uuid4().hex[:6]
    env = {
        **os.environ,
        "CELERY_BROKER_URL": AMQP_URL,
        "REDIS_URL": TEST_REDIS_DB_URL,
        "CELERY_RESULT_BACKEND": "",
        "CELERY_PIPELINE_QUEUE": f"amqp-pipe-{tag}",
        "CELERY_LLM_QUEUE": f"amqp-llm-{tag}",
        "DATABASE_URL": pg_url,
        "STORAGE_DIR": str(tmp_path / "storage"),
        "SPOOL_DIR": str(tmp_path / "spool"),
        "PYTHONPATH": str(ROOT),
    }
    settings = load_settings(env)
    assert settings.broker_is_amqp and settings.result_backend == TEST_REDIS_DB_URL
    run = subprocess.run(
        [sys.executable, "-m", "testkit.broker_roundtrip", str(tmp_path / "logs")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr[-3000:]
    outcome = json.loads(run.stdout.strip().splitlines()[-1])
    assert outcome == {
        "published": True, "status": "completed", "stage": "completed", "results": 4,
        "queues": [f"amqp-pipe-{tag}", f"amqp-llm-{tag}"], "broker": "amqp",
    }  # fmt: skip
    queues = _queues()
    assert queues.get(f"amqp-pipe-{tag}") == "quorum"
    assert queues.get(f"amqp-llm-{tag}") == "quorum"
    for name in (f"amqp-pipe-{tag}", f"amqp-llm-{tag}"):
        subprocess.run(["rabbitmqctl", "-q", "delete_queue", name], check=False, timeout=60)


def test_a_rabbitmq_broker_without_a_redis_result_store_is_refused(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "CELERY_BROKER_URL": AMQP_URL,
        "REDIS_URL": "",
        "CELERY_RESULT_BACKEND": "rpc://",
        "PYTHONPATH": str(ROOT),
    }
    run = subprocess.run(
        [sys.executable, "-c", "import celeryconfig"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert run.returncode != 0
    assert "set REDIS_URL or CELERY_RESULT_BACKEND to Redis" in run.stderr
