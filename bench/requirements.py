"""Requirement matcher benchmark (issue 19): the offline matcher's verdicts on the shared
corpus against six hand-labelled jobs, and how its fit score ranks each job's candidates.

Run: ``.venv/bin/python -m bench.requirements [--show-misses]`` (from the project root).

The labels (``tests/labels/job_requirements.json``) were written by hand before any matcher
existed and frozen by ``tests/labels/job_requirements.sha256`` (checked here). Two jobs,
``product-manager`` and ``fullstack-js-berlin``, are held out: their verdicts were never
looked at while the matcher was tuned (their figures are printed apart). Printed: the
verdict accuracy on must-haves and on all requirements (four verdicts, exact), the
confusion of must-have verdicts, ``met`` without evidence (must be 0), evidence that is not
the text at its offsets (must be 0), and per job the Spearman rank correlation of the fit
score with the hand ranking. Target: must-have accuracy >= 0.85. The last line is the
summary.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
LABELS = ROOT / "tests" / "labels" / "job_requirements.json"
LABELS_HASH = ROOT / "tests" / "labels" / "job_requirements.sha256"
HELD_OUT = ("product-manager", "fullstack-js-berlin")
TARGET_MUST = 0.85
# The labels count "Present" to early 2026.
LABELLED_ON = datetime(2026, 2, 1, tzinfo=UTC)
# A second set, three other jobs, written by someone who had read neither the matcher nor
# the first set, after the matcher was tuned: every job is held out.
BLIND = ROOT / "tests" / "labels" / "job_requirements_blind.json"
BLIND_HASH = ROOT / "tests" / "labels" / "job_requirements_blind.sha256"
BLIND_LABELLED_ON = datetime(2026, 12, 6, tzinfo=UTC)


def spearman(ours: list[float], theirs: list[float]) -> float:
    def ranks(values: list[float]) -> list[float]:
        order = sorted(range(len(values)), key=lambda i: values[i])
        result = [0.0] * len(values)
        i = 0
        while i < len(order):
            j = i
            while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
                j += 1
            for k in range(i, j + 1):
                result[order[k]] = (i + j) / 2
            i = j + 1
        return result

    a, b = ranks(ours), ranks(theirs)
    n = len(a)
    mean_a, mean_b = sum(a) / n, sum(b) / n
    cov = sum((x - mean_a) * (y - mean_b) for x, y in zip(a, b, strict=True))
    var = (sum((x - mean_a) ** 2 for x in a) * sum((y - mean_b) ** 2 for y in b)) ** 0.5
    return cov / var if var else 0.0


@dataclass
class Figures:
    must_accuracy: dict[str, float]
    all_accuracy: dict[str, float]
    confusion: Counter[tuple[str, str]]
    correlations: dict[str, float]
    met_without_evidence: int
    not_verbatim: int
    misses: list[str] = field(default_factory=list)


def measure(
    labels: Path = LABELS,
    labels_hash: Path = LABELS_HASH,
    held_out: tuple[str, ...] | None = HELD_OUT,
    labelled_on: datetime = LABELLED_ON,
) -> Figures:
    """Every job x resume x requirement judged and compared with its label; ``held_out``
    None: every job of the set is held out."""
    from pipelines.extraction import extract_in_process
    from pipelines.jobs import fit_score
    from pipelines.jobs.matcher import judge, resume_text

    digest = hashlib.sha256(labels.read_bytes()).hexdigest()
    if digest != labels_hash.read_text().split()[0]:
        sys.exit(f"{labels.name} changed since it was frozen")
    jobs = json.loads(labels.read_text())["jobs"]
    files = sorted(jobs[0]["verdicts"])
    resumes = {
        name: resume_text(extract_in_process((CORPUS / name).read_bytes())) for name in files
    }
    tally: dict[str, Counter[str]] = {"dev": Counter(), "held_out": Counter()}
    figures = Figures({}, {}, Counter(), {}, 0, 0)
    for job in jobs:
        part = "held_out" if held_out is None or job["id"] in held_out else "dev"
        fits = {}
        for name in files:
            resume = resumes[name]
            judged = []
            for req in job["requirements"]:
                verdict = judge(req["text"], req["category"], resume, labelled_on)
                label = job["verdicts"][name][req["id"]]["verdict"]
                judged.append((verdict.verdict, req["kind"], req["weight"]))
                right = verdict.verdict == label
                tally[part]["all"] += 1
                tally[part]["all_right"] += right
                if req["kind"] == "must":
                    tally[part]["must"] += 1
                    tally[part]["must_right"] += right
                    figures.confusion[(label, verdict.verdict)] += 1
                if verdict.verdict == "met" and not verdict.evidence:
                    figures.met_without_evidence += 1
                figures.not_verbatim += sum(
                    1 for s, e in verdict.evidence if not 0 <= s < e <= len(resume.text)
                )
                if not right:
                    figures.misses.append(
                        f"{job['id']}/{req['id']} {name}: {verdict.verdict} "
                        f"(labelled {label}) {verdict.reason}"
                    )
            fits[name] = fit_score(judged)
        hand = {name: rank for rank, name in enumerate(job["hand_ranking"])}
        ours = [-(fits[n] if fits[n] is not None else -1) for n in files]
        figures.correlations[job["id"]] = spearman(ours, [float(hand[n]) for n in files])
    for part, counts in tally.items():
        if counts["all"]:
            figures.must_accuracy[part] = counts["must_right"] / max(1, counts["must"])
            figures.all_accuracy[part] = counts["all_right"] / counts["all"]
    musts = sum(t["must"] for t in tally.values())
    figures.must_accuracy["all"] = sum(t["must_right"] for t in tally.values()) / musts
    return figures


def main() -> int:
    from pipelines.jobs.matcher import VERDICTS

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-misses", action="store_true")
    args = parser.parse_args()
    figures = measure()
    if args.show_misses:
        for line in figures.misses:
            print("  " + line)
    for part in ("dev", "held_out"):
        print(
            f"{part:8s}: must-have accuracy {figures.must_accuracy[part]:.3f}, "
            f"all requirements {figures.all_accuracy[part]:.3f}"
        )
    print("must-have confusion (labelled -> ours):")
    for label in VERDICTS:
        row = "  ".join(f"{v}:{figures.confusion[(label, v)]:3d}" for v in VERDICTS)
        print(f"  {label:8s} {row}")
    for job_id, rho in figures.correlations.items():
        held = " (held out)" if job_id in HELD_OUT else ""
        print(f"rank correlation with the hand ranking, {job_id}{held}: {rho:.2f}")
    mean_rho = sum(figures.correlations.values()) / len(figures.correlations)
    blind = measure(BLIND, BLIND_HASH, None, BLIND_LABELLED_ON)
    if args.show_misses:
        for line in blind.misses:
            print("  blind " + line)
    print(
        f"blind set ({BLIND.name}, 3 jobs, written after tuning, never tuned on): must-have "
        f"accuracy {blind.must_accuracy['held_out']:.3f}, all requirements "
        f"{blind.all_accuracy['held_out']:.3f}"
    )
    print("blind must-have confusion (labelled -> ours):")
    for label in VERDICTS:
        row = "  ".join(f"{v}:{blind.confusion[(label, v)]:3d}" for v in VERDICTS)
        print(f"  {label:8s} {row}")
    for job_id, rho in blind.correlations.items():
        print(f"rank correlation with the hand ranking, {job_id} (blind): {rho:.2f}")
    blind_rho = sum(blind.correlations.values()) / len(blind.correlations)
    acc = figures.must_accuracy
    print(
        f"requirement matcher: must-have accuracy dev {acc['dev']:.3f} (tuned on), held out "
        f"{acc['held_out']:.3f}, blind {blind.must_accuracy['held_out']:.3f}, all six "
        f"{acc['all']:.3f} (target {TARGET_MUST}); met without evidence "
        f"{figures.met_without_evidence + blind.met_without_evidence}; not verbatim "
        f"{figures.not_verbatim + blind.not_verbatim}; mean rank correlation {mean_rho:.2f}, "
        f"blind {blind_rho:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
