"""The offline requirement matcher (issue 19's first piece): synonyms and abbreviations
from its vocabulary, years against dated roles, degrees, language levels, places; evidence
always the resume's own words; and its floors on the hand-labelled corpus set."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from bench.requirements import CORPUS, measure
from pipelines.jobs import MISSING_MUST_CAP, fit_score
from pipelines.jobs.matcher import ResumeText, judge, required_groups

TODAY = datetime(2026, 12, 5, tzinfo=UTC)
ROOT = Path(__file__).resolve().parent.parent


def _resume(text: str, **sections: tuple[int, int]) -> ResumeText:
    contact_end = text.index("\n\n") if "\n\n" in text else len(text)
    return ResumeText(text, {k: [v] for k, v in sections.items()}, contact_end)


def _span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_an_abbreviation_meets_the_written_out_term_with_its_own_words() -> None:
    text = "Dana Lee\nBerlin, Germany\n\nSkills\nPython, k8s, Terraform"
    verdict = judge("Production experience with Kubernetes", "skill", _resume(text), TODAY)
    assert verdict.verdict == "met" and verdict.quotes(text) == ["k8s"]
    both = judge("Docker and Kubernetes (k8s)", "skill", _resume(text), TODAY)
    assert both.verdict == "partial" and both.quotes(text) == ["k8s"]  # Docker is not there
    either = judge("Strong proficiency in Python or Go", "skill", _resume(text), TODAY)
    assert either.verdict == "met"


def test_alternatives_preferences_and_broad_words() -> None:
    assert required_groups("Strong proficiency in Python or Go") == [["python", "go"]]
    # A preference is not required; a broad word gives way to a specific one.
    assert required_groups("Relational databases (PostgreSQL preferred)") == [
        ["relational database"]
    ]
    assert required_groups("Deep learning frameworks such as PyTorch or TensorFlow") == [
        ["pytorch", "tensorflow"]
    ]
    assert required_groups("pandas / NumPy and SQL") == [["pandas", "numpy"], ["sql"]]


def test_years_are_counted_from_the_dated_roles() -> None:
    text = (
        "Sam Roe\nPortland, OR\n\nExperience\nBackend Engineer, Acme\n2021 - Present\n"
        "Built APIs in Python.\nJunior Developer, Beta\n2019 - 2021\nPHP websites.\n\n"
        "Education\nBSc Informatik, TU Berlin, 2015 - 2019\n"
    )
    experience = _span(text, "Experience\nBackend")[0], text.index("\n\nEducation")
    education = text.index("Education"), len(text)
    resume = _resume(text, experience=experience, education=education)
    five = judge("5+ years of professional software engineering", "years_experience", resume, TODAY)
    assert five.verdict == "met", five.reason  # 2019 to now, the degree's years not counted
    assert "2021 - Present" in five.quotes(text)
    ten = judge("10+ years of software engineering", "years_experience", resume, TODAY)
    assert ten.verdict == "partial"  # about eight: at least half of what is asked
    twenty = judge("20+ years of software engineering", "years_experience", resume, TODAY)
    assert twenty.verdict == "missing"
    ml = judge("3+ years of machine learning", "years_experience", resume, TODAY)
    assert ml.verdict == "missing"  # no dated role mentions it
    degree = judge("BSc in Computer Science or a related field", "education", resume, TODAY)
    assert degree.verdict == "met" and "Informatik" in degree.quotes(text)
    master = judge("MSc in Computer Science", "education", resume, TODAY)
    assert master.verdict == "partial"  # the field, not the level


def test_language_levels_and_places() -> None:
    text = "Ana Ruiz\nMadrid, Spain\n\nLanguages\nSpanish (native)\nEnglish C1\nGerman A2\n"
    resume = _resume(
        text, languages=_span(text, "Languages\nSpanish (native)\nEnglish C1\nGerman A2")
    )
    assert judge("Fluent English (C1)", "language", resume, TODAY).verdict == "met"
    assert (
        judge("Verhandlungssicheres Deutsch (mindestens C1)", "language", resume, TODAY).verdict
        == "partial"
    )
    assert judge("French (B2)", "language", resume, TODAY).verdict == "missing"
    assert (
        judge("Based in Germany or willing to relocate", "location", resume, TODAY).verdict
        == "missing"
    )
    nowhere = _resume("Ana Ruiz\nana@example.com\n\nSkills\nPython\n")
    assert judge("Based in New York", "location", nowhere, TODAY).verdict == "unclear"


def test_a_level_is_read_beside_its_language_and_a_preferred_language_is_left_out() -> None:
    # Found on examples/elena_varga_resume: the line's highest level ("native") was read for
    # every language on it, and "German is a plus" was judged instead of English.
    text = "Elena Varga\nBudapest\n\nLanguages\nHungarian (native), English (C1), German (B1)\n"
    resume = _resume(text)
    english = judge("Fluent English (C1); German is a plus", "language", resume, TODAY)
    assert (english.verdict, english.quotes(text)) == ("met", ["English"])
    assert "C1" in english.reason
    german = judge("German (C1)", "language", resume, TODAY)
    assert german.verdict == "partial" and "B1" in german.reason


def test_names_the_vocabulary_does_not_know_are_looked_for_as_written() -> None:
    text = "Jordan Example\n\nSkills\nPython, SQL, Airflow, Spark"
    resume = _resume(text)
    airflow = judge("Experience with Apache Airflow or a similar orchestrator", "skill", resume)
    assert (airflow.verdict, airflow.quotes(text)) == ("met", ["Airflow"])
    warehouse = judge("Experience with Snowflake or BigQuery", "skill", resume, TODAY)
    assert warehouse.verdict == "missing" and "Snowflake or BigQuery" in warehouse.reason
    # A vendor's name alone is not a match: "Apache" does not stand for Apache Kafka here.
    assert judge("Apache Flink", "skill", _resume("A\n\nApache Spark"), TODAY).verdict == (
        "missing"
    )


def test_unknown_requirements_and_template_resumes_are_unclear() -> None:
    text = "Jordan Example\n\nSkills\nPython"
    assert judge("A growth mindset", "other", _resume(text), TODAY).verdict == "unclear"
    template = ResumeText("Your Name Here\nLorem ipsum dolor\nPython", {}, 10, placeholder=True)
    assert judge("Python", "skill", template, TODAY).verdict == "unclear"


def test_the_fit_score() -> None:
    assert fit_score([("met", "must", 3), ("partial", "nice", 2), ("unclear", "must", 1)]) == 80
    capped = fit_score([("met", "must", 3), ("met", "nice", 2), ("missing", "must", 1)])
    assert capped == MISSING_MUST_CAP
    assert fit_score([("unclear", "must", 1)]) is None


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the labelled set reads ../shared/corpus")
def test_the_labelled_set_floors() -> None:
    """Measured as bench/requirements.py measures it, on the frozen hand-labelled set: no
    `met` without evidence, evidence always the text's own, must-have accuracy held at this
    change's figures (dev jobs, tuned on: 0.850; held-out jobs: 0.710)."""
    figures = measure()
    assert figures.met_without_evidence == 0 and figures.not_verbatim == 0
    assert figures.must_accuracy["dev"] >= 0.85, figures
    assert figures.must_accuracy["held_out"] >= 0.70, figures
