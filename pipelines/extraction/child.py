"""The sandboxed side of ``pipelines.extraction.sandbox.extract_document``.

Two modes, the same request, the same isolation, the same parse and the same answer
(``protocol``):

``python -m pipelines.extraction.child``
    One-shot (the fallback): the request on stdin, the answer on stdout. It imports the
    parsers, reads the request's header, isolates itself (``isolation.isolate``: allow-listed
    environment, private temp dir, ``nobody``, seccomp, Landlock, rlimits), and only then
    reads the file.

``python -m pipelines.extraction.child --serve``
    A fork server ("zygote"). Started once per calling process, it imports pdfplumber,
    python-docx, pypdfium2 and Pillow, warms their caches on two tiny documents, then waits
    for requests on its stdin. For each job it makes a private directory and ``fork()``s a
    child that isolates itself exactly like the one-shot child, then reads the file the
    server passes on from the request, parses, renders the page images, writes the answer to
    a pipe and ``os._exit``s. The next job's child is forked and isolated as soon as an
    answer has gone out, so a request does not wait for them (a request under other limits
    gets a fresh child instead). The server itself never parses: it reads the child's pipe
    with a wall-clock deadline and an output cap, kills the child on either, reaps it,
    removes the directory and answers the caller with the raw outcome (exit code, timeout
    flag, output), which ``sandbox`` judges exactly as for the one-shot child. A child that
    closed a whole answer with ``protocol.END`` has exited 0 by construction: its group is
    ended and its directory removed, the answer goes out, and only then is it reaped (a
    forked child's exit takes a few milliseconds the caller need not wait for).

    Forking *this* process rather than the caller is deliberate: it is single-threaded,
    holds no database/Redis sockets, was started with the allow-listed environment and is
    small, so the child's RLIMIT_AS means what it says and nothing inherited can be
    finalised by the child.

Both entries take the job to run (``run_job`` in production; the tests' probe in
``testkit`` runs its own through the same launch and isolation); the protocol carries
data only.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import resource
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from core.filetypes import PDF_MIME
from pipelines.extraction.document import (
    SANDBOX_UNAVAILABLE,
    SANDBOX_UNAVAILABLE_REASON,
    ExtractedDocument,
    ExtractionLimits,
    ocr_time_allowance,
)
from pipelines.extraction.isolation import (
    IsolationError,
    end_process_group,
    executable_paths,
    isolate,
    job_workdir,
    readable_paths,
    sweep_stale_workdirs,
)
from pipelines.extraction.ocr import TIME_REQUESTS
from pipelines.extraction.protocol import (
    CMAPS_FLAG,
    END,
    READY,
    SERVE_FLAG,
    collect,
    complete_answer,
    document_answer,
    error_answer,
    forward_frame,
    page_image,
    page_without_image,
    read_exact,
    read_frame,
    read_header,
    send_result,
    time_request,
    write_all,
    write_frame,
)

# A job: the file and the limits (as a dict) in, the answer's frames out.
Job = Callable[[bytes, dict[str, Any]], Iterable[bytes]]

_OOM = (
    "Reading the file needed too much memory and was stopped; the file may be damaged or "
    "deliberately oversized. Export it again and re-upload."
)
_NESTED = "The file's structure is too deeply nested to read; export it again and re-upload."
# Page images are rendered only while less than this share of the time and CPU is used.
_RENDER_SHARE = 0.6


def run_job(data: bytes, limits_d: dict[str, Any]) -> Iterator[bytes]:
    """The answer's frames: the document then one frame per page image, or an error.
    Never raises for a bad file."""
    started = time.monotonic()
    limits = ExtractionLimits(**limits_d)
    parsed = _parse(data, limits)
    if OPEN_WATCH.outside:
        # A reader reached outside its job for a file (a lazily loaded module, a template):
        # the service's install is at fault, whatever the parse made of the refusal.
        parsed = _service_fault(f"opened after isolation: {OPEN_WATCH.outside[:3]}")
    if isinstance(parsed, bytes):
        yield parsed
        return
    pages = parsed.layout.page_count if _renders(parsed, limits) else 0
    yield document_answer(parsed.to_json(), pages)
    if pages:
        from pipelines.extraction.render import render_pages

        # The clock OCR asked for is not the rendering's to spend.
        budget = _render_budget(limits, started + TIME_REQUESTS.asked)
        for page in render_pages(data, pages, limits.page_image_dpi, budget):
            yield page_image(page) if isinstance(page, bytes) else page_without_image(page)


def _renders(doc: ExtractedDocument, limits: ExtractionLimits) -> bool:
    return limits.render_pages and doc.mime_type == PDF_MIME


def _render_budget(limits: ExtractionLimits, started: float) -> Callable[[], bool]:
    deadline = started + limits.timeout_s * _RENDER_SHARE
    cpu = limits.cpu_seconds * _RENDER_SHARE

    def within() -> bool:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return time.monotonic() < deadline and usage.ru_utime + usage.ru_stime < cpu

    return within


def _parse(data: bytes, limits: ExtractionLimits) -> ExtractedDocument | bytes:
    """The document, or the error answer."""
    try:
        from pipelines.extraction.document import ExtractionError
        from pipelines.extraction.parse import extract_in_process

        try:
            return extract_in_process(data, limits)
        except ExtractionError as exc:
            return error_answer(exc.code, exc.reason)
    except (ImportError, OSError) as exc:
        # Under RLIMIT_AS, loading a shared library fails with "failed to map segment".
        if "map" in str(exc) or "alloc" in str(exc):
            return error_answer("resource_limit", _OOM)
        # The file is in memory: a parser that fails to open or import something is
        # refused by the sandbox or the host, which is not the file's doing.
        return _service_fault(f"{type(exc).__name__}: {exc}")
    except MemoryError:
        # The parse's frames are gone by now, so the message itself has memory to use.
        return error_answer("resource_limit", _OOM)
    except RecursionError:
        return error_answer("corrupt", _NESTED)


def _service_fault(detail: str) -> bytes:
    return error_answer(SANDBOX_UNAVAILABLE, SANDBOX_UNAVAILABLE_REASON, detail=detail)


class _OpenWatch:
    """Paths the isolated child opened or listed outside its own directory, seen through
    Python's audit events ("open" also covers imports). Everything a job needs is loaded
    before isolation, so the list stays empty unless a reader loads something lazily, which
    works only where the install happens to be readable to the sandbox's user."""

    def __init__(self) -> None:
        self.workdir: str | None = None
        self.outside: list[str] = []

    def start(self, workdir: str) -> None:
        self.workdir = os.path.realpath(workdir)
        sys.addaudithook(self._event)

    def _event(self, event: str, args: tuple[Any, ...]) -> None:
        if event not in ("open", "os.listdir", "os.scandir") or self.workdir is None:
            return
        path = args[0] if args else None
        if isinstance(path, bytes | os.PathLike):
            path = os.fsdecode(path)
        if not isinstance(path, str):
            return  # a descriptor: opened before
        full = os.path.normpath(os.path.join(self.workdir, path))
        if full != os.devnull and not full.startswith(self.workdir + os.sep):
            self.outside.append(full)


