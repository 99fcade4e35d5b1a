"""LLM-phase benchmark: real workers against the scripted OpenAI-compatible server, 1 s/call.

Run: ``.venv/bin/python bench/llm.py [--n 120] [--concurrency 48] [--server subprocess]``

Variants used to find the bottleneck: ``--llm-workers 2`` (the C threads split over two llm
worker processes), ``--direct`` (publish only chord(agents) -> finalize), ``--prefetch-multiplier
N``, ``--diag-threads`` (run_agent on C threads in this process, no Celery, after each
request's known-answer check as in the chain; time per phase and every database round trip
of the agent tasks: statements, psycopg2's BEGIN and COMMIT, the pool's ping at checkout;
with ``BENCH_PROFILE=FILE``, a cProfile of those tasks run one by one in the main thread),
``--server inproc``.

Needs the local PostgreSQL and Redis. Private database ``rr_bench_llm`` (dropped and
re-created, dropped at the end), Redis database 10, queue names unique to the run.

1. Preparation (not timed): N resumes (examples/ PDF and DOCX, distinct bytes) are uploaded
   and reviewed once in this process with the offline reviewer, so their text is extracted
   and their sections stored.
2. The scripted server (``testkit/llm_server.py``, latency 1 s per call) is started as a
   separate process (default; ``--server inproc`` runs it in a thread of this process), and
   the Procfile's two workers: ``pipeline`` (prefork, 2) and ``llm`` (threads,
   ``--concurrency C``, default 48 = LLM_CONCURRENCY) with OPENAI_BASE_URL/OPENAI_API_KEY.
3. N new review requests (4 agents each) are created on those resumes and published with
   ``worker.dispatch.publish_review``: extract and split find their work done, and the chain
   goes straight to the agents.

Wall time of the LLM phase = first agent call started (min over prompt_usage_history of
created_at - latency_ms) -> last review_results row stored (max created_at). The ideal is
calls x latency / C; efficiency = ideal / wall. The llm worker's RSS (its process tree, from
/proc) is sampled every second. The last line holds the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from datetime import timedelta
from pathlib import Path

import common

DB_NAME = "rr_bench_llm"


def prepare(files: list[tuple[str, bytes]]) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """Upload and review every file offline in this process. Returns (user, resume ids)."""
    from core.config import get_settings
    from database.engine import default_engine, session_scope
    from database.models import Candidate, User
    from database.queries.candidates import create_candidate
    from database.queries.users import create_user
    from pipelines import intake
    from pipelines.chain import Outcome, run_review

    settings = get_settings()
    assert not settings.llm_enabled
    engine = default_engine()
    with session_scope(engine) as session:
        user = create_user(
            session, email=f"bench-{uuid.uuid4().hex[:8]}@example.com", password_hash="x"
        )
        user_id = user.id
        candidate_ids = [
            create_candidate(session, user, first_name="Bench", last_name=f"LLM {i}").id
            for i in range(len(files))
        ]
    resume_ids = []
    for (filename, data), candidate_id in zip(files, candidate_ids, strict=True):
        with session_scope(engine) as session:
            resume, request = intake.register_upload(
                session,
                settings,
                candidate=session.get(Candidate, candidate_id),  # type: ignore[arg-type]
                user=session.get(User, user_id),  # type: ignore[arg-type]
                data=data,
                original_filename=filename,
            )
            resume_ids.append(resume.id)
            request_id = request.id
        if run_review(engine, settings, request_id) is not Outcome.DONE:
            raise RuntimeError(f"preparation failed for {filename}")
    return user_id, resume_ids


def start_llm_server(kind: str, latency: float, procs: common.Processes) -> tuple[str, object]:
    if kind == "inproc":
        from testkit import llm_server

        server = llm_server.ScriptedLLMServer(latency=latency).start()
        return server.base_url, server
    port = common.free_port()
    procs.start(
        "scripted_server",
        [
            sys.executable,
            "-m",
            "testkit.llm_server",
            "--port",
            str(port),
            "--latency",
            str(latency),
        ],
        {},
    )
    base_url = f"http://127.0.0.1:{port}/v1"
    common.wait_for_http(f"{base_url}/models")
    return base_url, None


def _trees(roots: list[int]) -> list[int]:
    return [pid for root in roots for pid in common.tree_pids(root)]


class RssSampler(threading.Thread):
    """Samples the RSS of a process tree every ``interval`` seconds."""

    def __init__(self, pids: list[int], interval: float = 1.0) -> None:
        super().__init__(daemon=True)
        self.pids = pids
        self.interval = interval
        self.samples: list[tuple[float, float, int]] = []  # (t, MB, processes)
        self._halt = threading.Event()

    def run(self) -> None:
        while True:
            pids = _trees(self.pids)
            self.samples.append((time.monotonic(), common.rss_mb(pids), len(pids)))
            if self._halt.wait(self.interval):
                return

    def stop(self) -> None:
        self._halt.set()
        self.join()
        pids = _trees(self.pids)
        self.samples.append((time.monotonic(), common.rss_mb(pids), len(pids)))


def create_requests(user_id: uuid.UUID, resume_ids: list[uuid.UUID]) -> list[uuid.UUID]:
    from core.enums import ReviewTrigger
    from database.engine import default_engine, session_scope
    from database.models import Resume, User
    from pipelines import intake

    with session_scope(default_engine()) as session:
        user = session.get(User, user_id)
        ids = []
        for resume_id in resume_ids:
            request = intake.create_review_request(
                session,
                resume=session.get(Resume, resume_id),  # type: ignore[arg-type]
                requested_by=user,
                trigger=ReviewTrigger.MANUAL,
            )
            ids.append(request.id)
        return ids


def phase_figures(request_ids: list[uuid.UUID]) -> dict[str, object]:
    from sqlalchemy import func, select

    from database.engine import default_engine, session_scope
    from database.models import PromptUsageHistory, ReviewResult

    with session_scope(default_engine()) as session:
        usage = session.execute(
            select(
                PromptUsageHistory.created_at,
                PromptUsageHistory.latency_ms,
                PromptUsageHistory.status,
            ).where(PromptUsageHistory.review_request_id.in_(request_ids))
        ).all()
        results = session.execute(
            select(func.count(), func.max(ReviewResult.created_at)).where(
                ReviewResult.review_request_id.in_(request_ids)
            )
        ).one()
    starts = [created - timedelta(milliseconds=latency or 0) for created, latency, _ in usage]
    latencies = sorted(latency or 0 for _, latency, _ in usage)
    return {
        "calls": len(usage),
        "errors": sum(1 for *_, status in usage if status != "success"),
        "results": results[0],
        "first_call": min(starts) if starts else None,
        "last_result": results[1],
        "latency_p50": latencies[len(latencies) // 2] if latencies else 0,
        "latency_p99": latencies[int(len(latencies) * 0.99)] if latencies else 0,
        "latency_max": latencies[-1] if latencies else 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=120, help="resumes (4 agent calls each)")
    parser.add_argument("--concurrency", type=int, default=48, help="llm worker threads")
    parser.add_argument("--pipeline-concurrency", type=int, default=2)
    parser.add_argument("--latency", type=float, default=1.0)
    parser.add_argument("--server", choices=("subprocess", "inproc"), default="subprocess")
    parser.add_argument(
        "--direct",
        action="store_true",
        help="publish only chord(agents) -> finalize (skip the extract/split tasks) to "
        "isolate the llm worker; the default publishes the real chain",
    )
    parser.add_argument(
        "--prefetch-multiplier",
        type=int,
        default=None,
        help="llm worker --prefetch-multiplier (default: celeryconfig's, 1)",
    )
    parser.add_argument(
        "--diag-threads",
        action="store_true",
        help="diagnostic instead of the workers: pipelines.chain.run_agent for every call on "
        "a pool of C threads in this process (no Celery), with the time per phase",
    )
    parser.add_argument(
        "--llm-workers",
        type=int,
        default=1,
        help="llm worker processes sharing the C threads (C/K each); the Procfile has 1",
    )
    parser.add_argument("--keep-logs", action="store_true")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="rr-bench-llm-"))
    env = common.configure_environment(DB_NAME, workdir / "instance" / "storage")
    files = common.corpus(args.n, uuid.uuid4().hex[:6])
    print(
        f"bench/llm: {args.n} resumes x 4 agents, scripted server ({args.server}) latency "
        f"{args.latency:g} s, llm worker threads x{args.concurrency} in {args.llm_workers} "
        f"process(es), {os.cpu_count()} CPUs, "
        f"prefetch multiplier {args.prefetch_multiplier or 1}, "
        f"load average before start {os.getloadavg()[0]:.2f}; "
        + ("chord only (--direct)" if args.direct else "real chain (extract/split skip)"),
        flush=True,
    )
    foreign = common.foreign_python_jobs()
    if foreign:
        print("other test/bench runs on this machine now: " + " | ".join(foreign), flush=True)
    from core.config import get_settings

    try:
        common.fresh_database(DB_NAME)
        started = time.monotonic()
        user_id, resume_ids = prepare(files)
        print(
            f"preparation (offline, in-process, not timed below): {len(resume_ids)} resumes "
            f"extracted and split in {time.monotonic() - started:.1f} s",
            flush=True,
        )
        if args.diag_threads:
            with common.Processes(workdir / "logs") as procs:
                base_url, _ = start_llm_server(args.server, args.latency, procs)
                diagnose_threads(user_id, resume_ids, base_url, args.concurrency, args.latency)
            return
        with common.Processes(workdir / "logs") as procs:
            base_url, server = start_llm_server(args.server, args.latency, procs)
            worker_env = {
                **env,
                "OPENAI_BASE_URL": base_url,
                "OPENAI_API_KEY": "bench-key",
                "LLM_CONCURRENCY": str(args.concurrency),
            }
            tag = uuid.uuid4().hex[:6]
            names = [f"bench-pipeline-{tag}@localhost"]
            procs.start(
                "pipeline",
                common.worker_command(
                    get_settings().pipeline_queue, names[0], "prefork", args.pipeline_concurrency
                ),
                worker_env,
            )
            llm_pids = []
            per_worker = args.concurrency // args.llm_workers
            for k in range(args.llm_workers):
                key = "llm" if k == 0 else f"llm{k + 1}"
                names.append(f"bench-{key}-{tag}@localhost")
                command = common.worker_command(
                    get_settings().llm_queue, names[-1], "threads", per_worker
                )
                if args.prefetch_multiplier:
                    command += ["--prefetch-multiplier", str(args.prefetch_multiplier)]
                llm_pids.append(procs.start(key, command, worker_env).pid)
            common.wait_for_workers(names)
            procs.check_alive()
            request_ids = create_requests(user_id, resume_ids)
            sampler = RssSampler(llm_pids)
            sampler.start()
            time.sleep(1.5)  # a baseline sample or two before the load
            cpu0 = common.cpu_seconds(_trees(llm_pids))
            from worker.dispatch import publish_review

            publish = publish_chord if args.direct else publish_review
            load = common.MachineLoad().start()
            submitted = time.monotonic()
            submitted_wall = time.time()
            published = sum(bool(publish(rid)) for rid in request_ids)
            publish_s = time.monotonic() - submitted
            finished, counts = common.wait_until_terminal(
                _engine(), request_ids, len(request_ids), timeout=1200
            )
            cpu1 = common.cpu_seconds(_trees(llm_pids))
            machine = load.stop()
            time.sleep(2)  # memory after the load
            sampler.stop()
            procs.check_alive()
            if server is not None:
                server.stop()  # type: ignore[attr-defined]
            llm_log = "".join(procs.log(key) for key in procs.procs if key.startswith("llm"))
            runtimes = common.task_runtimes(llm_log)
        figures = phase_figures(request_ids)
    finally:
        common.drop_database(DB_NAME)
        if args.keep_logs:
            print(f"logs kept in {workdir / 'logs'}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    calls = int(figures["calls"])  # type: ignore[arg-type]
    first, last = figures["first_call"], figures["last_result"]
    wall = (last - first).total_seconds()  # type: ignore[operator]
    total = finished - submitted
    ideal = calls * args.latency / args.concurrency
    efficiency = ideal / wall
    rate = calls / wall
    first_after = first.timestamp() - submitted_wall  # type: ignore[union-attr]
    rss = [mb for _, mb, _ in sampler.samples]
    procs_seen = max(n for *_, n in sampler.samples)
    agent_count, agent_sum = runtimes.get("resume_review.agent", (0, 0.0))
    print(
        f"submitted {len(request_ids)} requests ({published} published in {publish_s:.2f} s); "
        f"statuses {counts}; {calls} LLM calls recorded ({figures['errors']} errors), "
        f"{figures['results']} review_results\n"
        f"first agent call {first_after:.2f} s after the first publish; "
        f"submit -> all completed {total:.2f} s\n"
        f"LLM phase (first call -> last result stored): {wall:.2f} s; ideal "
        f"{calls} x {args.latency:g} s / {args.concurrency} = {ideal:.2f} s; efficiency "
        f"{efficiency:.2f}; {rate:.1f} calls/s sustained\n"
        f"call latency as recorded by the worker: p50 {figures['latency_p50']} ms, p99 "
        f"{figures['latency_p99']} ms, max {figures['latency_max']} ms; agent task mean "
        f"{agent_sum / max(agent_count, 1):.2f} s over {agent_count} tasks\n"
        f"llm worker CPU during the run: {cpu1 - cpu0:.1f} s "
        f"({(cpu1 - cpu0) / total:.0%} of one core over {total:.1f} s); {machine}\n"
        f"agent tasks inside the llm worker (received, not finished), every 0.5 s from the "
        f"first: {occupancy(llm_log)}\n"
        f"the same for every task of the llm worker (known-answer checks too), from the "
        f"first: {occupancy(llm_log, tasks='agent|known_answer')}\n"
        f"llm worker RSS (process trees, {procs_seen} processes, {len(rss)} samples at 1 s): "
        f"start {rss[0]:.0f} MB, peak {max(rss):.0f} MB, end {rss[-1]:.0f} MB; series "
        + " ".join(f"{mb:.0f}" for mb in rss)
    )
    print(
        f"bench/llm: {calls} calls, C={args.concurrency}, wall {wall:.2f} s, ideal {ideal:.2f} s, "
        f"efficiency {efficiency:.2f} (target >= 0.9), {rate:.1f} calls/s (target >= 80), "
        f"llm worker CPU {1000 * (cpu1 - cpu0) / max(calls, 1):.1f} ms a task (target <= 15), "
        f"submit->completed {total:.2f} s, RSS start/peak/end {rss[0]:.0f}/{max(rss):.0f}/"
        f"{rss[-1]:.0f} MB"
    )


class RoundTrips:
    """Every database round trip of the agent tasks, by kind: the statements, the BEGIN
    psycopg2 sends before a transaction's first statement and the COMMIT that ends it (none
    on an autocommit connection), and the pool's ping at each checkout (``pool_pre_ping``).
    A checkout whose statements all write ``prompt_usage_history`` is the usage record,
    which the issue's target leaves out."""

    def __init__(self, engine: object) -> None:
        import sqlalchemy

        self.kinds: Counter[str] = Counter()
        self.usage = 0
        self._units = threading.local()
        pings = bool(getattr(engine.pool, "_pre_ping", False))  # type: ignore[attr-defined]
        listen = sqlalchemy.event.listen
        listen(engine.pool, "checkout", lambda *_: self._open(pings))  # type: ignore[attr-defined]
        listen(engine.pool, "checkin", lambda *_: self._close())  # type: ignore[attr-defined]
        listen(engine, "before_cursor_execute", self._statement)
        listen(engine, "begin", lambda conn: self._end_or_begin(conn, "BEGIN"))
        listen(engine, "commit", lambda conn: self._end_or_begin(conn, "COMMIT"))

    def _open(self, ping: bool) -> None:
        self._units.trips = ["PING"] if ping else []

    def _statement(self, conn, cursor, statement, parameters, context, executemany) -> None:
        words = " ".join(statement.split()[:3]).upper()
        self._units.trips.append(words)
        if os.environ.get("BENCH_SQL"):  # every statement of the run, for reading
            print("SQL", " ".join(statement.split())[:160], file=sys.stderr)

    def _end_or_begin(self, conn, kind: str) -> None:
        if not getattr(conn.connection.dbapi_connection, "autocommit", False):
            self._units.trips.append(kind)

    def _close(self) -> None:
        trips = getattr(self._units, "trips", [])
        self._units.trips = []
        kinds = [trip.split()[0] for trip in trips]
        self.kinds.update(kinds)
        statements = [trip for trip in trips if trip not in ("PING", "BEGIN", "COMMIT")]
        if statements and all(s.startswith("INSERT INTO PROMPT_USAGE_HISTORY") for s in statements):
            self.usage += len(trips)

    def report(self, tasks: int) -> str:
        total = sum(self.kinds.values())
        by_kind = ", ".join(f"{k} {v / tasks:.1f}" for k, v in self.kinds.most_common())
        return (
            f"database round trips per agent task {total / tasks:.1f} ({by_kind}); "
            f"besides the usage record {(total - self.usage) / tasks:.1f} (target <= 4)"
        )


