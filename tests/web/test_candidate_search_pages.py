"""The candidates page's search box (issue 23): what the resume says finds the candidate,
never one the user may not see, and an estimated total reads "About N"; axe-core finds
nothing serious on the searched page in Chromium."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from core.enums import UserRole
from database.engine import session_scope
from database.models import Resume
from database.queries import candidates as candidate_queries
from database.queries import search
from database.queries.candidates import create_candidate
from database.queries.search import refresh_search_documents
from database.queries.users import create_user
from testkit.pipeline_helpers import make_settings
from tests.api.conftest import JWT_SECRET, PASSWORD_HASH, World
from tests.web.browser import screenshot, serious_violations, served
from tests.web.conftest import Browser
from tests.web.test_browser import chromium, new_page, sign_in  # noqa: F401


def _with_text(db_session: Session, world: World) -> None:
    world.resume.extracted_text = "Analytical engine programmer; Kubernetes on weekends."
    refresh_search_documents(db_session, [world.candidate.id])
    db_session.commit()


def test_the_search_box_finds_what_the_resume_says(
    browser: Callable[[], Browser], world: World, db_session: Session
) -> None:
    _with_text(db_session, world)
    senior = browser()
    senior.sign_in(world.senior)
    page = senior.get("/candidates?q=Kubernetes").get_data(as_text=True)
    assert "Ada Lovelace" in page
    assert "1 candidate matching “Kubernetes”." in page
    assert "Search names, emails, roles and resumes" in page
    nothing = senior.get("/candidates?q=Terraform").get_data(as_text=True)
    assert "No candidate matches “Terraform”." in nothing
    for who in ("junior_unassigned", "junior_former"):
        junior = browser()
        junior.sign_in(world.user(who))
        assert "Ada Lovelace" not in junior.get("/candidates?q=Kubernetes").get_data(as_text=True)


def test_an_estimated_total_reads_about_n(
    browser: Callable[[], Browser],
    world: World,
    db_session: Session,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _with_text(db_session, world)
    # As at scale: more matches than are counted, and the planner's estimate for them.
    monkeypatch.setattr(candidate_queries, "EXACT_SEARCH_TOTAL_UP_TO", 0)
    monkeypatch.setattr(search, "estimated_rows", lambda _session, _statement: 12_345)
    senior = browser()
    senior.sign_in(world.senior)
    page = senior.get("/candidates?q=Kubernetes").get_data(as_text=True)
    assert "Ada Lovelace" in page
    assert "About 12,345 candidates matching “Kubernetes”." in page
    assert "Page 1 of about 494" in page


def test_the_searched_page_passes_axe_in_chromium(
    chromium: Any,  # noqa: F811
    pipeline_env: Path,
    pg_url: str,
    committed_engine: Engine,
    redis_url: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    email = f"senior-{uuid.uuid4().hex[:6]}@example.com"
    with session_scope(committed_engine) as session:
        senior = create_user(session, email=email, password_hash=PASSWORD_HASH,
                             role=UserRole.SENIOR_RECRUITER)  # fmt: skip
        candidate = create_candidate(session, senior, first_name="Elena", last_name="Varga")
        resume = Resume(candidate_id=candidate.id, uploaded_by_user_id=senior.id,
                        original_filename="cv.pdf", stored_filename=uuid.uuid4().hex,
                        file_hash=uuid.uuid4().hex * 2, file_size=1,
                        mime_type="application/pdf",
                        extracted_text="Platform engineer: Kubernetes, Terraform.")  # fmt: skip
        session.add(resume)
        refresh_search_documents(session, [candidate.id])
    settings = make_settings(pipeline_env, pg_url, jwt_secret=JWT_SECRET, broker_url=redis_url)
    monkeypatch.setattr(candidate_queries, "EXACT_SEARCH_TOTAL_UP_TO", 0)
    monkeypatch.setattr(search, "estimated_rows", lambda _session, _statement: 12_345)
    with served(settings, committed_engine, redis_url) as base:
        page = new_page(chromium, base)
        sign_in(page, email)
        page.get_by_label("Search names, emails, roles and resumes").fill("kubernetes")
        page.get_by_role("button", name="Search").click()
        page.wait_for_url(re.compile(r"q=kubernetes"))
        assert page.locator("#candidates").get_by_text("Elena Varga").is_visible()
        assert "About 12,345 candidates" in page.locator("[data-total]").inner_text()
        assert serious_violations(page) == []
        screenshot(page, "candidates-search")
