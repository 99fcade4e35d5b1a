"""Bulk-load 100x the demo seed into a migrated PostgreSQL database with COPY.

Figures (schema v1.1 note x 100): 21,700 users (1,000 admin, 1,800 senior, 18,900 junior),
110,000 candidates and 300,000 ``user_candidate_assignments`` rows:

* 110,000 current primaries, one per candidate (1 % of them ended: "candidate withdrew",
  and those candidates are archived),
* 130,000 earlier primaries, ended by a reassignment (``is_active=false`` with
  ``unassigned_at`` and ``unassigned_reason``); spread at random over the candidates, so
  about a third of candidates were never reassigned and a few were reassigned 4+ times,
* 60,000 secondaries (75 % active, 25 % ended), held by juniors (70 %) and seniors (30 %).

And, unless ``resumes=False``, resumes with text (``bench/scale_resumes.py``: 97 % of
candidates, 10 % of them with an older version too, in four languages) and every
candidate's search document.

Every candidate is created by a junior, who is its first primary. At most one active row per
(user, candidate), as the partial unique index demands. All users share one argon2 hash of
``BENCH_PASSWORD`` (hashing 21,700 passwords would take minutes and measure nothing).

Used by ``bench/listing.py`` and ``bench/search.py``; can be run alone:
``.venv/bin/python -m bench.scale_seed URL``.
"""

from __future__ import annotations

import io
import random
import sys
import time
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from sqlalchemy import Engine, text  # noqa: E402

BENCH_DOMAIN = "bench.example.com"
BENCH_PASSWORD = "bench-password"
USERS = {"admin": 1_000, "senior_recruiter": 1_800, "junior_recruiter": 18_900}
PREFIX = {"admin": "admin", "senior_recruiter": "senior", "junior_recruiter": "junior"}
CANDIDATES = 110_000
PRIOR_PRIMARIES = 130_000
SECONDARIES = 60_000
ASSIGNMENTS = CANDIDATES + PRIOR_PRIMARIES + SECONDARIES  # 300,000
WITHDRAWN_SHARE = 0.01
ARCHIVED_SHARE = 0.10


def _words(text: str) -> list[str]:
    return text.split()


FIRST_NAMES = _words(
    "Ada Bruno Chiara Dmitri Elif Farah Gustavo Hana Ibrahim Julia Kofi Lena Marco Nadia Omar "
    "Priya Quentin Rosa Sven Tariq Ursula Viktor Wen Xavier Yara Zoltan Amara Bjorn Carmen "
    "Diego Eva Felix Greta Hugo Ines Jonas Kira Lars Maya Nils Olga Pablo Rania Stefan Tomas "
    "Uma Vera Willem Ximena Yusuf Zara Aiko Bilal Cosima Dara Emil Fatima Goran Helga Ivan "
    "Jana Karim Lucia Mateo Noor Oskar Paula Rafael Sofia Theo Vanessa Aleksander Beatriz "
    "Chen Daniela Erik Freya Gabriel Hiroshi Isla Javier Katarina Leon Mei Nikolai Olivia"
)
LAST_NAMES = _words(
    "Lindqvist Okafor Bellini Volkov Yilmaz Haddad Pereira Sato Diallo Nowak Mensah Andersen "
    "Brown Castillo Dubois Eriksson Fischer Garcia Hansen Ivanova Jensen Kowalski Larsen "
    "Martin Novak Olsen Petrov Quinn Rossi Schmidt Tanaka Urban Vasquez Weber Xu Young "
    "Zimmermann Abbott Baker Carter Dixon Ellis Foster Graham Hughes Irving Jordan Keller "
    "Lambert Moreau Nielsen Ortiz Parker Reyes Silva Torres Underwood Vogel Walsh Yamamoto "
    "Zhang Alvarez Bauer Costa Dahl Engel Ferreira Gomez Hoffmann Iglesias Jovanovic Kim "
    "Lopez Meyer Nakamura Oliveira Popescu Ramos Santos Thomsen Ueda Varga Wagner Yildiz "
    "Zeller Aksoy Berg Cruz Duarte Esposito Fontaine Gallo Holm Ito Janssen Koch Lund Marino "
    "Nilsson Ozturk Pham Richter Suzuki Tran Ulrich Vidal Wolff Yoon Ziegler"
)
COMPANIES = (
    "Northwind Analytics",
    "Helios Energy",
    "Fjord Logistics",
    "Cobalt Robotics",
    "Tamarind Health",
    "Quill Publishing",
    "Aster Bank",
    "Brightline Retail",
    "Keystone Cloud",
    "Orchard Games",
    "Pioneer Freight",
)
POSITIONS = (
    "Data Engineer",
    "Backend Developer",
    "Product Manager",
    "Embedded Engineer",
    "UX Researcher",
    "Technical Writer",
    "Risk Analyst",
    "Frontend Developer",
    "Site Reliability Engineer",
    "QA Lead",
    "Operations Manager",
)
REASSIGN_REASONS = (
    "workload rebalancing",
    "recruiter left the team",
    "client asked for a specialist",
    "moved to another region",
)
BASE_TIME = datetime(2025, 1, 1, tzinfo=UTC)


