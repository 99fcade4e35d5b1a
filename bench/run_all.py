"""Run every benchmark of ``make bench`` one after the other and end with each one's
headline, so the figures and their targets stand together on the last lines.

Run: ``.venv/bin/python bench/run_all.py`` (what ``make bench`` does). Each benchmark's
output streams as it runs; a benchmark's headline is its last non-empty line (each script
prints it there, with its target where it has one). A benchmark that fails is named with its
exit status, and the run goes on with the next.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable

# (name, arguments to the interpreter), in the order of the Makefile's former list.
BENCHMARKS: tuple[tuple[str, list[str]], ...] = (
    ("sections", ["bench/sections.py"]),
    ("extract", ["bench/extract.py"]),
    ("ocr", ["bench/ocr.py"]),
    ("pipeline", ["bench/pipeline.py"]),
    ("llm", ["bench/llm.py"]),
    ("listing", ["-m", "bench.listing"]),
    ("search", ["-m", "bench.search"]),
    ("rereview", ["bench/rereview.py"]),
    ("workspace", ["-m", "bench.workspace", "--reuse"]),
    ("contacts", ["-m", "bench.contacts"]),
    ("requirements", ["-m", "bench.requirements"]),
    ("jobs", ["bench/jobs.py"]),
    ("spelling", ["-m", "bench.spelling"]),
    ("findings", ["-m", "bench.findings"]),
    ("scan_parity", ["-m", "bench.scan_parity"]),
)


def run(name: str, args: list[str]) -> str:
    """Run one benchmark, streaming its output; its headline (or why there is none)."""
    print(f"\n=== bench {name} ===", flush=True)
    last = ""
    with subprocess.Popen(
        [PYTHON, *args], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    ) as process:
        assert process.stdout is not None
        for line in process.stdout:
            sys.stdout.write(line)
            if line.strip():
                last = line.strip()
        status = process.wait()
    if status != 0:
        return f"FAILED (exit {status}); last line: {last}"
    return last or "(printed nothing)"


def main() -> int:
    wanted = set(sys.argv[1:])
    headlines = [
        (name, run(name, args)) for name, args in BENCHMARKS if not wanted or name in wanted
    ]
    print("\n=== every benchmark's headline (figure and target) ===")
    for name, headline in headlines:
        print(f"{name:13} {headline}")
    return 1 if any(h.startswith("FAILED") for _, h in headlines) else 0


if __name__ == "__main__":
    sys.exit(main())
