"""Fault injection (issue 6): N reviews per scenario through real Celery workers while
something breaks, then everything counted from the database.

Run: ``.venv/bin/python bench/faults.py [--n 100] [--only SCENARIO] [--keep-logs]
[--shipped-recovery]`` (``make faults``). The fast runs shorten the recovery sweep's
thresholds; ``--shipped-recovery`` keeps the shipped defaults and shows how long recovery
takes as installed.

Isolation: the harness starts its OWN PostgreSQL cluster (initdb in a temp dir, a free
port) and its OWN ``redis-server`` (a free port, nothing kept on disk), and stops and
deletes both at the end; the machine's shared PostgreSQL and Redis are never used. Each
scenario gets a fresh database, a flushed Redis, fresh workers (a prefork ``pipeline``
worker with 2 processes and a threads ``llm`` worker, ``testkit/worker_harness.py``), a
``celery beat`` running the recovery sweep, a spool directory of its own, and the scripted
OpenAI-compatible server (``testkit/llm_server.py``) answering every agent: healthy (a
little latency, so a fault meets calls in flight) except in ``llm_faults``.

Scenarios:
  kill9_worker           kill -9 a prefork pool child three times (the task is re-queued by
                         task_reject_on_worker_lost) and kill -9 the pipeline worker's whole
                         process group three times, restarting it each time (its reserved
                         messages stay unacked until the visibility timeout: the recovery
                         sweep republishes those requests).
  kill9_llm_worker       kill -9 the llm worker's whole process group twice mid-batch, its
                         agent calls in flight, restarting it: the sweep republishes what it
                         was running once its heartbeat stops (WORKER_DEAD_AFTER_S).
  two_llm_hosts          a second llm worker with its own spool (another host) shares the
                         calls; the first is killed mid-batch and not restarted.
  rolling_restart        a deploy mid-batch: SIGTERM each worker in turn (twice over), wait
                         for its warm shutdown, start it again.
  redis_restart          kill -9 the private Redis mid-batch (queues, unacked messages,
                         results and chord counters are lost) and start it again.
  postgres_restart       ``pg_ctl restart -m fast`` twice mid-batch (uploads still arriving).
  llm_faults             the scripted OpenAI-compatible server answers 20 % 429, 10 % 500,
                         5 % timeouts, 5 % invalid JSON; a request may end ``failed`` (with
                         its reason) after LLM_MAX_ATTEMPTS.
  broker_down_at_upload  Redis is down while all N uploads arrive (every publish fails, the
                         requests stay ``pending``), then comes back: the sweep must finish
                         every one.
  s3_restart             uploads and page images in an S3 bucket (moto's server behind a
                         relay, its requests logged to disk): kill -9 the server mid-batch and
                         start it again 3 s later with its objects replayed, as a durable
                         store restarts. Uploads meanwhile get 503 and are sent again; stages
                         that read or write files are retried.

Counted from the database, per scenario:
  lost        submitted requests not completed/failed at the end (after the deadline), or
              whose request/resume row or stored file vanished;
  duplicated  requests with a second review_results row for one agent, or a feedback item
              (result, category, message, start_offset) stored more often than a clean
              in-process run of the same kind of file produced it, or more successful
              agent usage rows than agents.
  paid calls  the scripted server's chat completions against the ``prompt_usage_history``
              rows (after the spool's drain, as beat would run it): they must be equal,
              and no (resume, agent) may get two valid answers from the server (paid
              twice). ``kill9_worker`` is exempt (a call cut by ``kill -9`` of its process
              cannot be recorded); its figures are printed all the same.
Also printed: failed requests without a reason (must be 0), publishes that failed, the
number of recovery republishes seen in beat's/worker's logs, retried LLM calls, and what
the drain found left in the spool (normally nothing: the chain stores every entry itself).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]

from faults_support import (  # noqa: E402
    PrivatePostgres,
    PrivateRabbit,
    PrivateRedis,
    PrivateS3,
    children,
    port_open,
)

SCENARIOS = (
    "kill9_worker",
    "kill9_llm_worker",
    "rolling_restart",
    "two_llm_hosts",
    "rabbitmq_restart",
    "redis_restart",
    "postgres_restart",
    "llm_faults",
    "broker_down_at_upload",
    "s3_restart",
)
PIPELINE_QUEUE = "faults-pipeline"
LLM_QUEUE = "faults-llm"
MAX_ATTEMPTS = 5
RECOVERY_INTERVAL_S = 2
RECOVERY_PENDING_AFTER_S = 3
# A queued/processing request untouched this long is republished. Every stage touches
# last_activity_at; the longest untouched stretch in a healthy run is a request waiting in
# the queue behind the batch (about N / throughput: ~20 s for 100 at ~5 reviews/s here) or
# one agent retrying against the faulty LLM (<= 6 x (2 s timeout + 1 s Retry-After) = 18 s).
# 30 s stays above both, so the sweep only fires for really stranded requests, and is short
# enough that a scenario finishes in about a minute after its last fault.
RECOVERY_RUNNING_AFTER_S = 30
LLM_TIMEOUT_S = 2
LLM_MAX_ATTEMPTS = 6
LLM_RETRY_WAIT_SCALE = 0.05
# The healthy scripted server's answer time: calls are in flight when a fault strikes.
LLM_LATENCY_S = 0.05
LLM_LATENCY_JITTER_S = 0.1
# The pipeline worker makes no model call; the old exemption for kill -9 stays there.
EXEMPT_FROM_CALL_COUNT = ("kill9_worker",)
# A call cut by kill -9 of its process is on record (as started, its answer lost), but the
# provider may have answered it, and the agent is asked again: paid twice is allowed there,
# unrecorded is not (a started row whose request the kill stopped before it left counts as
# a recorded call the server never saw).
PAID_TWICE_ALLOWED = ("kill9_llm_worker", "two_llm_hosts")
# --shipped-recovery: the scenario runs with the shipped recovery defaults.
SHIPPED_RECOVERY = False
# --broker amqp: the private RabbitMQ node the scenario's messages go through.
RABBIT: Any = None
# Scenarios that only make sense with RabbitMQ as the broker.
AMQP_ONLY = ("rabbitmq_restart",)
TERMINAL = ("completed", "failed")


def log(message: str) -> None:
    print(f"[faults {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --------------------------------------------------------------------------- environment


def base_environment(
    redis_url: str, shipped_recovery: bool = False, amqp_url: str | None = None
) -> dict[str, str]:
    """The scenario's environment; with ``shipped_recovery`` the recovery sweep keeps the
    shipped defaults (heartbeats, the lost-queue check, the 900 s backstop) instead of the
    short thresholds the fast runs use."""
    recovery = (
        {}
        if shipped_recovery
        else {
            "RECOVERY_INTERVAL_S": str(RECOVERY_INTERVAL_S),
            "RECOVERY_PENDING_AFTER_S": str(RECOVERY_PENDING_AFTER_S),
            "RECOVERY_RUNNING_AFTER_S": str(RECOVERY_RUNNING_AFTER_S),
        }
    )
    return {
        **recovery,
        "REDIS_URL": redis_url,
        # --broker amqp: RabbitMQ carries the messages, Redis keeps the results.
        "CELERY_BROKER_URL": amqp_url or redis_url,
        "CELERY_RESULT_BACKEND": redis_url,
        "CELERY_PIPELINE_QUEUE": PIPELINE_QUEUE,
        "CELERY_LLM_QUEUE": LLM_QUEUE,
        # The production rule: above the longest hard time limit (celeryconfig checks the
        # figure below against LONGEST_HARD_LIMIT at start-up). A whole-worker kill is
        # recovered by the sweep, not by a short visibility timeout.
        "CELERY_VISIBILITY_TIMEOUT": "3600",
        "MAX_ATTEMPTS": str(MAX_ATTEMPTS),
        # One harness user submits the whole batch in seconds: the per-user quota (120 a
        # minute) would refuse it from N = 121, which is not the fault under test.
        "REQUESTS_PER_MINUTE": "100000",
        "REQUESTS_PER_DAY": "1000000",
        "REREVIEW_INTERVAL_S": "3600",
        "LOG_LEVEL": "INFO",
        "LOG_FORMAT": "json",
    }


def llm_environment(base_url: str) -> dict[str, str]:
    return {
        "OPENAI_BASE_URL": base_url,
        "OPENAI_API_KEY": "faults-key",
        "LLM_TIMEOUT_S": str(LLM_TIMEOUT_S),
        "LLM_MAX_ATTEMPTS": str(LLM_MAX_ATTEMPTS),
        "LLM_RETRY_WAIT_SCALE": str(LLM_RETRY_WAIT_SCALE),
    }


def apply_environment(env: dict[str, str]) -> None:
    """This process must see what the workers see (publish_review reads DATABASE_URL)."""
    for name in ("OPENAI_BASE_URL", "OPENAI_API_KEY", "LLM_TIMEOUT_S", "LLM_MAX_ATTEMPTS"):
        os.environ.pop(name, None)
    os.environ.update(env)
    from core.config import get_settings

    get_settings.cache_clear()


def resume_bytes(label: str, index: int) -> bytes:
    from testkit.samples import make_pdf

    return make_pdf(marker=f"Reference {label} {index:05d}")


# --------------------------------------------------------------------------- reference run


FeedbackKey = tuple[str, str, int | None]


def clean_reference(label: str, llm_base_url: str | None, workdir: Path) -> dict[str, Counter]:
    """One clean in-process run (``pipelines.chain.run_review``, embedded SQLite) of a file
    made like the scenario's: how often each agent produced each feedback item."""
    from sqlalchemy import select

    from database.engine import make_engine, session_scope
    from database.migrate import upgrade
    from database.models import ReviewFeedbackItem, ReviewRequest, ReviewResult
    from pipelines.chain import Outcome, run_review
    from testkit.pipeline_helpers import load_prompts, make_settings, upload

    folder = Path(tempfile.mkdtemp(prefix="reference-", dir=workdir))
    url = f"sqlite:///{folder / 'reference.sqlite3'}"
    upgrade(url)
    engine = make_engine(url)
    overrides: dict[str, Any] = {}
    if llm_base_url:
        overrides = {"openai_base_url": llm_base_url, "openai_api_key": "faults-key"}
    settings = make_settings(folder / "storage", url, **overrides)
    with session_scope(engine) as session:
        load_prompts(session)
        request_id = upload(session, settings, resume_bytes(label, 99999))
    outcome = run_review(engine, settings, request_id)
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, request_id)
        if outcome is not Outcome.DONE or request is None or request.status != "completed":
            raise RuntimeError(f"the clean reference run did not complete: {outcome}")
        rows = session.execute(
            select(
                ReviewResult.agent_type,
                ReviewFeedbackItem.category,
                ReviewFeedbackItem.message,
                ReviewFeedbackItem.start_offset,
            )
            .join(ReviewFeedbackItem, ReviewFeedbackItem.review_result_id == ReviewResult.id)
            .where(ReviewResult.review_request_id == request_id)
        ).all()
    engine.dispose()
    reference: dict[str, Counter] = {}
    for agent_type, category, message, start in rows:
        reference.setdefault(agent_type, Counter())[(category, message, start)] += 1
    return reference


