"""The caller's side of the sandbox: run a parse in a child process and judge the outcome.

The child is forked from a per-process fork server (``python -m pipelines.extraction.child
--serve``) that has the parsers imported and warm, so a call costs a fork instead of an
interpreter start; when the server cannot be used, a one-shot ``python -m
pipelines.extraction.child`` does the same job. Either child isolates itself the same way
(``isolation``) before it reads the file. Both end in an ``_Outcome`` that ``_interpret``
maps to a document (with its page images) or an ``ExtractionError`` the same way.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, replace
from typing import Any

from core.config import PROJECT_ROOT, child_process_env
from pipelines.extraction import protocol
from pipelines.extraction.document import (
    PDF_ENGINE_PDFPLUMBER,
    SANDBOX_FORKSERVER,
    SANDBOX_SUBPROCESS,
    SANDBOX_UNAVAILABLE,
    SANDBOX_UNAVAILABLE_REASON,
    ExtractedDocument,
    ExtractionError,
    ExtractionLimits,
    longest_extraction_s,
    ocr_time_allowance,
)
from pipelines.extraction.isolation import LAUNCH_ENV, end_process_group, job_workdir
from pipelines.extraction.render import PAGE_IMAGE_MAX_BYTES
from pipelines.extraction.sniff import check_size, sniff_mime

log = logging.getLogger(__name__)

CHILD_MODULE = "pipelines.extraction.child"


def extract_document(
    data: bytes, limits: ExtractionLimits = ExtractionLimits()
) -> ExtractedDocument:
    """Parse in a sandboxed child process (isolated: no secrets, no network, ``nobody``,
    a private temp dir, rlimits; plus a wall-clock timeout and an output cap).

    The child is forked from a per-process fork server (see ``pipelines.extraction.child``)
    that has the parsers imported and warm, so a call costs a fork instead of an
    interpreter start. When the server cannot be used (no ``fork``, it failed to start,
    ``limits.sandbox`` is ``"subprocess"``), a one-shot ``python -m
    pipelines.extraction.child`` does the same job. Neither uses multiprocessing, so both
    work inside Celery's daemonic prefork pool processes. A PDF's document carries one
    image per page (``page_images``) when ``limits.render_pages``.
    """
    # Cheap refusals first, in the parent: no need to spawn for an empty or huge upload.
    check_size(data, limits)
    sniff_mime(data)
    return _interpret(launch(data, limits), limits)


@dataclass(frozen=True)
class _Outcome:
    """What a sandboxed run left behind, before it is judged."""

    returncode: int  # negative: killed by that signal
    stdout: bytes  # the child's answer, as far as it came
    stderr_tail: bytes = b""
    timed_out: bool = False
    over_cap: bool = False
    mode: str = SANDBOX_FORKSERVER  # the launcher that ran it


def launch(data: bytes, limits: ExtractionLimits, module: str | None = None) -> _Outcome:
    """Run ``python -m module``'s job (default ``CHILD_MODULE``) on ``data`` in the fork
    server, or one-shot when that cannot be used. Tests pass their probe's module to go
    through the same launch."""
    module = module or CHILD_MODULE
    outcome = None
    if _fork_server_enabled(limits):
        outcome = _run_in_fork_server(data, limits, module)
    if outcome is None:
        outcome = _run_in_subprocess(data, limits, module)
    return outcome


def _child_limits(limits: ExtractionLimits) -> dict[str, Any]:
    # What the child enforces; how it is launched (``sandbox``) is this side's business.
    return {k: v for k, v in asdict(limits).items() if k != "sandbox"}


def _json_cap(limits: ExtractionLimits) -> int:
    # Text, per-line metadata and the text map (about 14 bytes a character: its box
    # edges) can't legitimately exceed this.
    return limits.max_text_chars * 32 + 1_000_000


def _output_cap(limits: ExtractionLimits) -> int:
    # The document's JSON, then at most one bounded image per page.
    pages = limits.max_pages if limits.render_pages else 0
    per_page = PAGE_IMAGE_MAX_BYTES + protocol.PAGE_FRAME_OVERHEAD + 1024
    return _json_cap(limits) + pages * per_page


def _interpret(outcome: _Outcome, limits: ExtractionLimits) -> ExtractedDocument:
    """Map a sandboxed run to a document or an ExtractionError (same for both launchers)."""
    answer = None if outcome.over_cap else protocol.decode_answer(outcome.stdout)
    if outcome.over_cap or (answer is not None and answer.json_size > _json_cap(limits)):
        raise ExtractionError(
            "The document produced an unreasonable amount of text.", "resource_limit"
        )
    payload = answer.payload if answer is not None else {}
    if answer is not None and "document" in payload:
        # Complete even when the child was stopped while rendering page images.
        document = ExtractedDocument.from_json(payload["document"])
        return replace(document, page_images=_page_images(answer, outcome, limits))
    if outcome.timed_out:
        raise ExtractionError(
            "Reading the file took too long and was stopped; export a simpler PDF or DOCX "
            "and upload again.",
            "timeout",
        )
    if "error" in payload:
        error = payload["error"]
        if error.get("detail"):
            log.error("extraction sandbox refused: %s", error["detail"])
        raise ExtractionError(error["reason"], error["code"])
    raise _crash_error(outcome)


def _page_images(
    answer: protocol.Answer, outcome: _Outcome, limits: ExtractionLimits
) -> tuple[bytes, ...]:
    """One entry per announced page: its image, or b"" (logged) when it has none."""
    expected = min(int(answer.payload.get("pages") or 0), limits.max_pages)
    images: list[bytes] = []
    for index in range(expected):
        page = answer.pages[index] if index < len(answer.pages) else None
        if isinstance(page, bytes) and 0 < len(page) <= PAGE_IMAGE_MAX_BYTES:
            images.append(page)
            continue
        images.append(b"")
        log.warning("page %d has no image: %s", index + 1, _why_missing(page, outcome))
    return tuple(images)


def _why_missing(page: bytes | str | None, outcome: _Outcome) -> str:
    if isinstance(page, str):
        return page  # the child's reason
    if page is not None:
        return f"an image of {len(page)} bytes is refused"
    if outcome.timed_out:
        return "the reader was stopped at its time limit while rendering"
    return f"the reader stopped while rendering (exit {outcome.returncode})"


# How a child that the service failed (not the file) ends: it could not load its own code
# (in the one-shot child, before it reads the request), or something outside the sandbox
# killed it (the host's OOM killer, an operator), not its own limits.
_SERVICE_FAULT_MARKS = (b"PermissionError", b"ModuleNotFoundError", b"ImportError")
_KILLED_BY_HOST = (signal.SIGKILL, signal.SIGTERM)


def _service_fault(outcome: _Outcome) -> str | None:
    """Why a crash is the service's fault, or None when the file may be to blame."""
    if outcome.timed_out or outcome.over_cap:
        return None
    if -outcome.returncode in _KILLED_BY_HOST:
        return f"the reader was killed by signal {-outcome.returncode} from outside the sandbox"
    tail = outcome.stderr_tail
    if outcome.returncode != 0 and any(mark in tail for mark in _SERVICE_FAULT_MARKS):
        return "the reader could not load its own code: " + tail[-300:].decode(errors="replace")
    return None


