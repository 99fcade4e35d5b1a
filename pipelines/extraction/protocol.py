"""What the caller (``sandbox``) and the sandboxed process (``child``) say to each other.

Both launch modes take the same request and end with the same answer. Everything is framed:

    frame = big-endian u32 length + payload
    request = frame(json {"limits": {...}, "size": n, "cap": c, "workdir": path|null})
              + n data bytes (the file)
    answer  = frame(json {"document": {...}, "pages": k})  then k page frames
            | frame(json {"error": {"code": ..., "reason": ..., "detail": ...}})
    page frame = frame(b"I" + encoded image) | frame(b"E" + why the page has none, UTF-8)

Before the answer the child may send time frames, frame(b"T" + seconds as ASCII): an OCR
page is starting and needs its budget; the supervisor moves its deadline by that much,
within the file's allowance (``collect``), and drops the frame.

The document comes first and each page image follows as soon as it is rendered, so the
images travel as raw bytes (no base64) and a child that dies while rendering still leaves
a complete document behind (its pages then have no image).

The one-shot child reads the request on stdin (the header before it isolates itself, the
data after) and writes the answer on stdout. The fork server (started with ``SERVE_FLAG``)
reads requests on its stdin (``workdir`` null: it makes one per job) and per request
answers with frame(json {"exit": int|None, "timed_out": bool, "over_cap": bool, "ms":
float}) + frame(the child's answer, as far as it came); once at start it says
frame(READY).

Reads take an optional deadline: the caller must not wait forever on a server that hangs;
the server blocks on its caller, whose going away (EOF) is its signal to exit.
"""

from __future__ import annotations

import json
import os
import select
import struct
import time
from dataclasses import dataclass
from typing import Any

SERVE_FLAG = "--serve"
# Given to a child that may parse with the pdfplumber engine: it preloads pdfminer's CMaps
# (8 MB), which the default engine never needs.
CMAPS_FLAG = "--cmaps"
READY = b"ready"
# A request header is the limits and two numbers: far below this.
MAX_HEADER_BYTES = 1 << 20

_LENGTH = struct.Struct("!I")
_CHUNK = 1 << 20


# --------------------------------------------------------------------------- frames


def write_all(fd: int, data: bytes, deadline: float | None = None) -> None:
    """All of ``data``; with a deadline, TimeoutError when the reader stops reading."""
    view = memoryview(data)
    if deadline is None:
        while view:
            view = view[os.write(fd, view) :]
        return
    os.set_blocking(fd, False)
    while view:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("the other side stopped reading")
        select.select([], [fd], [], left)
        try:
            view = view[os.write(fd, view) :]
        except BlockingIOError:
            continue


def _wait_readable(fd: int, deadline: float) -> None:
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no answer in time")
        ready, _, _ = select.select([fd], [], [], left)
        if ready:
            return


def read_exact(fd: int, n: int, deadline: float | None = None) -> bytes:
    """Exactly n bytes; EOFError when the other side closes first, TimeoutError when the
    deadline (``time.monotonic()``) passes first."""
    chunks: list[bytes] = []
    while n > 0:
        if deadline is not None:
            _wait_readable(fd, deadline)
        chunk = os.read(fd, min(n, _CHUNK))
        if not chunk:
            raise EOFError("the other side closed the pipe")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def write_frame(fd: int, payload: bytes) -> None:
    write_all(fd, frame(payload))


def read_frame(fd: int, max_len: int | None = None, deadline: float | None = None) -> bytes:
    (n,) = _LENGTH.unpack(read_exact(fd, _LENGTH.size, deadline))
    if max_len is not None and n > max_len:
        raise ValueError("frame too large")
    return read_exact(fd, n, deadline)


# --------------------------------------------------------------------------- messages


@dataclass(frozen=True)
class Request:
    limits: dict[str, Any]  # ExtractionLimits as a dict
    cap: int  # bytes of child output beyond which the child is killed
    data: bytes
    workdir: str | None = None  # the job's private directory (one-shot: made by the caller)


