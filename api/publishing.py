"""Handing a review request to the workers, once the row that names it has committed."""

from __future__ import annotations

import logging
import uuid

from api.db import after_commit
from api.state import state

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
