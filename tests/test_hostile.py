"""The hostile-input corpus (testkit/hostile_corpus.py) through intake and the pipeline stages.

Every file ends the way its entry says: a 4xx at upload, ``failed`` with a sentence a
recruiter understands, or ``completed``; each extraction finishes within the settings'
``extract_timeout_s`` (a hang check, not a performance test). One test runs the corpus
through real Celery worker processes and watches the pipeline worker's resident memory.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from api.errors import status_for
from core.config import Settings
from database.engine import session_scope
from database.models import Resume, ReviewFeedbackItem, ReviewRequest, ReviewResult
from pipelines import chain, flow, intake, storage
from testkit.hostile_corpus import BY_NAME, CORPUS, Hostile, clean_twin_pdf
from testkit.pipeline_helpers import load_prompts, make_candidate, make_settings, make_user
from testkit.worker_harness import WorkerSet, celery_workers
from worker.dispatch import publish_review

# Tight sandbox limits keep the bombs short; the margin covers process start and reaping.
TIMEOUT_S = 8.0
CPU_S = 4
MARGIN_S = 3.0
WORKER_MEMORY_LIMIT_MB = 512


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Settings:
    return make_settings(
        tmp_path / "storage", pg_url, extract_timeout_s=TIMEOUT_S, extract_cpu_seconds=CPU_S
    )


@pytest.fixture
def session(db_session: Session) -> Session:
    load_prompts(db_session)
    return db_session


def register(session: Session, settings: Settings, entry: Hostile) -> tuple[Resume, uuid.UUID]:
    user = make_user(session)
    resume, request = intake.register_upload(
        session,
        settings,
        candidate=make_candidate(session, user),
        user=user,
        data=entry.build(),
        original_filename=entry.filename,
    )
    session.flush()
    return resume, request.id


def register_committed(
    engine: Engine, settings: Settings, entry: Hostile
) -> tuple[uuid.UUID, uuid.UUID]:
    with session_scope(engine) as session:
        resume, request_id = register(session, settings, entry)
        return resume.id, request_id


def review(engine: Engine, settings: Settings, request_id: uuid.UUID) -> float:
    """Run the chain in-process through the production driver (a committed transaction per
    stage); returns the extract step's wall time."""
    t0 = time.perf_counter()
    chain.start_and_extract(engine, settings, request_id)
    elapsed = time.perf_counter() - t0
    chain.run_review(engine, settings, request_id)  # finds the extraction done
    return elapsed


def assert_readable_reason(message: str | None) -> None:
    assert message, "a failed request needs a reason"
    assert message.endswith("."), message
    assert 12 <= len(message) <= 300, message
    for leak in ("Traceback", "Exception", "Error:", "errno", 'File "', "0x", "/etc/", "\n"):
        assert leak not in message, (leak, message)


def _hostile_names(expect: str) -> list[str]:
    return [entry.name for entry in CORPUS if entry.expect == expect]


def test_the_corpus_is_large_and_covers_every_outcome() -> None:
    assert len(CORPUS) >= 25
    assert {entry.expect for entry in CORPUS} == {"rejected", "failed", "completed", "accepted"}
    # Deterministic: the same bytes every time (hashes are stable across runs).
    for entry in CORPUS:
        assert storage.sha256_hex(entry.build()) == storage.sha256_hex(entry.build())


@pytest.mark.parametrize("name", _hostile_names("rejected"))
def test_rejected_at_upload(session: Session, settings: Settings, name: str) -> None:
    entry = BY_NAME[name]
    with pytest.raises(intake.UploadRejected) as rejected:
        register(session, settings, entry)
    assert status_for(rejected.value) == entry.status
    assert 400 <= status_for(rejected.value) < 500
    assert_readable_reason(rejected.value.message)
    assert not settings.storage_dir.exists() or not any(settings.storage_dir.iterdir())


@pytest.mark.parametrize("name", _hostile_names("failed"))
def test_fails_cleanly_within_the_time_limit(
    session: Session, settings: Settings, name: str
) -> None:
    entry = BY_NAME[name]
    resume, request_id = register(session, settings, entry)
    flow.start(session, request_id, max_attempts=settings.max_attempts)
    t0 = time.perf_counter()
    with pytest.raises(flow.StageFailed):
        flow.extract(session, settings, request_id)
    elapsed = time.perf_counter() - t0
    assert elapsed < settings.extract_timeout_s + MARGIN_S, f"{name} took {elapsed:.1f}s"
    request = session.get(ReviewRequest, request_id)
    assert request is not None
    assert request.status == "failed"
    assert_readable_reason(request.error_message)
    if entry.message_has:
        assert entry.message_has in (request.error_message or ""), request.error_message
    assert resume.status == "failed"
    assert resume.extracted_text is None
    assert not session.scalars(
        select(ReviewResult).where(ReviewResult.review_request_id == request_id)
    ).all()


