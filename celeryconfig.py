"""Every Celery setting, in one flat module (Celery's ``config_from_object`` convention).

Broker and result backend come from the environment. Two queues: ``pipeline`` for the
CPU-bound stages (prefork worker, one task at a time per process) and ``llm`` for the
I/O-bound agent calls (thread-pool worker, dozens in flight).
"""

from __future__ import annotations

import os

from kombu import Queue

_redis = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
broker_url = os.environ.get("CELERY_BROKER_URL") or _redis
result_backend = os.environ.get("CELERY_RESULT_BACKEND") or broker_url

# JSON only: tasks receive ids, never pickled objects.
task_serializer = "json"
result_serializer = "json"
accept_content = ["json"]
event_serializer = "json"
timezone = "UTC"
enable_utc = True

# A task is acknowledged after it finished, and re-queued if its worker process died:
# every task is idempotent, and review_requests.attempts caps the re-runs.
task_acks_late = True
task_reject_on_worker_lost = True
worker_prefetch_multiplier = 1
task_track_started = True
result_expires = 24 * 3600
worker_send_task_events = True
task_send_sent_event = True
worker_hijack_root_logger = False

# Queue names can be changed so that two deployments (or two test runs) can share a Redis.
PIPELINE_QUEUE = os.environ.get("CELERY_PIPELINE_QUEUE") or "pipeline"
LLM_QUEUE = os.environ.get("CELERY_LLM_QUEUE") or "llm"
task_default_queue = PIPELINE_QUEUE
task_default_exchange = PIPELINE_QUEUE
task_default_routing_key = PIPELINE_QUEUE
task_queues = (Queue(PIPELINE_QUEUE), Queue(LLM_QUEUE))
task_routes = {"resume_review.agent": {"queue": LLM_QUEUE}}

# Per-stage time limits (seconds): soft raises inside the task so it can record why,
# hard kills the process. Extraction's sandbox has its own, shorter, wall clock. The
# thread pool of the llm worker cannot enforce Celery time limits: there the client's
# timeout times LLM_MAX_ATTEMPTS (plus capped backoff) bounds an agent task instead.
_extract_timeout = float(os.environ.get("EXTRACT_TIMEOUT_S") or 45)
_llm_timeout = float(os.environ.get("LLM_TIMEOUT_S") or 60)
_llm_attempts = int(os.environ.get("LLM_MAX_ATTEMPTS") or 4)
_agent_soft = _llm_timeout * _llm_attempts + 60
task_annotations = {
    "resume_review.extract": {
        "soft_time_limit": _extract_timeout + 15,
        "time_limit": _extract_timeout + 30,
    },
    "resume_review.split": {"soft_time_limit": 60, "time_limit": 90},
    "resume_review.agent": {"soft_time_limit": _agent_soft, "time_limit": _agent_soft + 30},
    "resume_review.finalize": {"soft_time_limit": 30, "time_limit": 60},
    "resume_review.recover_stranded": {"soft_time_limit": 120, "time_limit": 180},
    "resume_review.rereview_batch": {"soft_time_limit": 300, "time_limit": 360},
}
LONGEST_HARD_LIMIT = max(options["time_limit"] for options in task_annotations.values())

# Redis redelivers an unacknowledged task after the visibility timeout: it must exceed the
# longest hard limit, or a long task runs again while still running.
VISIBILITY_TIMEOUT = int(
    os.environ.get("CELERY_VISIBILITY_TIMEOUT") or max(3600, LONGEST_HARD_LIMIT * 2)
)
_redis_transport = {
    "visibility_timeout": VISIBILITY_TIMEOUT,
    "socket_connect_timeout": 5,
    "socket_timeout": 30,
    "retry_on_timeout": True,
}
broker_transport_options = _redis_transport
# Fail fast when the result store is down (Celery's default is 20 retries, 1 s apart):
# a publisher must not hang; the recovery sweep republishes what could not be sent.
result_backend_transport_options = {
    **_redis_transport,
    "retry_policy": {
        "max_retries": 2,
        "interval_start": 0,
        "interval_step": 0.2,
        "interval_max": 0.5,
    },
}
visibility_timeout = VISIBILITY_TIMEOUT
broker_connection_retry_on_startup = True
broker_connection_timeout = 5
# Publishing must not hang a web request when the broker is down: fail fast, and the
# request (already committed as pending) is picked up by the recovery sweep.
task_publish_retry = True
task_publish_retry_policy = {
    "max_retries": 2,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.5,
}

# Beat: batch re-review and the recovery sweep (overridable from the environment).
RECOVERY_INTERVAL_S = float(os.environ.get("RECOVERY_INTERVAL_S") or 60)
REREVIEW_INTERVAL_S = float(os.environ.get("REREVIEW_INTERVAL_S") or 300)
beat_schedule = {
    "recover-stranded-requests": {
        "task": "resume_review.recover_stranded",
        "schedule": RECOVERY_INTERVAL_S,
    },
    "rereview-outdated-prompts": {
        "task": "resume_review.rereview_batch",
        "schedule": REREVIEW_INTERVAL_S,
    },
}