def _crash_error(outcome: _Outcome) -> ExtractionError:
    fault = _service_fault(outcome)
    if fault is not None:
        log.error("extraction sandbox unavailable: %s", fault)
        return ExtractionError(SANDBOX_UNAVAILABLE_REASON, SANDBOX_UNAVAILABLE)
    err_tail = outcome.stderr_tail
    oom = any(m in err_tail for m in (b"MemoryError", b"failed to map", b"Cannot allocate"))
    if outcome.returncode < 0 or outcome.returncode in (137, 152) or oom:
        sig = -outcome.returncode
        what = "time" if sig == getattr(signal, "SIGXCPU", 24) else "memory or time"
        return ExtractionError(
            f"Reading the file needed too much {what} and was stopped; the file may be "
            "damaged or deliberately oversized. Export it again and re-upload.",
            "resource_limit",
        )
    return ExtractionError(
        "The file could not be read (the reader crashed); export it again and re-upload.",
        "corrupt",
    )


def _child_env(tmpdir: str | None = None) -> dict[str, str]:
    # The allow-listed environment (no secrets reach a parser) plus what ``python -m
    # pipelines.extraction.child`` needs to find the project and leave no .pyc behind.
    extra = {"PYTHONPATH": str(PROJECT_ROOT), **LAUNCH_ENV}
    if tmpdir is not None:
        extra["TMPDIR"] = tmpdir
    return child_process_env(extra=extra)


