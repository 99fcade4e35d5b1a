"""Offline drafting of a job's requirements from a pasted posting: which lines become
requirements (only those under requirement headings, or requirement-like bullets when there
are none), their kind, weight and category, in English, German, French and Spanish; and the
share of the hand-labelled postings' requirements the draft recovers."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from pipelines.jobs.drafting import DraftedRequirement, draft_requirements, guess_category
from pipelines.jobs.matcher import CATEGORIES

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "tests" / "labels" / "job_requirements.json"
LABELS_HASH = ROOT / "tests" / "labels" / "job_requirements.sha256"

ENGLISH = """Senior Backend Engineer (Python)

About us
We are a B2B SaaS company helping logistics teams plan deliveries.

What you'll do
- Design and build APIs in Python and Go
- Own services from design to production
- Mentor other engineers

Must have
- 5+ years of professional experience in backend development
- Strong proficiency in Python
- Experience with PostgreSQL and Docker.
- Fluent English (C1)
- Based in Berlin or willing to relocate

Nice to have:
- Kubernetes and Terraform
- Experience in the logistics industry
- AWS Certified Solutions Architect
- Strong proficiency in Python

Benefits
- 30 days of vacation
- Yearly learning budget
"""

GERMAN = """Werkstudent*in Data Analytics (m/w/d)

Über uns
Wir sind ein Berliner Fintech mit 80 Mitarbeitenden.

Deine Aufgaben
• Du erstellst Dashboards in Tableau
• Du analysierst Zahlungsdaten mit SQL und Python

Das bringst du mit
• Laufendes Studium der Informatik, Statistik oder Wirtschaftswissenschaften
• Sehr gute Kenntnisse in SQL
• Erste Erfahrung mit Python (pandas)
• Fließende Deutsch- und Englischkenntnisse (mindestens C1)
• Mindestens 1 Jahr Erfahrung in der Datenanalyse

Wünschenswert
• Erfahrung in der Fintech-Branche
• Kenntnisse in Power BI sind von Vorteil

Wir bieten
• Flexible Arbeitszeiten
• Hybrides Arbeiten in Berlin
"""

# Markdown headings, numbered lines, responsibilities that mention skills.
RESPONSIBILITIES = """## Product Marketing Manager

We're looking for a product marketer to tell our story to healthcare buyers.

**Responsibilities**
1. Own positioning and messaging for two product lines
2. Work with sales on enablement material and Google Analytics reports
3. Run customer research and competitive analysis

**Qualifications**
1. Bachelor's degree in Marketing, Business or a related field.
2. 3+ years of experience in product marketing;
3. Excellent written communication skills.
4. Experience selling into healthcare or life sciences.

**Preferred Qualifications**
1. MBA
2. Familiarity with HubSpot and Google Analytics.
3. Work authorization in the US
"""

NO_HEADINGS = """Join our team as a Frontend Developer in Lyon! We build booking software.
- You will build new features in React and TypeScript
- You will review code and pair with designers
- 2+ years of experience with React
- Good knowledge of TypeScript and CSS
- Fluent French, English is a plus
- Free lunch every Friday
Apply with your CV and portfolio.
"""

NO_REQUIREMENTS = """About us
We're a small bakery chain in Portland.

What we offer
- Competitive pay
- Free bread

How to apply
Send us an email at jobs@example.com.
"""

FRENCH_AND_SPANISH = """Vos missions
- Concevoir et développer des services Java

Profil recherché :
- Diplôme d'ingénieur ou Master en informatique
- 3 ans d'expérience minimum en développement Java
- Anglais courant
- Une expérience dans le secteur bancaire serait un plus

