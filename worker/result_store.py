"""The Redis result store, minus the subscription Celery makes when a task is published.

Celery's Redis backend subscribes (pub/sub) to a task's result the moment the task is
published, in case the publisher later waits for it. Nothing in this product waits at
publish time: the web, beat and the workers publish and move on, and chords count their
parts with plain keys. The subscription is not free, though: while Redis is restarting,
its reconnect gives up after the fail-fast retry policy and raises "The Celery application
must be restarted" out of the publish (beat's recovery sweep's included): in one
``make faults`` run of five this left 75 of 100 requests stranded after a Redis restart.
``AsyncResult.get()`` still works: it subscribes itself and reads the stored result first.
"""

from __future__ import annotations

import logging
from typing import Any

from celery import Celery
from celery.app import backends
from celery.backends.base import Backend
from celery.backends.redis import RedisBackend
from celery.result import AsyncResult

log = logging.getLogger(__name__)


class PublishOnlyRedisBackend(RedisBackend):
    """Redis result store that never subscribes to a task's result when it is published."""

    def on_task_call(self, producer: Any, task_id: str) -> None:
        return None

    def add_pending_result(
        self, result: AsyncResult, weak: bool = False, start_drainer: bool = True
    ) -> AsyncResult:
        """Publishing a chord builds a group result, which subscribes to each of its parts
        as it is made. Only a caller that waits needs that subscription, and nothing here
        waits at publish time; ``get()`` reads the stored state first and fails on its own
        if the store stays down. So a store that cannot be reached right now does not fail
        the publish."""
        try:
            return super().add_pending_result(result, weak=weak, start_drainer=start_drainer)
        except RuntimeError as error:  # Celery's "retry limit exceeded" from the reconnect
            log.info("result %s: not subscribed, the result store is unreachable (%s)",
                     result.id, str(error).strip())  # fmt: skip
            return result


class PublishOnlyCelery(Celery):
    """The Celery app with :class:`PublishOnlyRedisBackend` in place of the Redis result
    store, however it was configured (Celery itself also reads ``CELERY_RESULT_BACKEND``
    from the environment, past any config module)."""

    def _get_backend(self) -> Backend:
        backend_class, url = backends.by_url(
            self.backend_cls or self.conf.result_backend, self.loader
        )
        if backend_class is RedisBackend:
            backend_class = PublishOnlyRedisBackend
        return backend_class(app=self, url=url)
