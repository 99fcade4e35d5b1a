"""Pipeline benchmark: the same N resumes in-process vs. through the full stack.

Run: ``.venv/bin/python bench/pipeline.py [--n 200] [--skip-a2] [--upload-threads 4]``

Needs the local PostgreSQL and Redis (``scripts/ensure-services.sh``). Uses a private
database (``rr_bench_pipeline``, dropped and re-created for each part, dropped at the end),
Redis database 10 and queue names unique to the run. Offline reviewer (no LLM server).

(a)  baseline: one process, sequentially for each file: ``intake.register_upload`` (store
     the file, resume + review request rows, committed) then ``pipelines.chain.run_review``
     (start, sandboxed extract, split, the 4 agents, finalize -- the chain in-process).
     The extraction fork server is warmed before the clock starts.
(a2) the same with 2 processes (spawned, warmed), each taking every other file; wall time
     from the first start to the last finish. Not the baseline: shown for the 2 cores.
(b)  the full stack: gunicorn (``api.wsgi:app``, 2 workers) <- HTTP multipart uploads from a
     thread pool in this process (one candidate per file, one logged-in user) -> Redis ->
     a prefork ``pipeline`` worker (concurrency 2) and a thread-pool ``llm`` worker
     (concurrency 48, the offline reviewer runs there) -> the database is polled until
     every request is ``completed`` or ``failed``. Wall time from the first upload to the
     last request seen finished.

Prints resumes/s for each, the ratio b/a, the share of time spent in sandboxed extraction,
and the CPU seconds each component used during (b). The last line holds the figures.
"""

from __future__ import annotations

import argparse
import os
import shutil
import tempfile
import threading
import time
import uuid
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from multiprocessing import get_context
from pathlib import Path

import common

DB_NAME = "rr_bench_pipeline"
PASSWORD = "bench-password-123"


def _timed_extraction() -> list[float]:
    """Wrap flow.extract_document so this process records each sandboxed extraction."""
    from pipelines import flow

    spent: list[float] = []
    original = flow.extract_document

    def timed(*args: object, **kwargs: object) -> object:
        started = time.perf_counter()
        try:
            return original(*args, **kwargs)  # type: ignore[arg-type]
        finally:
            spent.append(time.perf_counter() - started)

    flow.extract_document = timed  # type: ignore[assignment]
    return spent


