"""Child process for ``extraction.extract_document``: bytes on stdin, JSON on stdout.

Limits arrive as JSON in argv[1]. rlimits are set here, first thing, rather than in a
``preexec_fn`` (which is unsafe when the parent has threads, as Celery workers do).
"""

from __future__ import annotations

import json
import logging
import resource
import sys


def _set_limits(memory_mb: int, cpu_seconds: int) -> None:
    mem = memory_mb * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (mem, mem))
    # Soft limit -> SIGXCPU, hard limit a little later -> SIGKILL if SIGXCPU is ignored.
    resource.setrlimit(resource.RLIMIT_CPU, (cpu_seconds, cpu_seconds + 2))
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


_OOM = (
    "Reading the file needed too much memory and was stopped; the file may be damaged or "
    "deliberately oversized. Export it again and re-upload."
)


def main() -> int:
    limits_d = json.loads(sys.argv[1])
    # pdfminer logs a warning per odd font; stderr is only read for crash diagnosis.
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    _set_limits(int(limits_d["memory_mb"]), int(limits_d["cpu_seconds"]))
    out = sys.stdout
    try:
        data = sys.stdin.buffer.read(int(limits_d["max_bytes"]) + 1)
        from pipelines.extraction import ExtractionError, ExtractionLimits, extract_in_process

        try:
            doc = extract_in_process(data, ExtractionLimits(**limits_d))
        except ExtractionError as exc:
            out.write(json.dumps({"error": {"code": exc.code, "reason": exc.reason}}))
            return 0
        out.write(json.dumps({"document": doc.to_json()}))
        return 0
    except (ImportError, OSError) as exc:
        # Under RLIMIT_AS, loading a shared library fails with "failed to map segment".
        if "map" not in str(exc) and "alloc" not in str(exc):
            raise
        out.write(json.dumps({"error": {"code": "resource_limit", "reason": _OOM}}))
        return 0
    except MemoryError:
        # Free what we can before writing: the message itself needs a little memory.
        out.write(
            json.dumps(
                {
                    "error": {
                        "code": "resource_limit",
                        "reason": "Reading the file needed too much memory and was stopped; "
                        "the file may be damaged or deliberately oversized. Export it "
                        "again and re-upload.",
                    }
                }
            )
        )
        return 0
    except RecursionError:
        out.write(
            json.dumps(
                {
                    "error": {
                        "code": "corrupt",
                        "reason": "The file's structure is too deeply nested to read; "
                        "export it again and re-upload.",
                    }
                }
            )
        )
        return 0


if __name__ == "__main__":
    sys.exit(main())
