"""Candidate-list benchmark at 100x the demo seed: server-side latency, throughput, plans.

Run: ``.venv/bin/python -m bench.listing [--reuse] [--requests 1000] [--duration 10]``

1. Creates its own PostgreSQL database ``rr_bench_api`` on TEST_DATABASE_URL's server
   (dropped and re-created unless ``--reuse`` finds it already loaded), migrates it and
   bulk-loads 21,700 users, 110,000 candidates and 300,000 assignment rows with COPY
   (see ``bench/scale_seed.py``; all users share one argon2 hash), resumes with text and
   the search documents, then VACUUM ANALYZE. ``bench/search.py`` measures the search alone.
2. Server-side latency: the real Flask app (``create_app`` with explicit Settings, Redis db
   11 of TEST_REDIS_URL) driven by its test client; each request is timed around the WSGI
   call (routing, token check, Redis deny-list lookup, SQL, serialisation, commit), so the
   test client's own overhead is excluded. ``--requests`` requests per role of
   ``GET /api/v1/candidates?page=1&size=20``, of which 5 % add ``q=`` and 5 % ``status=``.
   Roles: a junior with the median number of active assignments, and a senior.
3. Throughput from a second process: gunicorn (``-w 2``, sync workers, as in the Procfile)
   driven by ``wrk`` (or a multi-process Python client when wrk is missing). The client,
   gunicorn and PostgreSQL share this machine's cores, so the figure is a floor.
4. EXPLAIN (ANALYZE, BUFFERS) of the exact statements (SQL and parameters) the view sent,
   captured with a SQLAlchemy event listener, and checks that the plans use indexes.
5. SQL statements per request, counted by the same listener (an N+1 would show up).

The last line printed is the summary.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit, urlunsplit

ROOT = Path(__file__).resolve().parents[1]
# Python put bench/ first on the path, where this file would shadow the ``api`` package.

import redis  # noqa: E402
from sqlalchemy import Engine, create_engine, event, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from bench import scale_seed  # noqa: E402

TEST_DATABASE_URL = os.environ.get(
    "TEST_DATABASE_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
)
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
DB_NAME = "rr_bench_api"
REDIS_DB = "11"
JWT_SECRET = "bench-api-secret-" + "x" * 40
LIST_PATH = "/api/v1/candidates"
TARGET_P99_MS = 20.0


def log(message: str = "") -> None:
    print(message, flush=True)


# --- database -------------------------------------------------------------------------


def bench_url() -> str:
    return make_url(TEST_DATABASE_URL).set(database=DB_NAME).render_as_string(hide_password=False)


def prepare_database(reuse: bool) -> str:
    from database.engine import make_engine
    from database.migrate import upgrade

    url = bench_url()
    admin = create_engine(make_url(TEST_DATABASE_URL), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.scalar(
            text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": DB_NAME}
        )
        if reuse and exists:
            engine = make_engine(url)
            try:
                found = scale_seed.counts(engine)
            except Exception:
                found = {}
            engine.dispose()
            expected = {
                "users": sum(scale_seed.USERS.values()),
                "candidates": scale_seed.CANDIDATES,
                "user_candidate_assignments": scale_seed.ASSIGNMENTS,
            }
            # Resumes with text came with the search (issue 23): a database without is reloaded.
            if {k: v for k, v in found.items() if k in expected} == expected and found.get(
                "resumes"
            ):
                upgrade(url)
                log(f"database: reusing {DB_NAME} {found}")
                admin.dispose()
                return url
            log(f"database: {DB_NAME} holds {found}, not the expected data; re-creating")
        connection.execute(text(f'DROP DATABASE IF EXISTS "{DB_NAME}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{DB_NAME}"'))
    admin.dispose()
    started = time.perf_counter()
    upgrade(url)
    log(f"database: created {DB_NAME}, migrated in {time.perf_counter() - started:.1f} s")
    engine = make_engine(url)
    found = scale_seed.load(engine, log=log)
    engine.dispose()
    log(f"database: loaded {found}")
    return url


@dataclass
class Caller:
    label: str
    email: str
    active_assignments: int
    token: str = ""
    queries: list[tuple[str, str]] = field(default_factory=list)  # (name, query string)


def pick_callers(engine: Engine) -> tuple[Caller, Caller]:
    """A junior with the median count of active assignments, and a senior."""
    with engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT u.email, count(a.id) AS n FROM users u"
                " LEFT JOIN user_candidate_assignments a ON a.user_id = u.id AND a.is_active"
                " WHERE u.role = 'junior_recruiter' GROUP BY u.email ORDER BY n, u.email"
            )
        ).all()
        senior_email = connection.scalar(
            text("SELECT email FROM users WHERE role = 'senior_recruiter' ORDER BY email LIMIT 1")
        )
    loads = [int(n) for _, n in rows]
    email, count = rows[len(rows) // 2]
    log(
        f"juniors' active assignments: median {statistics.median(loads):.0f}, "
        f"p90 {loads[int(len(loads) * 0.9)]}, max {loads[-1]}, "
        f"with none {sum(1 for n in loads if n == 0)}"
    )
    return Caller("junior", email, int(count)), Caller("senior", str(senior_email), 0)


def query_mix(engine: Engine, caller: Caller, total: int) -> list[tuple[str, str]]:
    """``total`` (variant, query string) pairs: 90 % plain page 1, 5 % q=, 5 % status=."""
    with engine.connect() as connection:
        if caller.label == "junior":
            names = list(
                connection.scalars(
                    text(
                        "SELECT c.last_name FROM candidates c JOIN user_candidate_assignments a"
                        " ON a.candidate_id = c.id AND a.is_active JOIN users u ON u.id ="
                        " a.user_id WHERE u.email = :email ORDER BY c.last_name"
                    ),
                    {"email": caller.email},
                )
            )
        else:
            names = ["Lindqvist", "Okafor", "Nowak"]
    terms = [name[:4].lower() for name in names[:3]] + ["ada ", "example.com", "zzzz-none"]
    mix = []
    for index in range(total):
        base = {"page": 1, "size": 20}
        if index % 20 == 7:
            mix.append(("q", urlencode(base | {"q": terms[index // 20 % len(terms)]})))
        elif index % 20 == 13:
            status = "active" if index // 20 % 2 == 0 else "archived"
            mix.append(("status", urlencode(base | {"status": status})))
        else:
            mix.append(("plain", urlencode(base)))
    return mix


# --- in-process app: timing and statement capture -------------------------------------


class ServerTimer:
    """WSGI middleware: time from the server's call to the last byte of the body."""

    def __init__(self, wsgi_app: Any) -> None:
        self.wsgi_app = wsgi_app
        self.last = 0.0

    def __call__(self, environ: dict[str, Any], start_response: Any) -> list[bytes]:
        started = time.perf_counter()
        result = self.wsgi_app(environ, start_response)
        try:
            body = b"".join(result)
        finally:
            if hasattr(result, "close"):
                result.close()
        self.last = time.perf_counter() - started
        return [body]


