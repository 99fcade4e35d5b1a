"""Job evaluation benchmark: N candidates x 8 requirements judged through the real stack, the
cost of rewording one requirement, and how much majority voting steadies an unstable model.

Run: ``.venv/bin/python bench/jobs.py [--n 100] [--stability-n 50] [--latency 1.0]``
(quick run: ``--n 10 --stability-n 10 --latency 0.2``).

Needs the local PostgreSQL and Redis. Private database ``rr_bench_jobs`` (dropped and
re-created, dropped at the end), Redis database 9, queue names unique to the run; every
process started here is stopped at the end, even on error.

1. Preparation (not timed): N invented candidates (``testkit.job_pool.pool_candidate``), each
   with a PDF resume uploaded and reviewed once in this process with the offline reviewer (so
   its text and sections are stored), a senior recruiter, and a job created with
   ``service.create_job(requirements=None)`` from ``job_pool.POSTING`` (the 8 drafted
   requirements are printed). The scripted server (``testkit/llm_server.py``, ``--latency``
   s per call, ``--verbose`` so its log counts the requests) and the Procfile's two workers
   (``pipeline``: prefork 2; ``llm``: threads, ``--concurrency`` 48) are started with
   OPENAI_BASE_URL pointing at it and EVAL_SAMPLES=3.
2. First evaluation (timed): the N candidates attached in one ``attach_candidates`` call,
   the evaluations published after commit with ``worker.dispatch.publish_review`` (extract
   and split find their work done; the ``requirements`` agent runs on the llm worker, then
   finalize), until every evaluation is completed or failed. Printed: wall time (attach ->
   all terminal), evaluations completed/failed, paid calls (``prompt_usage_history`` rows of
   the ``requirements`` agent with a model other than the offline reviewer), their prompt /
   completion / total tokens, calls per evaluation, and the requests the scripted server
   logged.
3. Re-evaluation: one requirement reworded through ``service.update_job`` (the full list,
   ids kept), which queues a ``changed``-mode evaluation per application. Same figures, plus
   the share of verdicts carried from the first evaluation (expected 7/8, and N x 3 calls).
4. Stability: the scripted server restarted with ``--verdict-noise`` (0.2: each verdict of
   each call flipped with that probability), then for k = 1 and k = 3 the workers restarted
   with EVAL_SAMPLES=k and the first ``--stability-n`` candidates evaluated twice (two jobs
   drafted from the same posting, each with all of them attached). Printed per k: the share
   of (candidate, requirement) verdicts that differ between the two runs, the mean absolute
   difference of the fit scores, the share that differ from the noise-free verdicts of step
   2, and the share marked uncertain.

The last line holds the headline figures.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import common

DB_NAME = "rr_bench_jobs"
REDIS_URL = "redis://127.0.0.1:6379/9"
REQUIREMENTS_EXPECTED = 8
# Which drafted requirement is reworded in step 3, and its new text.
REWORD_POSITION = 5
REWORDED_TEXT = "Hands-on experience running services on Kubernetes"
WAIT_TIMEOUT_S = 1800.0
POST_LINE = '"POST /v1/chat/completions'


class Hooks:
    """The transaction hooks of the service calls: the ids are published after commit."""

    limits = None  # quotas and the LLM budget are not checked here

    def __init__(self) -> None:
        self.published: list[uuid.UUID] = []
        self.callbacks: list[Callable[[], object]] = []

    def on_rollback(self, callback: Callable[[], object]) -> None:
        pass

    def after_commit(self, callback: Callable[[], object]) -> None:
        self.callbacks.append(callback)

    def publish_after_commit(self, request_id: uuid.UUID) -> None:
        self.published.append(request_id)

    def committed(self) -> int:
        """Run the after-commit callbacks, publish the requests. Returns how many went out."""
        from worker.dispatch import publish_review

        for callback in self.callbacks:
            callback()
        return sum(bool(publish_review(request_id)) for request_id in self.published)


# --------------------------------------------------------------------------- preparation


def prepare(count: int) -> tuple[uuid.UUID, list[uuid.UUID]]:
    """``count`` pool candidates with a resume each, reviewed offline in this process.
    Returns (senior user, candidate ids)."""
    from core.config import get_settings
    from core.enums import UserRole
    from database.engine import default_engine, session_scope
    from database.models import Candidate, User
    from database.queries.candidates import create_candidate
    from database.queries.users import create_user
    from pipelines import intake
    from pipelines.chain import Outcome, run_review
    from testkit.job_pool import pool_candidate

    settings = get_settings()
    assert not settings.llm_enabled
    engine = default_engine()
    with session_scope(engine) as session:
        user = create_user(
            session,
            email=f"bench-jobs-{uuid.uuid4().hex[:8]}@example.com",
            password_hash="x",
            role=UserRole.SENIOR_RECRUITER,
        )
        user_id = user.id
    candidate_ids = []
    for number in range(count):
        person = pool_candidate(number)
        with session_scope(engine) as session:
            user = session.get(User, user_id)
            assert user is not None
            candidate = create_candidate(
                session,
                user,
                first_name=person.first_name,
                last_name=person.last_name,
                email=person.email,
            )
            candidate_ids.append(candidate.id)
            _, request = intake.register_upload(
                session,
                settings,
                candidate=session.get(Candidate, candidate.id),  # type: ignore[arg-type]
                user=user,
                data=person.pdf,
                original_filename=f"pool-{number}.pdf",
            )
            request_id = request.id
        if run_review(engine, settings, request_id) is not Outcome.DONE:
            raise RuntimeError(f"preparation failed for pool candidate {number}")
    return user_id, candidate_ids


def create_job(user_id: uuid.UUID, title: str) -> tuple[uuid.UUID, list[str]]:
    """A job drafted from the posting. Returns its id and its requirements as text."""
    from database.engine import default_engine, session_scope
    from database.models import User
    from pipelines.jobs import service
    from pipelines.jobs.evaluation import job_requirements
    from testkit.job_pool import POSTING

    with session_scope(default_engine()) as session:
        user = session.get(User, user_id)
        assert user is not None
        job = service.create_job(session, user, title=title, description=POSTING, requirements=None)
        lines = [
            f"{r.kind} w{r.weight} {r.category}: {r.text}"
            for r in job_requirements(session, job.id)
        ]
        return job.id, lines


# --------------------------------------------------------------------------- processes


def start_server(procs: common.Processes, key: str, latency: float, noise: float, seed: int) -> str:
    port = common.free_port()
    command = [
        sys.executable, "-m", "testkit.llm_server", "--port", str(port),
        "--latency", str(latency), "--verdict-noise", str(noise), "--seed", str(seed),
        "--verbose",
    ]  # fmt: skip
    procs.start(key, command, {})
    base_url = f"http://127.0.0.1:{port}/v1"
    common.wait_for_http(f"{base_url}/models")
    return base_url


def start_workers(
    procs: common.Processes,
    key: str,
    env: dict[str, str],
    concurrency: int,
    pipeline_concurrency: int,
) -> list[str]:
    """The Procfile's pipeline and llm workers. Returns their process keys."""
    from core.config import get_settings

    tag = uuid.uuid4().hex[:6]
    names = [f"bench-jobs-pipeline-{tag}@localhost", f"bench-jobs-llm-{tag}@localhost"]
    settings = get_settings()
    procs.start(
        f"pipeline-{key}",
        common.worker_command(settings.pipeline_queue, names[0], "prefork", pipeline_concurrency),
        env,
    )
    procs.start(
        f"llm-{key}",
        common.worker_command(settings.llm_queue, names[1], "threads", concurrency),
        env,
    )
    common.wait_for_workers(names)
    procs.check_alive()
    return [f"pipeline-{key}", f"llm-{key}"]


