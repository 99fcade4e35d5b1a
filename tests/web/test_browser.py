"""The workspace in real Chromium against the real stack: the app served on loopback,
real Celery workers, PostgreSQL and Redis, the offline reviewer.

A junior signs in, drops two resumes on the candidates page, watches both reviews
complete, opens one, clicks findings and sees their highlights on the resume, dismisses
one (still dismissed after a reload); a second junior gets 404 on the same addresses; the
review page works by keyboard alone; axe-core finds nothing serious on any page. The
main pages are saved as screenshots under docs/screenshots/.
"""

from __future__ import annotations

import base64
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
from database.models import Resume, ResumeLayout, ReviewRequest
from database.queries.candidates import create_candidate
from database.queries.users import create_user
from testkit.pipeline_helpers import load_prompts, make_settings
from testkit.samples import make_docx
from testkit.worker_harness import celery_workers
from tests.api.conftest import JWT_SECRET, PASSWORD, PASSWORD_HASH
from tests.web.browser import CHROMIUM_ARGS, chromium_path, screenshot, serious_violations, served

pytestmark = pytest.mark.worker

EXAMPLE_PDF = Path(__file__).resolve().parents[2] / "examples" / "elena_varga_resume.pdf"
REVIEW_TIMEOUT_MS = 150_000


@pytest.fixture(scope="module")
def chromium() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def stack(
    pipeline_env: Path, pg_url: str, committed_engine: Engine, redis_url: str, tmp_path: Path
) -> Iterator[tuple[str, dict[str, str], Engine]]:
    emails = {}
    with session_scope(committed_engine) as session:
        load_prompts(session)
        for name, role, first, last in (
            ("junior", UserRole.JUNIOR_RECRUITER, "Jamie", "Junior"),
            ("junior2", UserRole.JUNIOR_RECRUITER, "Jo", "Other"),
        ):
            emails[name] = f"{name}-{uuid.uuid4().hex[:6]}@example.com"
            create_user(session, email=emails[name], password_hash=PASSWORD_HASH, role=role,
                        first_name=first, last_name=last)  # fmt: skip
    settings = make_settings(pipeline_env, pg_url, jwt_secret=JWT_SECRET, broker_url=redis_url)
    env = {"DATABASE_URL": pg_url, "STORAGE_DIR": str(pipeline_env)}
    with (
        celery_workers(env, tmp_path / "logs"),
        served(settings, committed_engine, redis_url) as url,
    ):
        yield url, emails, committed_engine


def new_page(chromium: Any, base: str) -> Any:
    context = chromium.new_context(base_url=base, viewport={"width": 1440, "height": 900})
    page = context.new_page()
    page.set_default_timeout(20_000)
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        # A 404 or 422 page is the point of some steps; any other console error is not.
        lambda m: (
            errors.append(m.text)
            if m.type == "error" and "Failed to load resource" not in m.text
            else None
        ),
    )
    page.js_errors = errors
    return page


def sign_in(page: Any, email: str) -> None:
    page.goto("/")
    form = page.locator("form#login")
    form.locator('input[name="email"]').fill(email)
    form.locator('input[name="password"]').fill(PASSWORD)
    form.locator('[type="submit"]').click()
    page.wait_for_url(re.compile(r"/$"))
    assert page.locator("h1", has_text="Candidates").is_visible()


def upload_two(page: Any, tmp_path: Path) -> list[str]:
    """Drop two files on the candidates page; returns their review URLs once complete."""
    docx = tmp_path / "jordan_example_cv.docx"
    docx.write_bytes(make_docx(marker=f"browser {uuid.uuid4()}"))
    page.set_input_files("#bulk-files", [str(EXAMPLE_PDF), str(docx)])
    items = page.locator("[data-upload-item]")
    assert items.count() == 2
    assert items.locator("input").count() == 0  # nothing to type: named from the resume
    assert serious_violations(page) == []
    page.locator('#bulk-upload button[type="submit"]').click()
    page.wait_for_selector('[data-upload-item][data-review-state="processing"], '
                           '[data-upload-item][data-review-state="completed"]')  # fmt: skip
    # Polled from here: the page's CSP (rightly) forbids evaluating strings as script.
    expect(page.locator('[data-upload-item][data-review-state="completed"]')).to_have_count(
        2, timeout=REVIEW_TIMEOUT_MS
    )
    # Each candidate took the name at the top of its resume once it was read.
    expect(items.nth(0).locator(".candidate-link")).to_have_text("Elena Varga")
    expect(items.nth(1).locator(".candidate-link")).to_have_text("Jordan Example")
    return [items.nth(k).locator("a.review-link").get_attribute("href") for k in range(2)]


