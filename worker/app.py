"""The Celery application. Its settings live in ``celeryconfig.py``, built from
:class:`core.config.Settings`."""

from __future__ import annotations

import logging
import threading
import time
from typing import TYPE_CHECKING, Any

from celery import Celery

from worker import heartbeat
from worker.result_store import PublishOnlyCelery

if TYPE_CHECKING:
    from core.config import Settings
    from pipelines.chain import Step

TASK_PREFIX = "resume_review."


def task_name(step: Step) -> str:
    """The Celery task of a chain step. Names are part of the queued messages: they never
    change, so work queued before a deploy is still understood after it."""
    return TASK_PREFIX + step.name


def guard_kombu_redis_close() -> None:
    """Work around a kombu 5.7 race that kills thread-pool workers when Redis restarts.

    When the broker connection drops, a thread that fails to ack releases the connection
    while the consumer closes its channel; closing then restores unacked messages through
    ``Channel._connparams``, which reads ``connection.client`` after it became None. The
    resulting AttributeError escapes ``maybe_close_channel`` (it only ignores connection
    errors) and Celery exits with "Unrecoverable error". Raising the connection error that
    path expects lets the worker reconnect; the unacked messages come back through the
    visibility timeout or the recovery sweep. Found by ``bench/faults.py`` (redis_restart).
    """
    import redis
    from kombu.transport import redis as kombu_redis

    original = kombu_redis.Channel._connparams
    if getattr(original, "guards_closed_connection", False):
        return

    def _connparams(self: Any, asynchronous: bool = False) -> Any:
        if self.connection is None or self.connection.client is None:
            raise redis.exceptions.ConnectionError("the broker connection is already closed")
        return original(self, asynchronous)

    _connparams.guards_closed_connection = True  # type: ignore[attr-defined]
    kombu_redis.Channel._connparams = _connparams  # type: ignore[method-assign]


def create_celery_app() -> Celery:
    guard_kombu_redis_close()
    app = PublishOnlyCelery("resume_review", include=["worker.tasks"])
    app.config_from_object("celeryconfig")
    return app


celery_app = create_celery_app()


def _connect_log_signals(app: Celery) -> None:
    from celery import signals

    from core import logs
    from core.config import get_settings

    @signals.setup_logging.connect(weak=False)
    def _setup_logging(**_: object) -> None:
        settings = get_settings()
        logs.configure_logging(settings.log_level, log_format=settings.log_format)

    @signals.task_prerun.connect(weak=False)
    def _bind_task_context(task_id: str, task: object, args: tuple = (), **_: object) -> None:
        logs.clear()
        # Pipeline tasks take the review request id first; beat tasks take nothing.
        logs.bind(
            task_id=task_id,
            task=getattr(task, "name", None),
            review_request_id=args[0] if args else None,
        )

    @signals.worker_process_init.connect(weak=False)
    def _child_heartbeat(**_: object) -> None:
        # A prefork pool process: connections inherited from the parent are not its to use;
        # then it beats on its own (it runs the tasks, the parent does not).
        from database.engine import default_engine

        default_engine().dispose(close=False)
        _start_heartbeat()

    @signals.worker_process_init.connect(weak=False)
    def _warm_extraction_sandbox(**_: object) -> None:
        # Prefork pool processes (the CPU queue) start their parser server now rather than
        # on their first file.
        from pipelines.extraction import warm_up
        from pipelines.flow import extraction_limits

        warm_up(extraction_limits(get_settings()))

    @signals.worker_ready.connect(weak=False)
    def _main_heartbeat(**_: object) -> None:
        _start_heartbeat()  # a thread-pool worker runs its tasks in this process

    @signals.worker_ready.connect(weak=False)
    def _warm_llm_tier(sender: object = None, **_: object) -> None:
        # The llm worker's first wave of agent tasks would otherwise all wait on the SDK's
        # import before their calls.
        if get_settings().llm_queue in _consumed_queues(sender):
            warm_llm_tier(get_settings())

    @signals.task_prerun.connect(weak=False)
    def _running(task: object, args: tuple = (), **_: object) -> None:
        if args and getattr(task, "name", "").startswith("resume_review."):
            heartbeat.task_started(heartbeat.task_key(getattr(task, "name", ""), args))

    @signals.task_postrun.connect(weak=False)
    def _ran(task: object, args: tuple = (), **_: object) -> None:
        if args and getattr(task, "name", "").startswith("resume_review."):
            heartbeat.task_ended(heartbeat.task_key(getattr(task, "name", ""), args))

    @signals.worker_ready.connect(weak=False)
    def _start_spool_drain(**_: object) -> None:
        # The spool is on this machine's disk, so each worker drains its own, on a timer:
        # a beat task would land on one machine only.
        start_spool_drain(get_settings())

    @signals.task_postrun.connect(weak=False)
    def _clear_task_context(**_: object) -> None:
        logs.clear()


_connect_log_signals(celery_app)


def _start_heartbeat() -> None:
    from core.config import get_settings
    from database.engine import default_engine

    settings = get_settings()
    heartbeat.start(default_engine(), settings.worker_heartbeat_s)


def start_spool_drain(settings: Settings) -> threading.Thread:
    """A daemon thread that records the spooled calls of closed (or old) requests every
    ``SPOOL_DRAIN_INTERVAL_S``: paid calls reach prompt_usage_history even when the task
    that made them could not store them."""
    from database.engine import engine_for
    from pipelines.review.spool import CallSpool, drain_spool

    def drain_forever() -> None:
        spool = CallSpool(settings.spool_dir)
        while True:
            try:
                drain_spool(engine_for(settings.database_url), spool, settings.spool_drain_after_s)
            except Exception:  # the database may be down: try again next round
                logging.getLogger(__name__).exception("spool drain failed")
            time.sleep(settings.spool_drain_interval_s)

    thread = threading.Thread(target=drain_forever, name="spool-drain", daemon=True)
    thread.start()
    return thread


def _consumed_queues(consumer: object) -> set[str]:
    """The queue names a worker consumes (``worker_ready``'s sender is its consumer)."""
    queues = getattr(getattr(consumer, "app", None), "amqp", None)
    consume_from = getattr(getattr(queues, "queues", None), "consume_from", None) or {}
    return set(consume_from)


def warm_llm_tier(settings: Settings) -> None:
    """Build what every agent task of this process uses, once, before the first task: the
    model server's client (the SDK's import and TLS set-up). The injection model is not
    loaded: the split step stores what it finds, and only a request stored before that
    (``agent_inputs`` null) has it loaded here, once, when it comes."""
    from pipelines.review.llm import get_client

    if settings.llm_enabled:
        get_client(settings).chat.completions  # noqa: B018  # the SDK imports it on first use