def stop(procs: common.Processes, keys: list[str]) -> None:
    """Stop these processes (their whole groups) and forget them."""
    for key in keys:
        proc = procs.procs[key]
        if proc.poll() is None:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGTERM)
    for key in keys:
        proc = procs.procs[key]
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=5)
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # stragglers left in the group
        del procs.procs[key]


def server_requests(procs: common.Processes, key: str) -> int:
    """Chat-completion requests the scripted server logged (``--verbose``)."""
    return procs.log(key).count(POST_LINE)


# --------------------------------------------------------------------------- rounds


@dataclass
class Round:
    request_ids: list[uuid.UUID]
    published: int
    wall: float
    counts: dict[str, int]
    calls: int = 0
    call_errors: int = 0
    offline_calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0
    verdicts: int = 0
    carried: int = 0
    uncertain: int = 0
    server_requests: int | None = None
    by_verdict: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    @property
    def completed(self) -> int:
        return self.counts.get("completed", 0)

    @property
    def failed(self) -> int:
        return self.counts.get("failed", 0)

    def line(self, latency: float, concurrency: int, samples: int) -> str:
        evaluations = len(self.request_ids)
        waves = -(-evaluations // concurrency)
        server = "" if self.server_requests is None else f"; server logged {self.server_requests}"
        text = (
            f"{evaluations} evaluations ({self.published} published): {self.completed} "
            f"completed, {self.failed} failed, "
            f"wall {self.wall:.2f} s (floor {waves} wave(s) x {latency:g} s = "
            f"{waves * latency:.2f} s)\n"
            f"  paid calls {self.calls} ({self.calls / max(evaluations, 1):.2f} per evaluation, "
            f"EVAL_SAMPLES={samples}; {self.call_errors} not successful, {self.offline_calls} "
            f"offline){server}\n"
            f"  tokens: prompt {self.prompt_tokens:,}, completion {self.completion_tokens:,}, "
            f"total {self.total_tokens:,} ({self.total_tokens / max(evaluations, 1):,.0f} per "
            f"evaluation)\n"
            f"  verdicts {self.verdicts}: carried {self.carried} "
            f"({self.carried / max(self.verdicts, 1):.1%}), uncertain {self.uncertain}; "
            + ", ".join(f"{label} {count}" for label, count in sorted(self.by_verdict.items()))
        )
        if self.failures:
            text += "\n  failures: " + " | ".join(self.failures)
        return text


def run_round(
    user_id: uuid.UUID, action: Callable[[object, Hooks, object], None], expected: int | None
) -> Round:
    """``action(session, hooks, user)`` in one transaction, then publish and wait until
    every evaluation it queued is terminal (timed from the start of the transaction)."""
    from database.engine import default_engine, session_scope
    from database.models import User

    engine = default_engine()
    hooks = Hooks()
    started = time.monotonic()
    with session_scope(engine) as session:
        user = session.get(User, user_id)
        action(session, hooks, user)
    published = hooks.committed()
    ids = list(hooks.published)
    if expected is not None and len(ids) != expected:
        raise RuntimeError(f"{len(ids)} evaluations queued, {expected} expected")
    finished, counts = common.wait_until_terminal(engine, ids, len(ids), WAIT_TIMEOUT_S)
    figures = Round(ids, published, finished - started, counts)
    measure(figures)
    return figures


def measure(figures: Round) -> None:
    from sqlalchemy import func, select

    from core.enums import AgentType
    from database.engine import default_engine, session_scope
    from database.models import PromptUsageHistory, RequirementVerdict, ReviewRequest
    from pipelines.review.pricing import OFFLINE_MODEL

    ids = figures.request_ids
    usage = PromptUsageHistory
    with session_scope(default_engine()) as session:
        for model_is_offline, status_ok, count, prompt, completion, total in session.execute(
            select(
                usage.model == OFFLINE_MODEL,
                usage.status == "success",
                func.count(),
                func.coalesce(func.sum(usage.prompt_tokens), 0),
                func.coalesce(func.sum(usage.completion_tokens), 0),
                func.coalesce(func.sum(usage.total_tokens), 0),
            )
            .where(
                usage.review_request_id.in_(ids),
                usage.agent_type == AgentType.REQUIREMENTS.value,
            )
            .group_by(usage.model == OFFLINE_MODEL, usage.status == "success")
        ):
            if model_is_offline:
                figures.offline_calls += count
                continue
            figures.calls += count
            figures.call_errors += 0 if status_ok else count
            figures.prompt_tokens += prompt
            figures.completion_tokens += completion
            figures.total_tokens += total
        verdict = RequirementVerdict
        figures.verdicts, figures.carried, figures.uncertain = session.execute(
            select(
                func.count(),
                func.count(verdict.carried_from_request_id),
                func.count().filter(verdict.uncertain.is_(True)),
            ).where(verdict.review_request_id.in_(ids))
        ).one()
        figures.by_verdict = {
            label: count
            for label, count in session.execute(
                select(verdict.verdict, func.count())
                .where(verdict.review_request_id.in_(ids))
                .group_by(verdict.verdict)
            )
        }
        figures.failures = [
            message or "(no message)"
            for message in session.scalars(
                select(ReviewRequest.error_message)
                .where(ReviewRequest.id.in_(ids), ReviewRequest.status == "failed")
                .limit(3)
            )
        ]


def attach(job_ids: list[uuid.UUID], candidate_ids: list[uuid.UUID]) -> Callable:
    """The action attaching the candidates to each job (one call per job, at most 100)."""
    from database.models import Job
    from pipelines.jobs import service

    def action(session: object, hooks: Hooks, user: object) -> None:
        for job_id in job_ids:
            job = session.get(Job, job_id)  # type: ignore[attr-defined]
            service.attach_candidates(session, hooks, user, job, candidate_ids)  # type: ignore[arg-type]

    return action


def reword(job_id: uuid.UUID) -> Callable:
    """The action rewording one requirement through ``update_job`` (full list, ids kept)."""
    from database.models import Job
    from pipelines.jobs import service
    from pipelines.jobs.evaluation import job_requirements

    def action(session: object, hooks: Hooks, user: object) -> None:
        job = session.get(Job, job_id)  # type: ignore[attr-defined]
        wanted = [
            service.RequirementInput(
                text=REWORDED_TEXT if position == REWORD_POSITION else r.text,
                kind=r.kind,
                weight=r.weight,
                category=r.category,
                id=r.id,
            )
            for position, r in enumerate(job_requirements(session, job_id))  # type: ignore[arg-type]
        ]
        service.update_job(session, hooks, user, job, requirements=wanted)  # type: ignore[arg-type]

    return action


def verdicts_by_candidate(
    request_ids: list[uuid.UUID],
) -> dict[tuple[uuid.UUID, uuid.UUID], tuple[dict[int, str], int | None]]:
    """(job, candidate) -> ({requirement position: verdict}, fit score)."""
    from sqlalchemy import select

    from database.engine import default_engine, session_scope
    from database.models import JobRequirement, RequirementVerdict, Resume, ReviewRequest

    found: dict[tuple[uuid.UUID, uuid.UUID], tuple[dict[int, str], int | None]] = {}
    with session_scope(default_engine()) as session:
        rows = session.execute(
            select(
                ReviewRequest.job_id,
                Resume.candidate_id,
                ReviewRequest.fit_score,
                JobRequirement.position,
                RequirementVerdict.verdict,
            )
            .join(Resume, Resume.id == ReviewRequest.resume_id)
            .join(RequirementVerdict, RequirementVerdict.review_request_id == ReviewRequest.id)
            .join(JobRequirement, JobRequirement.id == RequirementVerdict.requirement_id)
            .where(ReviewRequest.id.in_(request_ids))
        )
        for job_id, candidate_id, fit, position, verdict in rows:
            verdicts, _ = found.setdefault((job_id, candidate_id), ({}, fit))
            verdicts[position] = verdict
    return found


@dataclass
class Spread:
    samples: int
    compared: int  # (candidate, requirement) pairs judged in both runs
    differ: int
    fit_pairs: int
    fit_abs_diff: float
    off_truth: int  # verdicts (both runs) unlike the noise-free ones of step 2
    judged: int  # verdicts (both runs) compared with the noise-free ones
    uncertain: int
    verdicts: int
    calls: int
    wall: float

    @property
    def differ_share(self) -> float:
        return self.differ / max(self.compared, 1)

    @property
    def fit_mad(self) -> float:
        return self.fit_abs_diff / max(self.fit_pairs, 1)


def spread(
    samples: int,
    job_ids: tuple[uuid.UUID, uuid.UUID],
    candidate_ids: list[uuid.UUID],
    run: Round,
    truth: dict[uuid.UUID, dict[int, str]],
) -> Spread:
    found = verdicts_by_candidate(run.request_ids)
    result = Spread(samples, 0, 0, 0, 0.0, 0, 0, run.uncertain, run.verdicts, run.calls, run.wall)
    for candidate_id in candidate_ids:
        first, fit_a = found.get((job_ids[0], candidate_id), ({}, None))
        second, fit_b = found.get((job_ids[1], candidate_id), ({}, None))
        for position in first.keys() & second.keys():
            result.compared += 1
            result.differ += first[position] != second[position]
        if fit_a is not None and fit_b is not None:
            result.fit_pairs += 1
            result.fit_abs_diff += abs(fit_a - fit_b)
        expected = truth.get(candidate_id, {})
        for verdicts in (first, second):
            for position in verdicts.keys() & expected.keys():
                result.judged += 1
                result.off_truth += verdicts[position] != expected[position]
    return result


# --------------------------------------------------------------------------- main


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100, help="candidates (at most 100)")
    parser.add_argument("--stability-n", type=int, default=50, help="candidates in step 4")
    parser.add_argument("--latency", type=float, default=1.0, help="scripted server s/call")
    parser.add_argument("--noise", type=float, default=0.2, help="step 4's --verdict-noise")
    parser.add_argument("--concurrency", type=int, default=48, help="llm worker threads")
    parser.add_argument("--pipeline-concurrency", type=int, default=2)
    parser.add_argument("--keep-logs", action="store_true")
    args = parser.parse_args()
    if not 1 <= args.n <= 100:
        parser.error("--n is 1 to 100 (one attach_candidates call)")
    stability_n = min(args.stability_n, args.n)

    common.BENCH_REDIS_URL = REDIS_URL
    workdir = Path(tempfile.mkdtemp(prefix="rr-bench-jobs-"))
    env = common.configure_environment(DB_NAME, workdir / "instance" / "storage")
    print(
        f"bench/jobs: {args.n} candidates x {REQUIREMENTS_EXPECTED} requirements, EVAL_SAMPLES=3, "
        f"scripted server latency {args.latency:g} s, llm worker threads x{args.concurrency}, "
        f"{os.cpu_count()} CPUs, load average before start {os.getloadavg()[0]:.2f}; "
        f"stability on {stability_n} candidates with verdict noise {args.noise:g}",
        flush=True,
    )
    foreign = common.foreign_python_jobs()
    if foreign:
        print("other test/bench runs on this machine now: " + " | ".join(foreign), flush=True)
    try:
        common.fresh_database(DB_NAME)
        started = time.monotonic()
        user_id, candidate_ids = prepare(args.n)
        job_id, lines = create_job(user_id, "Senior Backend Engineer - Payments")
        print(
            f"preparation (offline, in-process, not timed): {len(candidate_ids)} candidates with "
            f"a resume in {time.monotonic() - started:.1f} s; job drafted from the posting with "
            f"{len(lines)} requirements:\n" + "\n".join(f"  R{i} {t}" for i, t in enumerate(lines)),
            flush=True,
        )
        if len(lines) != REQUIREMENTS_EXPECTED:
            raise RuntimeError(
                f"{len(lines)} requirements drafted, {REQUIREMENTS_EXPECTED} expected"
            )
        with common.Processes(workdir / "logs") as procs:
            base_url = start_server(procs, "server", args.latency, 0.0, 0)
            worker_env = {
                **env,
                "OPENAI_BASE_URL": base_url,
                "OPENAI_API_KEY": "bench-key",
                "LLM_CONCURRENCY": str(args.concurrency),
                "EVAL_SAMPLES": "3",
            }
            workers = start_workers(
                procs, "k3", worker_env, args.concurrency, args.pipeline_concurrency
            )

            before = server_requests(procs, "server")
            first = run_round(user_id, attach([job_id], candidate_ids), args.n)
            first.server_requests = server_requests(procs, "server") - before
            print("2. first evaluation (attach -> all terminal):", flush=True)
            print("  " + first.line(args.latency, args.concurrency, 3), flush=True)

            before = server_requests(procs, "server")
            second = run_round(user_id, reword(job_id), args.n)
            second.server_requests = server_requests(procs, "server") - before
            print(
                f"3. one requirement reworded (R{REWORD_POSITION} -> {REWORDED_TEXT!r}), "
                "update_job -> all terminal:",
                flush=True,
            )
            print("  " + second.line(args.latency, args.concurrency, 3), flush=True)

            truth = {
                candidate: verdicts
                for (_, candidate), (verdicts, _) in verdicts_by_candidate(
                    first.request_ids
                ).items()
            }
            stop(procs, workers)
            stop(procs, ["server"])
            base_url = start_server(procs, "noisy", args.latency, args.noise, 1)
            spreads = []
            subset = candidate_ids[:stability_n]
            for samples in (1, 3):
                worker_env = {
                    **worker_env,
                    "OPENAI_BASE_URL": base_url,
                    "EVAL_SAMPLES": str(samples),
                }
                workers = start_workers(
                    procs,
                    f"noisy-k{samples}",
                    worker_env,
                    args.concurrency,
                    args.pipeline_concurrency,
                )
                pair = (
                    create_job(user_id, f"Stability k={samples} run A")[0],
                    create_job(user_id, f"Stability k={samples} run B")[0],
                )
                run = run_round(user_id, attach(list(pair), subset), 2 * stability_n)
                stop(procs, workers)
                result = spread(samples, pair, subset, run, truth)
                spreads.append(result)
                print(
                    f"4. stability k={samples} (noise {args.noise:g}, {stability_n} candidates "
                    f"evaluated twice, {run.completed} completed, {run.failed} failed, "
                    f"{run.calls} paid calls, {run.wall:.2f} s): verdicts differing between "
                    f"the runs {result.differ}/{result.compared} ({result.differ_share:.1%}); "
                    f"mean |fit A - fit B| {result.fit_mad:.1f} points over {result.fit_pairs} "
                    f"candidates; unlike the noise-free verdicts {result.off_truth}/"
                    f"{result.judged} ({result.off_truth / max(result.judged, 1):.1%}); "
                    f"uncertain {result.uncertain}/{result.verdicts}"
                    + (f"; failures: {' | '.join(run.failures)}" if run.failures else ""),
                    flush=True,
                )
            procs.check_alive()
    finally:
        common.drop_database(DB_NAME)
        if args.keep_logs:
            print(f"logs kept in {workdir / 'logs'}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)

    k1, k3 = spreads
    print(
        f"bench/jobs: N={args.n} x {REQUIREMENTS_EXPECTED} reqs, latency {args.latency:g} s: "
        f"first evaluation {first.wall:.2f} s, {first.completed} completed/{first.failed} "
        f"failed, {first.calls} calls ({first.calls / max(args.n, 1):.2f}/evaluation), "
        f"{first.calls / first.wall:.1f} calls/s (target >= 80), efficiency "
        f"{first.calls * args.latency / args.concurrency / first.wall:.2f} of "
        f"calls x latency / threads, attach to last completed (target >= 0.9), "
        f"{first.total_tokens:,} tokens; reword 1: {second.wall:.2f} s, {second.calls} calls, "
        f"{second.total_tokens:,} tokens, carried {second.carried}/{second.verdicts} "
        f"({second.carried / max(second.verdicts, 1):.1%}); stability (noise {args.noise:g}, "
        f"n={stability_n}): verdicts differing k=1 {k1.differ_share:.1%} / k=3 "
        f"{k3.differ_share:.1%}, mean |dfit| k=1 {k1.fit_mad:.1f} / k=3 {k3.fit_mad:.1f}"
    )


if __name__ == "__main__":
    main()
    # Celery's AsyncResult finalisers would otherwise try to reach Redis during interpreter
    # shutdown and print a harmless but noisy traceback.
    sys.stdout.flush()
    os._exit(0)
