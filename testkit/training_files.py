"""Training files of the learned layers: gzipped JSON lines, written byte-for-byte
reproducibly (no timestamp in the gzip header) so that a retrain shows as a real diff; and
the trainers themselves, loaded as modules by the tests that refit them."""

from __future__ import annotations

import gzip
import importlib.util
import json
from collections.abc import Iterable
from pathlib import Path
from types import ModuleType
from typing import Any


def write_jsonl_gz(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)
    with gzip.GzipFile(path, "wb", mtime=0) as out:
        out.write(lines.encode("utf-8"))


def read_jsonl_gz(path: Path) -> list[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        return [json.loads(line) for line in lines if line.strip()]


def load_script(path: Path) -> ModuleType:
    """A script of the repository (a trainer, a bench) imported as a module, for tests that
    refit or rerun what it does."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