OPEN_WATCH = _OpenWatch()


def isolated_job(
    read_data: Callable[[], bytes],
    limits_d: dict[str, Any],
    workdir: str,
    job: Job,
    answer_fd: int | None = None,
) -> Iterator[bytes]:
    """Isolate this process, then read the file and run the job; both modes come here.
    ``answer_fd``: where OCR's time requests go at once (before the answer)."""
    limits = ExtractionLimits(**limits_d)
    if _address_space_bytes() >= limits.memory_mb * 1024 * 1024:
        # A limit below the parsers' own footprint: nothing could be allocated.
        yield error_answer("resource_limit", _OOM)
        return
    try:
        isolate(limits, workdir)
    except IsolationError as exc:
        yield _service_fault(str(exc))
        return
    OPEN_WATCH.start(workdir)
    if answer_fd is not None:
        TIME_REQUESTS.send = lambda seconds: write_all(answer_fd, time_request(seconds))
    yield from job(read_data(), limits_d)


def _import_parsers() -> None:
    """What a job needs, imported before isolation: afterwards the child may not be able
    to read the interpreter's own files (e.g. a Python under /root is closed to nobody)."""
    import encodings
    import pkgutil

    import docx  # noqa: F401
    import pdfplumber  # noqa: F401
    import pypdfium2  # noqa: F401
    from PIL import Image, WebPImagePlugin  # noqa: F401

    Image.preinit()  # the common picture formats' plugins (a DOCX's pictures are read)

    import pipelines.extraction.parse
    import pipelines.extraction.render  # noqa: F401

    # Codecs are looked up lazily (zipfile's cp437, a PDF font's encoding...).
    for codec in pkgutil.iter_modules(encodings.__path__):
        with contextlib.suppress(ImportError):
            __import__(f"encodings.{codec.name}")
    with contextlib.suppress(ImportError, OSError, RuntimeError):
        import pyseccomp  # noqa: F401 - missing: isolate() refuses, with the reason
    # Landlock's allow-lists, looked up once (in the fork server: for all its children).
    readable_paths(), executable_paths()
    if CMAPS_FLAG in sys.argv[1:]:
        # pdfminer opens a CID font's CMap on first use: from memory, once isolated.
        from pipelines.extraction import cmaps

        cmaps.preload()