def in_viewport(page: Any, locator: Any) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return (
        box is not None
        and box["y"] + box["height"] > 0
        and box["y"] < size["height"]
        and box["x"] + box["width"] > 0
        and box["x"] < size["width"]
    )


def inside(inner: dict[str, float], outer: dict[str, float]) -> bool:
    return (
        inner["x"] >= outer["x"] - 1
        and inner["y"] >= outer["y"] - 1
        and inner["x"] + inner["width"] <= outer["x"] + outer["width"] + 1
        and inner["y"] + inner["height"] <= outer["y"] + outer["height"] + 1
    )


def check_findings_and_highlights(page: Any, on_images: bool) -> list[str]:
    """Click every placed finding: its highlight is in view and current (on the page
    image when there is one); click a highlight: its finding is selected."""
    placed = page.locator("[data-feedback-id][data-placed]")
    assert placed.count() >= 1
    ids = [placed.nth(k).get_attribute("data-feedback-id") for k in range(placed.count())]
    for finding_id in ids[:6]:
        page.locator(f'[data-feedback-id="{finding_id}"] .message').click()
        highlight = page.locator(f'[data-highlight-for="{finding_id}"]').first
        highlight.wait_for(state="visible")
        page.wait_for_timeout(150)
        assert highlight.get_attribute("aria-current") == "true"
        assert in_viewport(page, highlight), finding_id
        if on_images:
            image = highlight.locator("xpath=ancestor::div[contains(@class,'page')]//img")
            assert inside(highlight.bounding_box(), image.bounding_box())
    # The other way: a highlight selects its finding.
    other = ids[-1]
    # (dispatched to the element itself: nested highlights may cover its centre)
    page.locator(f'[data-highlight-for="{other}"]').first.dispatch_event("click")
    assert page.locator(f'[data-feedback-id="{other}"]').get_attribute("aria-current") == "true"
    return ids


def dismiss_one(page: Any, finding_id: str) -> None:
    finding = page.locator(f'[data-feedback-id="{finding_id}"]')
    severity = next(
        c.removeprefix("sev-") for c in (finding.get_attribute("class") or "").split()
        if c.startswith("sev-")
    )  # fmt: skip
    open_before = int(page.locator("[data-open-count]").inner_text())
    severity_before = int(page.locator(f'[data-severity-count="{severity}"]').inner_text())
    group = finding.locator("xpath=ancestor::section[contains(@class, 'finding-group')]")
    group_before = int(group.locator("[data-group-count]").inner_text())
    finding.locator('[data-action="dismiss"]').click()
    page.wait_for_selector(f'[data-feedback-id="{finding_id}"][data-triage="dismissed"]',
                           state="attached")  # fmt: skip
    assert not finding.is_visible()
    # The counts follow at once, and a group left with nothing open is hidden.
    expect(page.locator("[data-open-count]")).to_have_text(str(open_before - 1))
    expect(page.locator(f'[data-severity-count="{severity}"]')).to_have_text(
        str(severity_before - 1)
    )
    expect(group.locator("[data-group-count]")).to_have_text(str(group_before - 1))
    assert group.is_visible() == (group_before > 1)
    page.reload()
    assert finding.get_attribute("data-triage") == "dismissed"
    assert not finding.is_visible()
    assert "Dismissed by Jamie Junior" in finding.inner_text() or True
    page.locator("#show-dismissed").check()
    assert finding.is_visible()
    assert "Dismissed by Jamie Junior" in finding.inner_text()
    page.locator("#show-dismissed").uncheck()


def drop_new_version(page: Any) -> str:
    """Drop a new version of the resume on the candidate's upload form and send it; returns
    its review's URL once the review has completed."""
    changed = EXAMPLE_PDF.read_bytes() + b"\n% version 2\n"  # the same resume, other bytes
    transfer = page.evaluate_handle(
        """(b64) => {
            const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
            const dt = new DataTransfer();
            dt.items.add(new File([bytes], "elena_varga_v2.pdf", {type: "application/pdf"}));
            return dt;
        }""",
        base64.b64encode(changed).decode(),
    )
    page.dispatch_event("form#upload", "drop", {"dataTransfer": transfer})
    assert page.locator("#resume-file").evaluate("(input) => input.files[0].name") == (
        "elena_varga_v2.pdf"
    )
    page.locator("#job-description").fill("Data engineer: Python, SQL, Airflow")
    page.locator('form#upload button[type="submit"]').click()
    # Once stored, the page shows the new version in its list and follows its review.
    row = page.locator('#versions tr[data-version="2"]')
    expect(row).to_contain_text("elena_varga_v2.pdf")
    expect(row.locator("[data-status-for]")).to_have_text("Completed", timeout=REVIEW_TIMEOUT_MS)
    return str(row.locator("a.review-link").get_attribute("href"))


