"""The demo dataset: the database team's user mix, candidates with assignment history,
and the prompts from ``prompts/``. Idempotent: running it again adds nothing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.enums import AssignmentType, UserRole
from core.passwords import hash_password
from database.models import Candidate, User
from database.queries.assignments import active_assignments, assign_candidate, end_assignment
from database.queries.candidates import create_candidate
from database.queries.prompts import sync_prompts
from database.queries.users import get_user_by_email

DEMO_DOMAIN = "demo.example.com"
DEFAULT_DEMO_PASSWORD = "demo-password"  # noqa: S105 - documented demo credential
USER_MIX = {UserRole.ADMIN: 10, UserRole.SENIOR_RECRUITER: 18, UserRole.JUNIOR_RECRUITER: 189}
_ROLE_PREFIX = {
    UserRole.ADMIN: "admin",
    UserRole.SENIOR_RECRUITER: "senior",
    UserRole.JUNIOR_RECRUITER: "junior",
}

# (first, last, company, position, years)
DEMO_CANDIDATES = [
    ("Ada", "Lindqvist", "Northwind Analytics", "Data Engineer", 6),
    ("Bruno", "Okafor", "Helios Energy", "Backend Developer", 4),
    ("Chiara", "Bellini", "Fjord Logistics", "Product Manager", 9),
    ("Dmitri", "Volkov", "Cobalt Robotics", "Embedded Engineer", 7),
    ("Elif", "Yilmaz", "Tamarind Health", "UX Researcher", 3),
    ("Farah", "Haddad", "Quill Publishing", "Technical Writer", 5),
    ("Gustavo", "Pereira", "Aster Bank", "Risk Analyst", 8),
    ("Hana", "Sato", "Brightline Retail", "Frontend Developer", 2),
    ("Ibrahim", "Diallo", "Keystone Cloud", "Site Reliability Engineer", 10),
    ("Julia", "Nowak", "Orchard Games", "QA Lead", 6),
    ("Kofi", "Mensah", "Pioneer Freight", "Operations Manager", 12),
]


def demo_email(role: UserRole, number: int) -> str:
    return f"{_ROLE_PREFIX[role]}{number:03d}@{DEMO_DOMAIN}"


@dataclass
class SeedReport:
    users_created: int
    candidates_created: int
    prompts_created: int


# The first three users of each role can sign in, each with their own salt (a hash of its
# own); the others exist as data (assignment owners) and cannot sign in: 217 argon2 hashes
# would make the demo take half a minute for nothing.
SIGN_IN_USERS_PER_ROLE = 3
# Not an argon2 hash: verify_password refuses every password against it.
NO_SIGN_IN = "!demo user without a password"


def seed_demo(session: Session, password: str = DEFAULT_DEMO_PASSWORD) -> SeedReport:
    existing = set(session.scalars(select(User.email).where(User.email.like(f"%@{DEMO_DOMAIN}"))))
    users_created = 0
    for role, count in USER_MIX.items():
        for number in range(1, count + 1):
            email = demo_email(role, number)
            if email in existing:
                continue
            session.add(
                User(
                    email=email,
                    password_hash=(
                        hash_password(password) if number <= SIGN_IN_USERS_PER_ROLE else NO_SIGN_IN
                    ),
                    role=role.value,
                    first_name=_ROLE_PREFIX[role].title(),
                    last_name=f"{number:03d}",
                )
            )
            users_created += 1
    session.flush()

    candidates_created = _seed_candidates(session)

    from core.config import get_settings
    from pipelines.review.prompts import load_prompt_files

    prompts_created = len(sync_prompts(session, load_prompt_files(get_settings().prompts_dir)))
    return SeedReport(users_created, candidates_created, prompts_created)


def _user(session: Session, role: UserRole, number: int) -> User:
    user = get_user_by_email(session, demo_email(role, number))
    assert user is not None
    return user


def _seed_candidates(session: Session) -> int:
    admin = _user(session, UserRole.ADMIN, 1)
    senior = _user(session, UserRole.SENIOR_RECRUITER, 1)
    created = 0
    for index, (first, last, company, position, years) in enumerate(DEMO_CANDIDATES):
        email = f"{first}.{last}@candidates.example.com".lower()
        if session.scalar(select(func.count()).where(Candidate.email == email)):
            continue
        junior = _user(session, UserRole.JUNIOR_RECRUITER, index + 1)
        candidate = create_candidate(
            session,
            junior,
            first_name=first,
            last_name=last,
            email=email,
            current_company=company,
            current_position=position,
            years_experience=years,
        )
        # History: every third candidate is reassigned to another junior, one gets a
        # secondary reviewer, and the last has its primary unassigned with a reason.
        if index % 3 == 1:
            assign_candidate(
                session,
                candidate=candidate,
                user=_user(session, UserRole.JUNIOR_RECRUITER, 100 + index),
                assigned_by=senior,
                replace_reason="workload rebalancing",
            )
        if index == 2:
            assign_candidate(
                session,
                candidate=candidate,
                user=senior,
                assigned_by=admin,
                assignment_type=AssignmentType.SECONDARY,
            )
        if index == len(DEMO_CANDIDATES) - 1:
            for assignment in active_assignments(session, candidate.id):
                end_assignment(assignment, "candidate withdrew from the process")
        created += 1
    session.flush()
    return created
