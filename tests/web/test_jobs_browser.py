"""A job in real Chromium against the real stack (the app on loopback, real Celery workers,
PostgreSQL, Redis, the offline matcher): a senior pastes a posting, edits the drafted
requirements, attaches 20 candidates, watches the matrix fill in, opens a cell and sees the
evidence highlighted on the resume, moves a candidate to shortlisted and downloads the
CSV; a junior sees only the rows of the candidates assigned to them. axe-core finds
nothing serious on any of the pages."""

from __future__ import annotations

import csv
import io
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import expect
from sqlalchemy import Engine, select

from core.enums import UserRole
from database.engine import session_scope
from database.models import ActivityLog, Candidate, User
from database.queries.assignments import assign_candidate
from database.queries.candidates import create_candidate
from database.queries.users import create_user
from pipelines import intake
from testkit.job_pool import POSTING, pool_candidate
from testkit.pipeline_helpers import load_prompts, make_settings
from testkit.worker_harness import celery_workers
from tests.api.conftest import JWT_SECRET, PASSWORD_HASH
from tests.web.browser import screenshot, serious_violations, served
from tests.web.test_browser import chromium, new_page, sign_in  # noqa: F401

pytestmark = pytest.mark.worker

POOL = 20
JUNIORS_CANDIDATES = 3
EVALUATION_TIMEOUT_MS = 180_000


@pytest.fixture
def stack(
    pipeline_env: Path, pg_url: str, committed_engine: Engine, redis_url: str, tmp_path: Path
) -> Iterator[tuple[str, dict[str, str], Engine]]:
    """A senior, a junior, and 20 candidates whose resumes are on file (three assigned to
    the junior); their reviews are not run: an evaluation extracts what it needs."""
    emails = {
        "senior": f"senior-{uuid.uuid4().hex[:6]}@example.com",
        "junior": f"junior-{uuid.uuid4().hex[:6]}@example.com",
    }
    settings = make_settings(pipeline_env, pg_url, jwt_secret=JWT_SECRET, broker_url=redis_url)
    with session_scope(committed_engine) as session:
        load_prompts(session)
        senior = create_user(
            session, email=emails["senior"], password_hash=PASSWORD_HASH,
            role=UserRole.SENIOR_RECRUITER, first_name="Sam", last_name="Senior",
        )  # fmt: skip
        junior = create_user(
            session, email=emails["junior"], password_hash=PASSWORD_HASH,
            role=UserRole.JUNIOR_RECRUITER, first_name="Jo", last_name="Junior",
        )  # fmt: skip
        for number in range(POOL):
            person = pool_candidate(number)
            candidate = create_candidate(
                session, senior, first_name=person.first_name, last_name=person.last_name,
                email=person.email,
            )  # fmt: skip
            intake.register_upload(session, settings, candidate=candidate, user=senior,
                                   data=person.pdf, original_filename=f"{number}.pdf")  # fmt: skip
            if number < JUNIORS_CANDIDATES:
                assign_candidate(session, candidate=candidate, user=junior, assigned_by=senior,
                                 assignment_type="secondary")  # fmt: skip
    env = {"DATABASE_URL": pg_url, "STORAGE_DIR": str(pipeline_env)}
    with (
        celery_workers(env, tmp_path / "logs"),
        served(settings, committed_engine, redis_url) as url,
    ):
        yield url, emails, committed_engine


