"""Prompt-injection detection: precision and recall on the labelled set, per language.

Run: ``.venv/bin/python bench/injection.py [-v] [--no-corpus] [--set SET]`` where SET is one
of cases, holdout, blind, blind2, blind3, blind4, blind5, blind6, blind7, blind8, blind9, blind10.

The labelled set is ``tests/injection/cases.jsonl`` (attempts and benign look-alikes in
English, German, French and Spanish; written before the detector was tuned on it); ``--set
holdout`` measures ``holdout.jsonl`` instead, written after the detector and never tuned on
at first, ``--set blind`` ``blind.jsonl`` (blind until the cue detector, a development set
since), ``--set blind2`` ``blind2.jsonl``, written by another engineer while the cues were
written (a development set since the general shapes), ``--set blind3`` ``blind3.jsonl``,
written by someone who never saw the detector, run once after the general shapes were
committed (see the README there), ``--set blind4`` ``blind4.jsonl`` (issue 24: most attempts
without the usual trigger words; its first run is the honest figure; tuned on since), ``--set
blind5`` ``blind5.jsonl`` (issue 24's second set, written after blind4's tuning; tuned on
since), ``--set blind6`` ``blind6.jsonl`` (issue 24's third, frozen before blind5's tuning,
first run after it; tuned on since), ``--set blind7`` ``blind7.jsonl`` (issue 24's fourth,
frozen before blind6's tuning, first run after it; tuned on since), ``--set blind8``
``blind8.jsonl`` (issue 24's fifth, frozen before blind7's tuning), ``--set blind9``
``blind9.jsonl`` (issue 24's sixth, frozen before blind8's tuning; tuned on since), ``--set
blind10`` ``blind10.jsonl`` (issue 24's seventh, frozen before blind9's tuning). A case counts as
detected when ``find_prompt_injections`` finds anything in its text. ``-v`` lists the misses
and the false alarms. Unless ``--no-corpus``, it also reads every resume of ``examples/``
and of the shared corpus (``$RESUME_CORPUS`` or ``../shared/corpus``, read in place) with
the in-process extractor and counts the files on which anything was detected (should be
none). The last line is the headline: overall precision and recall.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.extraction import ExtractionError, ExtractionLimits  # noqa: E402
from pipelines.extraction.parse import extract_in_process  # noqa: E402
from pipelines.review.injection import find_prompt_injections  # noqa: E402
from testkit.corpus import CORPUS_DIR  # noqa: E402

CASES = ROOT / "tests" / "injection" / "cases.jsonl"
# Written after the detector and never tuned on: the out-of-sample figure.
HOLDOUT = ROOT / "tests" / "injection" / "holdout.jsonl"
# Blind until the cue detector was written; used to develop it since.
BLIND = ROOT / "tests" / "injection" / "blind.jsonl"
# Written while the cue detector was written; a development set since the general shapes.
BLIND2 = ROOT / "tests" / "injection" / "blind2.jsonl"
# Written by someone who never saw the detector; run once after the general shapes.
BLIND3 = ROOT / "tests" / "injection" / "blind3.jsonl"
# Written for issue 24 by a helper who never read the detector; frozen by blind4.sha256.
BLIND4 = ROOT / "tests" / "injection" / "blind4.jsonl"
# The same brief, a second helper, after blind4's tuning; frozen by blind5.sha256.
BLIND5 = ROOT / "tests" / "injection" / "blind5.jsonl"
# A third helper, the same brief; frozen by blind6.sha256 before any tuning on blind5.
BLIND6 = ROOT / "tests" / "injection" / "blind6.jsonl"
# A fourth helper, a wider brief (17 forms); frozen by blind7.sha256 before blind6's tuning.
BLIND7 = ROOT / "tests" / "injection" / "blind7.jsonl"
# A fifth helper, 19 forms; frozen by blind8.sha256 before blind7's tuning.
BLIND8 = ROOT / "tests" / "injection" / "blind8.jsonl"
# A sixth helper who read nothing of the project, 29 forms; frozen by blind9.sha256 before
# blind8's tuning.
BLIND9 = ROOT / "tests" / "injection" / "blind9.jsonl"
# A seventh helper, the same brief, each case written natively; frozen by blind10.sha256
# before blind9's tuning.
BLIND10 = ROOT / "tests" / "injection" / "blind10.jsonl"
# An eighth helper who read nothing of the project, 42 forms; frozen by blind11.sha256
# before blind10's tuning.
BLIND11 = ROOT / "tests" / "injection" / "blind11.jsonl"
# A ninth helper, the same brief; frozen by blind12.sha256 before blind11's tuning.
BLIND12 = ROOT / "tests" / "injection" / "blind12.jsonl"
# A tenth helper, the same brief; frozen by blind13.sha256 before blind12's tuning.
BLIND13 = ROOT / "tests" / "injection" / "blind13.jsonl"
# An eleventh helper, the same brief; frozen by blind14.sha256 before the learned layer.
BLIND14 = ROOT / "tests" / "injection" / "blind14.jsonl"
# A twelfth helper, the same brief; frozen by blind15.sha256 before the learned layer was
# retrained.
BLIND15 = ROOT / "tests" / "injection" / "blind15.jsonl"
SETS = {
    "cases": CASES, "holdout": HOLDOUT, "blind": BLIND, "blind2": BLIND2, "blind3": BLIND3,
    "blind4": BLIND4, "blind5": BLIND5, "blind6": BLIND6, "blind7": BLIND7,
    "blind8": BLIND8, "blind9": BLIND9, "blind10": BLIND10, "blind11": BLIND11,
    "blind12": BLIND12, "blind13": BLIND13, "blind14": BLIND14,
    "blind15": BLIND15,
}  # fmt: skip
LANGUAGES = ("en", "de", "fr", "es")


@dataclass
class Tally:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0

    @property
    def precision(self) -> float:
        flagged = self.true_positive + self.false_positive
        return self.true_positive / flagged if flagged else 1.0

    @property
    def recall(self) -> float:
        attempts = self.true_positive + self.false_negative
        return self.true_positive / attempts if attempts else 1.0

    def add(self, is_attempt: bool, flagged: bool) -> None:
        if is_attempt and flagged:
            self.true_positive += 1
        elif is_attempt:
            self.false_negative += 1
        elif flagged:
            self.false_positive += 1
        else:
            self.true_negative += 1


def load_cases(path: Path = CASES) -> list[dict[str, str]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score_cases(cases: list[dict[str, str]]) -> tuple[dict[str, Tally], list[dict[str, str]]]:
    """Tallies per language (and "all") and the cases the detector got wrong."""
    tallies: dict[str, Tally] = defaultdict(Tally)
    wrong = []
    for case in cases:
        is_attempt = case["label"] == "injection"
        flagged = bool(find_prompt_injections(case["text"]))
        tallies[case["lang"]].add(is_attempt, flagged)
        tallies["all"].add(is_attempt, flagged)
        if is_attempt != flagged:
            wrong.append(case)
    return tallies, wrong


def resume_files() -> list[Path]:
    corpus = CORPUS_DIR
    files = sorted((ROOT / "examples").glob("*.pdf")) + sorted((ROOT / "examples").glob("*.docx"))
    if corpus.is_dir():
        files += sorted(p for p in corpus.iterdir() if p.suffix in (".pdf", ".docx"))
    return files


def false_alarms_on_resumes() -> tuple[int, list[str]]:
    """How many resumes were read, and a line for each detection on one of them."""
    read = 0
    alarms = []
    for path in resume_files():
        try:
            text = extract_in_process(path.read_bytes(), ExtractionLimits()).text
        except ExtractionError:
            continue  # the scan without a text layer: nothing to read
        read += 1
        for match in find_prompt_injections(text):
            alarms.append(f"{path.name}: {match.label}: {match.quote(text)!r}")
    return read, alarms


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list the errors")
    parser.add_argument("--no-corpus", action="store_true", help="skip the resumes")
    parser.add_argument("--set", choices=tuple(SETS), default="cases")
    args = parser.parse_args(argv)
    path = SETS[args.set]
    cases = load_cases(path)
    tallies, wrong = score_cases(cases)
    print(f"{len(cases)} cases from {path.relative_to(ROOT)}")
    print("| language | attempts | benign | precision | recall | missed | false alarms |")
    print("|---|---|---|---|---|---|---|")
    for lang in (*LANGUAGES, "all"):
        t = tallies[lang]
        attempts = t.true_positive + t.false_negative
        benign = t.false_positive + t.true_negative
        print(
            f"| {lang} | {attempts} | {benign} | {t.precision:.3f} | {t.recall:.3f} | "
            f"{t.false_negative} | {t.false_positive} |"
        )
    if args.verbose:
        for case in wrong:
            kind = "missed" if case["label"] == "injection" else "false alarm"
            print(f"  {kind} [{case['lang']}/{case['form']}]: {case['text']!r}")
    if not args.no_corpus:
        read, alarms = false_alarms_on_resumes()
        print(f"resumes read (examples/ and the shared corpus): {read}; detections: {len(alarms)}")
        for line in alarms:
            print(f"  {line}")
    overall = tallies["all"]
    print(f"overall precision {overall.precision:.3f} recall {overall.recall:.3f}")


if __name__ == "__main__":
    main()