@pytest.mark.parametrize(
    "name", [n for n in _hostile_names("completed") if n != "prompt_injection"]
)
def test_odd_but_readable_files_complete(engine: Engine, settings: Settings, name: str) -> None:
    resume_id, request_id = register_committed(engine, settings, BY_NAME[name])
    elapsed = review(engine, settings, request_id)
    assert elapsed < settings.extract_timeout_s + MARGIN_S
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, request_id)
        assert request is not None
        assert request.status == "completed", request.error_message
        assert request.overall_score is not None
        resume = session.get(Resume, resume_id)
        assert resume is not None
        text = resume.extracted_text or ""
    assert "Jordan Example" in text
    # Nothing from the file's active parts leaks into the text or runs.
    assert "app.alert" not in text
    assert "root:" not in text
    assert not Path("/tmp/evil.sh").exists() or Path("/tmp/evil.sh").stat().st_mtime < (
        time.time() - 3600
    )


def _feedback(session: Session, request_id: uuid.UUID) -> list[ReviewFeedbackItem]:
    results = session.scalars(
        select(ReviewResult).where(ReviewResult.review_request_id == request_id)
    ).all()
    return list(
        session.scalars(
            select(ReviewFeedbackItem).where(
                ReviewFeedbackItem.review_result_id.in_([r.id for r in results])
            )
        )
    )


def test_prompt_injection_is_reported_and_does_not_change_the_score(
    engine: Engine, settings: Settings
) -> None:
    _, injected_id = register_committed(engine, settings, BY_NAME["prompt_injection"])
    twin = Hostile("clean_twin", clean_twin_pdf, "completed")
    _, clean_id = register_committed(engine, settings, twin)
    for request_id in (injected_id, clean_id):
        review(engine, settings, request_id)
    with session_scope(engine) as session:
        assert_injection_reported_without_score_change(session, injected_id, clean_id)


def assert_injection_reported_without_score_change(
    session: Session, injected_id: uuid.UUID, clean_id: uuid.UUID
) -> None:
    injected = session.get(ReviewRequest, injected_id)
    clean = session.get(ReviewRequest, clean_id)
    assert injected is not None and clean is not None
    assert (injected.status, clean.status) == ("completed", "completed")
    critical = [
        item
        for item in _feedback(session, injected_id)
        if item.category == "prompt_injection" and item.severity == "critical"
    ]
    assert critical, "the injection attempt must be reported"
    assert any("Ignore all previous instructions" in (i.quoted_text or "") for i in critical)
    assert not [i for i in _feedback(session, clean_id) if i.category == "prompt_injection"]
    assert injected.overall_score == clean.overall_score
    scores = {
        r.agent_type: r.score
        for r in session.scalars(
            select(ReviewResult).where(ReviewResult.review_request_id == injected_id)
        )
    }
    clean_scores = {
        r.agent_type: r.score
        for r in session.scalars(
            select(ReviewResult).where(ReviewResult.review_request_id == clean_id)
        )
    }
    assert scores == clean_scores


@pytest.mark.parametrize("name", _hostile_names("accepted"))
def test_hostile_names_are_cleaned_and_never_become_paths(
    session: Session, settings: Settings, name: str
) -> None:
    entry = BY_NAME[name]
    resume, _ = register(session, settings, entry)
    shown = resume.original_filename
    assert shown == intake.clean_filename(entry.filename)
    assert shown and shown != "."
    assert "/" not in shown and "\\" not in shown
    assert all(ch.isprintable() for ch in shown), repr(shown)
    assert not shown.startswith(".")
    # The storage key is the server's: a fresh hex name plus the sniffed extension.
    key = resume.stored_filename
    assert key.endswith(".pdf") and len(key) == 32 + 4
    uuid.UUID(key[:32])
    assert entry.filename not in key and shown not in key
    stored = list(settings.storage_dir.iterdir())
    assert [p.name for p in stored] == [key]
    assert stored[0].resolve().parent == settings.storage_dir.resolve()


# --------------------------------------------------------------------------- real workers


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as fh:
            return [int(p) for p in fh.read().split()]
    except OSError:
        return []


def _status_kb(pid: int, field: str) -> int:
    try:
        with open(f"/proc/{pid}/status") as fh:
            for line in fh:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _pss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


