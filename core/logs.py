"""Structured logs for web and workers: JSON lines when stderr is not a terminal,
readable colour-free lines when it is. Every line carries the context bound for the
current request or task (request_id, review_request_id, resume_id, task_id) so one review
can be followed from upload to result. Resume text and secrets are never logged."""

from __future__ import annotations

import logging
import sys
from typing import Any

import structlog

_configured = False
# httpx, and the fork of it that the openai SDK ships with.
HTTP_CLIENT_LOGGERS = ("httpx", "httpx2")

SHARED_PROCESSORS: list[Any] = [
    structlog.contextvars.merge_contextvars,
    structlog.stdlib.add_log_level,
    structlog.stdlib.add_logger_name,
    structlog.processors.TimeStamper(fmt="iso", utc=True),
    structlog.processors.format_exc_info,
]


def configure_logging(level: str = "INFO", *, log_format: str | None = None) -> None:
    """Route stdlib logging (Celery, Flask, SQLAlchemy…) and structlog through one
    formatter. ``log_format`` is ``json`` or ``console``; None: JSON unless stderr is a
    terminal. Idempotent."""
    global _configured
    if _configured:
        return
    json = log_format == "json" if log_format else not sys.stderr.isatty()
    renderer: Any = (
        structlog.processors.JSONRenderer() if json else structlog.dev.ConsoleRenderer(colors=False)
    )
    formatter = structlog.stdlib.ProcessorFormatter(
        foreign_pre_chain=SHARED_PROCESSORS,
        processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
    )
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(formatter)
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # The HTTP client under the openai SDK logs every request at INFO: a line a model call
    # that prompt_usage_history already records, and about 1 % of the llm worker's CPU.
    for name in HTTP_CLIENT_LOGGERS:
        logging.getLogger(name).setLevel(max(logging.WARNING, root.level))
    structlog.configure(
        processors=[*SHARED_PROCESSORS, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        logger_factory=structlog.stdlib.LoggerFactory(),
        wrapper_class=structlog.stdlib.BoundLogger,
        cache_logger_on_first_use=True,
    )
    _configured = True


def bind(**values: Any) -> None:
    structlog.contextvars.bind_contextvars(**{k: v for k, v in values.items() if v is not None})


def clear() -> None:
    structlog.contextvars.clear_contextvars()