def make_owner_and_candidates(count: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    from core.passwords import hash_password
    from database.engine import default_engine, session_scope
    from database.queries.candidates import create_candidate
    from database.queries.users import create_user

    with session_scope(default_engine()) as session:
        user = create_user(
            session,
            email=f"bench-{uuid.uuid4().hex[:8]}@example.com",
            password_hash=hash_password(PASSWORD),
            role="senior_recruiter",
        )
        candidates = [
            create_candidate(session, user, first_name="Bench", last_name=f"Candidate {i}")
            for i in range(count)
        ]
        return user.id, [candidate.id for candidate in candidates]


def review_in_process(
    items: list[tuple[str, bytes, uuid.UUID]], user_id: uuid.UUID
) -> tuple[float, float, float, dict[str, int]]:
    """Upload + run_review for each item, sequentially. Returns (start, end, extraction
    seconds, outcome counts); start/end are time.time() so processes can be compared."""
    from core.config import get_settings
    from database.engine import default_engine, session_scope
    from database.models import Candidate, User
    from pipelines import extraction, intake
    from pipelines.chain import run_review
    from pipelines.flow import extraction_limits

    settings = get_settings()
    assert not settings.llm_enabled
    engine = default_engine()
    spent = _timed_extraction()
    extraction.warm_up(extraction_limits(settings))
    outcomes: dict[str, int] = {}
    started = time.time()
    for filename, data, candidate_id in items:
        with session_scope(engine) as session:
            _, request = intake.register_upload(
                session,
                settings,
                candidate=session.get(Candidate, candidate_id),  # type: ignore[arg-type]
                user=session.get(User, user_id),  # type: ignore[arg-type]
                data=data,
                original_filename=filename,
            )
            request_id = request.id
        outcome = run_review(engine, settings, request_id)
        outcomes[outcome.value] = outcomes.get(outcome.value, 0) + 1
    return started, time.time(), sum(spent), outcomes


def _child_init() -> None:
    # Imports and the fork server before the clock starts (the parent's os.environ is
    # inherited by the spawned process).
    from core.config import get_settings
    from pipelines import chain, extraction  # noqa: F401
    from pipelines.flow import extraction_limits

    extraction.warm_up(extraction_limits(get_settings()))


def part_a(files: list[tuple[str, bytes]]) -> dict[str, float]:
    common.fresh_database(DB_NAME)
    user_id, candidate_ids = make_owner_and_candidates(len(files))
    items = [(name, data, cid) for (name, data), cid in zip(files, candidate_ids, strict=True)]
    cpu0 = os.times()
    load = common.MachineLoad().start()
    started, ended, extract_s, outcomes = review_in_process(items, user_id)
    machine = load.stop()
    cpu1 = os.times()
    wall = ended - started
    cpu = (cpu1.user - cpu0.user) + (cpu1.system - cpu0.system)
    child_cpu = (cpu1.children_user - cpu0.children_user) + (
        cpu1.children_system - cpu0.children_system
    )
    print(
        f"(a)  in-process, 1 process: {len(files)} resumes in {wall:.2f} s = "
        f"{len(files) / wall:.2f} resumes/s  outcomes={outcomes}\n"
        f"     sandboxed extraction {extract_s:.2f} s = {extract_s / wall:.0%} of the time "
        f"({1000 * extract_s / len(files):.0f} ms/file); CPU: this process {cpu:.1f} s\n"
        f"     {machine}",
        flush=True,
    )
    del child_cpu
    return {"wall": wall, "rate": len(files) / wall, "extract_share": extract_s / wall}


def part_a2(files: list[tuple[str, bytes]], processes: int) -> dict[str, float]:
    common.fresh_database(DB_NAME)
    user_id, candidate_ids = make_owner_and_candidates(len(files))
    items = [(name, data, cid) for (name, data), cid in zip(files, candidate_ids, strict=True)]
    slices = [items[i::processes] for i in range(processes)]
    with ProcessPoolExecutor(
        processes, mp_context=get_context("spawn"), initializer=_child_init
    ) as pool:
        # One trivial round trip first so every child is up and warm before the clock.
        list(pool.map(_noop, range(processes * 4)))
        load = common.MachineLoad().start()
        results = list(pool.map(review_in_process, slices, [user_id] * processes))
        machine = load.stop()
    started = min(r[0] for r in results)
    ended = max(r[1] for r in results)
    extract_s = sum(r[2] for r in results)
    outcomes: dict[str, int] = {}
    for r in results:
        for key, value in r[3].items():
            outcomes[key] = outcomes.get(key, 0) + value
    wall = ended - started
    print(
        f"(a2) in-process, {processes} processes: {len(files)} resumes in {wall:.2f} s = "
        f"{len(files) / wall:.2f} resumes/s  outcomes={outcomes}\n"
        f"     sandboxed extraction {extract_s:.2f} s summed over processes = "
        f"{extract_s / (wall * processes):.0%} of process time\n"
        f"     {machine}",
        flush=True,
    )
    return {"wall": wall, "rate": len(files) / wall}


def _noop(_: int) -> None:
    time.sleep(0.05)


def _component_pids(procs: common.Processes) -> dict[str, list[int]]:
    pids = {key: common.tree_pids(proc.pid) for key, proc in procs.procs.items()}
    others: dict[str, list[int]] = {"postgres": [], "redis": []}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/comm") as handle:
                comm = handle.read().strip()
        except OSError:
            continue
        if comm == "postgres":
            others["postgres"].append(int(entry))
        elif comm.startswith("redis-server"):
            others["redis"].append(int(entry))
    # Postgres backends come and go; the postmaster's cutime collects the reaped ones.
    return {**pids, **others}


def part_b(
    files: list[tuple[str, bytes]],
    env: dict[str, str],
    log_dir: Path,
    upload_threads: int,
    web_workers: int,
    pipeline_concurrency: int,
    llm_concurrency: int,
) -> dict[str, float]:
    import requests

    from core.config import get_settings

    url = common.fresh_database(DB_NAME)
    from database.engine import engine_for

    user_id, candidate_ids = make_owner_and_candidates(len(files))
    del user_id
    port = common.free_port()
    base = f"http://127.0.0.1:{port}/api/v1"
    tag = uuid.uuid4().hex[:6]
    names = [f"bench-pipeline-{tag}@localhost", f"bench-llm-{tag}@localhost"]
    with common.Processes(log_dir) as procs:
        procs.start("web", common.gunicorn_command(f"127.0.0.1:{port}", web_workers), env)
        procs.start(
            "pipeline",
            common.worker_command(
                get_settings().pipeline_queue, names[0], "prefork", pipeline_concurrency
            ),
            env,
        )
        procs.start(
            "llm",
            common.worker_command(get_settings().llm_queue, names[1], "threads", llm_concurrency),
            env,
        )
        common.wait_for_http(f"{base}/health")
        common.wait_for_workers(names)
        procs.check_alive()
        from database.engine import session_scope
        from database.models import User

        engine = engine_for(url)
        with session_scope(engine) as session:
            email = session.query(User.email).scalar()
        login = requests.post(
            f"{base}/auth/login", json={"email": email, "password": PASSWORD}, timeout=30
        )
        login.raise_for_status()
        headers = {"Authorization": f"Bearer {login.json()['access_token']}"}
        local = threading.local()

        def upload(index: int) -> str:
            session = getattr(local, "session", None)
            if session is None:
                session = local.session = requests.Session()
                session.headers.update(headers)
            filename, data = files[index]
            mime = "application/pdf" if filename.endswith(".pdf") else "application/octet-stream"
            response = session.post(
                f"{base}/candidates/{candidate_ids[index]}/resumes",
                files={"file": (filename, data, mime)},
                timeout=60,
            )
            if response.status_code != 202:
                raise RuntimeError(f"upload {index}: {response.status_code} {response.text}")
            return str(response.json()["review_request"]["id"])

        pids = _component_pids(procs)
        cpu0 = {key: common.cpu_seconds(p) for key, p in pids.items()}
        own0 = os.times()
        load = common.MachineLoad().start()
        started = time.monotonic()
        with ThreadPoolExecutor(upload_threads) as pool:
            request_ids = list(pool.map(upload, range(len(files))))
        uploaded = time.monotonic()
        finished, counts = common.wait_until_terminal(
            engine, [uuid.UUID(r) for r in request_ids], len(files), timeout=1800
        )
        machine = load.stop()
        own1 = os.times()
        pids = _component_pids(procs)
        cpu1 = {key: common.cpu_seconds(p) for key, p in pids.items()}
        procs.check_alive()
        runtimes = {key: common.task_runtimes(procs.log(key)) for key in ("pipeline", "llm")}
    wall = finished - started
    print(
        f"(b)  full stack (HTTP {upload_threads} client threads -> gunicorn x{web_workers} -> "
        f"Redis -> pipeline prefork x{pipeline_concurrency} + llm threads x{llm_concurrency}): "
        f"{len(files)} resumes in {wall:.2f} s = {len(files) / wall:.2f} resumes/s  "
        f"statuses={counts}\n"
        f"     all uploads answered 202 after {uploaded - started:.2f} s "
        f"({len(files) / (uploaded - started):.1f} uploads/s)",
        flush=True,
    )
    if counts.get("failed"):
        print(f"     failures: {common.failure_reasons(engine)}")
    own = (own1.user - own0.user) + (own1.system - own0.system)
    cpu = {key: cpu1[key] - cpu0.get(key, 0.0) for key in cpu1}
    cpu["bench client"] = own
    total_cpu = sum(cpu.values())
    print(
        "     CPU seconds during (b): "
        + ", ".join(f"{key} {value:.1f}" for key, value in cpu.items())
        + f"; total {total_cpu:.1f} of {2 * wall:.1f} available on 2 cores "
        f"({total_cpu / (2 * wall):.0%}); {machine}"
    )
    busy = {
        name.removeprefix("resume_review."): total
        for log in runtimes.values()
        for name, (_, total) in log.items()
    }
    extract_share = busy.get("extract", 0.0) / (pipeline_concurrency * wall)
    print(
        "     task time summed (from worker logs): "
        + ", ".join(f"{k} {v:.1f} s" for k, v in sorted(busy.items()))
        + f"; extract = {extract_share:.0%} of the pipeline pool's "
        f"{pipeline_concurrency} x {wall:.1f} s"
    )
    return {"wall": wall, "rate": len(files) / wall, "extract_share": extract_share}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--skip-a2", action="store_true", help="skip the 2-process in-process run")
    parser.add_argument("--skip-a", action="store_true", help="(debug) only the full stack")
    parser.add_argument("--upload-threads", type=int, default=4)
    parser.add_argument("--web-workers", type=int, default=2)
    parser.add_argument("--pipeline-concurrency", type=int, default=2)
    parser.add_argument("--llm-concurrency", type=int, default=48)
    parser.add_argument("--keep-logs", action="store_true")
    args = parser.parse_args()

    workdir = Path(tempfile.mkdtemp(prefix="rr-bench-pipeline-"))
    env = common.configure_environment(DB_NAME, workdir / "instance" / "storage")
    files = common.corpus(args.n, uuid.uuid4().hex[:6])
    print(
        f"bench/pipeline: {args.n} resumes (examples/ PDF and DOCX alternating, distinct "
        f"bytes), offline reviewer, {os.cpu_count()} CPUs, load average before start "
        f"{os.getloadavg()[0]:.2f}",
        flush=True,
    )
    foreign = common.foreign_python_jobs()
    if foreign:
        print("other test/bench runs on this machine now: " + " | ".join(foreign), flush=True)
    a = a2 = b = None
    try:
        if not args.skip_a:
            a = part_a(files)
            if not args.skip_a2:
                a2 = part_a2(files, 2)
        b = part_b(
            files,
            env,
            workdir / "logs",
            args.upload_threads,
            args.web_workers,
            args.pipeline_concurrency,
            args.llm_concurrency,
        )
    finally:
        common.drop_database(DB_NAME)
        if args.keep_logs:
            print(f"logs kept in {workdir / 'logs'}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    parts = []
    if a:
        parts.append(f"(a) in-process 1 proc {a['rate']:.2f} resumes/s [baseline]")
    if a2:
        parts.append(f"(a2) in-process 2 procs {a2['rate']:.2f} resumes/s")
    if b:
        parts.append(f"(b) full stack {b['rate']:.2f} resumes/s")
    if a and b:
        parts.append(f"b/a = {b['rate'] / a['rate']:.2f} (target >= 0.9)")
    if a2 and b:
        parts.append(f"b/a2 = {b['rate'] / a2['rate']:.2f}")
    if a:
        parts.append(f"extraction share (a) {a['extract_share']:.0%}")
    print("bench/pipeline: " + "; ".join(parts))


if __name__ == "__main__":
    main()