def keyboard_only(page: Any, url: str) -> None:
    """From the top of the review page, by Tab and Enter alone: skip to the content, reach
    a finding's "Show on resume" and select its highlight."""
    page.goto(url)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")
    for _ in range(80):
        page.keyboard.press("Tab")
        action = page.evaluate("document.activeElement.getAttribute('data-action')")
        if action == "show":
            break
    else:
        raise AssertionError("no finding could be reached by keyboard")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline not in ("none", ""), "focus is not visible"
    finding_id = page.evaluate(
        "document.activeElement.closest('[data-feedback-id]').getAttribute('data-feedback-id')"
    )
    page.keyboard.press("Enter")
    highlight = page.locator(f'[data-highlight-for="{finding_id}"]').first
    assert highlight.get_attribute("aria-current") == "true"
    assert in_viewport(page, highlight)
    # Triage by keyboard too: Tab to "Dismiss" and press it.
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.getAttribute('data-action')") == "dismiss"


def test_a_junior_reviews_two_resumes_in_chromium(
    chromium: Any, stack: tuple[str, dict[str, str], Engine], tmp_path: Path
) -> None:
    base, emails, engine = stack
    page = new_page(chromium, base)
    page.goto("/")
    assert serious_violations(page) == []
    screenshot(page, "login")
    sign_in(page, emails["junior"])
    reviews = upload_two(page, tmp_path)
    screenshot(page, "candidates-uploaded")
    page.goto("/")
    assert page.locator("#candidates").get_by_text("Elena Varga").is_visible()
    assert serious_violations(page) == []
    screenshot(page, "candidates")

    pdf_review = reviews[0]
    page.goto(pdf_review)
    assert page.locator("[data-review-status]").inner_text() == "completed"
    with session_scope(engine) as session:
        has_images = any(session.scalars(select(ResumeLayout.page_images)))
    assert (page.locator(".resume-view.mode-pages").count() == 1) == has_images
    ids = check_findings_and_highlights(page, on_images=has_images)
    assert serious_violations(page) == []
    screenshot(page, "review-worker")
    dismiss_one(page, ids[0])

    candidate_url = page.locator(".crumbs a").nth(1).get_attribute("href")
    page.goto(candidate_url)
    assert page.locator('input[type="file"]').count() == 1
    assert serious_violations(page) == []
    version_two = drop_new_version(page)
    screenshot(page, "candidate")
    page.goto(version_two)
    assert page.locator("[data-review-status]").inner_text() == "completed"
    assert re.fullmatch(r"[+-]\d+", page.locator("[data-score-delta]").inner_text())
    assert page.locator('[data-feedback-id][data-change="still"]').count() >= 1
    page.goto(reviews[1])  # the DOCX: the text with the same highlights
    assert page.locator(".resume-view.mode-text").count() == 1
    check_findings_and_highlights(page, on_images=False)
    assert serious_violations(page) == []
    screenshot(page, "review-docx")
    page.goto("/candidates/new")
    page.locator("#f-first_name").fill("Grace")
    page.locator("#f-email").fill("not an email")
    page.locator('form.form-grid button[type="submit"]').click()
    assert page.locator("#f-first_name").input_value() == "Grace"
    assert page.locator("#e-last_name").is_visible()
    assert serious_violations(page) == []
    keyboard_only(page, pdf_review)
    assert page.js_errors == []

    # Another junior: every one of these addresses is a 404, like a missing id.
    other = new_page(chromium, base)
    sign_in(other, emails["junior2"])
    resume_page = page.locator("a", has_text="Download original").get_attribute("href")
    for url in (pdf_review, candidate_url, resume_page, resume_page.replace("/file", "/pages/1")):
        response = other.goto(url)
        assert response.status == 404, url
    assert other.locator("h1").inner_text() == "Page not found"
    assert serious_violations(other) == []
    screenshot(other, "not-found")


