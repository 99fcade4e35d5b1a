"""Structured logs: stdlib records (Celery, Flask, ours) rendered as JSON with the context
bound for the current request or task."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys

import structlog

from core import logs


def test_stdlib_records_carry_the_bound_context_as_json() -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=logs.SHARED_PROCESSORS,
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.JSONRenderer(),
            ],
        )
    )
    logger = logging.getLogger("tests.logs")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logs.clear()  # whatever an earlier in-process stage left bound
    try:
        logs.bind(request_id="req-123", review_request_id="rr-9", resume_id=None)
        logger.info("stage %s done", "extract")
        logs.clear()
        logger.info("after clear")
    finally:
        logger.removeHandler(handler)
    first, second = (json.loads(line) for line in stream.getvalue().splitlines())
    assert first["event"] == "stage extract done"
    assert first["request_id"] == "req-123"
    assert first["review_request_id"] == "rr-9"
    assert "resume_id" not in first  # None values are not bound
    assert first["level"] == "info"
    assert "request_id" not in second


def test_the_http_clients_request_lines_are_left_out_and_its_warnings_kept() -> None:
    # A process of its own: configure_logging sets up the root logger once per process.
    script = (
        "import logging\n"
        "from core.logs import configure_logging\n"
        "configure_logging('INFO', log_format='json')\n"
        "logging.getLogger('httpx2').info('HTTP Request: POST /v1/chat/completions 200')\n"
        "logging.getLogger('httpx').info('HTTP Request: GET /')\n"
        "logging.getLogger('httpx2').warning('connection reset')\n"
        "logging.getLogger('resume_review').info('stage done')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True
    )
    events = [json.loads(line)["event"] for line in done.stderr.splitlines()]
    assert events == ["connection reset", "stage done"]
