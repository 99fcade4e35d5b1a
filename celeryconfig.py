"""Every Celery setting, in one flat module (Celery's ``config_from_object`` convention),
built from :class:`core.config.Settings`: this module reads no environment variable itself.
Celery imports it when the app first needs its configuration. Two queues: ``pipeline`` for the
CPU-bound stages (prefork worker, one task at a time per process) and ``llm`` for the
I/O-bound agent calls (thread-pool worker, dozens in flight).
"""

from __future__ import annotations

from kombu import Queue

from core.config import get_settings

_settings = get_settings()
broker_url = _settings.celery_broker_url
result_backend = _settings.celery_result_backend

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
# No STARTED state in the result store: nothing reads it (the request's own stage says where
# it stands, and Flower has the task-started event), and it cost every task a write to Redis.
task_track_started = False
result_expires = 24 * 3600
worker_send_task_events = True
# No task-sent event: it cost every task one more publish by its sender (an llm worker
# publishing a request's agents), while Flower shows a task from its worker's received
# event on, and the queues' lengths on its Broker page.
task_send_sent_event = False
worker_hijack_root_logger = False

# Queue names can be changed so that two deployments (or two test runs) can share a Redis.
task_default_queue = _settings.pipeline_queue
task_default_exchange = _settings.pipeline_queue
task_default_routing_key = _settings.pipeline_queue
if _settings.broker_is_amqp:
    # RabbitMQ: quorum queues (replicated, durable; a dead consumer's messages are delivered
    # again at once) and publisher confirms (a publish returns once the broker has it).
    if not _settings.celery_result_backend.startswith(("redis://", "rediss://", "unix://")):
        raise RuntimeError(
            "With a RabbitMQ broker, set REDIS_URL or CELERY_RESULT_BACKEND to Redis: a review's "
            "chord counts its agents in the result store."
        )
    task_queues = tuple(
        Queue(name, durable=True, queue_arguments={"x-queue-type": "quorum"})
        for name in (_settings.pipeline_queue, _settings.llm_queue)
    )
else:
    task_queues = (Queue(_settings.pipeline_queue), Queue(_settings.llm_queue))
# The paid calls (the agents and the known-answer check) run on the llm queue.
task_routes = {
    "resume_review.agent": {"queue": _settings.llm_queue},
    "resume_review.known_answer": {"queue": _settings.llm_queue},
}

# Per-stage time limits (seconds): soft raises inside the task so it can record why,
# hard kills the process. Extraction's sandbox has its own, shorter, wall clock. The
# thread pool of the llm worker cannot enforce Celery time limits: there the client's
# timeout times LLM_MAX_ATTEMPTS (plus capped backoff) bounds an agent task instead.
# A scan's deadline grows by each OCR'd page's budget (pipelines.extraction.ocr).
_extract_timeout = (
    _settings.extract_timeout_s + _settings.max_pages * _settings.extract_ocr_page_seconds
)
_agent_soft = _settings.llm_timeout_s * _settings.llm_max_attempts + 60
task_annotations = {
    "resume_review.extract": {
        "soft_time_limit": _extract_timeout + 15,
        "time_limit": _extract_timeout + 30,
    },
    "resume_review.split": {"soft_time_limit": 60, "time_limit": 90},
    "resume_review.agent": {"soft_time_limit": _agent_soft, "time_limit": _agent_soft + 30},
    "resume_review.known_answer": {
        "soft_time_limit": _agent_soft,
        "time_limit": _agent_soft + 30,
    },
    "resume_review.finalize": {"soft_time_limit": 30, "time_limit": 60},
    "resume_review.recover_stranded": {"soft_time_limit": 120, "time_limit": 180},
    "resume_review.rereview_batch": {"soft_time_limit": 300, "time_limit": 360},
    "resume_review.sweep_orphan_files": {"soft_time_limit": 600, "time_limit": 660},
}
LONGEST_HARD_LIMIT = max(options["time_limit"] for options in task_annotations.values())

# Redis redelivers an unacknowledged task after the visibility timeout: it must exceed the
# longest hard limit, or a long task runs again while still running.
VISIBILITY_TIMEOUT = _settings.visibility_timeout_s or int(max(3600, LONGEST_HARD_LIMIT * 2))
_redis_transport = {
    "visibility_timeout": VISIBILITY_TIMEOUT,
    "socket_connect_timeout": 5,
    "socket_timeout": 30,
    "retry_on_timeout": True,
}
broker_transport_options = (
    {"confirm_publish": True} if _settings.broker_is_amqp else _redis_transport
)
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
# A worker storing a result while Redis restarts waits for it (up to about half a minute)
# instead of failing the task outside its body: with RabbitMQ as the broker, that failure
# made the thread-pool worker shut down (make faults --broker amqp, redis_restart).
result_backend_always_retry = True
result_backend_max_retries = 12
result_backend_base_sleep_between_retries_ms = 200
result_backend_max_sleep_between_retries_ms = 5000
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

# Beat: batch re-review and the recovery sweep.
beat_schedule = {
    "recover-stranded-requests": {
        "task": "resume_review.recover_stranded",
        "schedule": _settings.recovery_interval_s,
    },
    "rereview-outdated-prompts": {
        "task": "resume_review.rereview_batch",
        "schedule": _settings.rereview_interval_s,
    },
    "sweep-orphan-files": {
        "task": "resume_review.sweep_orphan_files",
        "schedule": _settings.storage_sweep_interval_s,
    },
}