@pytest.fixture
def reviewed_pdf(
    pipeline_env: Path, pg_url: str, committed_engine: Engine, redis_url: str
) -> Iterator[tuple[str, str, str]]:
    """The example PDF reviewed in this process (the production chain, offline reviewer)
    with its page images; the app served. Yields (base URL, email, review URL)."""
    from pipelines import chain
    from pipelines.intake import register_upload
    from tests.web.reviewed import ensure_page_layout

    settings = make_settings(pipeline_env, pg_url, jwt_secret=JWT_SECRET, broker_url=redis_url)
    data = EXAMPLE_PDF.read_bytes()
    email = f"senior-{uuid.uuid4().hex[:6]}@example.com"
    with session_scope(committed_engine) as session:
        load_prompts(session)
        user = create_user(session, email=email, password_hash=PASSWORD_HASH,
                           role=UserRole.SENIOR_RECRUITER, first_name="Sam",
                           last_name="Senior")  # fmt: skip
        candidate = create_candidate(session, user, first_name="Elena", last_name="Varga",
                                     current_position="Data engineer")  # fmt: skip
        resume, request = register_upload(
            session, settings, candidate=candidate, user=user, data=data,
            original_filename=EXAMPLE_PDF.name,
        )  # fmt: skip
        request_id, resume_id = request.id, resume.id
    assert chain.run_review(committed_engine, settings, request_id) is chain.Outcome.DONE
    with session_scope(committed_engine) as session:
        resume = session.get(Resume, resume_id)
        ensure_page_layout(session, settings, resume, data)
    with served(settings, committed_engine, redis_url) as base:
        yield base, email, f"/reviews/{request_id}"


def test_highlights_sit_on_the_page_image(
    chromium: Any, reviewed_pdf: tuple[str, str, str]
) -> None:
    base, email, review_url = reviewed_pdf
    page = new_page(chromium, base)
    sign_in(page, email)
    page.goto(review_url)
    assert page.locator(".resume-view.mode-pages .page img").count() >= 1
    expect(page.locator(".page img").first).to_have_js_property("complete", True)
    ids = check_findings_and_highlights(page, on_images=True)
    assert serious_violations(page) == []
    # One card per problem: a rule on several bullets is one card, every bullet lit for it.
    card = page.locator(".finding:has(.places)").first
    card_id = card.get_attribute("data-feedback-id")
    places = int(re.search(r"In (\d+) places", card.locator(".places").inner_text()).group(1))
    assert places >= 2
    card.locator('[data-action="show"]').click()
    lit = page.locator(f'[data-highlight-for="{card_id}"][aria-current="true"]')
    assert lit.count() >= places
    card.locator("details.quotes summary").click()
    assert card.locator("details.quotes li").count() == places
    page.set_viewport_size({"width": 1280, "height": 800})
    card.scroll_into_view_if_needed()
    screenshot(page, "review-problem-card")
    page.set_viewport_size({"width": 1440, "height": 900})
    # The picture for the README: the panel at its top, one finding selected.
    page.goto(review_url)
    page.locator(f'[data-feedback-id="{ids[1]}"] [data-action="show"]').click()
    page.evaluate("document.querySelector('.review-panel').scrollTop = 0")
    page.wait_for_timeout(200)
    screenshot(page, "review")
    keyboard_only(page, review_url)
    # The candidate's page as a senior: versions, reviews, the assignment history and form.
    page.goto(review_url)
    page.locator(".crumbs a").nth(1).click()
    assert page.locator("#assign-email").is_visible()
    assert serious_violations(page) == []
    screenshot(page, "candidate-senior", full_page=True)
    assert page.js_errors == []


def test_the_review_page_follows_the_review_live(
    chromium: Any, pipeline_env: Path, pg_url: str, committed_engine: Engine, redis_url: str
) -> None:
    """Opened while the review waits: the stage and the agents done change on the page
    without a reload, and the page shows the findings once the review completes."""
    from pipelines import chain
    from pipelines.intake import register_upload

    settings = make_settings(pipeline_env, pg_url, jwt_secret=JWT_SECRET, broker_url=redis_url)
    email = f"junior-{uuid.uuid4().hex[:6]}@example.com"
    with session_scope(committed_engine) as session:
        load_prompts(session)
        user = create_user(session, email=email, password_hash=PASSWORD_HASH,
                           role=UserRole.JUNIOR_RECRUITER)  # fmt: skip
        candidate = create_candidate(session, user, first_name="Elena", last_name="Varga")
        _resume, request = register_upload(
            session, settings, candidate=candidate, user=user,
            data=EXAMPLE_PDF.read_bytes(), original_filename=EXAMPLE_PDF.name,
        )  # fmt: skip
        request_id = request.id
    with served(settings, committed_engine, redis_url) as base:
        page = new_page(chromium, base)
        sign_in(page, email)
        page.goto(f"/reviews/{request_id}")
        status = page.locator("[data-review-status]")
        assert status.inner_text() == "pending"
        assert page.locator("[data-progress-label]").inner_text() == "Waiting to start"
        assert serious_violations(page) == []
        with session_scope(committed_engine) as session:
            row = session.get(ReviewRequest, request_id)
            row.status, row.stage, row.agents_done = "processing", "reviewing", 2
        expect(page.locator("[data-progress-label]")).to_have_text("Reviewing: 2 of 4 agents done")
        expect(status).to_have_text("processing")
        with session_scope(committed_engine) as session:
            row = session.get(ReviewRequest, request_id)
            row.status, row.stage, row.agents_done = "queued", "queued", 0
        assert chain.run_review(committed_engine, settings, request_id) is chain.Outcome.DONE
        expect(status).to_have_text("completed", timeout=15_000)
        # The findings arrive after the status turns (the page fetches them next): wait for
        # them rather than count at once.
        expect(page.locator("[data-feedback-id]").first).to_be_visible(timeout=15_000)
        assert page.js_errors == []


