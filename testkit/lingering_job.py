"""A test-only job for the extraction sandbox that plays a parser trying to leave work
behind: ``python -m testkit.lingering_job [--serve]``.

After isolation it starts the OCR engine (the one program the child may run) on a pipe
whose write end Tesseract holds itself, so it waits for ever; tries to start a second one
in a session of its own (out of the job's process group); writes a file in its folder;
then sleeps past any deadline. The supervisor must end them all at the deadline and
remove the folder.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from typing import Any

from pipelines.extraction import child
from pipelines.extraction.ocr import tesseract_binary

LINGERING_MODULE = "testkit.lingering_job"


def linger(data: bytes, limits: dict[str, Any]) -> Iterator[bytes]:
    binary = tesseract_binary() or "tesseract"
    command = [binary, "stdin", "stdout"]
    # Tesseract holds the write end of its own input too: it never sees EOF, so it waits
    # for ever, even once this process is gone.
    r, w = os.pipe()
    spawn = {"stdin": r, "stdout": subprocess.DEVNULL, "pass_fds": (w,)}
    waiting = subprocess.Popen(command, **spawn)  # type: ignore[call-overload]
    try:
        subprocess.Popen(command, start_new_session=True, **spawn)  # type: ignore[call-overload]
        escaped = "started"
    except (OSError, subprocess.SubprocessError) as exc:
        escaped = f"refused: {exc}"
    with open("left-behind.txt", "w") as fh:
        fh.write(json.dumps({"tesseract": waiting.pid, "own_session": escaped}))
    time.sleep(3600)
    yield b""


if __name__ == "__main__":
    sys.exit(child.entry(linger))
