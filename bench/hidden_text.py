"""Hidden text: which phrases a reader cannot see are left out and reported, and which
phrases a reader does see are kept, on a labelled set of generated resumes.

Run: ``.venv/bin/python bench/hidden_text.py [--engine pdfium|pdfplumber]``

The set is ``tests/hidden_blind/`` (issue 24): a helper who read neither the detector nor
its tests wrote the generator and typed the labels, and froze both by ``SHA256SUMS`` (checked
here) before the detector first ran on them. Each file hides one phrase (white, near-white,
1-2 pt, invisible render mode, off the page, clipped, in the colour of the shape behind it,
under a shape or an image drawn after it; DOCX vanish, white, 1 pt) or is a control whose
phrase a reader sees (light grey, white on navy, on a pale band or highlight, under a
translucent highlighter, a 6.5 pt footer, an image beside it; DOCX white in a dark cell, a
grey run).

A hidden phrase counts as flagged when it is not in the extracted text and the record's
``hidden_text`` holds it; a control's phrase counts as kept when it is in the text and not
in ``hidden_text``. Whitespace is collapsed on both sides (a phrase may wrap). The last line
is the headline: hidden phrases flagged, controls kept.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.extraction import ExtractionLimits  # noqa: E402
from pipelines.extraction.document import PDF_ENGINES  # noqa: E402
from pipelines.extraction.parse import extract_in_process  # noqa: E402

SET_DIR = ROOT / "tests" / "hidden_blind"


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def generate(folder: Path) -> list[dict]:
    """The set written into ``folder``; refuses a generator or labels changed since frozen."""
    for line in (SET_DIR / "SHA256SUMS").read_text().splitlines():
        digest, name = line.split()
        if hashlib.sha256((SET_DIR / name).read_bytes()).hexdigest() != digest:
            raise SystemExit(f"tests/hidden_blind/{name} changed since it was frozen")
    script = SET_DIR / "make_hidden_blind.py"
    subprocess.run([sys.executable, str(script), str(folder)], check=True, capture_output=True)
    return json.loads((SET_DIR / "labels.json").read_text())


def verdict(path: Path, phrase: str, engine: str) -> tuple[bool, bool]:
    """(phrase in the extracted text, phrase in the hidden-text record)."""
    limits = ExtractionLimits(pdf_engine=engine, render_pages=False)
    document = extract_in_process(path.read_bytes(), limits)
    wanted = _flat(phrase)
    hidden = " ".join(_flat(str(item.get("text", ""))) for item in document.hidden_text)
    return wanted in _flat(document.text), wanted in hidden


def run(engine: str, folder: Path, labels: list[dict]) -> tuple[int, int, int, int]:
    flagged = kept = 0
    hidden_n = sum(1 for entry in labels if entry["hidden"])
    for entry in labels:
        in_text, in_hidden = verdict(folder / entry["file"], entry["phrase"], engine)
        if entry["hidden"]:
            ok = not in_text and in_hidden
            flagged += ok
        else:
            ok = in_text and not in_hidden
            kept += ok
        state = "ok" if ok else "WRONG"
        where = f"text={'yes' if in_text else 'no'} hidden_record={'yes' if in_hidden else 'no'}"
        print(f"  [{engine}] {entry['file']:15} {entry['kind']:38} {state:5} {where}")
    return flagged, hidden_n, kept, len(labels) - hidden_n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--engine", choices=PDF_ENGINES, action="append")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        labels = generate(folder)
        for engine in args.engine or PDF_ENGINES:
            flagged, hidden_n, kept, controls = run(engine, folder, labels)
            print(
                f"FINAL {engine} hidden_blind: hidden flagged {flagged}/{hidden_n}, "
                f"controls kept {kept}/{controls} (false alarms {controls - kept})"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
