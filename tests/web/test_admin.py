"""The account page (own password) and the admin pages: users, prompts (versions, diff,
activation with its re-review estimate), LLM spend and the activity log. Anyone but an
admin gets the same 404 as a missing page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from types import SimpleNamespace

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.config import Settings
from core.enums import UserRole
from core.passwords import verify_password
from database.models import ActivityLog, Prompt, PromptUsageHistory, ReviewResult, User
from database.queries.activity import log_activity
from database.queries.prompts import active_prompts, create_prompt, list_prompts
from database.queries.users import get_user_by_email
from pipelines.maintenance import rereview_candidates
from tests.api.conftest import PASSWORD, World, activity_count
from tests.web.conftest import Browser
from tests.web.reviewed import complete_review

NEW_PASSWORD = "a completely new passphrase"
ADMIN_PAGES = ("/admin/users", "/admin/prompts", "/admin/spend", "/admin/activity")


# --- account --------------------------------------------------------------------------


def test_account_page_changes_the_password_and_signs_out_other_sessions(
    browser: Callable[[], Browser], make_user: Callable[..., User], db_session: Session
) -> None:
    user = make_user()
    here, elsewhere = browser(), browser()
    here.sign_in(user)
    elsewhere.sign_in(user)
    page = here.get("/account")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert 'for="f-current_password"' in html and 'for="f-new_password"' in html
    changed = here.post("/account/password", {"current_password": PASSWORD,
                        "new_password": NEW_PASSWORD, "repeat_password": NEW_PASSWORD})  # fmt: skip
    assert changed.status_code == 200, changed.get_data(as_text=True)
    assert "Your password was changed" in changed.get_data(as_text=True)
    db_session.expire_all()
    assert verify_password(user.password_hash, NEW_PASSWORD)
    assert activity_count(db_session, "user.password_change") == 1
    # This browser stays signed in; the other one is signed out.
    assert here.get("/candidates").status_code == 200
    assert elsewhere.client.get("/candidates").status_code == 302
    fresh = browser()
    fresh.sign_in(user, NEW_PASSWORD)


def test_account_password_change_needs_the_current_password(
    browser: Callable[[], Browser], make_user: Callable[..., User], db_session: Session
) -> None:
    user = make_user()
    b = browser()
    b.sign_in(user)
    wrong = b.post("/account/password", {"current_password": "not it at all",
                   "new_password": NEW_PASSWORD, "repeat_password": NEW_PASSWORD})  # fmt: skip
    assert wrong.status_code == 422
    html = wrong.get_data(as_text=True)
    assert "not your current password" in html
    assert NEW_PASSWORD not in html and "not it at all" not in html
    short = b.post("/account/password", {"current_password": PASSWORD,
                   "new_password": "short", "repeat_password": "other"})  # fmt: skip
    assert short.status_code == 422
    assert "at least 12" in short.get_data(as_text=True)
    db_session.expire_all()
    assert verify_password(user.password_hash, PASSWORD)
    assert activity_count(db_session, "user.password_change_failed") == 1


def test_guessing_the_current_password_is_throttled(
    browser: Callable[[], Browser], make_user: Callable[..., User]
) -> None:
    """Before: 25 wrong current passwords in a row, no 429 (a stolen session could guess)."""
    user = make_user()
    b = browser()
    b.sign_in(user)
    statuses = [
        b.post("/account/password", {"current_password": f"guess {i}",
               "new_password": NEW_PASSWORD, "repeat_password": NEW_PASSWORD}).status_code
        for i in range(8)
    ]  # fmt: skip
    assert statuses[:5] == [422] * 5
    assert set(statuses[5:]) == {429}
    right = b.post("/account/password", {"current_password": PASSWORD,
                   "new_password": NEW_PASSWORD, "repeat_password": NEW_PASSWORD})  # fmt: skip
    assert right.status_code == 429 and int(right.headers["Retry-After"]) > 0
    assert "Too many wrong passwords" in right.get_data(as_text=True)


def test_account_needs_sign_in(browser: Callable[[], Browser]) -> None:
    assert browser().client.get("/account").status_code == 302


# --- admin: who may see ---------------------------------------------------------------


@pytest.mark.parametrize("role", [UserRole.JUNIOR_RECRUITER, UserRole.SENIOR_RECRUITER])
def test_admin_pages_are_missing_pages_for_other_roles(
    browser: Callable[[], Browser], make_user: Callable[..., User], role: UserRole
) -> None:
    b = browser()
    b.sign_in(make_user(role))
    missing = b.client.get("/admin/no-such-page").get_data(as_text=True)
    home = b.get("/").get_data(as_text=True)
    for path in ADMIN_PAGES:
        response = b.client.get(path)
        assert response.status_code == 404
        assert response.get_data(as_text=True) == missing
        assert f'href="{path}"' not in home
    assert b.post("/admin/users", {"email": "x@example.com"}).status_code == 404


def test_admin_nav_shows_the_admin_pages(
    browser: Callable[[], Browser], make_user: Callable[..., User]
) -> None:
    b = browser()
    b.sign_in(make_user(UserRole.ADMIN))
    home = b.get("/").get_data(as_text=True)
    for path in ADMIN_PAGES:
        assert f'href="{path}"' in home
        assert b.get(path).status_code == 200
    assert 'href="/account"' in home


# --- admin: users ---------------------------------------------------------------------


def test_admin_creates_a_user_and_changes_the_role(
    browser: Callable[[], Browser], make_user: Callable[..., User], db_session: Session
) -> None:
    b = browser()
    b.sign_in(make_user(UserRole.ADMIN))
    form = {"email": "New.Person@Example.com", "role": "senior_recruiter",
            "password": NEW_PASSWORD, "first_name": "New", "last_name": "Person"}  # fmt: skip
    created = b.post("/admin/users", form)
    assert created.status_code == 303
    user = get_user_by_email(db_session, "new.person@example.com")
    assert user is not None and user.role == "senior_recruiter"
    assert "new.person@example.com" in b.get("/admin/users").get_data(as_text=True)
    assert b.post(f"/admin/users/{user.id}/role", {"role": "admin"}).status_code == 303
    db_session.expire_all()
    assert user.role == "admin"
    actions = db_session.scalars(
        select(ActivityLog.action).where(ActivityLog.entity_id == user.id)
    ).all()
    assert sorted(actions) == ["user.create", "user.update"]
    browser().sign_in(user, NEW_PASSWORD)


def test_admin_user_form_keeps_what_was_typed(
    browser: Callable[[], Browser], make_user: Callable[..., User]
) -> None:
    admin = make_user(UserRole.ADMIN)
    b = browser()
    b.sign_in(admin)
    bad = b.post("/admin/users", {"email": "someone@example.com", "role": "junior_recruiter",
                 "password": "short", "first_name": "Kept"})  # fmt: skip
    assert bad.status_code == 422
    html = bad.get_data(as_text=True)
    assert 'value="someone@example.com"' in html and 'value="Kept"' in html
    assert 'aria-invalid="true"' in html
    taken = b.post("/admin/users", {"email": admin.email, "role": "junior_recruiter",
                   "password": NEW_PASSWORD})  # fmt: skip
    assert taken.status_code == 409
    assert "already exists" in taken.get_data(as_text=True)


def test_deactivation_signs_the_user_out_and_reactivation_lets_them_back(
    browser: Callable[[], Browser], make_user: Callable[..., User], db_session: Session
) -> None:
    admin, user = make_user(UserRole.ADMIN), make_user()
    victim = browser()
    victim.sign_in(user)
    cookie = victim.client.get_cookie("rr_session")
    assert cookie is not None
    b = browser()
    b.sign_in(admin)
    assert b.post(f"/admin/users/{user.id}/active", {"active": "0"}).status_code == 303
    db_session.expire_all()
    assert user.is_active is False
    assert victim.client.get("/candidates").status_code == 302
    assert b.get("/admin/users").get_data(as_text=True).count("Deactivated") >= 1
    assert b.post(f"/admin/users/{user.id}/active", {"active": "1"}).status_code == 303
    browser().sign_in(user)
    # An admin cannot lock themselves out.
    assert b.post(f"/admin/users/{admin.id}/active", {"active": "0"}).status_code == 409
    assert b.post(f"/admin/users/{admin.id}/role", {"role": "junior_recruiter"}).status_code == 409


# --- admin: prompts -------------------------------------------------------------------


def _reviewed_with_active_prompt(db_session: Session, settings: Settings, world: World) -> Prompt:
    """A completed review whose content agent used the active content prompt, two recorded
    content calls (1000 and 3000 tokens) and a new, inactive content version."""
    complete_review(db_session, settings, world.review_request)
    active = active_prompts(db_session)["content"]
    for result in db_session.scalars(
        select(ReviewResult).where(ReviewResult.review_request_id == world.review_request.id)
    ):
        result.prompt_id = active_prompts(db_session)[result.agent_type].id
    for tokens in (1000, 3000):
        call = PromptUsageHistory(
            prompt_id=active.id, agent_type="content", total_tokens=tokens,
            cost_usd=Decimal("0.01"), status="success",
        )  # fmt: skip
        db_session.add(call)
    source = SimpleNamespace(
        agent_type="content", name=active.name, system_prompt=active.system_prompt + "\nBe <bold>.",
        user_prompt_template=active.user_prompt_template, model=active.model,
        temperature=float(active.temperature), max_tokens=active.max_tokens,
    )  # fmt: skip
    candidate = create_prompt(db_session, source)
    db_session.commit()
    return candidate


def test_admin_sees_versions_diff_and_the_rereview_estimate_before_activating(
    browser: Callable[[], Browser], world: World, db_session: Session, settings: Settings
) -> None:
    candidate = _reviewed_with_active_prompt(db_session, settings, world)
    b = browser()
    b.sign_in(world.admin)
    listing = b.get("/admin/prompts").get_data(as_text=True)
    assert f"/admin/prompts/{candidate.id}" in listing and "Version 2" in listing
    page = b.get(f"/admin/prompts/{candidate.id}")
    html = page.get_data(as_text=True)
    assert page.status_code == 200
    assert 'data-rereview-count="1"' in html
    assert "about 2,000 tokens" in html  # (1000 + 3000) / 2 tokens, 1 resume
    assert "+Be &lt;bold&gt;." in html and "<bold>" not in html  # the diff is escaped text
    # Nothing changed by looking.
    db_session.expire_all()
    assert not candidate.is_active
    # Other agents have no history: say so.
    ats = list_prompts(db_session, agent_type="ats")[0]
    source = SimpleNamespace(agent_type="ats", name=ats.name, system_prompt="other",
                             user_prompt_template=ats.user_prompt_template, model=None,
                             temperature=0.2, max_tokens=100)  # fmt: skip
    ats_v2 = create_prompt(db_session, source)
    # The offline reviewer's calls use no tokens: they are no history either.
    db_session.add(PromptUsageHistory(agent_type="ats", total_tokens=0, status="success"))
    db_session.commit()
    ats_page = b.get(f"/admin/prompts/{ats_v2.id}").get_data(as_text=True)
    assert "no history" in ats_page and 'data-rereview-count="1"' in ats_page


def test_admin_activates_a_version(
    browser: Callable[[], Browser], world: World, db_session: Session, settings: Settings
) -> None:
    candidate = _reviewed_with_active_prompt(db_session, settings, world)
    b = browser()
    b.sign_in(world.admin)
    b.get(f"/admin/prompts/{candidate.id}")
    activated = b.post(f"/admin/prompts/{candidate.id}/activate")
    assert activated.status_code == 303
    page = b.get(activated.headers["Location"]).get_data(as_text=True)
    assert 'data-rereview-done="1"' in page
    db_session.expire_all()
    assert active_prompts(db_session)["content"].id == candidate.id
    assert activity_count(db_session, "prompt.activate") == 1
    with db_session.begin_nested():
        found = db_session.scalars(rereview_candidates(agent_type="content")).all()
    assert [r.id for r in found] == [world.resume.id]


# --- admin: spend and activity --------------------------------------------------------


def test_spend_by_day_and_agent_over_the_last_30_days(
    browser: Callable[[], Browser], make_user: Callable[..., User], db_session: Session
) -> None:
    now = datetime.now(UTC)
    for agent, tokens, cost, age in (("content", 100, "0.5", 0), ("content", 300, "0.25", 0),
                                     ("ats", 50, "0.1", 1), ("ats", 999, "9", 40)):  # fmt: skip
        db_session.add(PromptUsageHistory(agent_type=agent, total_tokens=tokens,
                                          cost_usd=Decimal(cost), status="success",
                                          created_at=now - timedelta(days=age)))  # fmt: skip
    db_session.commit()
    b = browser()
    b.sign_in(make_user(UserRole.ADMIN))
    html = b.get("/admin/spend").get_data(as_text=True)
    today, yesterday = now.date().isoformat(), (now - timedelta(days=1)).date().isoformat()
    assert f'data-spend-row="{today} content"' in html
    assert f'data-spend-row="{yesterday} ats"' in html
    assert "3 calls, 450 tokens, $0.8500" in html  # the 40-day-old call is left out
    assert 'href="http://127.0.0.1:5555"' in html


def test_activity_log_filters_and_pages(
    browser: Callable[[], Browser], make_user: Callable[..., User], db_session: Session
) -> None:
    admin, other = make_user(UserRole.ADMIN), make_user()
    old = datetime(2025, 1, 15, 12, tzinfo=UTC)
    for _ in range(60):
        log_activity(db_session, "candidate.update", user_id=other.id, entity_type="candidate")
    db_session.add(ActivityLog(action="prompt.activate", user_id=admin.id,
                               entity_type="prompt", created_at=old))  # fmt: skip
    db_session.commit()
    b = browser()
    b.sign_in(admin)  # itself audited: auth.login
    everything = b.get("/admin/activity").get_data(as_text=True)
    assert "62 entries" in everything and "Page 1 of 2" in everything
    assert 'href="http://127.0.0.1:5555"' in everything
    assert 'for="f-action"' in everything and 'for="f-date_from"' in everything
    second = b.get("/admin/activity?action=candidate.update&page=2").get_data(as_text=True)
    assert "60 entries" in second and second.count('data-activity-action="candidate.update"') == 10
    by_user = b.get(f"/admin/activity?user={other.email}").get_data(as_text=True)
    assert "60 entries" in by_user
    assert "0 entries" in b.get("/admin/activity?user=nobody@example.com").get_data(as_text=True)
    dated = b.get("/admin/activity?date_from=2025-01-15&date_to=2025-01-15&entity_type=prompt")
    assert "1 entry" in dated.get_data(as_text=True)
    bad = b.get("/admin/activity?date_from=yesterday").get_data(as_text=True)
    assert "Use a date like" in bad and "62 entries" in bad
