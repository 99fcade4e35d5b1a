"""What the caller (``sandbox``) and the sandboxed process (``child``) say to each other.

Both launch modes end with the parse's answer, one JSON object: ``{"document": {...}}`` or
``{"error": {"code": ..., "reason": ...}}``. The one-shot child takes the limits as its only
argument and the file on stdin, and writes the answer on stdout. The fork server
(started with ``SERVE_FLAG``) speaks frames over its stdin/stdout pipes:

    frame = big-endian u32 length + payload
    server → caller once at start:  frame(READY)
    caller → server per request:    frame(json {"limits": {...}, "size": n, "cap": c})
                                    + n data bytes
    server → caller per request:    frame(json {"exit": int|None, "timed_out": bool,
                                    "over_cap": bool, "ms": float}) + frame(child output)

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
READY = b"ready"
# A request header is the limits and two numbers: far below this.
MAX_HEADER_BYTES = 1 << 20

_LENGTH = struct.Struct("!I")
_CHUNK = 1 << 20


# --------------------------------------------------------------------------- frames


def write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


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
    write_all(fd, _LENGTH.pack(len(payload)) + payload)


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


def send_request(fd: int, request: Request) -> None:
    header = {"limits": request.limits, "size": len(request.data), "cap": request.cap}
    write_frame(fd, json.dumps(header).encode())
    write_all(fd, request.data)


def read_request(fd: int) -> Request:
    header = json.loads(read_frame(fd, MAX_HEADER_BYTES))
    data = read_exact(fd, int(header["size"]))
    return Request(limits=header["limits"], cap=int(header["cap"]), data=data)


def send_result(fd: int, meta: dict[str, Any], output: bytes) -> None:
    write_frame(fd, json.dumps(meta).encode())
    write_frame(fd, output)


def read_result(fd: int, deadline: float) -> tuple[dict[str, Any], bytes]:
    meta = json.loads(read_frame(fd, deadline=deadline))
    return meta, read_frame(fd, deadline=deadline)


def document_answer(document: dict[str, Any]) -> bytes:
    return json.dumps({"document": document}).encode()


def error_answer(code: str, reason: str) -> bytes:
    return json.dumps({"error": {"code": code, "reason": reason}}).encode()


def decode_answer(output: bytes) -> Any:
    """The child's answer, or None when there is none or it is not JSON (a crash)."""
    if not output:
        return None
    try:
        return json.loads(output)
    except ValueError:
        return None
