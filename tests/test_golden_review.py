"""`resume-review review --json` is a contract: the restructuring of the code (issue 9) must
not change one byte of it. The examples' reports are stored whole; the shared corpus's only as
hashes (its licences do not allow copying its text, which the reports quote). Only the
measured latency of each call differs between two runs; it is set to 0 before comparing.

A deliberate change of behaviour regenerates both, and says in its commit which reports
changed and why: ``.venv/bin/python -m tests.test_golden_review`` prints that count."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
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


def example_files() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*.pdf"))
    return files + sorted(str(p.relative_to(ROOT)) for p in (ROOT / "examples").glob("*.docx"))


def corpus_hashes(names: list[str], tmp_path: Path) -> dict[str, str]:
    hashes = {}
    for line in review_json([str(CORPUS_DIR / name) for name in sorted(names)], tmp_path):
        report = json.loads(line)
        report["file"] = Path(report["file"]).name
        encoded = json.dumps(report, sort_keys=True).encode()
        hashes[report["file"]] = hashlib.sha256(encoded).hexdigest()
    return hashes


def test_examples_report_is_byte_identical(tmp_path: Path) -> None:
    expected = (GOLDEN / "review_examples.jsonl").read_text().splitlines()
    assert review_json(example_files(), tmp_path) == expected


@pytest.mark.skipif(not CORPUS_DIR.is_dir(), reason="the shared corpus is not beside this clone")
def test_corpus_report_hashes_are_unchanged(tmp_path: Path) -> None:
    expected = json.loads((GOLDEN / "review_corpus_sha256.json").read_text())
    assert corpus_hashes(list(expected), tmp_path) == expected


def regenerate() -> None:
    """Rewrite both golden files from the current code and say how many reports changed."""
    with tempfile.TemporaryDirectory() as tmp:
        examples = GOLDEN / "review_examples.jsonl"
        before = examples.read_text().splitlines()
        after = review_json(example_files(), Path(tmp))
        examples.write_text("\n".join(after) + "\n")
        corpus = GOLDEN / "review_corpus_sha256.json"
        expected = json.loads(corpus.read_text())
        actual = corpus_hashes(list(expected), Path(tmp))
        corpus.write_text(json.dumps(actual, indent=1, sort_keys=True) + "\n")
    changed = [name for name in actual if actual[name] != expected.get(name)]
    print(f"examples: {sum(a != b for a, b in zip(before, after, strict=False))} lines changed")
    print(f"corpus: {len(changed)} of {len(actual)} reports changed: {', '.join(changed)}")


if __name__ == "__main__":
    regenerate()
