"""The learned heading typer: what a section title means, for wordings the vocabulary does
not hold ("Where I've made a difference", "Drittmittel", "Semblanza").

The rules (`core.headings`, `pipelines.sections`) type a title by its known words and
roots; every unseen set showed titles they typed wrong by meaning (academic "Teaching" is
experience, "Research interests" a summary, "Invited talks" publications). This model,
a linear one over character and word n-grams of the title, is trained on the vocabulary,
the labelled development sets' titles and helper-written titles in four languages
(``scripts/train_heading_model.py`` says which, and which sets are kept for measuring).
The splitter asks it only about a title it has already found and whose words the
vocabulary does not hold as a title: it decides neither whether a line is a heading nor the
type of a title the vocabulary knows.
"""

from __future__ import annotations

import functools
from pathlib import Path

from core.enums import SectionType
from core.headings import normalise_heading
from pipelines import text_model

MODEL_PATH = Path(__file__).with_name("heading_model.json.gz")


@functools.cache
def _model() -> text_model.LinearTextModel:
    return text_model.load(MODEL_PATH)


def model_text(title: str) -> str:
    """What the model reads of a title: accents stripped, lower case, punctuation gone."""
    return normalise_heading(title)


def probabilities(title: str) -> dict[str, float]:
    return _model().probabilities(model_text(title))


def learned_type(title: str, rule_type: SectionType | str) -> SectionType | str:
    """The model's type for `title` where it is sure enough to overrule the rules' one.

    The bar (the model's top probability) was chosen by leaving one development set out at
    a time: below it the rules' type is kept.
    """
    model = _model()
    scored = model.probabilities(model_text(title))
    best = max(scored, key=scored.__getitem__)
    if best != str(rule_type) and scored[best] >= model.settings["overrule_at"]:
        return SectionType(best)
    return rule_type
