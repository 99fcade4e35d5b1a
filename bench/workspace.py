"""Workspace benchmark: server time of the review page of a two-page resume, and of the
candidates page as a senior at 100x the demo seed.

Run: ``.venv/bin/python -m bench.workspace [--reuse] [--requests 300]`` (from the project root)

Uses the candidate-list benchmark's database (``bench/listing.py``: 21,700 users, 110,000
candidates, 300,000 assignments in ``rr_bench_api``, loaded unless ``--reuse`` finds it).
A two-page PDF is uploaded for one of the senior's candidates and reviewed in this process
(the production chain, offline reviewer), then the real app (``web.create_app``) is driven
by its test client with a workspace session cookie; each request is timed around the WSGI
call (session lookup in Redis, SQL, text-map decoding, template rendering), so the test
client's own overhead is excluded. Targets: review page p95 <= 150 ms, candidates page
p95 <= 100 ms. The last line printed is the summary.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import redis
from sqlalchemy import func, select

from bench import listing

TARGET_REVIEW_P95_MS = 150.0
TARGET_LIST_P95_MS = 100.0


def two_page_pdf() -> bytes:
    from testkit.samples import SAMPLE_LINES, make_pdf

    lines = [*SAMPLE_LINES]
    for copy in range(3):
        lines += [(kind, f"{text} ({copy})") for kind, text in SAMPLE_LINES[2:]]
    return make_pdf(lines, marker=f"bench {uuid.uuid4()}")


def build(url: str):
    from core.config import Settings
    from database.engine import engine_for
    from web import create_app

    redis_url = urlunsplit(urlsplit(listing.TEST_REDIS_URL)._replace(path=f"/{listing.REDIS_DB}"))
    settings = Settings(
        database_url=url,
        broker_url=redis_url,
        result_backend=None,
        storage_dir=Path(tempfile.gettempdir()) / "rr_bench_web_storage",
        jwt_secret=listing.JWT_SECRET,
    )
    engine = engine_for(url)
    client = redis.Redis.from_url(redis_url)
    app = create_app(settings, engine=engine, redis_client=client)
    app.extensions["resume_review"].publish_review = lambda _id: True  # reviewed in process
    timer = listing.ServerTimer(app.wsgi_app)
    app.wsgi_app = timer  # type: ignore[method-assign]
    return app, engine, settings, timer


def reviewed_two_pages(engine, settings, senior_email: str) -> tuple[uuid.UUID, int, str]:
    """A two-page resume of one of the candidates, reviewed; (request id, pages, mode)."""
    from sqlalchemy.orm import Session

    from database.models import Candidate, ResumeLayout, User
    from pipelines import chain
    from pipelines.intake import register_upload
    from testkit.pipeline_helpers import load_prompts

    with Session(engine) as session:
        load_prompts(session)  # the 100x seed has users and candidates only
        senior = session.scalars(select(User).where(User.email == senior_email)).one()
        candidate = session.scalars(select(Candidate).order_by(Candidate.id).limit(1)).one()
        resume, request = register_upload(
            session, settings, candidate=candidate, user=senior, data=two_page_pdf(),
            original_filename="bench.pdf",
        )  # fmt: skip
        session.commit()
        request_id, resume_id = request.id, resume.id
    assert chain.run_review(engine, settings, request_id) is chain.Outcome.DONE
    with Session(engine) as session:
        layout = session.get(ResumeLayout, resume_id)
        pages = layout.page_count if layout else 0
        mode = "page images" if layout and layout.page_images else "text (no page images stored)"
    return request_id, pages, mode


def signed_in(app, engine, email: str):
    from sqlalchemy.orm import Session

    from database.models import User
    from web.auth import web_sessions
    from web.sessions import COOKIE_NAME

    with Session(engine) as session:
        user = session.scalars(select(User).where(User.email == email)).one()
        with app.app_context():
            token, _ = web_sessions().create(user)
    client = app.test_client()
    client.set_cookie(COOKIE_NAME, token)
    return client


def timed(client, timer, paths: list[str]) -> list[float]:
    samples = []
    for path in paths:
        response = client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        samples.append(timer.last * 1000)
    return samples


def summary(label: str, samples: list[float]) -> str:
    p50 = listing.percentile(samples, 0.5)
    p95 = listing.percentile(samples, 0.95)
    p99 = listing.percentile(samples, 0.99)
    listing.log(f"{label}: n={len(samples)} p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms")
    return f"{p95:.1f}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--requests", type=int, default=300)
    args = parser.parse_args()
    url = listing.prepare_database(args.reuse)
    app, engine, settings, timer = build(url)
    _junior, senior = listing.pick_callers(engine)
    from database.models import Candidate

    with engine.connect() as connection:
        total = connection.scalar(select(func.count()).select_from(Candidate))
    request_id, pages, mode = reviewed_two_pages(engine, settings, senior.email)
    listing.log(f"candidates: {total}; review {request_id}: {pages} page(s), shown as {mode}")
    client = signed_in(app, engine, senior.email)
    n = args.requests
    timed(client, timer, ["/", f"/reviews/{request_id}"] * 10)  # warm-up
    started = time.perf_counter()
    review_p95 = summary("review page", timed(client, timer, [f"/reviews/{request_id}"] * n))
    searches = ["/candidates?q=smith", "/candidates?status=archived"]
    mix = [searches[k % 2] if k % 10 == 0 else "/" for k in range(n)]
    list_p95 = summary("candidates page (senior, 10 % search/filter)", timed(client, timer, mix))
    listing.log(f"({time.perf_counter() - started:.1f} s)")
    ok = float(review_p95) <= TARGET_REVIEW_P95_MS and float(list_p95) <= TARGET_LIST_P95_MS
    listing.log(
        f"workspace: review page ({pages} pages) p95 {review_p95} ms (target "
        f"{TARGET_REVIEW_P95_MS:.0f}), candidates page as senior at {total} candidates p95 "
        f"{list_p95} ms (target {TARGET_LIST_P95_MS:.0f}): {'met' if ok else 'MISSED'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