class StatementLog:
    """Every statement the engine sends, with its parameters, and connection checkouts."""

    def __init__(self, engine: Engine) -> None:
        self.statements: list[tuple[str, Any]] = []
        self.checkouts = 0
        event.listen(engine, "before_cursor_execute", self._on_execute)
        event.listen(engine.pool, "checkout", self._on_checkout)

    def _on_execute(self, _conn, _cursor, statement, parameters, _context, _many) -> None:
        self.statements.append((statement, parameters))

    def _on_checkout(self, *_args: Any) -> None:
        self.checkouts += 1

    def reset(self) -> None:
        self.statements = []
        self.checkouts = 0


def bench_settings(url: str):
    from core.config import Settings

    redis_url = urlunsplit(urlsplit(TEST_REDIS_URL)._replace(path=f"/{REDIS_DB}"))
    return Settings(
        database_url=url,
        broker_url=redis_url,
        result_backend=None,
        storage_dir=Path(tempfile.gettempdir()) / "rr_bench_api_storage",
        jwt_secret=JWT_SECRET,
    )


def build_app(url: str):
    from api import create_app
    from database.engine import engine_for

    settings = bench_settings(url)
    # engine_for: the same (cached) engine and pool options the app uses in production.
    engine = engine_for(url)
    statements = StatementLog(engine)
    client = redis.Redis.from_url(settings.broker_url)
    app = create_app(settings, engine=engine, redis_client=client)
    timer = ServerTimer(app.wsgi_app)
    app.wsgi_app = timer  # type: ignore[method-assign]
    return app, engine, timer, statements


