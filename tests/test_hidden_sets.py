"""Issue 24's hidden-text sets (``tests/hidden_blind*``, written by helpers who read neither
the detector nor its tests, frozen by hash): every hidden phrase left out and reported and
every visible control kept, with the default reader. Every set was tuned on after its
first run (hidden_blind 16/18, hidden_blind2 18/19, hidden_blind3 19/20, hidden_blind4 18/20
and hidden_blind5 16/20, each with one control lost), so these are development figures,
hidden_blind6 (first run 11/20), hidden_blind7 (first run 13/20) and hidden_blind8 (first
run 15/20, every PDF kind) included: each was developed on after its first run (the
rendering check for text that leaves no mark; DOCX text boxes, table styles, highlights,
exact row heights);
pdfplumber's documented gaps (render mode, clips, shapes) are held at their figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.hidden_text import generate, run
from pipelines.extraction.document import PDF_ENGINE_PDFPLUMBER, PDF_ENGINES

# (hidden phrases flagged, controls kept) per set and engine.
EXPECTED = {
    ("hidden_blind", "pdfium"): (18, 9),
    ("hidden_blind2", "pdfium"): (19, 10),
    ("hidden_blind", PDF_ENGINE_PDFPLUMBER): (9, 9),
    ("hidden_blind2", PDF_ENGINE_PDFPLUMBER): (10, 10),
    ("hidden_blind3", "pdfium"): (20, 10),
    ("hidden_blind3", PDF_ENGINE_PDFPLUMBER): (12, 10),
    ("hidden_blind4", "pdfium"): (20, 10),
    ("hidden_blind4", PDF_ENGINE_PDFPLUMBER): (12, 10),
    ("hidden_blind5", "pdfium"): (20, 10),
    ("hidden_blind5", PDF_ENGINE_PDFPLUMBER): (13, 10),
    ("hidden_blind6", "pdfium"): (18, 10),
    ("hidden_blind6", PDF_ENGINE_PDFPLUMBER): (10, 10),
    ("hidden_blind7", "pdfium"): (20, 10),
    ("hidden_blind7", PDF_ENGINE_PDFPLUMBER): (10, 10),
    ("hidden_blind8", "pdfium"): (20, 10),
    ("hidden_blind8", PDF_ENGINE_PDFPLUMBER): (13, 10),
    ("hidden_blind9", "pdfium"): (20, 10),
    ("hidden_blind9", PDF_ENGINE_PDFPLUMBER): (15, 10),
    # hidden_blind9 to 14: first runs 17, 15, 15, 18, 18 and 19 of 20 (pdfium), then tuned on.
    ("hidden_blind10", "pdfium"): (20, 10),
    ("hidden_blind10", PDF_ENGINE_PDFPLUMBER): (12, 10),
    ("hidden_blind11", "pdfium"): (20, 10),
    ("hidden_blind11", PDF_ENGINE_PDFPLUMBER): (13, 10),
    ("hidden_blind12", "pdfium"): (20, 10),
    ("hidden_blind12", PDF_ENGINE_PDFPLUMBER): (12, 10),
    ("hidden_blind13", "pdfium"): (20, 10),
    ("hidden_blind13", PDF_ENGINE_PDFPLUMBER): (12, 10),
    ("hidden_blind14", "pdfium"): (20, 10),
    ("hidden_blind14", PDF_ENGINE_PDFPLUMBER): (12, 10),
    # Frozen after hidden_blind14's tuning, never tuned on: their first runs, every kind.
    ("hidden_blind15", "pdfium"): (20, 10),
    ("hidden_blind15", PDF_ENGINE_PDFPLUMBER): (13, 10),
    ("hidden_blind16", "pdfium"): (20, 10),
    ("hidden_blind16", PDF_ENGINE_PDFPLUMBER): (11, 10),
}
SIZES = {
    "hidden_blind": (18, 9), "hidden_blind2": (19, 10), "hidden_blind3": (20, 10),
    "hidden_blind4": (20, 10), "hidden_blind5": (20, 10), "hidden_blind6": (20, 10),
    "hidden_blind7": (20, 10), "hidden_blind8": (20, 10), "hidden_blind9": (20, 10),
    "hidden_blind10": (20, 10), "hidden_blind11": (20, 10), "hidden_blind12": (20, 10),
    "hidden_blind13": (20, 10), "hidden_blind14": (20, 10), "hidden_blind15": (20, 10),
    "hidden_blind16": (20, 10),
}  # fmt: skip


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("name", sorted(SIZES))
def test_hidden_phrases_are_flagged_and_visible_ones_kept(
    name: str, engine: str, tmp_path: Path
) -> None:
    labels = generate(name, tmp_path)
    flagged, hidden_n, kept, controls = run(engine, tmp_path, labels, quiet=True)
    assert (hidden_n, controls) == SIZES[name]
    want_flagged, want_kept = EXPECTED[(name, engine)]
    assert flagged >= want_flagged
    assert kept == controls == want_kept  # no false alarm, whatever the reader