def diagnose_threads(
    user_id: uuid.UUID, resume_ids: list[uuid.UUID], base_url: str, threads: int, latency: float
) -> None:
    """run_agent on a thread pool in this process: the llm worker's work without Celery."""
    import dataclasses
    from collections import defaultdict
    from concurrent.futures import ThreadPoolExecutor

    from core.config import get_settings
    from database.engine import default_engine
    from pipelines import flow
    from pipelines.chain import check_known_answer, run_agent, split, start_and_extract
    from pipelines.review.reviewer import LlmReviewer

    engine = default_engine()
    settings = dataclasses.replace(
        get_settings(), openai_base_url=base_url, openai_api_key="bench-key"
    )
    request_ids = create_requests(user_id, resume_ids)
    for rid in request_ids:  # as the pipeline worker would: extract finds its work done
        start_and_extract(engine, settings, rid)
        split(engine, settings, rid)
    with ThreadPoolExecutor(threads) as pool:  # the chain's step before the agents
        list(pool.map(lambda rid: check_known_answer(engine, settings, rid), request_ids))
    spent: dict[str, list[float]] = defaultdict(list)
    lock = threading.Lock()

    def timed(name: str, function: object) -> object:
        def wrapper(*args: object, **kwargs: object) -> object:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)  # type: ignore[operator]
            finally:
                with lock:
                    spent[name].append(time.perf_counter() - started)

        return wrapper

    for name in ("prepare_agent", "prepare_agent_at_once", "store_agent_result"):
        setattr(flow, name, timed(name, getattr(flow, name)))
    LlmReviewer.review = timed("call_agent", LlmReviewer.review)  # type: ignore[method-assign]
    jobs = [
        (rid, agent) for rid in request_ids for agent in ("ats", "content", "language", "structure")
    ]
    round_trips = RoundTrips(engine)
    load = common.MachineLoad().start()
    cpu0 = os.times()
    started = time.monotonic()
    profile_to = os.environ.get("BENCH_PROFILE")  # a file: cProfile of the agent tasks
    profiler = None
    if profile_to:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    if profiler is not None:  # cProfile sees only this thread: the tasks one by one here
        outcomes = [run_agent(engine, settings, *job) for job in jobs]
    else:
        with ThreadPoolExecutor(threads) as pool:
            outcomes = list(pool.map(lambda job: run_agent(engine, settings, *job), jobs))
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(profile_to)
    wall = time.monotonic() - started
    cpu1 = os.times()
    machine = load.stop()
    ideal = len(jobs) * latency / threads
    phases = ", ".join(
        f"{name} mean {1000 * sum(v) / len(v):.0f} ms (max {1000 * max(v):.0f})"
        for name, v in spent.items()
    )
    print(
        f"diag: run_agent x{len(jobs)} on {threads} threads in one process (no Celery): "
        f"{wall:.2f} s, ideal {ideal:.2f} s, efficiency {ideal / wall:.2f}, "
        f"{len(jobs) / wall:.1f} calls/s; outcomes {sorted(set(o.value for o in outcomes))}\n"
        f"diag: {phases}\n"
        f"diag: CPU {cpu1.user - cpu0.user + cpu1.system - cpu0.system:.1f} s; {machine}\n"
        f"diag: {round_trips.report(len(jobs))}"
    )


