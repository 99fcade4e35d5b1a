"""Production supervision is generated from the Procfile (``scripts/systemd_units.py``):
the committed units match it, and systemd reads the Procfile's commands unchanged."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "systemd_units.py"


def _module():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("systemd_units", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_committed_units_are_the_procfiles() -> None:
    run = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True,
                         text=True, check=False)  # fmt: skip
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_procfile_process_has_a_supervised_unit() -> None:
    module = _module()
    units = module.units()
    for name in module.procfile():
        text = units[f"resume-review-{name}.service"]
        assert "User=resume-review" in text and "EnvironmentFile=/etc/resume-review/env" in text
        if name != "release":
            assert (
                "Restart=always" in text and "MemoryMax=" in text and "KillSignal=SIGTERM" in text
            )
    # Celery's "%h" reaches the shell as is: systemd would read it as a home directory.
    assert "-n pipeline@%%h" in units["resume-review-worker.service"]
    assert "$${CELERY_PIPELINE_QUEUE:-pipeline}" in units["resume-review-worker.service"]


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is missing")
def test_systemd_accepts_the_units() -> None:
    for path in sorted((ROOT / "deploy" / "systemd").glob("*.service")):
        run = subprocess.run(["systemd-analyze", "verify", "--man=no", str(path)],
                             capture_output=True, text=True, check=False)  # fmt: skip
        assert run.returncode == 0, f"{path.name}: {run.stderr}"
