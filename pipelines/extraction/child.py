"""The sandboxed side of ``pipelines.extraction.sandbox.extract_document``.

Two modes, the same parse and the same limits:

``python -m pipelines.extraction.child LIMITS_JSON``
    One-shot (the fallback): bytes on stdin, JSON on stdout. rlimits are set here, before
    anything is read or parsed, rather than in a ``preexec_fn`` (unsafe when the parent has
    threads).

``python -m pipelines.extraction.child --serve``
    A fork server ("zygote"). Started once per calling process, it imports pdfplumber and
    python-docx, warms their caches on two tiny documents, then waits for requests on its
    stdin. For each request it ``fork()``s a child that sets RLIMIT_AS/CPU/FSIZE/CORE,
    parses, writes JSON to a pipe and ``os._exit``s. The server itself never parses: it
    reads the child's pipe with a wall-clock deadline and an output cap, kills the child on
    either, reaps it and answers the caller with the raw outcome (exit code, timeout flag,
    output), which ``sandbox`` maps to ``ExtractionError`` exactly as for the one-shot
    child.

    Forking *this* process rather than the caller is deliberate: it is single-threaded,
    holds no database/Redis sockets and is small (~60 MB of address space), so the child's
    RLIMIT_AS means what it says and nothing inherited can be finalised by the child.

The frames and the answer are ``protocol``'s, shared with the caller.
"""

from __future__ import annotations

import contextlib
import gc
import json
import logging
import os
import resource
import select
import signal
import sys
import time
from typing import Any

from pipelines.extraction.protocol import (
    READY,
    SERVE_FLAG,
    document_answer,
    error_answer,
    read_request,
    send_result,
    write_all,
    write_frame,
)

_OOM = (
    "Reading the file needed too much memory and was stopped; the file may be damaged or "
    "deliberately oversized. Export it again and re-upload."
)
_NESTED = "The file's structure is too deeply nested to read; export it again and re-upload."


def _set_limits(memory_mb: int, cpu_seconds: int, *, no_files: bool = False) -> None:
    mem = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    # Soft limit -> SIGXCPU, hard limit a little later -> SIGKILL if SIGXCPU is ignored.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 2))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    if no_files:
        # The forked child writes only to its pipe; a parser writing files is refused
        # (EFBIG instead of SIGXFSZ, so it surfaces as an ordinary read failure).
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))


def run_job(data: bytes, limits_d: dict[str, Any]) -> bytes:
    """Parse and return the JSON answer (document or error). Never raises for a bad file."""
    try:
        from pipelines.extraction.document import ExtractionError, ExtractionLimits
        from pipelines.extraction.parse import extract_in_process

        try:
            doc = extract_in_process(data, ExtractionLimits(**limits_d))
        except ExtractionError as exc:
            return error_answer(exc.code, exc.reason)
        return document_answer(doc.to_json())
    except (ImportError, OSError) as exc:
        # Under RLIMIT_AS, loading a shared library fails with "failed to map segment".
        if "map" not in str(exc) and "alloc" not in str(exc):
            raise
        return error_answer("resource_limit", _OOM)
    except MemoryError:
        # The parse's frames are gone by now, so the message itself has memory to use.
        return error_answer("resource_limit", _OOM)
    except RecursionError:
        return error_answer("corrupt", _NESTED)


def main() -> int:
    limits_d = json.loads(sys.argv[1])
    # pdfminer logs a warning per odd font; stderr is only read for crash diagnosis.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    _set_limits(int(limits_d["memory_mb"]), int(limits_d["cpu_seconds"]))
    data = sys.stdin.buffer.read(int(limits_d["max_bytes"]) + 1)
    sys.stdout.buffer.write(run_job(data, limits_d))
    sys.stdout.flush()
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
    """Import everything a parse touches, and run one parse of each kind, so children
    never import (or load font metrics/CMaps) themselves."""
    import io

    import docx
    import pdfplumber  # noqa: F401
    from pdfminer.pdfdocument import PDFEncryptionError  # noqa: F401

    from pipelines.extraction.document import ExtractionError
    from pipelines.extraction.parse import extract_in_process

    buf = io.BytesIO()
    d = docx.Document()
    d.add_heading("Warm up", level=1)
    d.add_paragraph("Parser caches are loaded once, in the server.")
    d.add_table(rows=1, cols=2).cell(0, 0).text = "cell"
    d.save(buf)
    for sample in (_tiny_pdf(), buf.getvalue()):
        with contextlib.suppress(ExtractionError):
            extract_in_process(sample)
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


def _child(ctl: tuple[int, int], w: int, data: bytes, limits_d: dict[str, Any]) -> None:
    """Runs in the forked child; never returns."""
    code = 70
    try:
        for fd in ctl:
            os.close(fd)
        for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP, signal.SIGXCPU):
            signal.signal(sig, signal.SIG_DFL)
        if _LIBC is not None:  # die with the server; EPIPE and RLIMIT_CPU back this up
            _LIBC.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG (Linux)
        memory_mb = int(limits_d["memory_mb"])
        if _address_space_bytes() >= memory_mb * 1024 * 1024:
            # A limit below the parsers' own footprint: the one-shot child would fail its
            # imports; here nothing could be allocated. Same answer either way.
            write_all(w, error_answer("resource_limit", _OOM))
            os._exit(0)
        _set_limits(memory_mb, int(limits_d["cpu_seconds"]), no_files=True)
        write_all(w, run_job(data, limits_d))
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


def _supervise(pid: int, r: int, timeout_s: float, cap: int) -> dict[str, Any]:
    """Read the child's output with a wall-clock deadline and a size cap; reap it."""
    t0 = time.monotonic()
    deadline = t0 + timeout_s
    chunks: list[bytes] = []
    size = 0
    timed_out = over_cap = False
    poller = select.poll()
    poller.register(r, select.POLLIN | select.POLLHUP | select.POLLERR)
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            timed_out = True
            break
        if not poller.poll(max(1, int(left * 1000))):
            continue
        chunk = os.read(r, 1 << 20)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > cap:
            over_cap = True
            break
    if timed_out or over_cap:
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    return {
        "meta": {
            "exit": os.waitstatus_to_exitcode(status),
            "timed_out": timed_out,
            "over_cap": over_cap,
            "ms": round((time.monotonic() - t0) * 1000, 2),
        },
        "out": b"" if (timed_out or over_cap) else b"".join(chunks),
    }


def serve() -> int:
    # The control pipes move off fds 0/1, which become /dev/null: a stray print in the
    # server or a child can never corrupt the protocol.
    ctl_in, ctl_out = os.dup(0), os.dup(1)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.close(devnull)
    sys.dont_write_bytecode = True
    logging.disable(logging.CRITICAL)  # pdfminer warnings: nobody reads them here
    _warm_up()
    _load_libc()
    gc.collect()
    gc.freeze()  # keep the warmed heap out of the children's collections (fewer COW copies)
    write_frame(ctl_out, READY)
    while True:
        try:
            request = read_request(ctl_in)
        except (EOFError, OSError):
            return 0  # the caller is gone
        limits_d, cap = request.limits, request.cap
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(r)
            _child((ctl_in, ctl_out), w, request.data, limits_d)
        os.close(w)
        del request  # the file's bytes: the server keeps no copy while the child parses
        try:
            result = _supervise(pid, r, float(limits_d["timeout_s"]), cap)
        finally:
            os.close(r)
        try:
            send_result(ctl_out, result["meta"], result["out"])
        except OSError:
            return 0


if __name__ == "__main__":
    if sys.argv[1:] == [SERVE_FLAG]:
        sys.exit(serve())
    sys.exit(main())
