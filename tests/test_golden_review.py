"""`resume-review review --json` is a contract: the restructuring of the code (issue 9) must
not change one byte of it. The examples' reports are stored whole; the shared corpus's only as
hashes (its licences do not allow copying its text, which the reports quote). Only the
measured latency of each call differs between two runs; it is set to 0 before comparing."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CORPUS_DIR

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).with_name("golden")
SCRIPT = Path(sys.executable).with_name("resume-review")
LATENCY = re.compile(r'"latency_ms": \d+')


def review_json(files: list[str], tmp_path: Path) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "STORAGE_DIR")}
    env["INSTANCE_DIR"] = str(tmp_path)
    completed = subprocess.run(
        [str(SCRIPT), "review", "--json", *files],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.stdout, completed.stderr
    return [LATENCY.sub('"latency_ms": 0', line) for line in completed.stdout.splitlines()]


def test_examples_report_is_byte_identical(tmp_path: Path) -> None:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*.pdf"))
    files += sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*.docx"))
    expected = (GOLDEN / "review_examples.jsonl").read_text().splitlines()
    assert review_json(files, tmp_path) == expected


@pytest.mark.skipif(not CORPUS_DIR.is_dir(), reason="the shared corpus is not beside this clone")
def test_corpus_report_hashes_are_unchanged(tmp_path: Path) -> None:
    expected = json.loads((GOLDEN / "review_corpus_sha256.json").read_text())
    files = [str(CORPUS_DIR / name) for name in sorted(expected)]
    actual = {}
    for line in review_json(files, tmp_path):
        report = json.loads(line)
        report["file"] = Path(report["file"]).name
        encoded = json.dumps(report, sort_keys=True).encode()
        actual[report["file"]] = hashlib.sha256(encoded).hexdigest()
    assert actual == expected