def issue_tokens(engine: Engine, callers: tuple[Caller, ...], ttl_s: int = 3600) -> None:
    from sqlalchemy.orm import Session

    from api.security import issue_access_token, session_key
    from database.models import User

    # The key the app derives from the same settings (no SESSION_KEY: from JWT_SECRET).
    key = session_key(bench_settings(str(engine.url)))
    with Session(engine) as session:
        for caller in callers:
            user = session.scalars(select(User).where(User.email == caller.email)).one()
            caller.token = issue_access_token(user, JWT_SECRET, ttl_s, key)


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def measure_latency(app, timer: ServerTimer, statements: StatementLog, caller: Caller, mix):
    client = app.test_client()
    headers = {"Authorization": f"Bearer {caller.token}"}
    for _, query in mix[:50]:  # warm-up: pool, statement cache, PostgreSQL buffers
        assert client.get(f"{LIST_PATH}?{query}", headers=headers).status_code == 200
    by_variant: dict[str, list[float]] = {}
    all_ms: list[float] = []
    per_request_sql: list[int] = []
    checkouts: list[int] = []
    totals: dict[str, int] = {}
    for variant, query in mix:
        statements.reset()
        response = client.get(f"{LIST_PATH}?{query}", headers=headers)
        if response.status_code != 200:
            raise SystemExit(f"{caller.label} {query}: HTTP {response.status_code} {response.data}")
        elapsed = timer.last * 1000
        all_ms.append(elapsed)
        by_variant.setdefault(variant, []).append(elapsed)
        per_request_sql.append(len(statements.statements))
        checkouts.append(statements.checkouts)
        totals.setdefault(variant, response.get_json()["total"])
    log(
        f"{caller.label:6} latency over {len(all_ms)} requests:"
        f" p50 {percentile(all_ms, 0.5):.2f} ms  p99 {percentile(all_ms, 0.99):.2f} ms"
        f"  max {max(all_ms):.2f} ms"
        f"  mean {statistics.fmean(all_ms):.2f} ms"
    )
    for variant, samples in by_variant.items():
        log(
            f"    {variant:6} n={len(samples):4}  p50 {percentile(samples, 0.5):6.2f} ms"
            f"  p99 {percentile(samples, 0.99):6.2f} ms  (first page's total: {totals[variant]})"
        )
    log(
        f"    SQL statements per request: min {min(per_request_sql)} max {max(per_request_sql)}"
        f"; pool checkouts per request (each with a pre-ping): max {max(checkouts)}"
    )
    return all_ms, per_request_sql


def capture(app, statements: StatementLog, caller: Caller, query: str) -> list[tuple[str, Any]]:
    client = app.test_client()
    statements.reset()
    response = client.get(
        f"{LIST_PATH}?{query}", headers={"Authorization": f"Bearer {caller.token}"}
    )
    assert response.status_code == 200, response.data
    return list(statements.statements)


# --- EXPLAIN --------------------------------------------------------------------------


def explain_all(app, engine: Engine, statements: StatementLog, callers, mixes) -> list[str]:
    """EXPLAIN (ANALYZE, BUFFERS) of each listing statement; returns the failed checks."""
    failures: list[str] = []
    raw = engine.raw_connection()
    try:
        for caller in callers:
            variants = {}
            for variant, query in mixes[caller.label]:
                variants.setdefault(variant, query)
            for variant, query in variants.items():
                captured = capture(app, statements, caller, query)
                for statement, parameters in captured:
                    if "FROM candidates" not in statement or statement.startswith("EXPLAIN"):
                        continue  # the user lookup by primary key, a search's estimate
                    kind = "count" if statement.lstrip().startswith("SELECT count") else "page"
                    with raw.cursor() as cursor:
                        sql = cursor.mogrify(statement, parameters).decode()
                        cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters)
                        plan = "\n".join(row[0] for row in cursor.fetchall())
                    raw.rollback()
                    log(f"\n--- EXPLAIN {caller.label} {variant} {kind} ({query})")
                    log(re.sub(r"\s+", " ", sql))
                    log(plan)
                    failures += check_plan(caller.label, variant, kind, plan)
    finally:
        raw.close()
    return failures


WARNINGS: list[str] = []


