"""The main job: review resume files in this process, on whatever DATABASE_URL points at
(the embedded SQLite default needs no server), and report the results."""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from core.config import Settings
from core.enums import ReviewStatus, ReviewTrigger, Severity, UserRole
from core.errors import InvalidRequest, UploadRejected
from core.passwords import hash_password
from database.engine import session_scope
from database.models import User
from database.queries.candidates import create_candidate
from database.queries.resumes import resume_by_hash
from database.queries.reviews import ReviewReport, review_report
from database.queries.users import create_user, get_user_by_email
from pipelines import intake, storage
from pipelines.chain import run_review
from pipelines.flow import TransientStageError

CLI_USER_EMAIL = "cli@resume-review.invalid"


def cli_user(session: Session) -> User:
    """The operator identity the command line acts as; it cannot log in (random password)."""
    user = get_user_by_email(session, CLI_USER_EMAIL)
    if user is None:
        user = create_user(
            session,
            email=CLI_USER_EMAIL,
            password_hash=hash_password(secrets.token_urlsafe(32)),
            role=UserRole.ADMIN,
            first_name="Command",
            last_name="Line",
        )
    return user


@dataclass
class Submitted:
    path: Path
    request_id: uuid.UUID | None
    error: str | None = None


def submit_file(
    session: Session, settings: Settings, path: Path, job_description: str | None
) -> uuid.UUID:
    """A review request for the file: a new resume, or a new review of a known one."""
    user = cli_user(session)
    data = path.read_bytes()[: settings.max_upload_bytes + 1]
    existing = resume_by_hash(session, storage.sha256_hex(data))
    if existing is not None:
        request = intake.create_review_request(
            session,
            resume=existing,
            requested_by=user,
            job_description=job_description,
            trigger=ReviewTrigger.MANUAL,
        )
        return request.id
    candidate = create_candidate(
        session, user, first_name=path.name[:100] or "Resume", last_name="(command line)"
    )
    _, request = intake.register_upload(
        session,
        settings,
        candidate=candidate,
        user=user,
        data=data,
        original_filename=path.name,
        job_description=job_description,
    )
    return request.id


def review_files(
    engine: Engine, settings: Settings, paths: list[Path], job_description: str | None
) -> list[dict[str, Any]]:
    reports: list[dict[str, Any]] = []
    for path in paths:
        try:
            with session_scope(engine) as session:
                request_id = submit_file(session, settings, path, job_description)
        except (UploadRejected, InvalidRequest, OSError) as error:
            message = getattr(error, "message", None) or str(error)
            reports.append({"file": str(path), "status": "rejected", "error": message})
            continue
        try:
            run_review(engine, settings, request_id)
        except TransientStageError as error:
            # No worker will retry it here: the file is reported as waiting, not failed.
            reports.append({"file": str(path), "status": "not read", "error": str(error)})
            continue
        with session_scope(engine) as session:
            reports.append(build_report(session, path, request_id))
    return reports


def build_report(session: Session, path: Path, request_id: uuid.UUID) -> dict[str, Any]:
    """The ``--json`` document of one file (its keys and their order are a contract)."""
    return report_document(path, review_report(session, request_id, with_usage=True))


def report_document(path: Path, report: ReviewReport) -> dict[str, Any]:
    document: dict[str, Any] = {
        "file": str(path),
        "status": report.status,
        "word_count": report.word_count,
        "sections": [
            {
                "section_type": s.section_type,
                "title": s.title,
                "start_offset": s.start_offset,
                "end_offset": s.end_offset,
            }
            for s in report.sections
        ],
        "overall_score": report.overall_score,
        "results": [
            {"agent_type": r.agent_type, "score": r.score, "summary": r.summary}
            for r in report.results
        ],
        "feedback": [
            {
                "agent_type": f.agent_type,
                "severity": f.severity,
                "category": f.category,
                "message": f.message,
                "suggestion": f.suggestion,
                "quoted_text": f.quoted_text,
                "start_offset": f.start_offset,
                "end_offset": f.end_offset,
                "section_type": f.section_type,
            }
            for f in report.findings
        ],
        "usage": [
            {
                "agent_type": u.agent_type,
                "model": u.model,
                "prompt_tokens": u.prompt_tokens,
                "completion_tokens": u.completion_tokens,
                "latency_ms": u.latency_ms,
            }
            for u in report.usage
        ],
    }
    if report.error_message:
        document["error"] = report.error_message
    return document


_SEVERITY_MARK = {
    Severity.CRITICAL: "!!",
    Severity.WARNING: "! ",
    Severity.SUGGESTION: "> ",
    Severity.INFO: "- ",
}


def render_text(report: dict[str, Any]) -> str:
    lines = [f"== {report['file']}"]
    if report["status"] != ReviewStatus.COMPLETED:
        lines.append(f"   {report['status'].upper()}: {report.get('error', '')}")
        return "\n".join(lines)
    lines.append(
        f"   overall score {report['overall_score']}/100 · {report['word_count']} words · "
        f"{len(report['sections'])} sections"
    )
    lines.append(
        "   sections: "
        + ", ".join(
            f"{s['section_type']}" + (f" ({s['title']})" if s["title"] else "")
            for s in report["sections"]
        )
    )
    for result in report["results"]:
        lines.append(
            f"   [{result['agent_type']:>9}] {result['score']:>3}/100  {result['summary']}"
        )
    lines.append("   feedback:")
    for item in report["feedback"]:
        if item["start_offset"] is not None:
            where = f"{item['section_type'] or '-'} @{item['start_offset']}"
        elif item["quoted_text"]:
            where = "quote not found in the text"
        else:
            where = "whole resume"
        lines.append(
            f"   {_SEVERITY_MARK.get(item['severity'], '- ')}"
            f"{item['agent_type']}/{item['category']} [{where}]: {item['message']}"
        )
        if item["quoted_text"]:
            quote = item["quoted_text"].replace("\n", " ")
            lines.append(f'        "{quote[:140]}"')
        if item["suggestion"]:
            lines.append(f"        → {item['suggestion']}")
    return "\n".join(lines)


def print_reports(reports: list[dict[str, Any]], as_json: bool) -> None:
    for report in reports:
        if as_json:
            print(json.dumps(report, ensure_ascii=False))
        else:
            print(render_text(report))
            print()