# --------------------------------------------------------------------------- scenario run


@dataclass
class Submission:
    request_id: uuid.UUID
    published: bool
    seconds: float


@dataclass
class Scenario:
    name: str
    n: int
    pg: PrivatePostgres
    redis: PrivateRedis
    workdir: Path
    rabbit: Any = None  # PrivateRabbit with --broker amqp
    s3: Any = None  # PrivateS3 for s3_restart: uploads and page images in a bucket
    database_url: str = ""
    env: dict[str, str] = field(default_factory=dict)
    engine: Any = None
    submissions: list[Submission] = field(default_factory=list)
    submit_errors: list[str] = field(default_factory=list)
    publish_exceptions: Counter = field(default_factory=Counter)
    events: list[str] = field(default_factory=list)
    started: float = 0.0
    last_fault: float = 0.0
    user_id: uuid.UUID | None = None
    candidate_id: uuid.UUID | None = None

    @property
    def log_dir(self) -> Path:
        return self.workdir / "logs" / self.name

    @property
    def spool_dir(self) -> Path:
        return self.workdir / f"spool-{self.name}"

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def event(self, text: str) -> None:
        self.last_fault = time.monotonic()
        self.events.append(f"t={self.elapsed():.1f}s {text}")
        log(f"{self.name}: {text}")

    # -- setup --------------------------------------------------------------------------

    def prepare_database(self) -> None:
        from database.engine import make_engine, session_scope
        from database.migrate import upgrade
        from database.queries.candidates import create_candidate
        from database.queries.users import create_user
        from testkit.pipeline_helpers import load_prompts

        self.database_url = self.pg.create_database(f"faults_{self.name}")
        upgrade(self.database_url)
        self.engine = make_engine(self.database_url)
        with session_scope(self.engine) as session:
            load_prompts(session)
            user = create_user(session, email=f"faults-{self.name}@example.com", password_hash="x")
            candidate = create_candidate(session, user, first_name="Fault", last_name="Run")
            self.user_id, self.candidate_id = user.id, candidate.id

    # -- submitting, as the API does ----------------------------------------------------

    def submit_one(self, index: int) -> None:
        from sqlalchemy import select
        from sqlalchemy.exc import DBAPIError, OperationalError

        from core.config import get_settings
        from core.errors import StorageUnavailable
        from database.engine import session_scope
        from database.models import Candidate, ReviewRequest, User
        from pipelines import intake
        from worker.dispatch import publish_review

        data = resume_bytes(self.name, index)
        settings = get_settings()
        began = time.monotonic()
        request_id: uuid.UUID | None = None
        while request_id is None:
            try:
                with session_scope(self.engine) as session:
                    user = session.get(User, self.user_id)
                    candidate = session.get(Candidate, self.candidate_id)
                    _, request = intake.register_upload(
                        session, settings, candidate=candidate, user=user, data=data,
                        original_filename=f"{self.name}-{index}.pdf",
                    )  # fmt: skip
                    request_id = request.id
            except intake.DuplicateResume as duplicate:
                # The first try committed but its connection died before the answer.
                with session_scope(self.engine) as session:
                    request_id = session.scalar(
                        select(ReviewRequest.id).where(
                            ReviewRequest.resume_id == duplicate.existing.id
                        )
                    )
            except (OperationalError, DBAPIError, StorageUnavailable) as error:
                # The API would answer 503 and the client would retry.
                if time.monotonic() - began > 120:
                    self.submit_errors.append(f"{index}: {type(error).__name__}")
                    return
                request_id = None
                time.sleep(0.5)
        try:
            published = publish_review(request_id)
        except Exception as error:  # the database can be down here too: stays pending
            log(f"{self.name}: publish of {request_id} raised {type(error).__name__}")
            self.publish_exceptions[type(error).__name__] += 1
            published = False
        self.submissions.append(Submission(request_id, published, time.monotonic() - began))

    def submit_all(self, interval: float = 0.0) -> None:
        for index in range(self.n):
            self.submit_one(index)
            if interval:
                time.sleep(interval)

    def submit_in_background(self, interval: float) -> threading.Thread:
        thread = threading.Thread(target=self.submit_all, args=(interval,), daemon=True)
        thread.start()
        return thread

    # -- progress -----------------------------------------------------------------------

    def statuses(self) -> Counter | None:
        from sqlalchemy import func, select

        from database.models import ReviewRequest

        ids = [s.request_id for s in self.submissions]
        if not ids:
            return Counter()
        try:
            with self.engine.connect() as connection:
                rows = connection.execute(
                    select(ReviewRequest.status, func.count())
                    .where(ReviewRequest.id.in_(ids))
                    .group_by(ReviewRequest.status)
                ).all()
        except Exception:
            return None  # PostgreSQL restarting
        return Counter(dict(rows))

    def terminal(self) -> int:
        counts = self.statuses() or Counter()
        return sum(counts[s] for s in TERMINAL)

    def wait_until(self, condition: Callable[[], bool], timeout: float) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if condition():
                return True
            time.sleep(0.25)
        return False

    def wait_all_terminal(self, grace: float) -> None:
        """Until every submitted request is completed/failed, or ``grace`` seconds after
        the last fault (and at least after submission ended)."""
        last_report = 0.0
        while True:
            counts = self.statuses()
            if counts is not None:
                done = sum(counts[s] for s in TERMINAL)
                if len(self.submissions) + len(self.submit_errors) >= self.n and done >= len(
                    self.submissions
                ):
                    return
                if time.monotonic() - last_report > 10:
                    last_report = time.monotonic()
                    log(f"{self.name}: t={self.elapsed():.0f}s {dict(counts)}")
            if time.monotonic() - max(self.last_fault, self.started) > grace:
                log(f"{self.name}: deadline reached with {dict(counts or {})}")
                return
            time.sleep(0.5)


