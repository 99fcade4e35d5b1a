"""The admin pages and the account page in real Chromium (same fixtures and helpers as
``test_browser.py``): an admin opens a new prompt version, sees how many resumes the
re-review will take, activates it and sees the count again; axe-core finds nothing serious
or critical on the admin pages and the account page. Screenshots: admin-prompts.png and
account.png."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from sqlalchemy import Engine

from core.enums import UserRole
from database.engine import session_scope
from database.queries.candidates import create_candidate
from database.queries.prompts import active_prompts, create_prompt
from database.queries.users import create_user
from testkit.pipeline_helpers import load_prompts, make_settings
from tests.api.conftest import JWT_SECRET, PASSWORD_HASH
from tests.web.browser import screenshot, serious_violations, served
from tests.web.test_browser import EXAMPLE_PDF, chromium, new_page, sign_in  # noqa: F401

pytestmark = pytest.mark.worker


@pytest.fixture
def admin_stack(
    pipeline_env: Path, pg_url: str, committed_engine: Engine, redis_url: str
) -> Iterator[tuple[str, str, uuid.UUID]]:
    """A resume reviewed in this process (the production chain, offline reviewer), a new
    inactive version of the content prompt, an admin; the app served. Yields (base URL,
    the admin's email, the new version's id)."""
    from pipelines import chain
    from pipelines.intake import register_upload

    settings = make_settings(pipeline_env, pg_url, jwt_secret=JWT_SECRET, broker_url=redis_url)
    email = f"admin-{uuid.uuid4().hex[:6]}@example.com"
    with session_scope(committed_engine) as session:
        load_prompts(session)
        admin = create_user(session, email=email, password_hash=PASSWORD_HASH,
                            role=UserRole.ADMIN, first_name="Ada", last_name="Admin")  # fmt: skip
        candidate = create_candidate(session, admin, first_name="Elena", last_name="Varga")
        _resume, request = register_upload(
            session, settings, candidate=candidate, user=admin,
            data=EXAMPLE_PDF.read_bytes(), original_filename=EXAMPLE_PDF.name,
        )  # fmt: skip
        request_id = request.id
    assert chain.run_review(committed_engine, settings, request_id) is chain.Outcome.DONE
    with session_scope(committed_engine) as session:
        active = active_prompts(session)["content"]
        source = SimpleNamespace(
            agent_type="content", name=active.name,
            system_prompt=active.system_prompt + "\nName the measurable result of each bullet.",
            user_prompt_template=active.user_prompt_template, model=active.model,
            temperature=float(active.temperature), max_tokens=active.max_tokens,
        )  # fmt: skip
        prompt_id = create_prompt(session, source).id
    with served(settings, committed_engine, redis_url) as base:
        yield base, email, prompt_id


def test_an_admin_activates_a_prompt_version_seeing_the_rereview_count(
    chromium: Any,  # noqa: F811
    admin_stack: tuple[str, str, uuid.UUID],
) -> None:
    base, email, prompt_id = admin_stack
    page = new_page(chromium, base)
    sign_in(page, email)
    page.get_by_role("link", name="Prompts").click()
    page.wait_for_url(re.compile(r"/admin/prompts$"))
    assert serious_violations(page) == []
    page.locator(f'[data-prompt-id="{prompt_id}"] a').click()
    page.wait_for_url(re.compile(rf"/admin/prompts/{prompt_id}$"))
    count = page.locator("[data-rereview-count]")
    assert count.get_attribute("data-rereview-count") == "1"
    assert "1 resume" in count.inner_text()
    # The offline reviewer's calls use no tokens: nothing to estimate from.
    assert "no history" in page.locator("[data-token-estimate]").inner_text()
    assert page.locator("pre.diff .diff-add").count() >= 1
    assert serious_violations(page) == []
    screenshot(page, "admin-prompts", full_page=True)
    # Activated by keyboard alone: focus the button, press Enter.
    page.get_by_role("button", name=re.compile("Activate version")).focus()
    page.keyboard.press("Enter")
    page.wait_for_selector("[data-rereview-done]")
    assert page.locator("[data-rereview-done]").inner_text() == "1"
    assert "Active version" in page.locator("main").inner_text()
    for name, path in (("Users", "/admin/users"), ("Spend", "/admin/spend"),
                       ("Activity", "/admin/activity"), ("Account", "/account")):  # fmt: skip
        page.get_by_role("link", name=name, exact=True).click()
        page.wait_for_url(re.compile(rf"{path}$"))
        assert serious_violations(page) == [], path
    assert "prompt.activate" in page.goto("/admin/activity?action=prompt.activate").text()
    page.goto("/account")
    page.locator("#f-current_password").focus()
    screenshot(page, "account")
    assert page.js_errors == []
