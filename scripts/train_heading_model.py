"""Train the learned heading typer and export it for the product.

Run: ``.venv/bin/python scripts/train_heading_model.py [--evaluate]``
(needs the ``train`` extra: ``pip install -e .[train]``).

What it learns from (each a title and the type a labeller gave it):

- the vocabulary of ``core.headings`` (every phrase and its type);
- the labelled titles of the development heading sets (``DEVELOPMENT_SETS``: every set the
  splitter was tuned on or has been measured on before this model; the sets kept for
  measuring, ``tests/heldout/blind14`` and later, are never read here, and the shared corpus
  of real resumes is not read either);
- 2,000 titles in four languages written for training by a helper who read only the
  labelling conventions (``tests/heldout/training/heading_types.jsonl``).

The model is scikit-learn's: character n-grams (2 to 5, within words) and word n-grams (1
and 2) of the normalised title, TF-IDF weighted, then multinomial logistic regression. The
splitter asks it only about titles the vocabulary does not know as a whole. The bar at which
it overrules the rules' type (``OVERRULE_AT``) and C were chosen with ``--evaluate``, which
leaves one development set out at a time and prints the type accuracy of the rules alone
and of rules plus model for each bar; of the bars that do not lower the type accuracy on
the shared corpus of real resumes (whose labeller types "Invited Talks" and "Leadership
experience" as other), the one with the best left-out figure. The weights are exported to
``pipelines/heading_model.json.gz``; `pipelines.text_model` applies them without
scikit-learn.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.headings import PHRASES  # noqa: E402
from pipelines import text_model  # noqa: E402
from pipelines.heading_model import MODEL_PATH, model_text  # noqa: E402
from pipelines.sections import _partial_type, classify_heading  # noqa: E402

HELDOUT = ROOT / "tests" / "heldout"
HELPER_FILE = HELDOUT / "training" / "heading_types.jsonl"
LIST_LABEL_FILES = {
    "heldout": "labels.json",
    "blind": "blind_labels.json",
    "blind2": "blind2_labels.json",
    "blind3": "blind3_labels.json",
}
DEVELOPMENT_SETS = (*LIST_LABEL_FILES, *(f"blind{n}" for n in range(4, 14)))
REGULARISATION_C = 10.0
OVERRULE_AT = 0.8

Example = tuple[str, str]  # (title, type)


def set_titles(name: str) -> list[Example]:
    """The titled headings of one labelled heading set."""
    if name in LIST_LABEL_FILES:
        files: Iterable[Any] = json.loads((HELDOUT / LIST_LABEL_FILES[name]).read_text())
    else:
        labels = json.loads((HELDOUT / name / "labels.json").read_text())
        if isinstance(labels, dict):  # {name: entry}, or {"set": …, "files": {name: entry}}
            labels = labels.get("files", labels)
        files = labels.values() if isinstance(labels, dict) else labels
    return [
        (section["title"], section["type"])
        for entry in files
        for section in entry["sections"]
        if section["title"]
    ]


def shared_examples() -> list[Example]:
    """What every fit learns from besides the development sets."""
    examples = [(phrase, kind.value) for phrase, kind in PHRASES.items()]
    for line in HELPER_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            examples.append((row["title"], row["type"]))
    return examples


def fit(examples: list[Example], c: float = REGULARISATION_C) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline, make_union

    features = make_union(
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True),
        TfidfVectorizer(analyzer="word", ngram_range=(1, 2), sublinear_tf=True),
    )
    model = make_pipeline(features, LogisticRegression(C=c, max_iter=3000))
    return model.fit([model_text(t) for t, _ in examples], [k for _, k in examples])


def _rule_type(title: str) -> str:
    """The type the splitter's rules give a title it found (the vocabulary, then the best
    known word, else "other")."""
    kind = classify_heading(title) or _partial_type(title, loose=True)
    return kind.value if kind else "other"


def evaluate(c_values: list[float], bars: list[float]) -> None:
    shared = shared_examples()
    by_set = {name: set_titles(name) for name in DEVELOPMENT_SETS}
    for c in c_values:
        rules_right = 0
        right = dict.fromkeys(bars, 0)
        total = 0
        for left_out, titles in by_set.items():
            training = shared + [e for name, es in by_set.items() if name != left_out for e in es]
            model = fit(training, c)
            probabilities = model.predict_proba([model_text(t) for t, _ in titles])
            classes = list(model.classes_)
            for (title, label), row in zip(titles, probabilities, strict=True):
                rule = _rule_type(title)
                best = classes[int(row.argmax())]
                rules_right += rule == label
                asked = classify_heading(title) is None
                for bar in bars:
                    chosen = best if asked and row.max() >= bar else rule
                    right[bar] += chosen == label
                total += 1
        figures = " ".join(f"{bar}:{right[bar] / total:.3f}" for bar in bars)
        print(f"C={c}: {total} titles, rules alone {rules_right / total:.3f}; with model {figures}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--evaluate", action="store_true")
    args = parser.parse_args(argv)
    if args.evaluate:
        evaluate([REGULARISATION_C], [0.6, 0.7, 0.8, 0.9])
        return
    examples = shared_examples() + [e for name in DEVELOPMENT_SETS for e in set_titles(name)]
    exported = text_model.export_fitted(fit(examples), {"overrule_at": OVERRULE_AT})
    text_model.write(MODEL_PATH, exported)
    print(f"trained on {len(examples)} titles")
    print(f"wrote {MODEL_PATH.relative_to(ROOT)} ({MODEL_PATH.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()
