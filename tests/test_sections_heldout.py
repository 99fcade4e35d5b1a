"""Section headings and types on three sets, scored by bench/sections.py's matching rule.

held-out: testkit/heldout_resumes.py, a generator written apart from the splitter's tuning,
whose labels were frozen in tests/heldout/labels.json before the splitter was tuned on it.
corpus and generated: the figures measured before that tuning are floors (no drop).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from pathlib import Path

import pytest

from bench.sections import score_file
from pipelines.extraction import ExtractionLimits
from pipelines.extraction.document import PDF_ENGINES
from testkit.heldout_resumes import generate_heldout
from testkit.resume_factory import generate_all
from tests.conftest import CORPUS_DIR

HELDOUT_LABELS = Path(__file__).with_name("heldout") / "labels.json"
BLIND_LABELS = Path(__file__).with_name("heldout") / "blind_labels.json"
BLIND2_LABELS = Path(__file__).with_name("heldout") / "blind2_labels.json"
BLIND3_LABELS = Path(__file__).with_name("heldout") / "blind3_labels.json"


def _pooled(folder: Path, entries: list[dict], engine: str) -> Counter[str]:
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    limits = ExtractionLimits(pdf_engine=engine)
    totals: Counter[str] = Counter()
    for entry in entries:
        if entry.get("has_text_layer") is False:
            continue
        result = score_file(folder / entry["file"], entry["sections"], limits)
        for key in ("pred", "gold", "matched", "type_ok"):
            totals[key] += result[key]
    return totals


def _figures(totals: Counter[str]) -> tuple[float, float, float, float]:
    """precision, recall, F1, type accuracy."""
    precision = totals["matched"] / totals["pred"]
    recall = totals["matched"] / totals["gold"]
    f1 = 2 * precision * recall / (precision + recall)
    return precision, recall, f1, totals["type_ok"] / totals["matched"]


@pytest.fixture(scope="module")
def heldout_dir(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict]]:
    folder = tmp_path_factory.mktemp("heldout")
    return folder, generate_heldout(folder)


def test_generator_still_matches_the_frozen_labels(heldout_dir: tuple[Path, list[dict]]) -> None:
    _folder, entries = heldout_dir
    frozen = json.loads(HELDOUT_LABELS.read_text())
    assert len(frozen) >= 40
    assert entries == frozen


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_heldout_heading_f1_and_type_accuracy(
    engine: str, heldout_dir: tuple[Path, list[dict]]
) -> None:
    folder, _entries = heldout_dir
    frozen = json.loads(HELDOUT_LABELS.read_text())
    _p, _r, f1, type_accuracy = _figures(_pooled(folder, frozen, engine))
    assert f1 >= 0.98
    assert type_accuracy >= 0.97


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_blind_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    """The first blind set: measured untuned (213 of 369 headings found, F1 0.731, type
    accuracy 0.770), then tuned on (360 found, 1 false, 350 typed right: F1 0.986, type
    accuracy 0.972, both engines); typing by roots then gave 366 found, none false, 364
    typed right (F1 0.996, type accuracy 0.995). Those are now floors (see
    tests/heldout/README.md)."""
    entries = generate_heldout(tmp_path, "blind")
    assert entries == json.loads(BLIND_LABELS.read_text())
    totals = _pooled(tmp_path, entries, engine)
    assert totals["gold"] == 369
    assert totals["matched"] >= 366 and totals["pred"] - totals["matched"] <= 0
    assert totals["type_ok"] >= 364


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_second_blind_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    """The second blind set: first figures 245 of 383 headings found, 25 false, 176 typed
    right (F1 0.750, type accuracy 0.718); after the two fixes its misses showed, 250 found,
    5 false, 209 typed right (F1 0.784, type accuracy 0.836). Then used as a development set
    for typing by roots: 382 found, none false, 382 typed right (F1 0.999, type accuracy
    1.000), both engines: a floor."""
    entries = generate_heldout(tmp_path, "blind2")
    assert entries == json.loads(BLIND2_LABELS.read_text())
    totals = _pooled(tmp_path, entries, engine)
    assert totals["gold"] == 383
    assert totals["matched"] >= 382 and totals["pred"] - totals["matched"] <= 0
    assert totals["type_ok"] >= 382


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_third_blind_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    """The third blind set (titles written apart, labels frozen before its first run): first
    figures 355 of 368 headings found, 2 false, 354 typed right (precision 0.994, recall
    0.965, F1 0.979, type accuracy 0.997), both engines, untuned: a floor."""
    entries = generate_heldout(tmp_path, "blind3")
    assert entries == json.loads(BLIND3_LABELS.read_text())
    totals = _pooled(tmp_path, entries, engine)
    assert totals["gold"] == 368
    assert totals["matched"] >= 355 and totals["pred"] - totals["matched"] <= 2
    assert totals["type_ok"] >= 354


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_fourth_blind_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    """The fourth blind set (issue 24: its own generator and labels, frozen before its first
    run): first figures F1 0.963, type accuracy 0.896; tuned on since: all 153 headings
    found, none false, 148 typed right (F1 1.000, type accuracy 0.967), both engines."""
    from bench.sections import generated_set

    items = generated_set("blind4", tmp_path)
    totals = _pooled(tmp_path, [entry for _, entry in items], engine)
    assert totals["gold"] == 153
    assert totals["matched"] == 153 and totals["pred"] == 153
    assert totals["type_ok"] >= 148


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_fifth_blind_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    """The fifth blind set (issue 24's second: its own generator and labels by another
    helper, frozen before its first run): first 142 of 173 headings found, 20 false, 136
    typed right (F1 0.848, type accuracy 0.958); tuned on since (a development set): 167
    found, 1 false, 163 typed right (F1 0.979, type 0.976), both engines: a floor."""
    from bench.sections import generated_set

    items = generated_set("blind5", tmp_path)
    totals = _pooled(tmp_path, [entry for _, entry in items], engine)
    assert totals["gold"] == 173
    assert totals["matched"] >= 167 and totals["pred"] - totals["matched"] <= 1
    assert totals["type_ok"] >= 163


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_sixth_blind_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    """The sixth blind set (issue 24's third: a third helper's generator and labels, frozen
    before its first run): first 155 of 170 headings found, 3 false, 148 typed right (F1
    0.945, type accuracy 0.955); tuned on since (a development set): all 170 found, none
    false, 166 typed right (F1 1.000, type accuracy 0.976), both engines: a floor."""
    from bench.sections import generated_set

    items = generated_set("blind6", tmp_path)
    totals = _pooled(tmp_path, [entry for _, entry in items], engine)
    assert totals["gold"] == 170
    assert totals["matched"] == 170 and totals["pred"] == 170
    assert totals["type_ok"] >= 166


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_seventh_blind_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    """The seventh blind set (issue 24's fourth: a fourth helper's generator and labels,
    frozen before blind6's tuning): first 137 of 155 headings found, 4 false, 130 typed
    right (F1 0.926, type accuracy 0.949); tuned on since (a development set): 152 found,
    none false, 146 typed right (F1 0.990, type 0.961), both engines: a floor."""
    from bench.sections import generated_set

    items = generated_set("blind7", tmp_path)
    totals = _pooled(tmp_path, [entry for _, entry in items], engine)
    assert totals["gold"] == 155
    assert totals["matched"] >= 152 and totals["pred"] == totals["matched"]
    assert totals["type_ok"] >= 146


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_eighth_blind_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    """The eighth blind set (issue 24's fifth: a fifth helper's generator and labels,
    frozen before blind7's tuning): first 146 of 159 headings found, none false, 129 typed
    right (F1 0.957, type accuracy 0.884); tuned on since (a development set): 159 found,
    none false, 149 typed right (F1 1.000, type 0.937), both engines: a floor."""
    from bench.sections import generated_set

    items = generated_set("blind8", tmp_path)
    totals = _pooled(tmp_path, [entry for _, entry in items], engine)
    assert totals["gold"] == 159
    assert totals["matched"] >= 159 and totals["pred"] == totals["matched"]
    assert totals["type_ok"] >= 149


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_ninth_blind_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    """The ninth blind set (issue 24's sixth: a sixth helper's generator and labels, frozen
    before blind8's tuning), untuned: 150 of 167 found, 6 false before that tuning (F1
    0.929, type 0.933); after it, its first run since, 154 found, 6 false, 143 typed right
    (F1 0.942, type accuracy 0.929), both engines: a floor."""
    from bench.sections import generated_set

    items = generated_set("blind9", tmp_path)
    totals = _pooled(tmp_path, [entry for _, entry in items], engine)
    assert totals["gold"] == 167
    assert totals["matched"] >= 154 and totals["pred"] - totals["matched"] <= 6
    assert totals["type_ok"] >= 143


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_tenth_blind_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    """The tenth blind set (issue 24's seventh: a seventh helper's generator and labels,
    frozen after blind8's tuning), first run: 157 of 170 found, 16 false, 150 typed right
    (F1 0.915, type accuracy 0.955), both engines: a floor."""
    from bench.sections import generated_set

    items = generated_set("blind10", tmp_path)
    totals = _pooled(tmp_path, [entry for _, entry in items], engine)
    assert totals["gold"] == 170
    assert totals["matched"] >= 157 and totals["pred"] - totals["matched"] <= 16
    assert totals["type_ok"] >= 150


@pytest.mark.skipif(not CORPUS_DIR.is_dir(), reason="the shared corpus is not beside this clone")
@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_corpus_figures_do_not_drop(engine: str) -> None:
    entries = json.loads((CORPUS_DIR / "labels.json").read_text())
    totals = _pooled(CORPUS_DIR, entries, engine)
    precision, recall, _f1, type_accuracy = _figures(totals)
    # Before the held-out tuning: 99 of 102 headings, none false, 94 typed right; now 97.
    assert precision == 1.0
    assert recall >= 99 / 102
    assert type_accuracy >= 97 / 99


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_generated_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    totals = _pooled(tmp_path, generate_all(tmp_path), engine)
    assert _figures(totals) == (1.0, 1.0, 1.0, 1.0)
