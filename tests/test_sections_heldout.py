"""Section headings and types on three sets, scored by bench/sections.py's matching rule.

held-out: testkit/heldout_resumes.py, a generator written apart from the splitter's tuning,
whose labels were frozen in tests/heldout/labels.json before the splitter was tuned on it.
corpus and generated: the figures measured before that tuning are floors (no drop).
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Callable
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


# Issue 24's sets with their own generator (each a helper's, frozen by hash before its first
# run; tests/heldout/README.md has the story of each): labelled headings, then the floors
# now held on both engines: headings found, false headings at most, headings typed right.
GENERATED_FLOORS = {
    # first run F1 0.963 / type 0.896; tuned on since
    "blind4": (153, 153, 0, 153),
    # first run 0.848 / 0.958; tuned on since
    "blind5": (173, 169, 1, 169),
    # first run 0.945 / 0.955 (frozen before blind5's tuning); tuned on since
    "blind6": (170, 170, 0, 170),
    # first run 0.926 / 0.949 (frozen before blind6's tuning); tuned on since
    "blind7": (155, 154, 0, 154),
    # first run 0.957 / 0.884 (frozen before blind7's tuning); tuned on since
    "blind8": (159, 159, 0, 158),
    # 0.929 / 0.933 before blind8's tuning, its first run after it 0.942 / 0.929; tuned on
    # since (with blind10 and blind11)
    "blind9": (167, 163, 3, 163),
    # frozen after blind8's tuning: first run 0.915 / 0.955; tuned on since
    "blind10": (170, 164, 5, 164),
    # frozen before blind9's and blind10's tuning: first run 0.900 / 0.924; tuned on since
    "blind11": (176, 172, 0, 172),
    # frozen before blind9-blind11's tuning: first run 0.954 / 0.909; tuned and trained on
    "blind12": (183, 178, 3, 177),
    # frozen after blind9-blind11's tuning: first run 0.941 / 0.909; tuned and trained on
    "blind13": (182, 181, 1, 181),
    # frozen before the learned typer's policy: first run 0.956 / 0.874; tuned, trained on
    "blind14": (186, 185, 1, 185),
    # frozen before the content model's last change: first run 0.984 / 0.966; trained on
    "blind15": (183, 179, 2, 179),
    # frozen before blind15's training: first run 0.961 / 0.965; tuned and trained on
    "blind16": (184, 183, 1, 183),
    # frozen before blind16's tuning: first run 0.992 / 0.972; tuned and trained on
    "blind17": (183, 183, 0, 183),
    # frozen before the second helper's training data: first run 0.997 / 0.979; tuned on
    "blind18": (192, 192, 0, 192),
    # frozen before blind18's tuning, never tuned or trained on: first run 1.000 / 0.983
    "blind19": (172, 172, 0, 169),
}


@pytest.fixture(scope="module")
def generated_sets(
    tmp_path_factory: pytest.TempPathFactory,
) -> Callable[[str], tuple[Path, list[dict]]]:
    """Each generated set made once for this module (both engines read the same files)."""
    from bench.sections import generated_set

    made: dict[str, tuple[Path, list[dict]]] = {}

    def get(name: str) -> tuple[Path, list[dict]]:
        if name not in made:
            folder = tmp_path_factory.mktemp(name)
            made[name] = folder, [entry for _, entry in generated_set(name, folder)]
        return made[name]

    return get


@pytest.mark.parametrize("engine", PDF_ENGINES)
@pytest.mark.parametrize("name", list(GENERATED_FLOORS))
def test_generated_blind_figures_do_not_drop(
    name: str, engine: str, generated_sets: Callable[[str], tuple[Path, list[dict]]]
) -> None:
    gold, found, false, typed = GENERATED_FLOORS[name]
    folder, entries = generated_sets(name)
    totals = _pooled(folder, entries, engine)
    assert totals["gold"] == gold
    assert totals["matched"] >= found and totals["pred"] - totals["matched"] <= false
    assert totals["type_ok"] >= typed


@pytest.mark.skipif(not CORPUS_DIR.is_dir(), reason="the shared corpus is not beside this clone")
@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_corpus_figures_do_not_drop(engine: str) -> None:
    entries = json.loads((CORPUS_DIR / "labels.json").read_text())
    totals = _pooled(CORPUS_DIR, entries, engine)
    precision, recall, _f1, type_accuracy = _figures(totals)
    # Before the held-out tuning: 99 of 102 headings, none false, 94 typed right; then 97;
    # 95 since the learned typer, which types by meaning four titles this corpus's labeller
    # calls other ("Invited Talks" publications, "Leadership experience" experience, …).
    assert precision == 1.0
    assert recall >= 99 / 102
    assert type_accuracy >= 95 / 99


@pytest.mark.parametrize("engine", PDF_ENGINES)
def test_generated_figures_do_not_drop(engine: str, tmp_path: Path) -> None:
    totals = _pooled(tmp_path, generate_all(tmp_path), engine)
    assert _figures(totals) == (1.0, 1.0, 1.0, 1.0)
