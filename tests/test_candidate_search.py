"""Search by what the resume says (issue 23): the search documents (``candidate_search``,
migration 0013) on PostgreSQL and SQLite, kept up to date by the paths that change what
they cover, and the listing's search over them."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.orm import Session

from core.config import Settings
from database.engine import make_engine, session_scope
from database.migrate import downgrade, upgrade
from database.models import Candidate, Resume, User
from database.queries import candidates as candidate_queries
from database.queries import search
from database.queries.assignments import active_assignments, end_assignment
from database.queries.candidates import (
    create_candidate,
    delete_candidate,
    list_visible_candidates,
    update_candidate,
)
from database.queries.search import (
    fts_query,
    matching_candidate_ids,
    parse_search,
    refresh_search_documents,
    search_words,
)
from database.queries.users import create_user
from pipelines import flow, intake
from testkit.pipeline_helpers import load_prompts, make_settings
from testkit.samples import make_pdf


@pytest.fixture(params=["postgresql", "sqlite"])
def any_session(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[Session]:
    if request.param == "postgresql":
        yield request.getfixturevalue("db_session")
        return
    upgrade(sqlite_url)
    engine = make_engine(sqlite_url)
    with session_scope(engine) as session:
        yield session
        session.rollback()
    engine.dispose()


def _user(session: Session, role: str = "senior_recruiter") -> User:
    return create_user(
        session, email=f"{uuid.uuid4().hex[:8]}@example.com", password_hash="x", role=role
    )


def _resume(
    session: Session, candidate: Candidate, user: User, extracted_text: str | None, version: int
) -> Resume:
    """A resume version whose text was stored, and the refresh the pipeline makes then."""
    resume = Resume(
        candidate_id=candidate.id,
        uploaded_by_user_id=user.id,
        original_filename="cv.pdf",
        stored_filename=uuid.uuid4().hex,
        file_hash=uuid.uuid4().hex * 2,
        file_size=10,
        mime_type="application/pdf",
        version_number=version,
        extracted_text=extracted_text,
    )
    session.add(resume)
    refresh_search_documents(session, [candidate.id])
    return resume


def _found(session: Session, user: User, query: str, **kwargs: Any) -> list[str]:
    page = list_visible_candidates(session, user, page=1, size=100, text=query, **kwargs)
    assert page.total == len(page.items)
    return [f"{c.first_name} {c.last_name}" for c in page.items]


# --- on both databases --------------------------------------------------------------------


def test_a_word_only_in_the_resume_finds_the_candidate(any_session: Session) -> None:
    senior = _user(any_session)
    ada = create_candidate(any_session, senior, first_name="Ada", last_name="Quist")
    create_candidate(any_session, senior, first_name="Bea", last_name="Quist")
    _resume(any_session, ada, senior, "Ran Kubernetes clusters for the payments team.", 1)
    assert _found(any_session, senior, "Kubernetes") == ["Ada Quist"]
    assert _found(any_session, senior, "kubernetes payments") == ["Ada Quist"]
    # Every word must match; a name and a resume word together narrow the search.
    assert _found(any_session, senior, "ada kubernetes") == ["Ada Quist"]
    assert _found(any_session, senior, "bea kubernetes") == []
    assert _found(any_session, senior, "Terraform") == []


def test_names_emails_company_and_position_match_by_prefix(any_session: Session) -> None:
    senior = _user(any_session)
    create_candidate(
        any_session,
        senior,
        first_name="Anna",
        last_name="Lindqvist",
        email="anna.lindqvist@northwind.example",
        current_company="Northwind Analytics",
        current_position="Data Engineer",
    )
    create_candidate(any_session, senior, first_name="Bruno", last_name="Okafor")
    for query in ("ann", "Anna", "lindq", "LINDQVIST", "northwind.example", "analyt", "Data Eng"):
        assert _found(any_session, senior, query) == ["Anna Lindqvist"], query
    assert _found(any_session, senior, "anna.lindqvist@northwind.example") == ["Anna Lindqvist"]
    # A position's word in another inflection: stemmed like the resume's text.
    assert _found(any_session, senior, "engineers") == ["Anna Lindqvist"]
    # Operators and wildcards are words like any other, never syntax.
    for query in ("%", "*", "'&|!:*", '"', "(ann", "NOT ann", "ann OR"):
        _found(any_session, senior, query)
    assert _found(any_session, senior, "%") == []
    assert _found(any_session, senior, "nna") == []  # a prefix, not any substring


def test_a_new_resume_version_replaces_the_old_text(any_session: Session) -> None:
    senior = _user(any_session)
    ada = create_candidate(any_session, senior, first_name="Ada", last_name="Quist")
    _resume(any_session, ada, senior, "Cobol mainframe batch jobs.", 1)
    assert _found(any_session, senior, "mainframe") == ["Ada Quist"]
    # A newer version whose text is not read yet: the newest text there is still counts.
    _resume(any_session, ada, senior, None, 2)
    assert _found(any_session, senior, "mainframe") == ["Ada Quist"]
    _resume(any_session, ada, senior, "Rust services on Kubernetes.", 3)
    assert _found(any_session, senior, "mainframe") == []
    assert _found(any_session, senior, "rust") == ["Ada Quist"]


def test_an_edited_candidate_is_found_by_the_new_values(any_session: Session) -> None:
    senior = _user(any_session)
    ada = create_candidate(any_session, senior, first_name="Ada", last_name="Quist")
    update_candidate(any_session, ada, {"last_name": "Byron", "current_company": "Helios"})
    assert _found(any_session, senior, "quist") == []
    assert _found(any_session, senior, "byron helios") == ["Ada Byron"]


def test_an_erased_candidate_is_not_found(any_session: Session) -> None:
    senior = _user(any_session)
    ada = create_candidate(any_session, senior, first_name="Ada", last_name="Quist")
    _resume(any_session, ada, senior, "Kubernetes operator.", 1)
    delete_candidate(any_session, ada)
    assert _found(any_session, senior, "kubernetes") == []
    assert _found(any_session, senior, "ada") == []
    left = any_session.execute(text("SELECT count(*) FROM candidate_search")).scalar_one()
    assert left == 0


def test_a_junior_never_finds_a_candidate_not_assigned_to_them(any_session: Session) -> None:
    senior = _user(any_session)
    junior = _user(any_session, "junior_recruiter")
    theirs = create_candidate(any_session, junior, first_name="Ada", last_name="Quist")
    others = create_candidate(any_session, senior, first_name="Bea", last_name="Quist")
    ended = create_candidate(any_session, junior, first_name="Cy", last_name="Quist")
    for candidate in (theirs, others, ended):
        _resume(any_session, candidate, senior, "Kubernetes and Terraform on AWS.", 1)
    (assignment,) = active_assignments(any_session, ended.id)
    end_assignment(assignment, "handed over")
    any_session.flush()
    for query in ("kubernetes", "quist", "bea", "terraform aws", "cy"):
        assert set(_found(any_session, junior, query)) <= {"Ada Quist"}, query
    assert _found(any_session, junior, "kubernetes") == ["Ada Quist"]
    assert _found(any_session, junior, "bea kubernetes") == []
    assert len(_found(any_session, senior, "kubernetes")) == 3


def test_search_keeps_the_listing_order_and_the_status_filter(any_session: Session) -> None:
    senior = _user(any_session)
    for first, last, status in (
        ("Cy", "Berg", "active"),
        ("Al", "Berg", "active"),
        ("Bo", "Adler", "archived"),
        ("Di", "Zeller", "active"),
    ):
        candidate = create_candidate(
            any_session, senior, first_name=first, last_name=last, status=status
        )
        _resume(any_session, candidate, senior, "Site reliability engineering.", 1)
    assert _found(any_session, senior, "reliability") == [
        "Bo Adler",
        "Al Berg",
        "Cy Berg",
        "Di Zeller",
    ]
    assert _found(any_session, senior, "reliability", status="archived") == ["Bo Adler"]
    # Past the last page: no rows, the total still counted.
    beyond = list_visible_candidates(any_session, senior, page=3, size=2, text="reliability")
    assert (beyond.items, beyond.total, beyond.total_is_estimate) == ([], 4, False)
    second = list_visible_candidates(any_session, senior, page=2, size=3, text="reliability")
    assert [c.first_name for c in second.items] == ["Di"]
    assert second.total == 4


# --- PostgreSQL: languages, many matches, the index ------------------------------------------


@pytest.mark.parametrize(
    ("text_in_resume", "query", "language"),
    [
        ("Erfahrung als Softwareentwickler mit den Entwicklern der Plattform.", "Entwickler",
         "german"),
        ("Ich habe Kenntnisse in der Datenbankentwicklung und die Leitung des Teams.",
         "Kenntnis", "german"),
        ("Je suis développeur et j'ai encadré les développeurs de l'équipe.", "développeurs",
         "french"),
        ("Les ingénieurs de la plateforme et moi avons livré le projet.", "ingénieur",
         "french"),
        ("Soy desarrolladora y dirigí a los desarrolladores del equipo de datos.",
         "desarrollador", "spanish"),
        ("I led the engineering teams and engineered the billing platform.", "engineer",
         "english"),
    ],
)  # fmt: skip
def test_inflected_forms_are_found_in_the_resumes_language(
    db_session: Session, text_in_resume: str, query: str, language: str
) -> None:
    senior = _user(db_session)
    ada = create_candidate(db_session, senior, first_name="Ada", last_name="Quist")
    _resume(db_session, ada, senior, text_in_resume, 1)
    stored = db_session.execute(
        text("SELECT language FROM candidate_search WHERE candidate_id = :id"), {"id": ada.id}
    ).scalar_one()
    assert stored == language
    assert _found(db_session, senior, query) == ["Ada Quist"]


def test_many_matches_are_paged_in_order_with_an_estimated_total(
    db_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    senior = _user(db_session)
    for index in range(12):
        candidate = create_candidate(
            db_session,
            senior,
            first_name=f"P{index:02d}",
            last_name="Quist" if index % 2 else "Adler",
            status="archived" if index % 3 == 0 else "active",
        )
        _resume(db_session, candidate, senior, "Kubernetes engineer.", 1)
    db_session.execute(text("ANALYZE candidate_search"))

    def pages(**kwargs: Any) -> tuple[list[str], int, bool]:
        found = [
            list_visible_candidates(db_session, senior, page=n, size=5, text="kubernetes", **kwargs)
            for n in (1, 2, 3)
        ]
        names = [c.first_name for page in found for c in page.items]
        return names, found[0].total, found[0].total_is_estimate

    exact = pages()
    exact_archived = pages(status="archived")
    assert exact[1:] == (12, False)
    assert exact_archived[1:] == (4, False)
    # As at scale: the planner expects more matches than are counted.
    monkeypatch.setattr(search, "estimated_rows", lambda _session, _statement: 1_000)
    monkeypatch.setattr(candidate_queries, "EXACT_SEARCH_TOTAL_UP_TO", 3)
    estimated = pages()
    estimated_archived = pages(status="archived")
    # The same candidates in the same order; only the total is an estimate.
    assert estimated == (exact[0], 1_000, True)
    assert estimated_archived == (exact_archived[0], 1_000, True)
    # An estimate too high (few matches after all: the walk does not fill the page) ends
    # in an exact count.
    monkeypatch.setattr(candidate_queries, "EXACT_SEARCH_TOTAL_UP_TO", 5_000)
    assert pages(status="archived") == exact_archived


def test_a_walk_that_finds_too_few_goes_on_where_it_stopped(
    db_session: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    senior = _user(db_session)
    for index in range(12):
        candidate = create_candidate(
            db_session, senior, first_name=f"P{index:02d}", last_name=f"Q{index % 5}"
        )
        text_of = "Kubernetes engineer." if index % 3 else "Accountant."
        _resume(db_session, candidate, senior, text_of, 1)

    def page(number: int, word: str = "kubernetes") -> tuple[list[str], int, bool]:
        found = list_visible_candidates(db_session, senior, page=number, size=3, text=word)
        return [c.first_name for c in found.items], found.total, found.total_is_estimate

    exact = [page(1), page(2), page(3)]
    assert [total for _, total, _ in exact] == [8, 8, 8]
    exact_few = [page(1, "accountant"), page(2, "accountant")]
    assert [total for _, total, _ in exact_few] == [4, 4]
    # The planner expects many; the first rows walked hold fewer than a page; more match
    # than are found first: the walk goes on (from the last row found on page 1). Half
    # a page found ("kubernetes"): as far again first; less ("accountant"): the guard of
    # the exact way trips first.
    monkeypatch.setattr(search, "estimated_rows", lambda _session, _statement: 1_000)
    monkeypatch.setattr(candidate_queries, "EXACT_SEARCH_TOTAL_UP_TO", 2)
    monkeypatch.setattr(candidate_queries, "WALK_ROWS_PER_ROW", 1)
    walked = [page(1), page(2), page(3)]
    assert [names for names, _, _ in walked] == [names for names, _, _ in exact]
    assert all(estimated for _, _, estimated in walked)
    walked_few = [page(1, "accountant"), page(2, "accountant")]
    assert [names for names, _, _ in walked_few] == [names for names, _, _ in exact_few]
    assert all(estimated for _, _, estimated in walked_few)
    # Planned without sequential scans after a walk; the setting is back as it was.
    assert db_session.scalar(text("SHOW enable_seqscan")) == "on"


def test_a_seniors_search_is_served_by_the_gin_indexes(db_session: Session) -> None:
    senior = _user(db_session)
    for index in range(30):
        create_candidate(db_session, senior, first_name=f"Ada{index}", last_name="Lindqvist")
    found = parse_search(db_session, "lindq kubernetes")
    assert found is not None
    statement = matching_candidate_ids(found)
    compiled = statement.compile(db_session.bind, compile_kwargs={"literal_binds": True})
    db_session.execute(text("SET LOCAL enable_seqscan = off"))
    plan = "\n".join(row[0] for row in db_session.execute(text(f"EXPLAIN {compiled}")))
    # Every word, each in all its forms, in one lookup of the one index: nothing is left
    # to a filter that would read the documents.
    assert "Bitmap Index Scan on ix_candidate_search_document" in plan
    assert "Filter" not in plan
    # The listing's search leaves the setting as it found it.
    db_session.execute(text("SET LOCAL enable_seqscan = on"))
    assert _found(db_session, senior, "lindq") == [
        f"Ada{i} Lindqvist" for i in sorted(range(30), key=lambda i: f"Ada{i}")
    ]
    assert db_session.scalar(text("SHOW enable_seqscan")) == "on"


def test_a_huge_text_is_indexed_up_to_the_limit(db_session: Session) -> None:
    senior = _user(db_session)
    ada = create_candidate(db_session, senior, first_name="Ada", last_name="Quist")
    words = " ".join(f"w{index}x" for index in range(400_000))
    _resume(db_session, ada, senior, "Kubernetes " + words, 1)
    assert _found(db_session, senior, "kubernetes") == ["Ada Quist"]


# --- the pipeline keeps the documents up to date ------------------------------------------


def test_extraction_puts_the_resumes_text_in_the_search(
    db_session: Session, tmp_path: Path
) -> None:
    load_prompts(db_session)
    settings: Settings = make_settings(tmp_path / "storage", "unused://")
    owner = _user(db_session, "junior_recruiter")
    candidate = create_candidate(db_session, owner, first_name="Ada", last_name="Quist")

    def read(lines: list[tuple[str, str]]) -> None:
        _, request = intake.register_upload(
            db_session,
            settings,
            candidate=candidate,
            user=owner,
            data=make_pdf(lines),
            original_filename="cv.pdf",
        )
        db_session.flush()
        flow.start(db_session, request.id, max_attempts=3)
        flow.extract(db_session, settings, request.id)

    read([("name", "Ada Quist"), ("body", "Platform engineer: Kubernetes, Terraform.")])
    assert _found(db_session, owner, "terraform") == ["Ada Quist"]
    read([("name", "Ada Quist"), ("body", "Data scientist: PyTorch and Spark.")])
    assert _found(db_session, owner, "pytorch") == ["Ada Quist"]
    assert _found(db_session, owner, "terraform") == []


# --- the migration, both ways, on both databases ------------------------------------------


def _seed_before_0013(session: Session) -> uuid.UUID:
    """Rows as they stood before 0013, written in plain SQL (the models are newer)."""
    is_pg = session.get_bind().dialect.name == "postgresql"

    def key(value: uuid.UUID) -> Any:
        return value if is_pg else value.hex

    user, candidate = uuid.uuid4(), uuid.uuid4()
    session.execute(
        text(
            "INSERT INTO users (id, email, password_hash, role, is_active, created_at,"
            " updated_at) VALUES (:id, :email, 'x', 'senior_recruiter', true,"
            " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ),
        {"id": key(user), "email": f"{user.hex[:8]}@example.com"},
    )
    session.execute(
        text(
            "INSERT INTO candidates (id, first_name, last_name, email, status, awaiting_resume,"
            " created_at, updated_at) VALUES (:id, 'Ada', 'Quist', 'ada.quist@example.com',"
            " 'active', false, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"
        ),
        {"id": key(candidate)},
    )
    for version, body in ((1, "Cobol mainframe."), (2, "Kubernetes operator."), (3, None)):
        session.execute(
            text(
                "INSERT INTO resumes (id, candidate_id, uploaded_by_user_id, original_filename,"
                " stored_filename, file_hash, file_size, mime_type, version_number, status,"
                " progress, extracted_text, uploaded_at) VALUES (:id, :candidate, :user,"
                " 'cv.pdf', :stored, :hash, 1, 'application/pdf', :version, 'completed', 100,"
                " :body, CURRENT_TIMESTAMP)"
            ),
            {
                "id": key(uuid.uuid4()),
                "candidate": key(candidate),
                "user": key(user),
                "stored": uuid.uuid4().hex,
                "hash": uuid.uuid4().hex * 2,
                "version": version,
                "body": body,
            },
        )
    return user


@pytest.fixture(params=["postgresql", "sqlite"])
def scratch_url(request: pytest.FixtureRequest, sqlite_url: str) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url
        return
    from sqlalchemy.engine import make_url

    url = make_url(request.getfixturevalue("pg_url"))
    scratch = f"{url.database}_search"
    admin = make_engine(url.render_as_string(hide_password=False), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{scratch}"'))
    try:
        yield url.set(database=scratch).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)'))
        admin.dispose()


def test_the_migration_indexes_existing_candidates_and_rolls_back(scratch_url: str) -> None:
    upgrade(scratch_url, "0012_agent_leases")
    engine = make_engine(scratch_url)
    with session_scope(engine) as session:
        user_id = _seed_before_0013(session)
    upgrade(scratch_url, "0013_candidate_search")
    with session_scope(engine) as session:
        senior = session.get(User, user_id)
        assert senior is not None
        # The newest version with text is what the document holds.
        assert _found(session, senior, "kubernetes") == ["Ada Quist"]
        assert _found(session, senior, "mainframe") == []
        assert _found(session, senior, "ada.quist@example.com") == ["Ada Quist"]
    downgrade(scratch_url, "0012_agent_leases")
    tables = set(inspect(engine).get_table_names())
    assert not {name for name in tables if name.startswith("candidate_search")}
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            functions = connection.execute(
                text("SELECT proname FROM pg_proc WHERE proname LIKE 'candidate_search%'")
            )
            assert functions.all() == []
    upgrade(scratch_url, "0013_candidate_search")  # and again, from the rolled-back state
    engine.dispose()


def test_fts_query_quotes_every_word() -> None:
    assert search_words('  ann "x  %  c++ ') == ["ann", '"x', "c++"]
    assert fts_query(['a"b']) == '({profile} : "a""b" * OR {body} : "a""b")'
    assert len(search_words(" ".join(["w"] * 40))) == 12