def _claim_stdio() -> tuple[int, int]:
    """Move the request/answer pipes off fds 0/1, which become /dev/null: a stray print
    can never corrupt the protocol."""
    ctl_in, ctl_out = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)
    return ctl_in, ctl_out


def main(job: Job = run_job) -> int:
    ctl_in, ctl_out = _claim_stdio()
    # pdfminer logs a warning per odd font; stderr is only read for crash diagnosis.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    header = read_header(ctl_in)
    _warm_up()  # as the fork server does: the same code is loaded before isolation
    answer = isolated_job(
        lambda: read_exact(ctl_in, int(header["size"])),
        header["limits"],
        str(header["workdir"]),
        job,
        answer_fd=ctl_out,
    )
    for chunk in answer:
        write_all(ctl_out, chunk)
    return 0


# --------------------------------------------------------------------------- fork server


def _tiny_pdf() -> bytes:
    stream = b"BT /F1 12 Tf 72 720 Td (Warm up the parser caches) Tj ET"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources "
        b"<< /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offsets:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def _warm_up() -> None:
    """Import everything a job touches, and run one parse of each kind and one page
    render, so children never import (or load font metrics/CMaps) themselves."""
    import io

    import docx
    from pdfminer.pdfdocument import PDFEncryptionError  # noqa: F401

    from pipelines.extraction.parse import extract_in_process
    from pipelines.extraction.render import render_pages

    _import_parsers()
    buf = io.BytesIO()
    d = docx.Document()
    d.add_heading("Warm up", level=1)
    d.add_paragraph("Parser caches are loaded once, in the server.")
    d.add_table(rows=1, cols=2).cell(0, 0).text = "cell"
    d.save(buf)
    for sample in (_tiny_pdf(), buf.getvalue()):
        # Best effort: a reader that fails here fails the same way for the job, and says so.
        with contextlib.suppress(Exception):
            extract_in_process(sample)
    list(render_pages(_tiny_pdf(), 1, 72, lambda: True))
    json.dumps({"warm": [1.5, None, True]})
    "warm".encode("utf-16").decode("utf-16")


_LIBC: Any = None


def _load_libc() -> None:
    global _LIBC
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        _LIBC = libc if sys.platform.startswith("linux") and hasattr(libc, "prctl") else None
    except (OSError, AttributeError):
        _LIBC = None


