"""The parse sandbox when the service, not the file, is at fault, and what a killed job
leaves behind (issue 17).

- A reader that loads a file lazily after isolation (as python-docx did with its header
  template) is refused, and the child says the service failed (``sandbox_unavailable``):
  the request stays open with "could not be read right now", its attempt given back, and
  is retried; it is never "export it again".
- A job killed at its deadline while Tesseract runs leaves no process and no folder, in
  both launch modes; a fork server killed outright leaves a folder that the next server
  removes.
- Stored files are the service user's alone.
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import stat
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from core.config import Settings
from database.engine import session_scope
from database.models import Resume, ReviewRequest
from pipelines import chain, flow
from pipelines.extraction import ExtractionError, ExtractionLimits, protocol, sandbox
from pipelines.extraction.isolation import WORKDIR_PREFIX
from pipelines.storage import FILE_MODE, FOLDER_MODE, LocalDiskStorage
from testkit.lazy_loading_reader import LAZY_FILE, LAZY_MODULE
from testkit.lingering_job import LINGERING_MODULE
from testkit.pipeline_helpers import make_settings, upload
from testkit.resume_factory import DE, EN, ES, FR, PdfStyle, make_docx, make_pdf
from testkit.scans import scan_pdf

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="the sandbox's isolation is Linux's"
)

MODES = ("forkserver", "subprocess")


@pytest.fixture
def fresh_servers() -> Iterator[None]:
    sandbox.shutdown_servers()
    yield
    sandbox.shutdown_servers()


# --------------------------------------------------------------------------- service faults


@pytest.mark.parametrize("mode", MODES)
def test_a_reader_that_loads_a_file_after_isolation_is_the_services_fault(
    mode: str, fresh_servers: None
) -> None:
    limits = ExtractionLimits(sandbox=mode)
    outcome = sandbox.launch(make_docx(EN), limits, module=LAZY_MODULE)
    answer = protocol.decode_answer(outcome.stdout)
    assert answer is not None and "error" in answer.payload, outcome
    error = answer.payload["error"]
    assert error["code"] == "sandbox_unavailable"
    assert LAZY_FILE in error["detail"]
    with pytest.raises(ExtractionError) as caught:
        sandbox._interpret(outcome, limits)
    assert caught.value.code == "sandbox_unavailable"
    assert "export" not in caught.value.reason and "retried" in caught.value.reason


@pytest.mark.parametrize("mode", MODES)
def test_the_production_reader_opens_nothing_after_isolation(
    mode: str, fresh_servers: None
) -> None:
    """The same watch that caught the lazy reader finds nothing to say about the real one,
    on a DOCX without headers, footers or styles of its own (python-docx's template case)
    and a PDF."""
    limits = ExtractionLimits(sandbox=mode)
    for data in (make_docx(EN), make_docx(EN, table_layout=True), make_pdf(EN, PdfStyle())):
        document = sandbox._interpret(sandbox.launch(data, limits), limits)
        assert document.word_count > 50


def test_a_killed_child_is_the_services_fault_not_the_files() -> None:
    """Killed by a signal its own limits do not send (the host's OOM killer, an operator)."""
    killed = sandbox._Outcome(returncode=-signal.SIGKILL, stdout=b"")
    with pytest.raises(ExtractionError) as caught:
        sandbox._interpret(killed, ExtractionLimits())
    assert caught.value.code == "sandbox_unavailable"
    own_limit = sandbox._Outcome(returncode=-signal.SIGXCPU, stdout=b"")
    with pytest.raises(ExtractionError) as caught:
        sandbox._interpret(own_limit, ExtractionLimits())
    assert caught.value.code == "resource_limit"


@pytest.fixture
def settings(tmp_path: Path, pg_url: str) -> Settings:
    return make_settings(tmp_path / "storage", pg_url)


def test_a_request_the_sandbox_cannot_read_waits_and_is_retried(
    engine: Engine, settings: Settings, monkeypatch: pytest.MonkeyPatch, fresh_servers: None
) -> None:
    with session_scope(engine) as session:
        request_id = upload(session, settings, make_docx(EN))
    monkeypatch.setattr(sandbox, "CHILD_MODULE", LAZY_MODULE)
    for _ in range(3):  # more than one attempt: none is held against the file
        with pytest.raises(flow.TransientStageError):
            chain.start_and_extract(engine, settings, request_id)
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, request_id)
        assert request is not None and request.status == "processing"
        assert request.attempts == 0
        assert request.error_message and "could not be read right now" in request.error_message
        resume = session.get(Resume, request.resume_id)
        assert resume is not None and resume.status == "processing"
        assert resume.error_message == request.error_message
    # The service mended (the real reader back): the same request completes.
    monkeypatch.undo()
    sandbox.shutdown_servers()
    assert chain.run_review(engine, settings, request_id) is chain.Outcome.DONE
    with session_scope(engine) as session:
        request = session.get(ReviewRequest, request_id)
        assert request is not None and request.status == "completed"
        assert request.error_message is None and request.attempts == 1


# --------------------------------------------------------------------------- killed jobs


# As root the sandbox's processes are nobody's: Tesseract run by anything else on this
# machine (another test run, a bench) is not this test's business.
SANDBOX_UID = pwd.getpwnam("nobody").pw_uid if os.geteuid() == 0 else os.geteuid()


def _tesseracts() -> set[int]:
    found = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                comm = Path(f"/proc/{entry}/comm").read_text().strip()
                state = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[0]
                uid = os.stat(f"/proc/{entry}").st_uid
            except (OSError, IndexError):
                continue
            if uid != SANDBOX_UID:
                continue
            if comm == "tesseract" and state != "Z":  # a zombie has ended, awaiting its reap
                found.add(int(entry))
    return found


class _Watch(threading.Thread):
    """Notes every Tesseract process seen while a job runs."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.seen: set[int] = set()
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            self.seen |= _tesseracts()
            time.sleep(0.02)


@pytest.fixture
def private_tmp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temp folder of this test's own, for the job folders of this process and of the
    fork servers it starts (they inherit TMPDIR). Traversable (0711), as /tmp is: the child
    (nobody) must reach its job folder inside."""
    root = Path(tempfile.mkdtemp(prefix="rr-containment-", dir="/tmp"))
    root.chmod(0o711)
    monkeypatch.setenv("TMPDIR", str(root))
    monkeypatch.setattr(tempfile, "tempdir", str(root))
    sandbox.shutdown_servers()
    try:
        yield root
    finally:
        sandbox.shutdown_servers()
        shutil.rmtree(root, ignore_errors=True)


def _gone_within(seconds: float, what: set[int]) -> set[int]:
    deadline = time.monotonic() + seconds
    left = what & _tesseracts()
    while left and time.monotonic() < deadline:
        time.sleep(0.05)
        left = what & _tesseracts()
    return left


@pytest.fixture(scope="module")
def scan() -> bytes:
    """Two dense pages: OCR takes seconds, far past the deadlines below."""
    return scan_pdf(make_pdf(EN + DE + ES + FR, PdfStyle()))


@pytest.mark.parametrize("mode", MODES)
def test_a_job_killed_at_its_deadline_leaves_no_process_or_folder(
    mode: str, private_tmp: Path
) -> None:
    """A parser that starts Tesseract on a pipe it never feeds (so it waits for ever),
    tries to start another out of its process group, writes a file and sleeps: at the
    deadline all of it ends, and the folder goes."""
    watch = _Watch()
    watch.start()
    try:
        limits = ExtractionLimits(sandbox=mode, timeout_s=1.5)
        outcome = sandbox.launch(b"{}", limits, module=LINGERING_MODULE)
    finally:
        watch.stop.set()
        watch.join()
    assert outcome.timed_out
    assert watch.seen, "Tesseract never started: the test proves nothing"
    assert _gone_within(0.1, watch.seen) == set()
    # What the job wrote went with its folder; a fork server has the next job's child
    # waiting in a folder of its own, empty, which goes with the server.
    assert [p for p in private_tmp.rglob("*") if not p.is_dir()] == []
    assert len(list(private_tmp.iterdir())) <= (1 if mode == "forkserver" else 0)
    sandbox.shutdown_servers()
    assert list(private_tmp.iterdir()) == []


def test_a_scans_deadline_follows_its_pages(scan: bytes) -> None:
    """Two scanned pages take longer than the file's own timeout: each OCR page adds its
    budget to the deadline, and the scan is read whole."""
    limits = ExtractionLimits(timeout_s=1.0, ocr_page_seconds=30)
    document = sandbox.extract_document(scan, limits)
    assert document.ocr_pages == (1, 2) and document.word_count > 100
    with pytest.raises(ExtractionError) as caught:  # without the pages' budgets: stopped
        sandbox.extract_document(scan, ExtractionLimits(timeout_s=1.0, ocr_page_seconds=0.2))
    assert caught.value.code == "timeout"


def test_a_fork_server_killed_outright_leaves_nothing_once_another_starts(
    scan: bytes, private_tmp: Path
) -> None:
    limits = ExtractionLimits(sandbox="forkserver", timeout_s=20, ocr_page_seconds=60)
    watch = _Watch()
    watch.start()
    servers_before = _fork_servers()
    killer = threading.Thread(target=_kill_the_server_once_ocr_runs, args=(watch, servers_before))
    killer.start()
    try:
        # The server dies mid-job; the call falls back to a one-shot child and finishes.
        document = sandbox.extract_document(scan, limits)
    finally:
        killer.join()
        watch.stop.set()
        watch.join()
    assert document.ocr_pages
    assert _gone_within(0.1, watch.seen) == set()
    stale = [p.name for p in private_tmp.iterdir()]
    assert stale and all(name.startswith(WORKDIR_PREFIX) for name in stale)
    sandbox.warm_up(limits)  # a new server sweeps what the killed one left
    assert list(private_tmp.iterdir()) == []


def _fork_servers() -> set[int]:
    me = str(os.getpid())
    found = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            ppid = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1]
            cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
        except (OSError, IndexError):
            continue
        if ppid == me and protocol.SERVE_FLAG.encode() in cmdline:
            found.add(int(entry))
    return found