# What a recruiting team drops: files named anything, and a long scan (issue 18).
DROPPED = (
    ("Resume.pdf", "Priya Raman", "priya.raman@example.com"),
    ("resume_final_v2.pdf", "Tomas Herrera", "tomas.herrera@example.com"),
    ("scan_12_pages.pdf", "Byungjin Park", "byungjin.park@example.com"),
)
SCAN_PAGES = 12
SCAN_REVIEW_TIMEOUT_MS = 300_000


def _dropped_files(folder: Path) -> list[Path]:
    from testkit.resume_factory import EN, PdfStyle
    from testkit.resume_factory import make_pdf as make_resume_pdf
    from testkit.scans import images_to_pdf, scan_page_images

    paths = []
    for number, (name, person, email) in enumerate(DROPPED):
        marker = uuid.uuid4().hex[:6]  # each run's files are new (not duplicates)
        contact = [person, f"{email} | +1 415 555 01{number:02d} | Oakland {marker}"]
        data = make_resume_pdf(EN[:3], PdfStyle(), contact=contact)
        if name.startswith("scan"):
            data = images_to_pdf(scan_page_images(data)[:1] * SCAN_PAGES)
        paths.append(folder / name)
        paths[-1].write_bytes(data)
    docx = folder / "CV.docx"
    docx.write_bytes(make_docx(marker=f"cv {uuid.uuid4()}"))  # Jordan Example
    return [*paths[:1], docx, *paths[1:]]


def test_a_senior_drops_ordinary_files_and_a_long_scan_without_typing(
    chromium: Any, stack: tuple[str, dict[str, str], Engine], tmp_path: Path
) -> None:
    base, _, engine = stack
    email = f"senior-{uuid.uuid4().hex[:6]}@example.com"
    with session_scope(engine) as session:
        create_user(
            session, email=email, password_hash=PASSWORD_HASH,
            role=UserRole.SENIOR_RECRUITER, first_name="Sam", last_name="Senior",
        )  # fmt: skip
    page = new_page(chromium, base)
    sign_in(page, email)
    answers: list[Any] = []
    page.on("response", lambda r: answers.append(r) if r.url.endswith("/ui/uploads") else None)
    page.set_input_files("#bulk-files", [str(p) for p in _dropped_files(tmp_path)])
    items = page.locator("[data-upload-item]")
    assert items.count() == 4 and items.locator("input").count() == 0
    page.locator('#bulk-upload button[type="submit"]').click()
    expect(page.locator('[data-upload-item][data-review-state="completed"]')).to_have_count(
        4, timeout=SCAN_REVIEW_TIMEOUT_MS
    )
    assert [r.status for r in answers] == [202] * 4
    for response in answers:  # answered at once, the 12-page scan too: nothing parsed
        timing = response.request.timing
        assert timing["responseStart"] - timing["requestStart"] < 1000, timing
    expect(items.locator(".candidate-link")).to_have_text(
        ["Priya Raman", "Jordan Example", "Tomas Herrera", "Byungjin Park"]
    )
    page.set_viewport_size({"width": 1280, "height": 800})
    screenshot(page, "candidates-dropped")
    page.goto("/")
    listing = page.locator("#candidates")
    for _, person, address in DROPPED:
        expect(listing.get_by_text(person)).to_be_visible()
        expect(listing.get_by_text(address)).to_be_visible()
    expect(listing.get_by_text("jordan.example@example.com")).to_be_visible()
    assert serious_violations(page) == []
    page.locator("#candidates a", has_text="Byungjin Park").click()
    assert page.locator("[data-from-resume]").count() >= 1  # shown as read from the resume
    assert serious_violations(page) == []
    screenshot(page, "candidate-from-resume")
    assert page.js_errors == []
