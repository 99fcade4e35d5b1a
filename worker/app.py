"""The Celery application. Settings live in ``celeryconfig.py``."""

from __future__ import annotations

from celery import Celery


def create_celery_app() -> Celery:
    app = Celery("resume_review", include=["worker.tasks"])
    app.config_from_object("celeryconfig")
    return app


celery_app = create_celery_app()


def _connect_log_signals(app: Celery) -> None:
    from celery import signals

    from resume_review import logs

    @signals.setup_logging.connect(weak=False)
    def _setup_logging(**_: object) -> None:
        logs.configure_logging()

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
    def _warm_extraction_sandbox(**_: object) -> None:
        # Prefork pool processes (the CPU queue) start their parser server now rather than
        # on their first file.
        from pipelines.extraction import warm_up

        warm_up()

    @signals.task_postrun.connect(weak=False)
    def _clear_task_context(**_: object) -> None:
        logs.clear()


_connect_log_signals(celery_app)
