"""Each worker process says it is alive, and what it is running (issue 22).

Every ``WORKER_HEARTBEAT_S`` a daemon thread of each worker process (a prefork pool
process, or a thread-pool worker) upserts its row of ``worker_heartbeats``: the time, and
the review requests its tasks are running now (added when a task starts, removed when it
ends), each named by :func:`task_key` (the request, the task, its agent). The recovery sweep
(:func:`pipelines.maintenance.claim_stranded`) reads the rows: a request with a task that a
process stopped beating on, and that no live process runs, is republished at once, even
while other hosts run its other agents; a request that no live process runs while the
queues are empty has lost its message.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from datetime import datetime

from sqlalchemy import Engine
from sqlalchemy.dialects import postgresql, sqlite

from core.process import process_name
from database.models import WorkerHeartbeat
from database.types import utcnow

log = logging.getLogger(__name__)

_lock = threading.Lock()
_in_flight: dict[str, int] = {}  # task key (request first) -> runs of it in this process
_started: dict[int, threading.Thread] = {}  # pid -> its heartbeat thread


def task_key(task_name: str, args: tuple) -> str:
    """What a running task is, as its heartbeat names it: the request first, then the task
    and its other arguments ("<request> resume_review.agent skills"). Two hosts can run
    agents of one request; the sweep tells which of them a dead process held."""
    return " ".join([str(args[0]), task_name, *map(str, args[1:])])


def task_started(request_id: str) -> None:
    with _lock:
        _in_flight[request_id] = _in_flight.get(request_id, 0) + 1


def task_ended(request_id: str) -> None:
    with _lock:
        left = _in_flight.get(request_id, 0) - 1
        if left > 0:
            _in_flight[request_id] = left
        else:
            _in_flight.pop(request_id, None)


def running() -> list[str]:
    with _lock:
        return sorted(_in_flight)


def beat(engine: Engine, process: str, started_at: datetime) -> None:
    """Record now that ``process`` is alive and what it runs (one statement)."""
    row = {"process": process, "started_at": started_at, "seen_at": utcnow(),
           "in_flight": running()}  # fmt: skip
    insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}[engine.dialect.name]
    statement = insert(WorkerHeartbeat).values(row)
    statement = statement.on_conflict_do_update(
        index_elements=["process"],
        set_={"seen_at": statement.excluded.seen_at, "in_flight": statement.excluded.in_flight},
    )
    with engine.begin() as connection:
        connection.execute(statement)


def start(engine: Engine, interval_s: float) -> threading.Thread:
    """This process's heartbeat thread (one per process, whatever calls it twice), under
    :func:`core.process.process_name`, the name its agent leases carry too."""
    pid = os.getpid()
    with _lock:
        existing = _started.get(pid)
        if existing is not None and existing.is_alive():
            return existing
    process = process_name()
    started_at = utcnow()

    def beat_forever() -> None:
        while True:
            try:
                beat(engine, process, started_at)
            except Exception:  # the database may be down: the next beat tries again
                log.warning("heartbeat of %s not recorded", process, exc_info=True)
            time.sleep(interval_s)

    thread = threading.Thread(target=beat_forever, name="heartbeat", daemon=True)
    with _lock:
        _started[pid] = thread
    thread.start()
    return thread