def check_plan(role: str, variant: str, kind: str, plan: str) -> list[str]:
    """Failures: a Seq Scan where an index must serve, or a sorted page not read in index
    order. Warnings (printed, not failures): a usable but second-best index, and search."""
    name = f"{role} {variant} {kind}"
    failures = []
    warnings = []
    if role == "junior":
        for table in ("user_candidate_assignments", "candidates"):
            if f"Seq Scan on {table}" in plan:
                failures.append(f"{name}: Seq Scan on {table}")
        used = re.findall(r"Index (?:Only )?Scan on (\w+)", plan)
        if "ix_assignment_user_active_candidate" not in plan and (
            "uq_assignment_active_user_candidate" not in plan
        ):
            warnings.append(
                f"{name}: the partial (WHERE is_active) indexes are not used, the planner reads "
                f"{', '.join(sorted(set(used)))} and filters is_active: PostgreSQL cannot prove "
                "'is_active' from the query's 'is_active IS true'"
            )
    elif kind == "page" and variant == "plain":
        if "Seq Scan on candidates" in plan or "ix_candidates_name" not in plan:
            failures.append(f"{name}: the sorted page does not walk ix_candidates_name")
    elif kind == "page" and variant == "status" and "ix_candidates_status_name" not in plan:
        failures.append(f"{name}: the status page does not walk ix_candidates_status_name")
    if role == "senior" and variant == "q" and "candidate_search" not in plan:
        removed = sum(int(n) for n in re.findall(r"Rows Removed by Filter: (\d+)", plan))
        warnings.append(
            f"{name}: the search does not read candidate_search (migration 0013); "
            f"the plan filters {removed:,} rows"
        )
    for line in failures:
        log(f">>> plan FAIL {line}")
    for line in warnings:
        log(f">>> plan WARN {line}")
    if not failures and not warnings:
        log(f">>> plan OK   {name}")
    WARNINGS.extend(warnings)
    return failures


# --- throughput -----------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_gunicorn(url: str, port: int, workdir: Path) -> subprocess.Popen[bytes]:
    redis_url = urlunsplit(urlsplit(TEST_REDIS_URL)._replace(path=f"/{REDIS_DB}"))
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("CELERY_BROKER_URL", "CELERY_RESULT_BACKEND", "OPENAI_BASE_URL")
    }
    env |= {
        "DATABASE_URL": url,
        "JWT_SECRET": JWT_SECRET,
        "REDIS_URL": redis_url,
        "INSTANCE_DIR": str(workdir),
        "STORAGE_DIR": str(workdir / "storage"),
        "LOG_LEVEL": "WARNING",
    }
    logfile = (workdir / "gunicorn.log").open("wb")
    return subprocess.Popen(
        [
            str(ROOT / ".venv" / "bin" / "gunicorn"),
            "-w",
            "2",
            "-b",
            f"127.0.0.1:{port}",
            "api.wsgi:app",
        ],
        cwd=ROOT,
        env=env,
        stdout=logfile,
        stderr=subprocess.STDOUT,
    )


