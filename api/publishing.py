"""Handing a review request to the workers, once the row that names it has committed."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from api.db import after_commit, on_rollback
from api.state import state
from core.config import Settings

logger = logging.getLogger("api.publishing")


def publish_after_commit(request_id: uuid.UUID) -> None:
    """Publish the review once its row is committed. If publishing fails the request stays
    ``pending`` and the recovery sweep picks it up; the client still gets its 202."""
    publish = state().publish_review

    def _publish() -> None:
        try:
            published = publish(request_id)
        except Exception:
            logger.exception("publishing review request %s failed", request_id)
            return
        if not published:
            logger.warning("review request %s left pending for the recovery sweep", request_id)

    after_commit(_publish)


class RequestTransaction:
    """This web request's transaction, as ``pipelines.intake`` needs it."""

    def on_rollback(self, callback: Callable[[], object]) -> None:
        on_rollback(callback)

    def after_commit(self, callback: Callable[[], object]) -> None:
        after_commit(callback)

    def publish_after_commit(self, request_id: uuid.UUID) -> None:
        publish_after_commit(request_id)

    @property
    def limits(self) -> Settings:
        return state().settings


REQUEST_TRANSACTION = RequestTransaction()
