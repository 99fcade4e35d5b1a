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

from pathlib import Path

from core.enums import SectionType
from core.headings import normalise_heading
from core.once import built_once
from pipelines import text_model

MODEL_PATH = Path(__file__).with_name("heading_model.json.gz")
CONTENT_MODEL_PATH = Path(__file__).with_name("section_content_model.json.gz")
# What the content model reads of a section: its first characters, which name what it holds.
BODY_CHARS = 600


@built_once
def _title_model() -> text_model.LinearTextModel:
    return text_model.load(MODEL_PATH)


@built_once
def _content_model() -> text_model.LinearTextModel:
    return text_model.load(CONTENT_MODEL_PATH)


def model_text(title: str) -> str:
    """What the title model reads of a title: accents stripped, lower case, punctuation
    gone."""
    return normalise_heading(title)


def probabilities(title: str, body: str) -> dict[str, float]:
    """Each type's probability for a section with this title and body: the title model's
    and the content model's, multiplied and normalised (read as independent evidence)."""
    by_title = _title_model().probabilities(model_text(title))
    by_content = _content_model().probabilities_if_known(body[:BODY_CHARS])
    if by_content is None:
        return by_title  # an empty section, or words never seen: the title alone speaks
    joint = {kind: p * by_content[kind] for kind, p in by_title.items()}
    whole = sum(joint.values())
    return {kind: p / whole for kind, p in joint.items()}


def learned_type(
    title: str, body: str, rule_type: SectionType | str, known_title: bool
) -> SectionType | str:
    """The type the models give a section where they are sure enough to overrule the
    rules' one: a title the vocabulary does not hold at a lower bar than one it does.

    Both bars were chosen by leaving one development set out at a time
    (``scripts/train_heading_model.py --evaluate``).
    """
    settings = _title_model().settings
    scored = probabilities(title, body)
    best = max(scored, key=scored.__getitem__)
    bar = settings["overrule_known_at"] if known_title else settings["overrule_at"]
    if best != str(rule_type) and scored[best] >= bar:
        return SectionType(best)
    return rule_type