def _run_in_subprocess(
    data: bytes, limits: ExtractionLimits, module: str = CHILD_MODULE
) -> _Outcome:
    """The fallback: a fresh interpreter per file (~0.1-0.6 s of start-up and imports)."""
    deadline = time.monotonic() + limits.timeout_s
    with job_workdir() as workdir, tempfile.TemporaryFile() as stderr:
        proc = subprocess.Popen(
            [sys.executable, "-m", module, *_child_flags(limits)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=_child_env(workdir),
            cwd=str(PROJECT_ROOT),
            process_group=0,  # its own group: what it starts (Tesseract) ends with it
        )
        assert proc.stdin is not None and proc.stdout is not None
        try:
            got = _exchange(proc, data, limits, workdir, deadline)
        finally:
            end_process_group(proc.pid)  # before the reap: the group id is still ours
            proc.wait()
            proc.stdout.close()
        stderr.seek(max(0, stderr.seek(0, os.SEEK_END) - 2000))
        tail = stderr.read()
    return _Outcome(
        proc.returncode, got.output, tail, got.timed_out, got.over_cap, SANDBOX_SUBPROCESS
    )


def _exchange(
    proc: subprocess.Popen[bytes],
    data: bytes,
    limits: ExtractionLimits,
    workdir: str,
    deadline: float,
) -> protocol.Collected:
    """Send the request, then read the answer until EOF, the deadline or the cap."""
    assert proc.stdin is not None and proc.stdout is not None
    request = protocol.Request(_child_limits(limits), _output_cap(limits), data, workdir)
    try:
        protocol.send_request(proc.stdin.fileno(), request, deadline)
    except TimeoutError:
        return protocol.Collected(b"", timed_out=True, over_cap=False)
    except OSError:
        pass  # the child stopped reading (it refused or died): its answer says why
    finally:
        with contextlib.suppress(OSError):
            proc.stdin.close()
    return protocol.collect(
        proc.stdout.fileno(), deadline, _output_cap(limits), ocr_time_allowance(limits)
    )


class _ServerBroken(Exception):
    """The fork server died or stopped answering; it is discarded."""


@contextlib.contextmanager
def _answering() -> Iterator[None]:
    """Reading from the server: no answer by the deadline, or none at all, breaks it."""
    try:
        yield
    except TimeoutError as exc:
        raise _ServerBroken("no answer in time") from exc
    except EOFError as exc:
        raise _ServerBroken("server exited") from exc


class _ForkServer:
    """One ``python -m pipelines.extraction.child --serve`` process, used by one caller
    thread at a time (see ``_acquire_server``)."""

    # Startup imports pdfplumber/python-docx and parses two tiny files: well under this.
    START_TIMEOUT_S = 60.0
    # The server enforces the caller's timeout itself; this covers a server that hangs.
    GRACE_S = 10.0

    def __init__(self, module: str = CHILD_MODULE, flags: tuple[str, ...] = ()) -> None:
        self.owner_pid = os.getpid()
        self.module = module
        self.key = (module, flags)
        self.proc = subprocess.Popen(
            [sys.executable, "-m", module, protocol.SERVE_FLAG, *flags],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=_child_env(),
            cwd=str(PROJECT_ROOT),
            bufsize=0,
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.w = self.proc.stdin.fileno()
        self.r = self.proc.stdout.fileno()
        try:
            with _answering():
                greeting = protocol.read_frame(
                    self.r, deadline=time.monotonic() + self.START_TIMEOUT_S
                )
            if greeting != protocol.READY:
                raise _ServerBroken("unexpected greeting")
        except BaseException:
            self.close()
            raise

    def usable(self) -> bool:
        return self.owner_pid == os.getpid() and self.proc.poll() is None

    def run(self, data: bytes, limits: ExtractionLimits) -> _Outcome:
        request = protocol.Request(limits=_child_limits(limits), cap=_output_cap(limits), data=data)
        try:
            protocol.send_request(self.w, request)
        except OSError as exc:
            raise _ServerBroken(str(exc)) from exc
        deadline = time.monotonic() + longest_extraction_s(limits) + self.GRACE_S
        with _answering():
            meta, out = protocol.read_result(self.r, deadline)
        return _Outcome(
            returncode=int(meta["exit"]),
            stdout=out,
            timed_out=bool(meta["timed_out"]),
            over_cap=bool(meta["over_cap"]),
            mode=SANDBOX_FORKSERVER,
        )

    def close(self) -> None:
        if self.owner_pid != os.getpid():
            return  # a forked copy of our caller: the server belongs to the original
        with contextlib.suppress(OSError):
            self.proc.stdin.close()  # type: ignore[union-attr]
        # SIGTERM first: the server ends its current job's group and removes its folder.
        with contextlib.suppress(OSError):
            self.proc.terminate()
        try:
            self.proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(OSError):
                self.proc.kill()  # its current child (if any) dies with it (PDEATHSIG)
            with contextlib.suppress(OSError, subprocess.TimeoutExpired):
                self.proc.wait(timeout=5)
        with contextlib.suppress(OSError):
            self.proc.stdout.close()  # type: ignore[union-attr]


_IDLE_SERVERS: dict[tuple[str, tuple[str, ...]], list[_ForkServer]] = {}  # by module, flags
_SERVERS_LOCK = threading.Lock()
_MAX_IDLE_SERVERS = 2
_server_failures = 0


def _fork_server_enabled(limits: ExtractionLimits) -> bool:
    if limits.sandbox == SANDBOX_SUBPROCESS:
        return False
    return hasattr(os, "fork") and _server_failures < 3


def _forget_servers_after_fork() -> None:
    # A forked copy of this process (e.g. Celery's pool) must not share our servers:
    # start its own on first use. The inherited pipe copies are simply dropped.
    global _IDLE_SERVERS, _SERVERS_LOCK
    _IDLE_SERVERS = {}
    _SERVERS_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_servers_after_fork)


def _child_flags(limits: ExtractionLimits) -> tuple[str, ...]:
    """What the child loads beyond the default: pdfminer's CMaps for the pdfplumber engine."""
    return (protocol.CMAPS_FLAG,) if limits.pdf_engine == PDF_ENGINE_PDFPLUMBER else ()


def _acquire_server(module: str = CHILD_MODULE, flags: tuple[str, ...] = ()) -> _ForkServer:
    with _SERVERS_LOCK:
        idle = _IDLE_SERVERS.get((module, flags), [])
        while idle:
            server = idle.pop()
            if server.usable():
                return server
            server.close()
    return _ForkServer(module, flags)


def _release_server(server: _ForkServer) -> None:
    with _SERVERS_LOCK:
        idle = _IDLE_SERVERS.setdefault(server.key, [])
        if server.usable() and len(idle) < _MAX_IDLE_SERVERS:
            idle.append(server)
            return
    server.close()


def warm_up(limits: ExtractionLimits = ExtractionLimits()) -> None:
    """Start this process's fork server now (e.g. from Celery's ``worker_process_init``)
    instead of on the first extraction; nothing to do when ``limits.sandbox`` says
    ``"subprocess"``."""
    if _fork_server_enabled(limits):
        with contextlib.suppress(_ServerBroken, OSError):
            _release_server(_acquire_server(CHILD_MODULE, _child_flags(limits)))


def shutdown_servers() -> None:
    with _SERVERS_LOCK:
        servers = [server for idle in _IDLE_SERVERS.values() for server in idle]
        _IDLE_SERVERS.clear()
    for server in servers:
        server.close()


atexit.register(shutdown_servers)


def _run_in_fork_server(
    data: bytes, limits: ExtractionLimits, module: str = CHILD_MODULE
) -> _Outcome | None:
    """None when the fork server is unavailable (the caller falls back to a subprocess)."""
    global _server_failures
    try:
        server = _acquire_server(module, _child_flags(limits))
    except (_ServerBroken, OSError):
        _server_failures += 1
        return None
    try:
        outcome = server.run(data, limits)
    except _ServerBroken:
        # The server itself hung or died (it never parses, so this is not the file's
        # doing); throw it away and let the one-shot child decide about the file.
        server.close()
        return None
    except BaseException:
        # Interrupted mid-request (e.g. Celery's soft time limit): the protocol state is
        # unknown, so the server goes; its child dies with it.
        server.close()
        raise
    _release_server(server)
    return outcome