def _kill_the_server_once_ocr_runs(watch: _Watch, before: set[int]) -> None:
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline and not watch.seen:
        time.sleep(0.02)
    for pid in _fork_servers() - before:
        os.kill(pid, signal.SIGKILL)


# --------------------------------------------------------------------------- stored files


def test_stored_files_are_the_service_users_alone(tmp_path: Path) -> None:
    files = LocalDiskStorage(tmp_path / "storage")
    key = f"{uuid.uuid4().hex}.pdf"
    files.save(key, b"%PDF-1.4 resume")
    assert stat.S_IMODE((tmp_path / "storage").stat().st_mode) == FOLDER_MODE
    assert stat.S_IMODE((tmp_path / "storage" / key).stat().st_mode) == FILE_MODE


def test_upgrade_makes_older_stored_files_private(tmp_path: Path) -> None:
    folder = tmp_path / "storage"
    folder.mkdir(mode=0o755)
    older = [folder / f"{uuid.uuid4().hex}.pdf" for _ in range(3)]
    for path in older:
        path.write_bytes(b"%PDF-1.4")
        path.chmod(0o644)
    folder.chmod(0o755)
    files = LocalDiskStorage(folder)
    assert files.restrict_modes() == 4
    assert stat.S_IMODE(folder.stat().st_mode) == FOLDER_MODE
    assert {stat.S_IMODE(p.stat().st_mode) for p in older} == {FILE_MODE}
    assert files.restrict_modes() == 0  # nothing left to change


CJK_PDF = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "billryan_resume_zh_CN.pdf"


@pytest.mark.skipif(not CJK_PDF.is_file(), reason="reads ../shared/corpus")
@pytest.mark.parametrize("mode", MODES)
def test_pdfminer_reads_a_cid_fonts_cmap_from_memory_once_isolated(
    mode: str, fresh_servers: None
) -> None:
    """The pdfplumber engine on a Chinese PDF: pdfminer loads its to-unicode CMap on first
    use, which once came from the virtualenv after isolation (refused, and answered as the
    service's fault); it is read before isolation now."""
    limits = ExtractionLimits(sandbox=mode, pdf_engine="pdfplumber")
    document = sandbox.extract_document(CJK_PDF.read_bytes(), limits)
    assert "教育背景" in document.text