Requisitos
- Más de 4 años de experiencia con Node.js
- Nivel alto de inglés (B2 o superior)
Se valorará
- Conocimientos de AWS
Ofrecemos
- Teletrabajo flexible
"""


def _drafted(description: str) -> list[tuple[str, str, int, str]]:
    return [(r.text, r.kind, r.weight, r.category) for r in draft_requirements(description)]


def test_must_and_nice_sections_in_english() -> None:
    assert _drafted(ENGLISH) == [
        (
            "5+ years of professional experience in backend development",
            "must",
            3,
            "years_experience",
        ),
        ("Strong proficiency in Python", "must", 3, "skill"),
        ("Experience with PostgreSQL and Docker", "must", 2, "skill"),
        ("Fluent English (C1)", "must", 2, "language"),
        ("Based in Berlin or willing to relocate", "must", 2, "location"),
        ("Kubernetes and Terraform", "nice", 1, "skill"),
        ("Experience in the logistics industry", "nice", 1, "domain"),
        ("AWS Certified Solutions Architect", "nice", 1, "certification"),
        # The repeated "Strong proficiency in Python" is drafted once, where it came first.
    ]


def test_german_posting() -> None:
    assert _drafted(GERMAN) == [
        (
            "Laufendes Studium der Informatik, Statistik oder Wirtschaftswissenschaften",
            "must",
            3,
            "education",
        ),
        ("Sehr gute Kenntnisse in SQL", "must", 3, "skill"),
        ("Erste Erfahrung mit Python (pandas)", "must", 2, "skill"),
        ("Fließende Deutsch- und Englischkenntnisse (mindestens C1)", "must", 2, "language"),
        ("Mindestens 1 Jahr Erfahrung in der Datenanalyse", "must", 3, "years_experience"),
        ("Erfahrung in der Fintech-Branche", "nice", 1, "domain"),
        ("Kenntnisse in Power BI sind von Vorteil", "nice", 1, "skill"),
    ]


def test_responsibilities_are_not_requirements() -> None:
    assert _drafted(RESPONSIBILITIES) == [
        ("Bachelor's degree in Marketing, Business or a related field", "must", 3, "education"),
        ("3+ years of experience in product marketing", "must", 3, "years_experience"),
        ("Excellent written communication skills", "must", 2, "skill"),
        ("Experience selling into healthcare or life sciences", "must", 2, "domain"),
        ("MBA", "nice", 1, "education"),
        ("Familiarity with HubSpot and Google Analytics", "nice", 1, "skill"),
        ("Work authorization in the US", "nice", 1, "location"),
    ]


def test_without_headings_requirement_like_bullets_are_taken() -> None:
    assert _drafted(NO_HEADINGS) == [
        ("2+ years of experience with React", "must", 3, "years_experience"),
        ("Good knowledge of TypeScript and CSS", "must", 2, "skill"),
        ("Fluent French, English is a plus", "nice", 1, "language"),  # the line says "a plus"
    ]


def test_french_and_spanish_headings() -> None:
    assert _drafted(FRENCH_AND_SPANISH) == [
        ("Diplôme d'ingénieur ou Master en informatique", "must", 3, "education"),
        ("3 ans d'expérience minimum en développement Java", "must", 3, "years_experience"),
        ("Anglais courant", "must", 2, "language"),
        ("Une expérience dans le secteur bancaire serait un plus", "nice", 1, "domain"),
        ("Más de 4 años de experiencia con Node.js", "must", 3, "years_experience"),
        ("Nivel alto de inglés (B2 o superior)", "must", 2, "language"),
        ("Conocimientos de AWS", "nice", 1, "skill"),
    ]


@pytest.mark.parametrize("description", [NO_REQUIREMENTS, "", "   \n", "We are hiring."])
def test_nothing_found_is_no_requirements(description: str) -> None:
    assert draft_requirements(description) == []


def test_labels_prose_sections_and_parentheses() -> None:
    posting = (
        "Requirements\n"
        "You have at least 4 years of experience as a data engineer. You know Airflow well. "
        "We care about kind people.\n"
        "Python, SQL\n"
        "Nice to have: Snowflake\n"
        "\nThe role\n- Relational databases (PostgreSQL preferred)\n"
    )
    assert _drafted(posting) == [
        (
            "You have at least 4 years of experience as a data engineer",
            "must",
            3,
            "years_experience",
        ),
        ("You know Airflow well", "must", 2, "skill"),
        ("Python, SQL", "must", 2, "skill"),
        ("Snowflake", "nice", 1, "skill"),
    ]
    # A preference inside parentheses qualifies its example only; alone it is the line's.
    bullets = (
        "Requirements\n- Relational databases (PostgreSQL preferred)\n"
        "- Master's degree (preferred)\n"
    )
    assert [(r.kind, r.weight) for r in draft_requirements(bullets)] == [("must", 2), ("nice", 1)]


def test_limit_length_and_order() -> None:
    posting = "Requirements\n" + "".join(f"- Skill number {i}\n" for i in range(30))
    drafted = draft_requirements(posting, limit=5)
    assert [r.text for r in drafted] == [f"Skill number {i}" for i in range(5)]
    assert len(draft_requirements(posting)) == 20
    assert draft_requirements(posting, limit=0) == []
    long = draft_requirements("Requirements\n- " + "experience " * 100)
    assert len(long) == 1 and len(long[0].text) <= 500 and long[0].text.endswith("experience")


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("5+ years of Python", "years_experience"),
        ("mindestens 3 Jahre Berufserfahrung", "years_experience"),
        ("BS/MS in Computer Science", "education"),
        ("Abgeschlossenes Studium der Informatik", "education"),
        ("PMP", "certification"),
        ("Certified Scrum Master", "certification"),
        ("German B2", "language"),
        ("Deutschkenntnisse auf C1-Niveau", "language"),
        ("Remote (US)", "location"),
        ("Right to work in the UK", "location"),
        ("On-site in New York three days a week", "location"),
        ("B2B SaaS experience", "domain"),
        ("Healthcare industry experience", "domain"),
        ("Python or Go", "skill"),
        ("Fluent in Python", "skill"),  # fluent, but no language named
        ("MS Office", "skill"),
        ("Team player", "other"),
        ("Valid driver's license", "other"),
    ],
)
def test_guess_category(text: str, category: str) -> None:
    assert guess_category(text) == category
    assert category in CATEGORIES


def test_drafted_requirement_is_frozen() -> None:
    requirement = DraftedRequirement("Python", "must", 2, "skill")
    with pytest.raises(AttributeError):
        requirement.kind = "nice"  # type: ignore[misc]


# --------------------------------------------------------------------------- label set

TOKEN = re.compile(r"[\w+#]+")
MIN_JACCARD = 0.6
MIN_MATCHED = 0.8
MIN_KIND_AGREEMENT = 0.8


def _jaccard(a: str, b: str) -> float:
    left, right = set(TOKEN.findall(a.lower())), set(TOKEN.findall(b.lower()))
    return len(left & right) / len(left | right) if left | right else 0.0


def test_label_set_requirements_are_recovered() -> None:
    """Each labelled requirement is matched by the drafted one sharing most of its words
    (token Jaccard >= 0.6); at least 80% must be matched, and the kinds of at least 80% of
    the matches must agree."""
    # The labels are frozen; a changed file would make the figures meaningless.
    digest = hashlib.sha256(LABELS.read_bytes()).hexdigest()
    assert digest == LABELS_HASH.read_text().split()[0]
    jobs = json.loads(LABELS.read_text(encoding="utf-8"))["jobs"]
    labelled = matched = same_kind = 0
    for job in jobs:
        drafted = draft_requirements(job["description"])
        for requirement in job["requirements"]:
            labelled += 1
            best = max(drafted, key=lambda d: _jaccard(d.text, requirement["text"]), default=None)
            if best is None or _jaccard(best.text, requirement["text"]) < MIN_JACCARD:
                print(f"unmatched [{job['id']}]: {requirement['text']!r}")
                continue
            matched += 1
            same_kind += best.kind == requirement["kind"]
    matched_share = matched / labelled
    kind_agreement = same_kind / matched if matched else 0.0
    print(
        f"label set: {matched}/{labelled} requirements matched ({matched_share:.0%}), "
        f"kinds agree on {same_kind}/{matched} ({kind_agreement:.0%})"
    )
    assert matched_share >= MIN_MATCHED, f"matched {matched_share:.2f}"
    assert kind_agreement >= MIN_KIND_AGREEMENT, f"kinds agree {kind_agreement:.2f}"
