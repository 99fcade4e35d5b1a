"""Where the labelled real resumes are: ``$RESUME_CORPUS``, else ``../shared/corpus`` beside
the checkout. They are read in place, never copied in (their licences vary)."""

from __future__ import annotations

import os
from pathlib import Path

CORPUS_DIR = Path(
    os.environ.get("RESUME_CORPUS") or Path(__file__).resolve().parents[2] / "shared" / "corpus"
)