def _ts(value: datetime) -> str:
    return value.isoformat()


def _copy(raw_connection, table: str, columns: tuple[str, ...], buffer: io.StringIO) -> None:
    buffer.seek(0)
    with raw_connection.cursor() as cursor:
        cursor.copy_expert(
            f"COPY {table} ({', '.join(columns)}) FROM STDIN WITH (FORMAT csv, NULL '')",
            buffer,
        )


def load(engine: Engine, *, seed: int = 42, log=print, resumes: bool = True) -> dict[str, int]:
    """Fill an empty, migrated database. Returns the row counts written."""
    from core.passwords import hash_password

    rng = random.Random(seed)
    started = time.perf_counter()
    shared_hash = hash_password(BENCH_PASSWORD)

    # --- users ---------------------------------------------------------------------------
    users: dict[str, list[str]] = {role: [] for role in USERS}
    buf = io.StringIO()
    for role, count in USERS.items():
        for number in range(1, count + 1):
            user_id = str(uuid.uuid4())
            users[role].append(user_id)
            created = _ts(BASE_TIME - timedelta(days=rng.randint(30, 900)))
            buf.write(
                f'{user_id},{PREFIX[role]}{number:05d}@{BENCH_DOMAIN},"{shared_hash}",'
                f"{PREFIX[role].title()},{number:05d},{role},t,,{created},{created}\n"
            )
    user_buf = buf
    juniors, seniors, admins = (
        users["junior_recruiter"],
        users["senior_recruiter"],
        users["admin"],
    )
    managers = seniors + admins

    # --- candidates and their assignment history ----------------------------------------
    prior_count = [0] * CANDIDATES
    for _ in range(PRIOR_PRIMARIES):
        prior_count[rng.randrange(CANDIDATES)] += 1
    cand_buf = io.StringIO()
    asg_buf = io.StringIO()
    rows = 0
    candidate_ids: list[str] = []
    created_at: list[datetime] = []
    # (id, first, last, company, creator, created): what a resume of theirs says.
    profiles: list[tuple[str, str, str, str, str, datetime]] = []
    active_holders: list[set[str]] = []
    for index in range(CANDIDATES):
        candidate_id = str(uuid.uuid4())
        candidate_ids.append(candidate_id)
        first = rng.choice(FIRST_NAMES)
        last = rng.choice(LAST_NAMES)
        created = BASE_TIME + timedelta(minutes=rng.randint(0, 500 * 24 * 60))
        created_at.append(created)
        withdrawn = rng.random() < WITHDRAWN_SHARE
        status = "archived" if withdrawn or rng.random() < ARCHIVED_SHARE else "active"
        creator = rng.choice(juniors)
        company = rng.choice(COMPANIES)
        cand_buf.write(
            f"{candidate_id},{first},{last},{first.lower()}.{last.lower()}.{index}"
            f"@candidates.example.com,+1-555-{index:07d},{company},"
            f"{rng.choice(POSITIONS)},{rng.randint(0, 30)},{status},{creator},"
            f"{_ts(created)},{_ts(created)}\n"
        )
        profiles.append((candidate_id, first, last, company, creator, created))
        # The primary chain: the creator first, then each reassignment closes the previous.
        holder, assigned_by, since = creator, creator, created
        for _ in range(prior_count[index]):
            until = since + timedelta(days=rng.randint(1, 60), minutes=rng.randint(0, 1440))
            asg_buf.write(
                f"{uuid.uuid4()},{holder},{candidate_id},primary,{_ts(since)},{_ts(until)},"
                f"{assigned_by},{rng.choice(REASSIGN_REASONS)},f\n"
            )
            rows += 1
            next_holder = rng.choice(juniors)
            while next_holder == holder:
                next_holder = rng.choice(juniors)
            holder, assigned_by, since = next_holder, rng.choice(managers), until
        holders: set[str] = set()
        if withdrawn:
            until = since + timedelta(days=rng.randint(1, 90))
            asg_buf.write(
                f"{uuid.uuid4()},{holder},{candidate_id},primary,{_ts(since)},{_ts(until)},"
                f"{assigned_by},candidate withdrew from the process,f\n"
            )
        else:
            holders.add(holder)
            asg_buf.write(
                f"{uuid.uuid4()},{holder},{candidate_id},primary,{_ts(since)},,{assigned_by},,t\n"
            )
        rows += 1
        active_holders.append(holders)

    for _ in range(SECONDARIES):
        index = rng.randrange(CANDIDATES)
        candidate_id = candidate_ids[index]
        pool = juniors if rng.random() < 0.7 else seniors
        user_id = rng.choice(pool)
        active = rng.random() < 0.75
        while active and user_id in active_holders[index]:
            user_id = rng.choice(pool)
        since = created_at[index] + timedelta(days=rng.randint(0, 120))
        if active:
            active_holders[index].add(user_id)
            tail = f"{_ts(since)},,{rng.choice(managers)},,t"
        else:
            until = since + timedelta(days=rng.randint(1, 30))
            tail = f"{_ts(since)},{_ts(until)},{rng.choice(managers)},second opinion given,f"
        asg_buf.write(f"{uuid.uuid4()},{user_id},{candidate_id},secondary,{tail}\n")
        rows += 1
    assert rows == ASSIGNMENTS, rows
    generated = time.perf_counter() - started

    raw = engine.raw_connection()
    try:
        _copy(
            raw,
            "users",
            (
                "id",
                "email",
                "password_hash",
                "first_name",
                "last_name",
                "role",
                "is_active",
                "last_login_at",
                "created_at",
                "updated_at",
            ),
            user_buf,
        )
        _copy(
            raw,
            "candidates",
            (
                "id",
                "first_name",
                "last_name",
                "email",
                "phone",
                "current_company",
                "current_position",
                "years_experience",
                "status",
                "created_by_user_id",
                "created_at",
                "updated_at",
            ),
            cand_buf,
        )
        _copy(
            raw,
            "user_candidate_assignments",
            (
                "id",
                "user_id",
                "candidate_id",
                "assignment_type",
                "assigned_at",
                "unassigned_at",
                "assigned_by_user_id",
                "unassigned_reason",
                "is_active",
            ),
            asg_buf,
        )
        raw.commit()
    finally:
        raw.close()
    copied = time.perf_counter() - started - generated
    # COPY bypasses the application: every candidate's search document is made here.
    _load_resumes(engine, random.Random(seed + 1), profiles if resumes else [], log)
    tables = "users, candidates, user_candidate_assignments, resumes, candidate_search"
    loaded = time.perf_counter() - started - generated - copied

    # VACUUM sets the visibility map (as autovacuum would on a live system) and ANALYZE
    # gives the planner statistics; both must run outside a transaction.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f"VACUUM (ANALYZE) {tables}"))
    log(
        f"load: generated in {generated:.1f} s, COPY in {copied:.1f} s, resumes and search "
        f"documents in {loaded:.1f} s, VACUUM ANALYZE in "
        f"{time.perf_counter() - started - generated - copied - loaded:.1f} s "
        f"(one shared argon2 hash for all {sum(USERS.values()):,} users)"
    )
    return counts(engine)


def _load_resumes(engine: Engine, rng: random.Random, profiles, log) -> None:
    from bench.scale_resumes import build_search_documents, copy_resumes, resume_rows

    started = time.perf_counter()
    if profiles:
        written = copy_resumes(engine, resume_rows(rng, profiles))
        log(f"load: {written:,} resumes with text in {time.perf_counter() - started:.1f} s")
    seconds = build_search_documents(engine, log)
    log(f"load: search documents in {seconds:.1f} s")


def counts(engine: Engine) -> dict[str, int]:
    found = {}
    with engine.connect() as connection:
        for table in ("users", "candidates", "user_candidate_assignments", "resumes"):
            statement = text(f"SELECT count(*) FROM {table}")  # noqa: S608 - fixed names
            found[table] = int(connection.scalar(statement) or 0)
    return found


if __name__ == "__main__":
    from database.engine import make_engine

    if len(sys.argv) != 2:
        sys.exit("usage: python -m bench.scale_seed DATABASE_URL (empty, migrated PostgreSQL)")
    print(load(make_engine(sys.argv[1])))