class MemoryWatch:
    """Samples the pipeline worker's process tree every 100 ms.

    ``worker``: the Celery main process, its pool processes and their extraction fork
    servers (the long-lived processes; VmRSS summed, which counts pages shared after
    fork once per process, and PSS summed, which splits them). ``sandbox``: the largest
    single sandboxed child seen (each capped by its own RLIMIT_AS): a parse, or the child a
    fork server keeps waiting for the next job (about 20 MB PSS each, not in the sum).
    """

    def __init__(self, root_pid: int) -> None:
        self.root = root_pid
        self.worker_peak_kb = 0
        self.worker_pss_peak_kb = 0
        self.breakdown: dict[str, int] = {}
        self.sandbox_peak_kb = 0
        self.samples = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def sample(self) -> None:
        worker_kb = pss_kb = 0
        breakdown: dict[str, int] = {}
        stack = [self.root]
        while stack:
            pid = stack.pop()
            rss = _status_kb(pid, "VmRSS")
            worker_kb += rss
            pss_kb += _pss_kb(pid)
            kids = _children(pid)
            server = "pipelines.extraction.child --serve" in _cmdline(pid)
            label = "fork server" if server else "celery" if pid == self.root else "pool"
            breakdown[f"{label} {pid}"] = rss // 1024
            if server:
                for kid in kids:  # forked parse children
                    self.sandbox_peak_kb = max(self.sandbox_peak_kb, _status_kb(kid, "VmRSS"))
            else:
                stack.extend(kids)
        if worker_kb > self.worker_peak_kb:
            self.worker_peak_kb = worker_kb
            self.breakdown = breakdown
        self.worker_pss_peak_kb = max(self.worker_pss_peak_kb, pss_kb)
        self.samples += 1

    def _run(self) -> None:
        while not self._stop.is_set():
            self.sample()
            self._stop.wait(0.1)

    def __enter__(self) -> MemoryWatch:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


@pytest.fixture
def workers(
    pipeline_env: Path, pg_url: str, committed_engine: Engine, tmp_path: Path
) -> Iterator[WorkerSet]:
    env = {
        "DATABASE_URL": pg_url,
        "STORAGE_DIR": str(pipeline_env),
        "MAX_ATTEMPTS": "3",
        "EXTRACT_TIMEOUT_S": str(TIMEOUT_S),
        "EXTRACT_CPU_SECONDS": str(CPU_S),
    }
    with session_scope(committed_engine) as db:
        load_prompts(db)
    with celery_workers(env, tmp_path / "logs") as started:
        yield started


@pytest.mark.worker
def test_corpus_on_a_real_worker_keeps_memory_bounded(
    workers: WorkerSet, committed_engine: Engine, pipeline_env: Path, pg_url: str
) -> None:
    settings = make_settings(
        pipeline_env, pg_url, extract_timeout_s=TIMEOUT_S, extract_cpu_seconds=CPU_S
    )
    expected: dict[uuid.UUID, Hostile] = {}
    for entry in CORPUS:
        if entry.expect == "rejected":
            continue
        with session_scope(committed_engine) as db:
            _, request_id = register(db, settings, entry)
        expected[request_id] = entry
    pid = workers.processes["pipeline"].pid
    deadline = time.monotonic() + 90
    pending = set(expected)
    with MemoryWatch(pid) as watch:
        for request_id in expected:
            assert publish_review(request_id)
        while pending and time.monotonic() < deadline:
            time.sleep(0.3)
            with session_scope(committed_engine) as db:
                done = db.scalars(
                    select(ReviewRequest.id).where(
                        ReviewRequest.id.in_(pending),
                        ReviewRequest.status.in_(["completed", "failed"]),
                    )
                ).all()
            pending -= set(done)
    assert not pending, ([expected[r].name for r in pending], workers.logs())
    with session_scope(committed_engine) as db:
        for request_id, entry in expected.items():
            request = db.get(ReviewRequest, request_id)
            assert request is not None
            want = "failed" if entry.expect == "failed" else "completed"
            assert request.status == want, (entry.name, request.error_message)
            if want == "failed":
                assert_readable_reason(request.error_message)
            assert request.attempts == 1, entry.name  # nothing killed its worker process
    assert workers.alive(), workers.logs()
    worker_mb = watch.worker_peak_kb / 1024
    print(
        f"\npipeline worker peak: VmRSS sum {worker_mb:.0f} MB {watch.breakdown}, PSS sum "
        f"{watch.worker_pss_peak_kb / 1024:.0f} MB, over {watch.samples} samples; largest "
        f"sandbox child {watch.sandbox_peak_kb / 1024:.0f} MB (own RLIMIT_AS)"
    )
    assert watch.samples > 10
    # The budget is for the memory the worker's processes hold: PSS splits the pages its pool
    # processes share with the main process after fork (every imported module), which the
    # VmRSS sum counts once per process (printed above, for comparison).
    assert 0 < watch.worker_pss_peak_kb / 1024 < WORKER_MEMORY_LIMIT_MB
