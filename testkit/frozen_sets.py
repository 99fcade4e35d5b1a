"""Labelled sets that ship their own generator (``tests/heldout/blind4`` to ``blind8``,
``tests/hidden_blind*``): each folder holds ``make_<name>.py``, hand-typed ``labels.json``
and ``SHA256SUMS`` written before anything was measured on it."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path
from typing import Any


def generate_frozen_set(source: Path, folder: Path) -> Any:
    """Run the set's generator into ``folder`` and return its labels as written; refuse a
    generator or labels changed since the set was frozen (SystemExit names the file)."""
    for line in (source / "SHA256SUMS").read_text().splitlines():
        digest, file_name = line.split()
        if hashlib.sha256((source / file_name).read_bytes()).hexdigest() != digest:
            raise SystemExit(f"{source / file_name} changed since it was frozen")
    script = source / f"make_{source.name}.py"
    subprocess.run([sys.executable, str(script), str(folder)], check=True, capture_output=True)
    return json.loads((source / "labels.json").read_text())