def test_a_senior_screens_twenty_candidates_against_a_job_and_a_junior_sees_theirs(
    chromium: Any,  # noqa: F811
    stack: tuple[str, dict[str, str], Engine],
    tmp_path: Path,
) -> None:
    base, emails, engine = stack
    page = new_page(chromium, base)
    sign_in(page, emails["senior"])

    # A posting pasted, its requirements drafted, one edited, one nice-to-have reweighted.
    page.get_by_role("link", name="Jobs").click()
    assert serious_violations(page) == []
    page.get_by_role("link", name="New job").click()
    page.fill("#f-title", "Senior Backend Engineer")
    page.fill("#f-description", POSTING)
    page.get_by_role("button", name="Draft requirements").click()
    texts = page.locator('input[name="req_text"]')
    drafted = [value for value in texts.evaluate_all("els => els.map(e => e.value)") if value]
    assert "Strong proficiency in Python or Go" in drafted
    assert "Experience with Kubernetes" in drafted
    assert "What you'll do" not in " ".join(drafted) and "Mentor" not in " ".join(drafted)
    assert serious_violations(page) == []
    screenshot(page, "job-drafted", full_page=True)
    kafka = drafted.index("Event streaming with Kafka")
    texts.nth(kafka).fill("Event streaming with Kafka or RabbitMQ")
    page.locator('select[name="req_weight"]').nth(kafka).select_option("2")
    # Enter in a field saves (it never drafts again over the edits).
    texts.nth(kafka).press("Enter")
    expect(page.locator("h1")).to_have_text("Senior Backend Engineer")
    job_url = page.url
    expect(page.locator('input[name="req_text"]').nth(kafka)).to_have_value(
        "Event streaming with Kafka or RabbitMQ"
    )

    # Twenty candidates attached at once; the matrix fills in while they are evaluated.
    page.locator("#attach-all").check()
    page.get_by_role("button", name="Attach and evaluate").click()
    expect(page.locator("#ranking-table tbody tr")).to_have_count(POOL)
    expect(page.locator('#matrix[data-running="0"]')).to_have_count(
        1, timeout=EVALUATION_TIMEOUT_MS
    )
    expect(page.locator("#ranking-table [data-evaluating]")).to_have_count(0)
    fits = page.locator("#ranking-table td.fit strong").all_inner_texts()
    assert len(fits) == POOL
    rows = page.locator("#ranking-table tbody tr")
    # Every must-have met first, then by fit.
    flags = [rows.nth(i).locator(".must-met").count() for i in range(POOL)]
    assert flags == sorted(flags, reverse=True) and 0 < sum(flags) < POOL
    met_first = [int(f) for f, flag in zip(fits, flags, strict=True) if flag]
    assert met_first == sorted(met_first, reverse=True)
    assert serious_violations(page) == []
    page.set_viewport_size({"width": 1280, "height": 800})
    screenshot(page, "job-ranking")
    screenshot(page, "job-ranking-full", full_page=True)

    # A cell opens the resume with its evidence highlighted.
    top = rows.nth(0)
    top_name = top.locator("th a").inner_text()
    cell = top.locator("td.verdict-met a.verdict").first
    quote = re.search(r"“(.+)”", cell.get_attribute("title") or "")
    assert quote, cell.get_attribute("title")
    cell.click()
    page.wait_for_url(re.compile(r"/reviews/.+#finding-"))
    finding_id = page.url.rsplit("#finding-", 1)[1]
    selected = page.locator(f'#finding-{finding_id}[aria-current="true"]')
    expect(selected).to_be_visible()
    expect(selected).to_contain_text(quote.group(1))
    highlight = page.locator(f'.hl[data-highlight-for="{finding_id}"][aria-current="true"]')
    expect(highlight.first).to_be_visible()
    assert serious_violations(page) == []
    screenshot(page, "job-evidence")

    # The top candidate moves to shortlisted (audited); the CSV downloads.
    page.goto(job_url)
    top = page.locator("#ranking-table tbody tr").nth(0)
    top.locator("select[name=stage]").select_option("shortlisted")
    top.get_by_role("button", name="Move").click()
    page.wait_for_url(re.compile(r"#ranking$"))
    expect(
        page.locator("#ranking-table tbody tr").nth(0).locator("select[name=stage]")
    ).to_have_value("shortlisted")
    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download CSV").click()
    download = download_info.value
    table = list(csv.reader(io.StringIO(Path(download.path()).read_text(encoding="utf-8"))))
    assert len(table) == POOL + 1
    assert table[1][1] + " " + table[1][2] == top_name and table[1][3] == "shortlisted"
    with session_scope(engine) as session:
        moves = session.scalars(
            select(ActivityLog).where(ActivityLog.action == "application.stage")
        ).all()
        assert [(m.details or {}).get("to") for m in moves] == ["shortlisted"]
    assert page.js_errors == []

    # The junior sees the job and only the rows of the three candidates assigned to them.
    junior_page = new_page(chromium, base)
    sign_in(junior_page, emails["junior"])
    junior_page.goto(job_url)
    expect(junior_page.locator("#ranking-table tbody tr")).to_have_count(JUNIORS_CANDIDATES)
    with session_scope(engine) as session:
        junior = session.scalars(select(User).where(User.email == emails["junior"])).one()
        assigned = {
            f"{c.first_name} {c.last_name}"
            for c in session.scalars(select(Candidate).order_by(Candidate.created_at))
        }
        assert junior is not None and assigned
    names = junior_page.locator("#ranking-table tbody th a").all_inner_texts()
    expected = {f"{pool_candidate(n).first_name} {pool_candidate(n).last_name}" for n in range(3)}
    assert set(names) == expected
    assert junior_page.get_by_role("button", name="Attach and evaluate").count() == 0
    assert serious_violations(junior_page) == []
    screenshot(junior_page, "job-ranking-junior")
    assert junior_page.js_errors == []