def publish_chord(request_id: uuid.UUID) -> bool:
    """--direct: the chain minus extract and split (their work is done): the request is
    started as the extract task would, then only chord(agents) -> finalize is sent."""
    from celery import chord

    from database.engine import default_engine
    from pipelines import flow
    from pipelines.chain import Outcome, run_stage
    from worker.tasks import STEP_TASKS

    rid = str(request_id)
    started = run_stage(default_engine(), lambda s: flow.start(s, request_id, max_attempts=3))
    if started.outcome is not Outcome.DONE:
        return False
    agents = ("ats", "content", "language", "structure")
    header = [STEP_TASKS["agent"].si(rid, agent) for agent in agents]
    chord(header, STEP_TASKS["finalize"].si(rid)).apply_async()
    return True


def occupancy(log_text: str, step: float = 0.5, tasks: str = "agent") -> str:
    """Tasks (``tasks``: a regex of task names) held by the llm worker over time, from its
    'received'/'succeeded' lines."""
    import re
    from datetime import datetime

    pattern = re.compile(
        rf"^(\S+?)Z? \[info\s*\] Task resume_review\.(?:{tasks})\[\S+\] (received|succeeded)", re.M
    )
    events = sorted(
        (datetime.fromisoformat(stamp).timestamp(), kind == "received")
        for stamp, kind in pattern.findall(log_text)
    )
    if not events:
        return "(no task lines in the worker log)"
    start = events[0][0]
    held, values, index = 0, [], 0
    tick = start
    while index < len(events):
        while index < len(events) and events[index][0] <= tick:
            held += 1 if events[index][1] else -1
            index += 1
        values.append(held)
        tick += step
    return " ".join(str(v) for v in values)


def _engine() -> object:
    from database.engine import default_engine

    return default_engine()


if __name__ == "__main__":
    main()
    # Celery's AsyncResult finalisers would otherwise try to reach Redis during interpreter
    # shutdown and print a harmless but noisy traceback.
    sys.stdout.flush()
    os._exit(0)
