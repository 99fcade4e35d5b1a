"""The operator commands, run as a user would run them: the installed console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from core.passwords import verify_password
from database.engine import make_engine, session_scope
from database.models import Candidate, Prompt, User, UserCandidateAssignment
from tests.conftest import TEST_DATABASE_URL

SCRIPT = Path(sys.executable).with_name("resume-review")


def run(
    database_url: str, *args: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DATABASE_URL": database_url}
    return subprocess.run(
        [str(SCRIPT), *args], input=stdin, env=env, capture_output=True, text=True, check=False
    )


def test_upgrade_and_seed_twice_leave_the_demo_mix(sqlite_url: str) -> None:
    for _ in range(2):
        assert run(sqlite_url, "db", "upgrade").returncode == 0
        seeded = run(sqlite_url, "seed-demo", "--password", "s3cret-demo")
        assert seeded.returncode == 0, seeded.stderr
    engine = make_engine(sqlite_url)
    with session_scope(engine) as session:
        roles = dict(session.execute(select(User.role, func.count()).group_by(User.role)).all())
        assert roles == {"admin": 10, "senior_recruiter": 18, "junior_recruiter": 189}
        assert session.scalar(select(func.count()).select_from(Candidate)) == 11
        history = session.scalars(select(UserCandidateAssignment)).all()
        assert any(not a.is_active and a.unassigned_reason for a in history)
        reassigned = {
            a.candidate_id for a in history if a.unassigned_reason == "workload rebalancing"
        }
        assert reassigned
        unassigned = [
            c
            for c in session.scalars(select(Candidate))
            if not any(a.is_active for a in c.assignments)
        ]
        assert len(unassigned) == 1
        active_prompts = session.scalars(select(Prompt).where(Prompt.is_active.is_(True))).all()
        assert {p.agent_type for p in active_prompts} >= {"structure", "content", "ats", "language"}
        assert all(p.version == 1 for p in active_prompts)
        user = session.scalars(select(User).where(User.email == "admin001@demo.example.com")).one()
        assert verify_password(user.password_hash, "s3cret-demo")
        # Each demo user who can sign in has a salt of their own; the rest cannot sign in.
        hashes = [
            session.scalar(select(User.password_hash).where(User.email == email))
            for email in ("admin001@demo.example.com", "admin002@demo.example.com",
                          "junior001@demo.example.com")
        ]  # fmt: skip
        assert len(set(hashes)) == 3
        assert all(verify_password(h, "s3cret-demo") for h in hashes)
        later = session.scalar(
            select(User.password_hash).where(User.email == "junior100@demo.example.com")
        )
        assert not verify_password(later, "s3cret-demo")
    engine.dispose()


@pytest.fixture
def private_pg_url() -> Iterator[str]:
    """An empty PostgreSQL database of this test's own (the session's is shared)."""
    admin = create_engine(make_url(TEST_DATABASE_URL), isolation_level="AUTOCOMMIT")
    name = f"rr_seed_{uuid.uuid4().hex[:10]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(TEST_DATABASE_URL).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_seed_demo_refuses_a_server_database_unless_told_it_is_a_demo(
    private_pg_url: str,
) -> None:
    """Before: on PostgreSQL it created 217 users, ten of them admins, with one known
    password and one hash."""
    pg_url = private_pg_url
    assert run(pg_url, "db", "upgrade").returncode == 0
    refused = run(pg_url, "seed-demo")
    assert refused.returncode != 0
    assert "--server-database-is-a-demo" in refused.stderr
    engine = make_engine(pg_url)
    with session_scope(engine) as session:
        assert session.scalar(select(func.count()).select_from(User)) == 0
    engine.dispose()
    allowed = run(pg_url, "seed-demo", "--server-database-is-a-demo")
    assert allowed.returncode == 0, allowed.stderr


def test_create_user_reads_the_password_from_stdin(sqlite_url: str) -> None:
    assert run(sqlite_url, "db", "upgrade").returncode == 0
    made = run(
        sqlite_url, "create-user", "Boss@Example.com", "--role", "admin", stdin="long-password\n"
    )
    assert made.returncode == 0, made.stderr
    again = run(sqlite_url, "create-user", "boss@example.com", "--password", "long-password")
    assert again.returncode != 0 and "already exists" in again.stderr
    short = run(sqlite_url, "create-user", "x@example.com", "--password", "short")
    assert short.returncode != 0 and "at least 8" in short.stderr
    engine = make_engine(sqlite_url)
    with session_scope(engine) as session:
        user = session.scalars(select(User).where(User.email == "boss@example.com")).one()
        assert user.role == "admin" and verify_password(user.password_hash, "long-password")
    engine.dispose()


def test_review_prints_one_json_document_per_file(sqlite_url: str, tmp_path: Path) -> None:
    folder = Path(__file__).parents[1] / "examples"
    examples = [
        str(folder / name) for name in ("elena_varga_resume.pdf", "elena_varga_resume.docx")
    ]
    for _ in range(2):  # a second run reviews the same files again
        done = run(sqlite_url, "review", "--json", *examples)
        assert done.returncode == 0, done.stderr
        reports = [json.loads(line) for line in done.stdout.splitlines()]
        assert [r["file"] for r in reports] == examples
        for report in reports:
            assert set(report) == {
                "file", "status", "word_count", "sections", "overall_score", "results",
                "feedback", "usage",
            }  # fmt: skip
            assert report["status"] == "completed"
            assert report["sections"][0]["start_offset"] == 0
            assert {r["agent_type"] for r in report["results"]} == {
                "structure", "content", "ats", "language"
            }  # fmt: skip
            located = [f for f in report["feedback"] if f["start_offset"] is not None]
            assert located
            for item in located:
                assert item["end_offset"] - item["start_offset"] == len(item["quoted_text"])
                assert item["section_type"] is not None
            assert {u["model"] for u in report["usage"]} == {"offline-reviewer"}
    not_a_resume = tmp_path / "notes.pdf"
    not_a_resume.write_text("just text")
    rejected = run(sqlite_url, "review", "--json", str(not_a_resume))
    assert rejected.returncode == 1
    assert json.loads(rejected.stdout)["status"] == "rejected"


def test_screen_ranks_the_files_against_a_posting(sqlite_url: str, tmp_path: Path) -> None:
    folder = Path(__file__).parents[1] / "examples"
    posting = folder / "job_posting.txt"
    examples = [
        str(folder / name) for name in ("elena_varga_resume.pdf", "elena_varga_resume.docx")
    ]
    done = run(sqlite_url, "screen", "--json", str(posting), *examples)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["job"]["title"].startswith("Senior Data Engineer")
    texts = [r["text"] for r in report["requirements"]]
    assert "Strong SQL and Python" in texts and "Terraform" in texts
    assert not any("pipelines" in t for t in texts)  # "What you'll do" is not a requirement
    assert len(report["ranking"]) == 2 and report["not_screened"] == []
    # The same resume as a PDF and as a DOCX: each row says which file it is.
    names = sorted(row["first_name"] for row in report["ranking"])
    assert names == ["elena_varga_resume.docx", "elena_varga_resume.pdf"]
    by_text = {r["id"]: r["text"] for r in report["requirements"]}
    for row in report["ranking"]:
        assert row["evaluation_status"] == "completed" and row["fit_score"] is not None
        verdicts = {by_text[v["requirement_id"]]: v for v in row["requirements"]}
        assert verdicts["Strong SQL and Python"]["verdict"] == "met"
        assert verdicts["Terraform"]["verdict"] == "missing"
        for verdict in verdicts.values():
            if verdict["verdict"] in ("met", "partial"):
                assert verdict["evidence"], verdict
    text = run(sqlite_url, "screen", str(posting), examples[0])
    assert text.returncode == 0, text.stderr
    assert "Ranking (every must-have met first, then fit):" in text.stdout
    assert "✓ met" in text.stdout and '"SQL"' in text.stdout
    not_a_resume = tmp_path / "notes.pdf"
    not_a_resume.write_text("just text")
    refused = run(sqlite_url, "screen", str(posting), str(not_a_resume))
    assert refused.returncode == 1 and "NOT SCREENED" in refused.stderr
