"""moto's S3 server whose request recorder writes one record at a time.

moto's recorder appends each request to its file as JSON and then a newline, from whichever
server thread handles the request; two uploads answered at once can interleave their
chunks, and the replay after a restart then stops with a 500 on the garbled line (the
fault harness's ``s3_restart`` failed CI on that). Serialising the recorder keeps every
line whole; a record torn by a ``kill -9`` can only be the last one, which
``bench.faults_support.PrivateS3`` drops before replaying.

Run as ``python -m testkit.s3_recorded_server -H HOST -p PORT`` (moto_server's arguments)."""

from __future__ import annotations

import functools
import sys
import threading
from typing import Any


def _serialised(record: Any) -> Any:
    lock = threading.Lock()

    @functools.wraps(record)
    def one_at_a_time(*args: Any, **kwargs: Any) -> Any:
        with lock:
            return record(*args, **kwargs)

    return one_at_a_time


def main(argv: list[str]) -> None:
    from moto.moto_api._internal.recorder.models import Recorder
    from moto.server import main as moto_main

    Recorder._record_request = _serialised(Recorder._record_request)  # type: ignore[method-assign]
    moto_main(argv)


if __name__ == "__main__":
    main(sys.argv[1:])