def _address_space_bytes() -> int:
    try:
        with open("/proc/self/statm", "rb") as fh:
            return int(fh.read().split()[0]) * resource.getpagesize()
    except (OSError, ValueError, IndexError):
        return 0


def _child(ctl: tuple[int, int], child: _Child, job: Job) -> None:
    """Runs in the forked child; never returns. It isolates itself, then reads its file
    from the server (it may have been forked before the request came)."""
    code = 70
    w = child.answer_w
    try:
        for fd in (*ctl, child.answer_r, child.file_w):
            os.close(fd)
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGXCPU):
            signal.signal(sig, signal.SIG_DFL)
        if _LIBC is not None:  # die with the server; EPIPE and RLIMIT_CPU back this up
            _LIBC.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
        answer = isolated_job(lambda: read_frame(child.file_r), child.limits, child.workdir, job, w)
        for chunk in answer:
            write_all(w, chunk)
        write_all(w, END)
        os.close(w)  # the answer is whole now, before this process has finished exiting
        code = 0
    except MemoryError:
        try:
            write_all(w, error_answer("resource_limit", _OOM))
            code = 0
        except BaseException:  # noqa: S110 - nothing left to report with
            pass
    except BaseException:  # noqa: S110 - exit code 70 says "crashed"; the server maps it
        pass
    finally:
        os._exit(code)


@dataclass
class _Child:
    """A job's child as the server holds it: forked (and isolating itself) before its file
    is sent, so the next request need not wait for the fork and the isolation."""

    pid: int
    limits: dict[str, Any]
    workdir: str
    cleanup: contextlib.ExitStack  # the job's directory, removed when the job is over
    answer_r: int  # the child's answer pipe, read by the server
    answer_w: int
    file_r: int  # the file's pipe, written by the server
    file_w: int
    reaped: bool = False  # once reaped, its pid (and group id) may be another's
    stopped: bool = False

    def close_file(self) -> None:
        if self.file_w >= 0:
            os.close(self.file_w)
            self.file_w = -1

    def stop(self) -> None:
        """End whatever is left of the job (its group is killed; the leader may still be
        exiting) and remove its directory (once)."""
        if self.stopped:
            return
        self.stopped = True
        self.close_file()
        if not self.reaped:
            end_process_group(self.pid)
        with contextlib.suppress(OSError):
            os.close(self.answer_r)
        self.cleanup.close()

    def end(self) -> None:
        """Stop the job and reap its child."""
        self.stop()
        if not self.reaped:
            with contextlib.suppress(ChildProcessError):
                os.waitpid(self.pid, 0)
            self.reaped = True


def _fork_child(ctl: tuple[int, int], limits: dict[str, Any], job: Job) -> _Child:
    """A child for a job under ``limits``, in a fresh private directory, waiting for its
    file. The child leads its own process group, which holds whatever it starts
    (Tesseract), so the group ends as one."""
    cleanup = contextlib.ExitStack()
    workdir = cleanup.enter_context(job_workdir())
    answer_r, answer_w = os.pipe()
    file_r, file_w = os.pipe()
    child = _Child(-1, limits, workdir, cleanup, answer_r, answer_w, file_r, file_w)
    pid = os.fork()
    if pid == 0:
        os.setpgid(0, 0)
        _child(ctl, child, job)
    child.pid = pid
    os.close(answer_w)
    os.close(file_r)
    with contextlib.suppress(OSError):  # also here: no race with the child's own call
        os.setpgid(pid, pid)
    return child


