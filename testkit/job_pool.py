"""A pool of invented candidates for a backend job, and the job's posting: what the jobs
browser test and ``bench/jobs.py`` screen. Each resume differs from the next in its years
of experience, degree, languages and skills (chosen from its number, so a pool is the same
on every run, but each file carries a marker so that it is never a duplicate upload).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from testkit.resume_factory import PdfStyle, Section, make_pdf

POSTING = """Senior Backend Engineer - Payments (Berlin or remote, EU)

We build payment infrastructure for online marketplaces.

What you'll do:
- Design and operate backend services and APIs
- Mentor other engineers

Requirements:
- 5+ years of professional software engineering experience
- Strong proficiency in Python or Go
- Hands-on experience with relational databases (PostgreSQL or MySQL)
- BSc in Computer Science or a related field
- Fluent English

Nice to have:
- Experience with Kubernetes
- Event streaming with Kafka
- AWS experience
"""

FIRST = [
    "Ada",
    "Bruno",
    "Chloe",
    "Dmitri",
    "Elif",
    "Farid",
    "Greta",
    "Hugo",
    "Ines",
    "Jonas",
    "Kaito",
    "Lena",
    "Marek",
    "Nadia",
    "Omar",
    "Paula",
    "Quentin",
    "Rosa",
    "Sven",
    "Tara",
]
LAST = [
    "Abbott",
    "Berger",
    "Castillo",
    "Duarte",
    "Eriksen",
    "Fischer",
    "Gallo",
    "Haas",
    "Ibsen",
    "Jansen",
    "Kovac",
    "Lindqvist",
    "Moreau",
    "Novak",
    "Okafor",
    "Petrov",
    "Quinn",
    "Rossi",
    "Sato",
    "Tanaka",
]
LANGUAGES = ["Python", "Go", "Java", "Ruby", "TypeScript"]
DATABASES = ["PostgreSQL", "MySQL", "MongoDB", "Redis"]
EXTRAS = ["Kubernetes", "Docker", "Kafka", "AWS", "Terraform", "RabbitMQ"]
DEGREES = [
    "BSc Computer Science, University of Northhaven",
    "MSc Software Engineering, Technical University of Oststadt",
    "BA History, University of Belleval",
    "BSc Informatik, Hochschule Feldmark",
]


@dataclass(frozen=True)
class PoolCandidate:
    first_name: str
    last_name: str
    email: str
    pdf: bytes


def pool_candidate(number: int, *, marker: str | None = None) -> PoolCandidate:
    """The ``number``-th candidate of the pool (any number; names repeat after 400)."""
    first = FIRST[number % len(FIRST)]
    last = LAST[(number // len(FIRST) + number * 7) % len(LAST)]
    years = 1 + (number * 5) % 11  # 1..11 years
    start = 2025 - years
    language = LANGUAGES[number % len(LANGUAGES)]
    database = DATABASES[(number // 2) % len(DATABASES)]
    extras = [tool for index, tool in enumerate(EXTRAS) if (number >> index) % 2]
    email = f"{first}.{last}.{number}@example.com".lower()
    sections: list[Section] = [
        ("Summary", "summary", [f"Software engineer working mostly in {language}."]),
        (
            "Work Experience",
            "experience",
            [
                f"Software Engineer, Lumen Parcel GmbH  Jan {start} - Present",
                f"- Built {language} services on {database} for 40 merchants.",
                "- Took part in the on-call rotation.",
            ],
        ),
        ("Education", "education", [f"{DEGREES[number % len(DEGREES)]}, {start - 1}"]),
        ("Skills", "skills", [", ".join([language, database, *extras])]),
        (
            "Languages",
            "languages",
            ["English (fluent)" if number % 4 else "English (B1), Spanish (native)"],
        ),
    ]
    contact = [f"{first} {last}", f"{email} | +49 30 5550 {number:04d} | Berlin"]
    marker = marker or uuid.uuid4().hex[:8]
    sections.append(("Projects", "projects", [f"Side project {marker}."]))
    return PoolCandidate(first, last, email, make_pdf(sections, PdfStyle(), contact=contact))
