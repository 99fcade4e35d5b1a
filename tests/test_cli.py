"""The operator commands, run as a user would run them: the installed console script."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import func, select

from core.passwords import verify_password
from database.engine import make_engine, session_scope
from database.models import Candidate, Prompt, User, UserCandidateAssignment

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
    engine.dispose()


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