# --------------------------------------------------------------------------- processes


@contextlib.contextmanager
def running_stack(scenario: Scenario, llm_concurrency: int = 8) -> Iterator[Any]:
    from core.config import PROJECT_ROOT
    from testkit.worker_harness import CELERY, celery_workers

    scenario.log_dir.mkdir(parents=True, exist_ok=True)
    with celery_workers(scenario.env, scenario.log_dir, llm_concurrency=llm_concurrency) as ws:
        beat_log = open(scenario.log_dir / "beat.log", "ab")  # noqa: SIM115
        beat = subprocess.Popen(
            [CELERY, "-A", "worker.app", "beat", "--loglevel", "INFO",
             "--schedule", str(scenario.log_dir / "beat-schedule")],
            cwd=PROJECT_ROOT, env={**os.environ, **scenario.env}, stdout=beat_log,
            stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip
        try:
            yield ws
        finally:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(beat.pid, signal.SIGTERM)
            try:
                beat.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(beat.pid, signal.SIGKILL)
                beat.wait()
            beat_log.close()


def kill_pool_child(scenario: Scenario, workers: Any) -> None:
    main = workers.processes["pipeline"].pid
    pool = children(main)
    if not pool:
        scenario.event("no pool child to kill")
        return
    victim = random.choice(pool)
    with contextlib.suppress(ProcessLookupError):
        os.kill(victim, signal.SIGKILL)
    scenario.event(f"kill -9 pool child {victim} of pipeline worker {main}")


# The worker kinds as the harness starts them: queue setting, pool, concurrency.
WORKER_KINDS = {"pipeline": ("pipeline_queue", "prefork", 2), "llm": ("llm_queue", "threads", 8)}


def start_worker(
    scenario: Scenario,
    workers: Any,
    key: str,
    *,
    kind: str,
    name: str,
    extra_env: dict[str, str] | None = None,
) -> None:
    """Start a worker of ``kind`` as the harness does (the known-answer check off: the
    calls are counted) under ``workers.processes[key]``, and wait until it answers."""
    from core.config import PROJECT_ROOT, get_settings
    from testkit.worker_harness import wait_for_workers, worker_command

    queue_setting, pool, concurrency = WORKER_KINDS[kind]
    log_file = open(scenario.log_dir / f"{key}.log", "ab")  # noqa: SIM115
    workers.processes[key] = subprocess.Popen(
        worker_command(getattr(get_settings(), queue_setting), name, pool, concurrency),
        cwd=PROJECT_ROOT,
        env={"KNOWN_ANSWER_CHECK": "0", **os.environ, **scenario.env, **(extra_env or {})},
        stdout=log_file, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    workers.names[key] = name
    wait_for_workers([name], timeout=60)


def kill_and_restart(scenario: Scenario, workers: Any, kind: str) -> None:
    """kill -9 the worker's whole process group, then start it again."""
    process = workers.processes[kind]
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    scenario.event(f"kill -9 process group of {kind} worker {process.pid}")
    time.sleep(1.0)
    start_worker(scenario, workers, kind, kind=kind, name=workers.names[kind])
    scenario.event(f"{kind} worker restarted as {workers.processes[kind].pid}")


def kill_and_restart_pipeline_worker(scenario: Scenario, workers: Any) -> None:
    kill_and_restart(scenario, workers, "pipeline")


# --------------------------------------------------------------------------- scenarios


def when(scenario: Scenario, fraction: float, or_after_s: float) -> None:
    """Wait until ``fraction`` of N are terminal, or ``or_after_s`` since the last event."""
    since = max(scenario.last_fault, scenario.started)
    scenario.wait_until(
        lambda: (
            scenario.terminal() >= fraction * scenario.n or time.monotonic() - since >= or_after_s
        ),
        timeout=or_after_s + 1,
    )


def run_kill9_worker(scenario: Scenario, workers: Any) -> None:
    submitter = scenario.submit_in_background(0.0)
    plan: list[tuple[float, Callable[[Scenario, Any], None]]] = [
        (0.10, kill_pool_child),
        (0.20, kill_and_restart_pipeline_worker),
        (0.35, kill_pool_child),
        (0.50, kill_and_restart_pipeline_worker),
        (0.60, kill_pool_child),
        (0.75, kill_and_restart_pipeline_worker),
    ]
    for fraction, action in plan:
        when(scenario, fraction, or_after_s=20)
        action(scenario, workers)
    submitter.join()


def kill_and_restart_llm_worker(scenario: Scenario, workers: Any) -> None:
    kill_and_restart(scenario, workers, "llm")


def run_kill9_llm_worker(scenario: Scenario, workers: Any) -> None:
    """kill -9 the llm worker's process group twice mid-batch (its agent calls in flight),
    restarting it each time: the sweep republishes what it was running once its heartbeat
    stops (WORKER_DEAD_AFTER_S)."""
    submitter = scenario.submit_in_background(0.02)
    for fraction in (0.2, 0.5):
        when(scenario, fraction, or_after_s=20)
        kill_and_restart_llm_worker(scenario, workers)
    submitter.join()


def sigterm_and_restart(scenario: Scenario, workers: Any, kind: str) -> None:
    """What a deploy does to one process: SIGTERM (Celery's warm shutdown: running tasks
    finish, reserved messages go back to the queue), wait for it to exit, start it again."""
    process = workers.processes[kind]
    began = time.monotonic()
    with contextlib.suppress(ProcessLookupError):
        os.kill(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=120)
    except subprocess.TimeoutExpired:
        scenario.event(f"{kind} worker {process.pid} did not stop within 120 s of SIGTERM")
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    stopped = time.monotonic() - began
    scenario.event(f"SIGTERM {kind} worker {process.pid}: exited in {stopped:.1f}s")
    start_worker(scenario, workers, kind, kind=kind, name=workers.names[kind])
    scenario.event(f"{kind} worker restarted as {workers.processes[kind].pid}")


def run_rolling_restart(scenario: Scenario, workers: Any) -> None:
    """A rolling deploy mid-batch: each worker in turn gets SIGTERM and is started again,
    twice over, while the uploads keep arriving."""
    submitter = scenario.submit_in_background(0.02)
    for fraction, kind in ((0.15, "pipeline"), (0.3, "llm"), (0.5, "pipeline"), (0.7, "llm")):
        when(scenario, fraction, or_after_s=20)
        sigterm_and_restart(scenario, workers, kind)
    submitter.join()


def second_host_spool(scenario: Scenario) -> Path:
    return scenario.workdir / f"spool-{scenario.name}-host-b"


def run_two_llm_hosts(scenario: Scenario, workers: Any) -> None:
    """A second llm worker as on another host (its own spool on its own disk) shares the
    agent calls; mid-batch the first is killed (kill -9, not restarted). Every paid call
    must be on record once: the agent leases in PostgreSQL, not the hosts' spools, keep two
    hosts from paying for one agent."""
    name = workers.names["llm"].replace("llm-", "llm-host-b-", 1)
    start_worker(scenario, workers, "llm-host-b", kind="llm", name=name,
                 extra_env={"SPOOL_DIR": str(second_host_spool(scenario))})  # fmt: skip
    scenario.event(f"second llm host started as {workers.processes['llm-host-b'].pid}")
    submitter = scenario.submit_in_background(0.02)
    when(scenario, 0.35, or_after_s=20)
    process = workers.processes["llm"]
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)
    scenario.event(f"kill -9 the first llm host's worker {process.pid} (not restarted)")
    submitter.join()


def kill_and_start_again(scenario: Scenario, service: Any, killed: str, back: str) -> None:
    """Mid-batch (a quarter done), kill -9 ``service`` and start it again 3 s later."""
    submitter = scenario.submit_in_background(0.05)
    when(scenario, 0.25, or_after_s=10)
    service.kill()
    scenario.event(killed)
    time.sleep(3)
    service.start()
    scenario.event(back)
    submitter.join()


def run_rabbitmq_restart(scenario: Scenario, workers: Any) -> None:
    """kill -9 the RabbitMQ node mid-batch and start it again: its quorum queues are on
    disk, so the messages come back; the workers reconnect."""
    kill_and_start_again(scenario, scenario.rabbit, "kill -9 rabbitmq", "rabbitmq started again")


def run_s3_restart(scenario: Scenario, workers: Any) -> None:
    """kill -9 the S3 server mid-batch (uploads and page images live in its bucket) and start
    it again with its objects: uploads meanwhile are answered 503 and sent again, stages
    reading or writing files are retried."""
    kill_and_start_again(
        scenario, scenario.s3, "kill -9 the S3 server (its address refuses connections)",
        "S3 server started again, its objects replayed from its request log",
    )  # fmt: skip


def purge_queues() -> None:
    """An earlier scenario's messages out of the private RabbitMQ's queues."""
    from kombu.exceptions import ChannelError

    from core.config import get_settings
    from worker.app import celery_app

    settings = get_settings()
    with celery_app.connection_for_write() as connection:
        for name in (settings.pipeline_queue, settings.llm_queue):
            channel = connection.channel()
            with contextlib.suppress(ChannelError):
                channel.queue_purge(name)
            with contextlib.suppress(Exception):
                channel.close()


def run_redis_restart(scenario: Scenario, workers: Any) -> None:
    kill_and_start_again(
        scenario, scenario.redis, "kill -9 redis (nothing on disk)",
        "redis started again on the same port",
    )  # fmt: skip


def run_postgres_restart(scenario: Scenario, workers: Any) -> None:
    submitter = scenario.submit_in_background(0.05)
    when(scenario, 0.15, or_after_s=6)
    scenario.event("pg_ctl restart -m fast (1)")
    scenario.pg.restart()
    scenario.event("postgres back (1)")
    when(scenario, 0.55, or_after_s=20)
    scenario.event("pg_ctl restart -m fast (2)")
    scenario.pg.restart()
    scenario.event("postgres back (2)")
    submitter.join()


def run_llm_faults(scenario: Scenario, workers: Any) -> None:
    scenario.submit_all()


def run_baseline(scenario: Scenario, workers: Any) -> None:
    """No fault (``--only baseline``): the healthy throughput and request latency."""
    scenario.submit_all()


def fast_fail_result_backend() -> None:
    """Harness-only, this process only: make the result backend's reconnect give up fast.

    With the production settings, every publish after the first one while Redis is down
    blocks ~19 s in the result backend's pub/sub reconnect (Celery's default retry policy:
    20 retries, 1 s apart) and then raises RuntimeError, which publish_review does not
    catch (see the report). 100 uploads would take half an hour, so after measuring that
    on two uploads the rest use a fast-failing policy (the proposed fix)."""
    from worker.app import celery_app

    options = dict(celery_app.conf.result_backend_transport_options or {})
    options["retry_policy"] = {
        "max_retries": 1,
        "interval_start": 0,
        "interval_step": 0.2,
        "interval_max": 0.2,
    }
    celery_app.conf.result_backend_transport_options = options
    celery_app._backend_cache = None  # rebuilt from the new options on next use
    celery_app._local.__dict__.pop("backend", None)


def run_broker_down_at_upload(scenario: Scenario, workers: Any) -> None:
    broker = scenario.rabbit or scenario.redis
    broker.kill()
    scenario.event("redis stopped before the uploads")
    probes = 2
    for index in range(probes):  # production settings
        scenario.submit_one(index)
    scenario.event(
        "production settings, broker down: upload+publish took "
        + ", ".join(f"{s.seconds:.2f}s" for s in scenario.submissions)
        + f" (published: {[s.published for s in scenario.submissions]}; "
        f"exceptions escaping publish_review: {scenario.publish_exceptions})"
    )
    fast_fail_result_backend()
    for index in range(probes, scenario.n):
        scenario.submit_one(index)
    published = sum(s.published for s in scenario.submissions)
    slowest = max((s.seconds for s in scenario.submissions[probes:]), default=0.0)
    scenario.event(
        f"{len(scenario.submissions)} uploads committed while the broker was down "
        f"({published} published, slowest of the fast-fail uploads {slowest:.2f}s)"
    )
    time.sleep(2)
    broker.start()
    scenario.event("the broker started again")


RUNNERS: dict[str, Callable[[Scenario, Any], None]] = {
    "kill9_worker": run_kill9_worker,
    "kill9_llm_worker": run_kill9_llm_worker,
    "rolling_restart": run_rolling_restart,
    "rabbitmq_restart": run_rabbitmq_restart,
    "two_llm_hosts": run_two_llm_hosts,
    "redis_restart": run_redis_restart,
    "postgres_restart": run_postgres_restart,
    "llm_faults": run_llm_faults,
    "broker_down_at_upload": run_broker_down_at_upload,
    "s3_restart": run_s3_restart,
    "baseline": run_baseline,
}


# --------------------------------------------------------------------------- counting


@dataclass
class Tally:
    submitted: int = 0
    completed: int = 0
    failed: int = 0
    lost: int = 0
    duplicated: int = 0
    failed_without_reason: int = 0
    dup_results: int = 0
    dup_feedback: int = 0
    dup_usage: int = 0
    incomplete_results: int = 0
    publish_failed: int = 0
    publish_exceptions: Counter = field(default_factory=Counter)
    submit_errors: int = 0
    max_attempts_seen: int = 0
    retried_calls: int = 0
    llm_calls: int = 0  # chat completions the scripted server received
    usage_rows: int = 0  # prompt_usage_history rows of the scenario
    answered_twice: int = 0  # extra valid answers the server gave one (resume, agent)
    success_rows_twice: int = 0  # extra success rows of one (request, agent)
    spool_drained: int = 0  # spool entries left at the end, written by the drain
    spool_rows: int = 0  # usage rows only the drain added
    republished: int = 0
    seconds: float = 0.0
    failure_reasons: Counter = field(default_factory=Counter)
    lost_detail: list[str] = field(default_factory=list)


def count(scenario: Scenario, reference: dict[str, Counter]) -> Tally:
    from sqlalchemy import func, select

    from core.config import get_settings
    from database.models import (
        PromptUsageHistory,
        Resume,
        ReviewFeedbackItem,
        ReviewRequest,
        ReviewResult,
    )
    from pipelines.storage import storage_for

    files = storage_for(get_settings())
    ids = [s.request_id for s in scenario.submissions]
    tally = Tally(submitted=len(ids) + len(scenario.submit_errors))
    tally.submit_errors = len(scenario.submit_errors)
    tally.lost += len(scenario.submit_errors)  # accepted nowhere: counted as lost
    tally.publish_failed = sum(not s.published for s in scenario.submissions)
    tally.publish_exceptions = scenario.publish_exceptions
    with scenario.engine.connect() as connection:
        requests = {
            row.id: row
            for row in connection.execute(
                select(
                    ReviewRequest.id,
                    ReviewRequest.status,
                    ReviewRequest.error_message,
                    ReviewRequest.agent_types,
                    ReviewRequest.attempts,
                    Resume.id.label("resume_id"),
                    Resume.stored_filename,
                )
                .outerjoin(Resume, Resume.id == ReviewRequest.resume_id)
                .where(ReviewRequest.id.in_(ids))
            )
        }
        results = Counter(
            {
                (rid, agent): n
                for rid, agent, n in connection.execute(
                    select(ReviewResult.review_request_id, ReviewResult.agent_type, func.count())
                    .where(ReviewResult.review_request_id.in_(ids))
                    .group_by(ReviewResult.review_request_id, ReviewResult.agent_type)
                )
            }
        )
        feedback: dict[tuple[uuid.UUID, uuid.UUID, str], Counter] = {}
        for rid, result_id, agent, category, message, start in connection.execute(
            select(
                ReviewResult.review_request_id,
                ReviewResult.id,
                ReviewResult.agent_type,
                ReviewFeedbackItem.category,
                ReviewFeedbackItem.message,
                ReviewFeedbackItem.start_offset,
            )
            .join(ReviewFeedbackItem, ReviewFeedbackItem.review_result_id == ReviewResult.id)
            .where(ReviewResult.review_request_id.in_(ids))
        ):
            feedback.setdefault((rid, result_id, agent), Counter())[(category, message, start)] += 1
        usage: dict[uuid.UUID, Counter] = {}
        for rid, status, n in connection.execute(
            select(PromptUsageHistory.review_request_id, PromptUsageHistory.status, func.count())
            .where(PromptUsageHistory.review_request_id.in_(ids))
            .group_by(PromptUsageHistory.review_request_id, PromptUsageHistory.status)
        ):
            usage.setdefault(rid, Counter())[status] = n

    duplicated: set[uuid.UUID] = set()
    for (rid, _agent), n in results.items():
        if n > 1:
            tally.dup_results += n - 1
            duplicated.add(rid)
    for (rid, _result, agent), items in feedback.items():
        expected = reference.get(agent, Counter())
        excess = sum(max(0, n - expected.get(key, 1)) for key, n in items.items())
        if excess:
            tally.dup_feedback += excess
            duplicated.add(rid)
    for submission in scenario.submissions:
        rid = submission.request_id
        row = requests.get(rid)
        if row is None:
            tally.lost += 1
            tally.lost_detail.append(f"{rid}: request row vanished")
            continue
        tally.max_attempts_seen = max(tally.max_attempts_seen, row.attempts)
        calls = usage.get(rid, Counter())
        tally.retried_calls += calls.get("error", 0)
        if calls.get("success", 0) > len(row.agent_types):
            tally.dup_usage += calls["success"] - len(row.agent_types)
            duplicated.add(rid)
        if row.resume_id is None or not files.exists(row.stored_filename):
            tally.lost += 1
            tally.lost_detail.append(f"{rid}: resume row or stored file vanished")
        elif row.status not in TERMINAL:
            tally.lost += 1
            tally.lost_detail.append(f"{rid}: still {row.status} (attempts {row.attempts})")
        if row.status == "completed":
            tally.completed += 1
            if any(results[(rid, agent)] < 1 for agent in row.agent_types):
                tally.incomplete_results += 1
        elif row.status == "failed":
            tally.failed += 1
            reason = (row.error_message or "").strip()
            if not reason:
                tally.failed_without_reason += 1
            tally.failure_reasons[re.sub(r"\d+", "#", reason)[:90]] += 1
    tally.duplicated = len(duplicated)
    tally.republished = recovery_republishes(scenario.log_dir)
    return tally


_MARKER_RE = re.compile(r"Reference \S+ (\d{5})")


def answered_twice(server: Any) -> int:
    """Valid answers the scripted server gave beyond the first for one (resume, agent):
    calls paid twice. The resume is told by its marker line, the agent by its system
    prompt; an answer sent after the client's timeout is not counted (not received)."""
    from core.config import PROJECT_ROOT
    from pipelines.review.prompts import load_prompt_files

    agents = {
        spec.system_prompt: spec.agent_type for spec in load_prompt_files(PROJECT_ROOT / "prompts")
    }
    answers: Counter = Counter()
    for request in list(server.requests):
        if request.step.kind not in ("ok", "bad_quote"):
            continue
        marker = _MARKER_RE.search(request.resume_text or "")
        agent = agents.get(request.message_text("system"), "?")
        answers[(marker.group(1) if marker else "?", agent)] += 1
    return sum(n - 1 for n in answers.values() if n > 1)


def count_paid_calls(scenario: Scenario, server: Any, tally: Tally) -> None:
    """The server's chat completions against the usage rows, after the spool's drain (as
    beat runs it); valid answers paid twice, by the server's count and by the rows."""
    from sqlalchemy import func, select

    from core.enums import UsageStatus
    from database.models import PromptUsageHistory
    from pipelines.review.spool import CallSpool, drain_spool

    for spool_dir in (scenario.spool_dir, second_host_spool(scenario)):
        drained = drain_spool(scenario.engine, CallSpool(spool_dir), older_than_s=0)
        tally.spool_drained += drained.entries
        tally.spool_rows += drained.rows
    with scenario.engine.connect() as connection:
        tally.usage_rows = (
            connection.scalar(select(func.count()).select_from(PromptUsageHistory)) or 0
        )
        successes = connection.scalars(
            select(func.count())
            .where(PromptUsageHistory.status == UsageStatus.SUCCESS)
            .group_by(PromptUsageHistory.review_request_id, PromptUsageHistory.agent_type)
        ).all()
    tally.success_rows_twice = sum(n - 1 for n in successes if n > 1)
    tally.llm_calls = server.chat_completions
    tally.answered_twice = answered_twice(server)


def recovery_republishes(log_dir: Path) -> int:
    pattern = re.compile(r"recovery sweep: republished (\d+) of")
    total = 0
    for path in log_dir.glob("pipeline.log"):
        for match in pattern.finditer(path.read_text(errors="replace")):
            total += int(match.group(1))
    return total


# --------------------------------------------------------------------------- main


def run_scenario(
    name: str, n: int, pg: PrivatePostgres, redis: PrivateRedis, workdir: Path, grace: float
) -> Tally:
    from testkit.llm_server import FaultProfile, ScriptedLLMServer

    scenario = Scenario(name=name, n=n, pg=pg, redis=redis, workdir=workdir, rabbit=RABBIT)
    redis.flushall()
    server: ScriptedLLMServer | None = None
    reference_server: ScriptedLLMServer | None = None
    env = base_environment(redis.url, SHIPPED_RECOVERY, RABBIT.url if RABBIT else None)
    try:
        if name == "llm_faults":
            server = ScriptedLLMServer(
                faults=FaultProfile(
                    rate_limit=0.20,
                    server_error=0.10,
                    timeout=0.05,
                    malformed=0.05,
                    timeout_seconds=LLM_TIMEOUT_S + 1.5,
                    retry_after=1.0,
                ),
                seed=6,
            ).start()
        else:
            server = ScriptedLLMServer(
                latency=LLM_LATENCY_S, latency_jitter=LLM_LATENCY_JITTER_S, seed=6
            ).start()
        env.update(llm_environment(server.base_url))
        reference_server = ScriptedLLMServer().start()
        scenario.prepare_database()
        env.update(
            {
                "DATABASE_URL": scenario.database_url,
                "STORAGE_DIR": str(workdir / f"storage-{name}"),
                "SPOOL_DIR": str(scenario.spool_dir),
            }
        )
        if name == "s3_restart":
            scenario.s3 = PrivateS3(workdir / f"s3-{name}")
            scenario.s3.start()
            env.update(scenario.s3.environment())
        scenario.env = env
        apply_environment(env)
        reference = clean_reference(
            name, reference_server.base_url if reference_server else None, workdir
        )
        with running_stack(scenario, llm_concurrency=16 if name == "llm_faults" else 8) as workers:
            scenario.started = time.monotonic()
            RUNNERS[name](scenario, workers)
            scenario.wait_all_terminal(grace)
            seconds = scenario.elapsed()
            alive = workers.alive()
        tally = count(scenario, reference)
        tally.seconds = seconds
        count_paid_calls(scenario, server, tally)
        log(f"{name}: scripted LLM server answered {len(server.requests)} HTTP requests")
        if not alive:
            log(f"{name}: a worker process had died by the end")
        for line in scenario.events:
            log(f"{name}: event {line}")
        for detail in tally.lost_detail[:10]:
            log(f"{name}: lost {detail}")
        for reason, k in tally.failure_reasons.most_common(5):
            log(f"{name}: failed x{k}: {reason}")
        return tally
    finally:
        if scenario.s3 is not None:
            scenario.s3.kill()
        if server is not None:
            server.stop()
        if reference_server is not None:
            reference_server.stop()
        if scenario.engine is not None:
            scenario.engine.dispose()


def scenario_line(name: str, t: Tally) -> str:
    line = (
        f"scenario={name} submitted={t.submitted} completed={t.completed} failed={t.failed} "
        f"lost={t.lost} duplicated={t.duplicated} seconds={t.seconds:.1f} "
        f"failed_without_reason={t.failed_without_reason} "
        f"dup_results={t.dup_results} dup_feedback={t.dup_feedback} dup_usage={t.dup_usage} "
        f"completed_missing_results={t.incomplete_results} publish_failed={t.publish_failed} "
        f"republished_by_sweep={t.republished} max_attempts={t.max_attempts_seen}"
    )
    if t.publish_exceptions:
        line += " publish_raised=" + ",".join(f"{k}:{v}" for k, v in t.publish_exceptions.items())
    if name == "llm_faults":
        line += f" retried_calls={t.retried_calls}"
    line += (
        f" llm_calls={t.llm_calls} usage_rows={t.usage_rows} answered_twice={t.answered_twice}"
        f" success_rows_twice={t.success_rows_twice} spool_drained={t.spool_drained}"
        f" spool_rows={t.spool_rows}"
    )
    if name in EXEMPT_FROM_CALL_COUNT:
        line += " calls_exempt=kill-9"
    if name in PAID_TWICE_ALLOWED:
        line += " paid_twice_allowed=kill-9"
    return line


def run_child(args: argparse.Namespace) -> None:
    """One scenario in a fresh process: a fresh Celery app (its connections, declared
    queues and result subscriptions never outlive a Redis restart of an earlier scenario)
    and this scenario's environment read once, as a worker reads it."""
    import json

    workdir = Path(args.workdir)
    redis = PrivateRedis(workdir, port=args.redis_port)
    pg = PrivatePostgres(workdir, attach=json.loads(args.pg))
    global SHIPPED_RECOVERY, RABBIT
    SHIPPED_RECOVERY = args.shipped_recovery
    RABBIT = PrivateRabbit.attach(json.loads(args.rabbit)) if args.rabbit else None
    apply_environment(base_environment(redis.url, SHIPPED_RECOVERY, RABBIT.url if RABBIT else None))
    import celeryconfig

    assert celeryconfig.VISIBILITY_TIMEOUT > celeryconfig.LONGEST_HARD_LIMIT
    assert celeryconfig.broker_url == (RABBIT.url if RABBIT else redis.url)
    if RABBIT is not None:
        purge_queues()
    tally = run_scenario(args.child, args.n, pg, redis, workdir, args.grace)
    print(scenario_line(args.child, tally), flush=True)
    (workdir / f"{args.child}.json").write_text(
        json.dumps(
            {
                "lost": tally.lost,
                "duplicated": tally.duplicated,
                "completed": tally.completed,
                "failed": tally.failed,
                "failed_without_reason": tally.failed_without_reason,
                "seconds": round(tally.seconds, 1),
                "llm_calls": tally.llm_calls,
                "usage_rows": tally.usage_rows,
                "answered_twice": tally.answered_twice,
            }
        )
    )
    # Skip interpreter teardown: Celery's AsyncResult finalizers would talk to Redis while
    # Python shuts down (noise only; the workers and beat are already stopped).
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


def every_call_on_record_once(report: dict[str, Any]) -> bool:
    """Every paid call has its usage row, and no agent of a request was paid twice."""
    return report["llm_calls"] == report["usage_rows"] and report["answered_twice"] == 0


def main(argv: list[str] | None = None) -> int:
    import json

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100, help="reviews per scenario (≥ 100)")
    parser.add_argument(
        "--only", choices=[*SCENARIOS, "baseline"], action="append", help="run only these"
    )
    parser.add_argument(
        "--grace", type=float, default=150, help="seconds after the last fault to finish"
    )
    parser.add_argument("--keep-logs", action="store_true", help="keep the temp dir and logs")
    parser.add_argument(
        "--broker",
        choices=("redis", "amqp"),
        default="redis",
        help="the broker: Redis, or a private RabbitMQ node (Redis keeps the results)",
    )
    parser.add_argument("--rabbit", help=argparse.SUPPRESS)
    parser.add_argument(
        "--shipped-recovery",
        action="store_true",
        help="keep the shipped recovery defaults (the fast runs shorten its thresholds)",
    )
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    parser.add_argument("--redis-port", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--pg", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        run_child(args)
    names = args.only or list(SCENARIOS)

    # The parent owns the private services and never imports Celery; each scenario runs in
    # a child process of its own.
    began = time.monotonic()
    workdir = Path(tempfile.mkdtemp(prefix="rr-faults-"))
    redis = PrivateRedis(workdir)
    pg = PrivatePostgres(workdir)
    rabbit = PrivateRabbit() if args.broker == "amqp" else None
    names = [n for n in names if rabbit is not None or n not in AMQP_ONLY]
    results: dict[str, dict[str, Any]] = {}
    try:
        redis.start()
        pg.init_and_start()
        if rabbit is not None:
            rabbit.start()
            log(f"private rabbitmq on :{rabbit.port} ({rabbit.node})")
        log(f"private redis on :{redis.port}, private postgres on :{pg.port}, dir {workdir}")
        child_env = {
            key: value
            for key, value in os.environ.items()
            if key not in ("DATABASE_URL", "OPENAI_BASE_URL", "OPENAI_API_KEY")
        }
        for name in names:
            log(f"--- {name}")
            redis.flushall()
            command = [
                sys.executable, str(Path(__file__).resolve()), "--child", name,
                "--n", str(args.n), "--grace", str(args.grace), "--workdir", str(workdir),
                "--redis-port", str(redis.port), "--pg", json.dumps(pg.describe()),
                *(["--shipped-recovery"] if args.shipped_recovery else []),
                *(["--rabbit", json.dumps(rabbit.describe())] if rabbit else []),
            ]  # fmt: skip
            completed = subprocess.run(command, env=child_env, cwd=ROOT, check=False)
            report = workdir / f"{name}.json"
            if completed.returncode == 0 and report.exists():
                results[name] = json.loads(report.read_text())
            else:
                log(f"{name}: the scenario process exited with {completed.returncode}")
                print(f"scenario={name} error=exit-{completed.returncode}", flush=True)
            if not redis.alive():
                redis.start()  # a crashed scenario may have left it down
            if rabbit is not None and not port_open(rabbit.port):
                rabbit.start()
    finally:
        redis.kill()
        if rabbit is not None:
            rabbit.cleanup()
        pg.cleanup()
        if args.keep_logs:
            log(f"logs kept in {workdir}/logs")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    total = time.monotonic() - began
    ok = len(results) == len(names) and all(
        r["lost"] == 0
        and r["duplicated"] == 0
        and r["failed_without_reason"] == 0
        and (
            name in EXEMPT_FROM_CALL_COUNT
            or every_call_on_record_once(r)
            # Every call on record; a call on record as started may also be one that the
            # kill stopped before it left (on record, never received).
            or (name in PAID_TWICE_ALLOWED and r["usage_rows"] >= r["llm_calls"])
        )
        for name, r in results.items()
    )
    summary = " ".join(
        f"{name}:lost={r['lost']},duplicated={r['duplicated']},completed={r['completed']},"
        f"failed={r['failed']},calls={r['llm_calls']},usage_rows={r['usage_rows']},"
        f"answered_twice={r['answered_twice']}"
        for name, r in results.items()
    )
    missing = [name for name in names if name not in results]
    if missing:
        summary += f" not_run={','.join(missing)}"
    print(f"summary {'PASS' if ok else 'FAIL'} total_seconds={total:.0f} {summary}", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
