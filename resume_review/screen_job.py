"""The main step in one command: screen resume files against a job posting, in this process
(the embedded SQLite default needs no server): the posting becomes a job with drafted
requirements, each file a candidate attached to it, evaluated by the review chain (the
offline matcher, or the LLM when one is configured), and the ranking is printed with every
verdict, its reason and its evidence."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from sqlalchemy import Engine

from core.config import Settings
from core.errors import InvalidRequest, UploadRejected
from database.engine import session_scope
from database.models import ReviewRequest
from database.queries.resumes import resume_by_hash
from pipelines import storage
from pipelines.chain import run_review
from pipelines.flow import TransientStageError
from pipelines.jobs import service
from pipelines.jobs.evaluation import job_requirements
from resume_review.main_job import cli_user, submit_file

VERDICT_MARKS = {
    "met": "✓ met",
    "partial": "◐ partly",
    "missing": "✗ missing",
    "unclear": "? unclear",
}


class _RunHere:
    """The transaction hooks of this process: what would be published is run right after."""

    limits = None  # quotas and the LLM budget are not checked here

    def __init__(self) -> None:
        self.queued: list[uuid.UUID] = []

    def on_rollback(self, callback: Callable[[], object]) -> None:
        pass

    def after_commit(self, callback: Callable[[], object]) -> None:
        pass

    def publish_after_commit(self, request_id: uuid.UUID) -> None:
        self.queued.append(request_id)


def screen_files(
    engine: Engine, settings: Settings, posting: str, paths: list[Path]
) -> tuple[uuid.UUID, list[str]]:
    """The job's id and what could not be screened (one line per file)."""
    problems: list[str] = []
    candidate_ids: list[uuid.UUID] = []
    for path in paths:
        try:
            with session_scope(engine) as session:
                data = path.read_bytes()[: settings.max_upload_bytes + 1]
                known = resume_by_hash(session, storage.sha256_hex(data))
                request_id = None
                if known is None:
                    request_id = submit_file(session, settings, path, None)
                    request = session.get(ReviewRequest, request_id)
                    assert request is not None
                    candidate_ids.append(request.resume.candidate_id)
                else:
                    candidate_ids.append(known.candidate_id)
            if request_id is not None:
                run_review(engine, settings, request_id)
        except (UploadRejected, InvalidRequest, OSError, TransientStageError) as error:
            problems.append(f"{path}: {getattr(error, 'message', None) or error}")
    hooks = _RunHere()
    with session_scope(engine) as session:
        user = cli_user(session)
        title = next((line.strip() for line in posting.splitlines() if line.strip()), "Job")
        job = service.create_job(
            session, user, title=title[:200], description=posting, requirements=None
        )
        job_id = job.id
        if candidate_ids:
            service.attach_candidates(session, hooks, user, job, candidate_ids)
    for request_id in hooks.queued:
        run_review(engine, settings, request_id)
    return job_id, problems


def ranking_report(engine: Engine, job_id: uuid.UUID) -> dict[str, Any]:
    with session_scope(engine) as session:
        user = cli_user(session)
        job = service.get_job(session, job_id)
        assert job is not None
        requirements = job_requirements(session, job.id)
        page = service.ranking(session, user, job, size=100)
        return {
            "job": {"id": str(job.id), "title": job.title},
            "requirements": [
                {"id": str(r.id), "text": r.text, "kind": r.kind, "weight": r.weight,
                 "category": r.category}
                for r in requirements
            ],
            "ranking": [service.ranked_item(row, requirements) for row in page.items],
        }  # fmt: skip


def render_ranking(report: dict[str, Any]) -> str:
    texts = {r["id"]: r for r in report["requirements"]}
    lines = [f"Job: {report['job']['title']}", "Requirements (drafted from the posting):"]
    for index, r in enumerate(report["requirements"], start=1):
        lines.append(f"  R{index} [{r['kind']}, weight {r['weight']}, {r['category']}] {r['text']}")
    lines.append("Ranking (every must-have met first, then fit):")
    for rank, row in enumerate(report["ranking"], start=1):
        fit = "-" if row["fit_score"] is None else row["fit_score"]
        musts = "every must-have met" if row["meets_every_must"] else "a must-have not met"
        lines.append(
            f"{rank:2d}. {row['first_name']} {row['last_name']}: fit {fit} ({musts}; "
            f"evaluation {row['evaluation_status']})"
        )
        for verdict in row["requirements"]:
            requirement = texts[verdict["requirement_id"]]
            quote = verdict["evidence"][0]["quoted_text"] if verdict["evidence"] else None
            shown = f' — "{quote}"' if quote else ""
            lines.append(
                f"      {VERDICT_MARKS[verdict['verdict']]:10s} {requirement['text']}: "
                f"{verdict['reason']}{shown}"
            )
    return "\n".join(lines)


def echo_ranking(report: dict[str, Any]) -> None:
    click.echo(render_ranking(report))
