"""One review through real workers on whatever broker this process's environment names
(``CELERY_BROKER_URL``): run as a process of its own, so that the Celery app, which reads
its configuration once, is configured for that broker (``tests/test_rabbitmq.py``).

``python -m testkit.broker_roundtrip LOG_DIR`` prints one JSON line: the request's final
status, its stage, how many agents answered, and the queues' names.
"""

from __future__ import annotations

import json
import sys
import uuid
from pathlib import Path


def main() -> int:
    from core.config import get_settings
    from database.engine import default_engine, session_scope
    from database.models import ReviewResult
    from testkit.pipeline_helpers import load_prompts
    from testkit.samples import make_pdf
    from testkit.worker_harness import celery_workers, submit_upload, wait_until_done
    from worker.dispatch import publish_review

    settings = get_settings()
    engine = default_engine()
    with session_scope(engine) as session:
        load_prompts(session)
    request_id = submit_upload(
        engine, settings.storage_dir, settings.database_url, make_pdf(marker=uuid.uuid4().hex)
    )
    with celery_workers({}, Path(sys.argv[1])):
        published = publish_review(request_id)
        request = wait_until_done(engine, request_id, timeout=120)
    with session_scope(engine) as session:
        answered = session.query(ReviewResult).filter_by(review_request_id=request_id).count()
    print(json.dumps({
        "published": published, "status": request.status, "stage": request.stage,
        "results": answered, "queues": [settings.pipeline_queue, settings.llm_queue],
        "broker": settings.celery_broker_url.split("://")[0],
    }))  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