def send_request(fd: int, request: Request, deadline: float | None = None) -> None:
    header = {
        "limits": request.limits,
        "size": len(request.data),
        "cap": request.cap,
        "workdir": request.workdir,
    }
    write_all(fd, frame(json.dumps(header).encode()) + request.data, deadline)


def read_header(fd: int) -> dict[str, Any]:
    """A request's header; its ``size`` data bytes follow on ``fd``."""
    header = json.loads(read_frame(fd, MAX_HEADER_BYTES))
    if not isinstance(header, dict):
        raise ValueError("a request header is a JSON object")
    return header


def forward_frame(src: int, dst: int, size: int, deadline: float) -> None:
    """Pass ``size`` bytes from ``src`` on to ``dst`` as one frame, a chunk at a time (a
    fork server hands a request's file to its child without keeping a copy). All of them
    are read from ``src``, which stays in step for its next message, even when ``dst``
    stops taking them: a child that could not isolate itself has answered and gone, and
    its answer says why. EOFError when ``src`` closes first."""
    taken = _write_or_stop(dst, _LENGTH.pack(size), deadline)
    while size > 0:
        chunk = os.read(src, min(size, _CHUNK))
        if not chunk:
            raise EOFError("the other side closed the pipe")
        size -= len(chunk)
        taken = taken and _write_or_stop(dst, chunk, deadline)


def _write_or_stop(fd: int, data: bytes, deadline: float) -> bool:
    try:
        write_all(fd, data, deadline)
    except (OSError, TimeoutError):
        return False
    return True


def send_result(fd: int, meta: dict[str, Any], output: bytes) -> None:
    write_frame(fd, json.dumps(meta).encode())
    write_frame(fd, output)


def read_result(fd: int, deadline: float) -> tuple[dict[str, Any], bytes]:
    meta = json.loads(read_frame(fd, deadline=deadline))
    return meta, read_frame(fd, deadline=deadline)


# --------------------------------------------------------------------------- answers

_IMAGE = b"I"
_NO_IMAGE = b"E"
_TIME = b"T"  # before the answer: more wall clock asked for (time_request)
PAGE_FRAME_OVERHEAD = _LENGTH.size + 1


def frame(payload: bytes) -> bytes:
    return _LENGTH.pack(len(payload)) + payload


def document_answer(document: dict[str, Any], pages: int = 0) -> bytes:
    """The document's frame; ``pages`` page frames follow it."""
    return frame(json.dumps({"document": document, "pages": pages}).encode())


def error_answer(code: str, reason: str, detail: str | None = None) -> bytes:
    error = {"code": code, "reason": reason, "detail": detail}
    return frame(json.dumps({"error": error}).encode())


def page_image(image: bytes) -> bytes:
    return frame(_IMAGE + image)


def page_without_image(why: str) -> bytes:
    return frame(_NO_IMAGE + why.encode("utf-8", "replace")[:500])


@dataclass(frozen=True)
class Answer:
    """A decoded answer: its JSON, that JSON's size, and the page frames that arrived
    (image bytes, or the reason a page has none)."""

    payload: dict[str, Any]
    json_size: int
    pages: tuple[bytes | str, ...]


def _frames(output: bytes) -> list[bytes]:
    """The complete frames at the start of ``output`` (a torn last frame is dropped)."""
    frames = []
    pos = 0
    while pos + _LENGTH.size <= len(output):
        (n,) = _LENGTH.unpack_from(output, pos)
        if pos + _LENGTH.size + n > len(output):
            break
        frames.append(output[pos + _LENGTH.size : pos + _LENGTH.size + n])
        pos += _LENGTH.size + n
    return frames


# The last frame a fork server's child writes after a whole answer: the server then has the
# answer before the child has finished exiting, and strips it (the caller never sees it).
END = frame(b"")