def _supervise(child: _Child, timeout_s: float, cap: int, time_allowance: float) -> dict[str, Any]:
    """Read the child's answer with a wall-clock deadline (moved by OCR's time requests,
    within ``time_allowance``) and a size cap. A child that did not answer in full is ended
    with its group (whatever it started goes with it) and reaped here; one that did is left
    to ``_Child.stop`` and ``end``."""
    t0 = time.monotonic()
    got = collect(child.answer_r, t0 + timeout_s, cap, time_allowance)
    whole = None if got.timed_out or got.over_cap else complete_answer(got.output)
    if whole is not None:
        # Answered in full and on its way out (exit code 0): the caller need not wait for
        # the exit; the child is reaped once the answer has gone.
        meta = {"exit": 0, "timed_out": False, "over_cap": False}
        return {"meta": meta | {"ms": _ms_since(t0)}, "out": whole}
    end_process_group(child.pid)
    _, status = os.waitpid(child.pid, 0)
    child.reaped = True
    return {
        "meta": {
            "exit": os.waitstatus_to_exitcode(status),
            "timed_out": got.timed_out,
            "over_cap": got.over_cap,
            "ms": _ms_since(t0),
        },
        "out": got.output,
    }


def _ms_since(t0: float) -> float:
    return round((time.monotonic() - t0) * 1000, 2)


def _stop(signum: int, frame: Any) -> None:
    raise SystemExit(0)  # unwinds through the job's clean-up: its group, its directory


def _end_with_caller(caller: int) -> None:
    """SIGTERM (to clean up) when the calling process dies, even by SIGKILL."""
    signal.signal(signal.SIGTERM, _stop)
    if _LIBC is not None:
        _LIBC.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    if os.getppid() != caller:
        raise SystemExit(0)  # gone already


def serve(job: Job = run_job) -> int:
    caller = os.getppid()
    ctl = _claim_stdio()
    sys.dont_write_bytecode = True
    logging.disable(logging.CRITICAL)  # pdfminer warnings: nobody reads them here
    _load_libc()
    _end_with_caller(caller)
    sweep_stale_workdirs()
    _warm_up()
    gc.collect()
    gc.freeze()  # keep the warmed heap out of the children's collections (fewer COW copies)
    write_frame(ctl[1], READY)
    spare: _Child | None = None
    try:
        while True:
            try:
                header = read_header(ctl[0])
            except (EOFError, OSError):
                return 0  # the caller is gone
            limits = header["limits"]
            if spare is not None and spare.limits != limits:
                spare.end()  # forked for other limits: it is isolated under those
                spare = None
            child, spare = spare or _fork_child(ctl, limits, job), None
            try:
                result = _run(ctl[0], child, header)
                if result is None:
                    return 0  # the caller went away in the middle of its request
                # The job is over, folder and all, before its outcome goes out; a child that
                # answered in full is reaped after (its exit takes a few milliseconds).
                child.stop()
                send_result(ctl[1], result["meta"], result["out"])
            except OSError:
                return 0
            finally:
                child.end()  # done, or stopped mid-job (SIGTERM): the group, then the folder
            # Forked and isolated while the caller reads the answer: ready for the next.
            spare = _fork_child(ctl, limits, job)
    finally:
        if spare is not None:
            spare.end()


def _run(ctl_in: int, child: _Child, header: dict[str, Any]) -> dict[str, Any] | None:
    """One job: the request's file passed on to the child (the server keeps no copy while
    the child parses), then the child's answer. None when the caller's pipe closed first."""
    timeout_s, cap = float(header["limits"]["timeout_s"]), int(header["cap"])
    allowance = ocr_time_allowance(ExtractionLimits(**header["limits"]))
    try:
        forward_frame(ctl_in, child.file_w, int(header["size"]), time.monotonic() + timeout_s)
    except (EOFError, OSError):
        return None
    child.close_file()  # the child reads to the frame's end; nothing more comes
    return _supervise(child, timeout_s, cap, allowance)


def entry(job: Job = run_job) -> int:
    """``python -m`` entry for either mode (``SERVE_FLAG`` selects the fork server)."""
    return serve(job) if SERVE_FLAG in sys.argv[1:] else main(job)


if __name__ == "__main__":
    sys.exit(entry())