def wait_ready(port: int, token: str, proc: subprocess.Popen[bytes], workdir: Path) -> None:
    deadline = time.monotonic() + 30
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{LIST_PATH}?page=1&size=20",
        headers={"Authorization": f"Bearer {token}"},
    )
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            break
        try:
            with urllib.request.urlopen(request, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    log((workdir / "gunicorn.log").read_text(errors="replace")[-3000:])
    raise SystemExit("gunicorn did not answer 200 in 30 s")


def run_wrk(port: int, token: str, duration: int, connections: int) -> tuple[float, str]:
    url = f"http://127.0.0.1:{port}{LIST_PATH}?page=1&size=20"
    command = [
        "wrk",
        f"-t{min(2, connections)}",
        f"-c{connections}",
        f"-d{duration}s",
        "--latency",
        "-H",
        f"Authorization: Bearer {token}",
        url,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = re.search(r"Requests/sec:\s+([\d.]+)", output)
    if match is None:
        raise SystemExit(f"cannot read wrk's output:\n{output}")
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors:
        raise SystemExit(f"wrk saw {errors.group(1)} non-2xx answers:\n{output}")
    return float(match.group(1)), output


def _python_client(args: tuple[str, str, float]) -> int:
    url, token, until = args
    done = 0
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    while time.monotonic() < until:
        with urllib.request.urlopen(request, timeout=10) as response:
            response.read()
            if response.status != 200:
                raise RuntimeError(f"HTTP {response.status}")
        done += 1
    return done


def run_python_load(port: int, token: str, duration: int, connections: int) -> tuple[float, str]:
    from multiprocessing import Pool

    url = f"http://127.0.0.1:{port}{LIST_PATH}?page=1&size=20"
    started = time.monotonic()
    until = started + duration
    with Pool(connections) as pool:
        done = sum(pool.map(_python_client, [(url, token, until)] * connections))
    rate = done / (time.monotonic() - started)
    return rate, f"python client: {connections} processes, {done} requests"


def measure_throughput(url: str, callers, duration: int, connections: int) -> dict[str, float]:
    workdir = Path(tempfile.mkdtemp(prefix="rr_bench_api_"))
    port = free_port()
    proc = start_gunicorn(url, port, workdir)
    rates: dict[str, float] = {}
    tool = "wrk" if shutil.which("wrk") else "python"
    try:
        wait_ready(port, callers[0].token, proc, workdir)
        for caller in callers:
            runner = run_wrk if tool == "wrk" else run_python_load
            runner(port, caller.token, 2, connections)  # warm-up of both workers
            rate, output = runner(port, caller.token, duration, connections)
            rates[caller.label] = rate
            log(f"\n--- throughput {caller.label} ({tool}, gunicorn -w 2, {duration} s)")
            log(output.rstrip())
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        shutil.rmtree(workdir, ignore_errors=True)
    return rates


# --- main -----------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--reuse", action="store_true", help="keep a loaded rr_bench_api")
    parser.add_argument("--requests", type=int, default=1000, help="per role (default 1000)")
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per role")
    parser.add_argument("--connections", type=int, default=4, help="load client connections")
    parser.add_argument("--skip-throughput", action="store_true")
    args = parser.parse_args()

    started = time.perf_counter()
    log(f"host: {os.cpu_count()} CPUs; PostgreSQL, Redis, the app and the client share them")
    log(f"load average at start: {os.getloadavg()} (other work on the host skews the figures)")
    url = prepare_database(args.reuse)

    app, engine, timer, statements = build_app(url)
    junior, senior = pick_callers(engine)
    callers = (junior, senior)
    issue_tokens(engine, callers)
    log(f"junior: {junior.email} with {junior.active_assignments} active assignments")
    log(f"senior: {senior.email} (sees all {scale_seed.CANDIDATES:,} candidates)")
    mixes = {caller.label: query_mix(engine, caller, args.requests) for caller in callers}

    log("\n=== server-side latency (in-process, timed around the WSGI call)")
    latency = {}
    sql_counts = {}
    for caller in callers:
        latency[caller.label], sql_counts[caller.label] = measure_latency(
            app, timer, statements, caller, mixes[caller.label]
        )

    log("\n=== query plans (the statements the view sent, re-run under EXPLAIN)")
    failures = explain_all(app, engine, statements, callers, mixes)

    rates: dict[str, float] = {}
    if not args.skip_throughput:
        log("\n=== throughput from a second process")
        log(f"load average before: {os.getloadavg()}")
        rates = measure_throughput(url, callers, args.duration, args.connections)

    p = {
        label: (percentile(samples, 0.5), percentile(samples, 0.99))
        for label, samples in latency.items()
    }
    met = all(p99 <= TARGET_P99_MS for _, p99 in p.values())
    no_search = [
        ms
        for (variant, _), ms in zip(mixes["senior"], latency["senior"], strict=True)
        if variant != "q"
    ]
    log(f"\ntotal bench time {time.perf_counter() - started:.0f} s")
    log(f"load average at end: {os.getloadavg()}")
    if failures:
        log("PLAN CHECKS FAILED: " + "; ".join(failures))
    if WARNINGS:
        log(f"plan warnings: {len(WARNINGS)} (see 'plan WARN' lines)")
    plan_text = ("FAILED" if failures else "index-backed") + (
        f", {len(WARNINGS)} warnings" if WARNINGS else ""
    )
    rate_text = ", ".join(f"{label} {rate:.0f} req/s" for label, rate in rates.items()) or "skipped"
    log(
        f"SUMMARY junior p50 {p['junior'][0]:.2f} ms p99 {p['junior'][1]:.2f} ms | "
        f"senior p50 {p['senior'][0]:.2f} ms p99 {p['senior'][1]:.2f} ms "
        f"(without q= p99 {percentile(no_search, 0.99):.2f} ms) | "
        f"p99 target {TARGET_P99_MS:.0f} ms {'met' if met else 'MISSED'} | "
        f"throughput {rate_text} | SQL/request junior {max(sql_counts['junior'])} "
        f"senior {max(sql_counts['senior'])} | plans "
        f"{plan_text}"
    )
    return 0 if met and not failures else 1


if __name__ == "__main__":
    sys.exit(main())