def complete_answer(output: bytes) -> bytes | None:
    """``output`` without its END frame, when it is whole frames closed by END; else None
    (the child stopped before the end of its answer, or wrote something else)."""
    body = output[: -len(END)]
    if not body or not output.endswith(END):
        return None
    pos = 0
    while pos + _LENGTH.size <= len(body):
        (n,) = _LENGTH.unpack_from(body, pos)
        pos += _LENGTH.size + n
    return body if pos == len(body) else None


def decode_answer(output: bytes) -> Answer | None:
    """The child's answer, or None when there is none or it is not ours (a crash)."""
    frames = _frames(output)
    if not frames:
        return None
    try:
        payload = json.loads(frames[0])
    except ValueError:
        return None
    if not isinstance(payload, dict):
        return None
    pages = tuple(
        f[1:] if f[:1] == _IMAGE else f[1:].decode("utf-8", "replace") for f in frames[1:]
    )
    return Answer(payload, len(frames[0]), pages)


# --------------------------------------------------------------------------- supervision


@dataclass(frozen=True)
class Collected:
    output: bytes  # as far as it came (also on a timeout); empty when over the cap
    timed_out: bool
    over_cap: bool


def time_request(seconds: float) -> bytes:
    """A frame asking for ``seconds`` more of wall clock (one OCR page starting)."""
    return frame(_TIME + f"{seconds:.3f}".encode())


class _TimeRequests:
    """Reads the time frames at the head of an answer, granting each up to ``allowance``
    seconds in all; what follows them is the answer proper."""

    def __init__(self, allowance: float) -> None:
        self.left = max(0.0, allowance)
        self.head = b""
        self.done = allowance <= 0

    def take(self, chunk: bytes) -> tuple[bytes, float]:
        """(the answer's bytes in ``chunk``, seconds granted)."""
        if self.done:
            return chunk, 0.0
        self.head += chunk
        granted = 0.0
        while len(self.head) >= _LENGTH.size:
            (n,) = _LENGTH.unpack_from(self.head)
            if self.head[_LENGTH.size : _LENGTH.size + 1] not in (b"", _TIME):
                break  # the answer proper has started
            if len(self.head) < _LENGTH.size + n:
                return b"", granted  # a time frame, not complete yet
            asked = _seconds(self.head[_LENGTH.size + 1 : _LENGTH.size + n])
            grant = min(asked, self.left)
            self.left -= grant
            granted += grant
            self.head = self.head[_LENGTH.size + n :]
        if len(self.head) >= _LENGTH.size + 1:
            self.done = True
            rest, self.head = self.head, b""
            return rest, granted
        return b"", granted

    def flush(self) -> bytes:
        rest, self.head = self.head, b""
        return rest


def _seconds(text: bytes) -> float:
    try:
        value = float(text)
    except ValueError:
        return 0.0
    return value if 0 < value < float("inf") else 0.0


def collect(fd: int, deadline: float, cap: int, time_allowance: float = 0.0) -> Collected:
    """Read ``fd`` to EOF with a wall-clock deadline and a size cap (the caller kills the
    writer when either is hit). Time frames at the head of the answer move the deadline,
    by ``time_allowance`` seconds in all at most (OCR's pages: the deadline follows the
    pages a file turns out to have, within what its limits allow)."""
    chunks: list[bytes] = []
    size = 0
    requests = _TimeRequests(time_allowance)
    poller = select.poll()
    poller.register(fd, select.POLLIN | select.POLLHUP | select.POLLERR)
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return Collected(b"".join(chunks) + requests.flush(), timed_out=True, over_cap=False)
        if not poller.poll(max(1, int(left * 1000))):
            continue
        chunk = os.read(fd, _CHUNK)
        if not chunk:
            return Collected(b"".join(chunks) + requests.flush(), timed_out=False, over_cap=False)
        size += len(chunk)
        if size > cap:
            return Collected(b"", timed_out=False, over_cap=True)
        answer, granted = requests.take(chunk)
        deadline += granted
        chunks.append(answer)
