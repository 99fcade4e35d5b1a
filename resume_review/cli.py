"""The ``resume-review`` command line."""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

import click

from core.config import get_settings
from core.enums import ReviewStatus, UserRole
from pipelines.storage import storage_for


def _engine():  # type: ignore[no-untyped-def]
    from database.engine import default_engine

    return default_engine()


@click.group()
def main() -> None:
    """resume-review: background pipeline that turns resumes into grounded reviews."""


@main.group()
def db() -> None:
    """Database migrations (Alembic)."""


@db.command("upgrade")
@click.argument("revision", default="head")
def db_upgrade(revision: str) -> None:
    """Migrate the database at DATABASE_URL up to REVISION (default: head)."""
    from database.migrate import upgrade

    settings = get_settings()
    upgrade(settings.database_url, revision)
    click.echo(f"database at revision {revision}")
    # Files stored before v1.2 were world-readable; the parse sandbox must not read them.
    changed = storage_for(settings).restrict_modes()
    if changed:
        click.echo(f"stored files made private to the service's user: {changed}")


@db.command("downgrade")
@click.argument("revision")
def db_downgrade(revision: str) -> None:
    """Migrate the database down to REVISION ('base' empties it)."""
    from database.migrate import downgrade

    downgrade(get_settings().database_url, revision)
    click.echo(f"database at revision {revision}")


@main.command("load-prompts")
def load_prompts() -> None:
    """Load prompts/ into the prompts table (a new version only when a text changed)."""
    from database.engine import session_scope
    from database.queries.prompts import sync_prompts
    from pipelines.review.prompts import load_prompt_files

    with session_scope(_engine()) as session:
        created = sync_prompts(session, load_prompt_files(get_settings().prompts_dir))
        for prompt in created:
            click.echo(f"loaded {prompt.agent_type} v{prompt.version}")
    if not created:
        click.echo("prompts unchanged")


@main.command("seed-demo")
@click.option("--password", default=None, help="Password of the demo users who can sign in.")
@click.option(
    "--server-database-is-a-demo",
    is_flag=True,
    help="Seed a database server (PostgreSQL) too: only for a demo installation.",
)
def seed_demo(password: str | None, server_database_is_a_demo: bool) -> None:
    """Create the demo dataset (idempotent). Refuses a server database unless told it is a
    demo: demo users with a known password do not belong in a real installation."""
    from database.engine import session_scope
    from resume_review.seed import DEFAULT_DEMO_PASSWORD
    from resume_review.seed import seed_demo as run_seed

    engine = _engine()
    if engine.dialect.name != "sqlite" and not server_database_is_a_demo:
        raise click.ClickException(
            f"seed-demo refuses a {engine.dialect.name} database: it creates users with a "
            "known password. For a demo installation, pass --server-database-is-a-demo."
        )
    with session_scope(engine) as session:
        report = run_seed(session, password or DEFAULT_DEMO_PASSWORD)
    click.echo(
        f"seeded: {report.users_created} users, {report.candidates_created} candidates, "
        f"{report.prompts_created} prompt versions created"
    )


@main.command("create-user")
@click.argument("email")
@click.option(
    "--role",
    type=click.Choice([role.value for role in UserRole]),
    default=UserRole.JUNIOR_RECRUITER.value,
    show_default=True,
)
@click.option("--password", default=None, help="Read from stdin when omitted.")
@click.option("--first-name", default=None)
@click.option("--last-name", default=None)
def create_user(
    email: str, role: str, password: str | None, first_name: str | None, last_name: str | None
) -> None:
    """Create a user (how an operator makes the first admin)."""
    from core.errors import Conflict
    from core.passwords import hash_password
    from database.engine import session_scope
    from database.queries.users import create_user as repo_create_user

    if password is None:
        if sys.stdin.isatty():
            password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
        else:
            password = sys.stdin.readline().rstrip("\n")
    if len(password) < 8:
        raise click.ClickException("the password must have at least 8 characters")
    try:
        with session_scope(_engine()) as session:
            user = repo_create_user(
                session,
                email=email,
                password_hash=hash_password(password),
                role=role,
                first_name=first_name,
                last_name=last_name,
            )
            click.echo(f"created {user.role} {user.email} ({user.id})")
    except Conflict as error:
        raise click.ClickException(str(error)) from error


@main.command("review")
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--job-description",
    "job_description_file",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A text file with the job description (adds the job_match agent).",
)
@click.option("--json", "as_json", is_flag=True, help="One JSON document per file.")
def review(files: tuple[Path, ...], job_description_file: Path | None, as_json: bool) -> None:
    """Review FILES in this process (no broker needed) and print the results."""
    from database.engine import session_scope
    from database.migrate import upgrade
    from database.queries.prompts import sync_prompts
    from pipelines.review.prompts import load_prompt_files
    from resume_review.main_job import print_reports, review_files

    settings = get_settings()
    upgrade(settings.database_url)
    with session_scope(_engine()) as session:
        sync_prompts(session, load_prompt_files(settings.prompts_dir))
    job_description = (
        job_description_file.read_text(encoding="utf-8", errors="replace")
        if job_description_file
        else None
    )
    reports = review_files(_engine(), settings, list(files), job_description)
    print_reports(reports, as_json)
    if any(report["status"] != ReviewStatus.COMPLETED for report in reports):
        sys.exit(1)


@main.command("screen")
@click.argument("posting", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.argument(
    "files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option("--json", "as_json", is_flag=True, help="The ranking as one JSON document.")
def screen(posting: Path, files: tuple[Path, ...], as_json: bool) -> None:
    """Screen FILES against the job POSTING (a text file) in this process: requirements
    drafted from the posting, each file evaluated against them, the ranking printed with
    every verdict and its evidence."""
    import json

    from database.engine import session_scope
    from database.migrate import upgrade
    from database.queries.prompts import sync_prompts
    from pipelines.review.prompts import load_prompt_files
    from resume_review.screen_job import echo_ranking, ranking_report, screen_files

    settings = get_settings()
    upgrade(settings.database_url)
    with session_scope(_engine()) as session:
        sync_prompts(session, load_prompt_files(settings.prompts_dir))
    text = posting.read_text(encoding="utf-8", errors="replace")
    job_id, problems = screen_files(_engine(), settings, text, list(files))
    report = ranking_report(_engine(), job_id)
    if as_json:
        click.echo(json.dumps({**report, "not_screened": problems}, indent=2))
    else:
        echo_ranking(report)
        for problem in problems:
            click.echo(f"NOT SCREENED {problem}", err=True)
    if problems or any(row["evaluation_status"] != "completed" for row in report["ranking"]):
        sys.exit(1)


@main.command("rereview")
@click.option("--agent-type", default=None, help="Only resumes whose review used an outdated T.")
@click.option(
    "--older-than",
    "older_than",
    type=float,
    default=None,
    help="Also resumes reviewed > D days ago.",
)
@click.option("--dry-run", is_flag=True, help="Count and list, change nothing.")
@click.option(
    "--batch-size", type=int, default=None, help="Resumes per batch [default: REREVIEW_BATCH_SIZE]."
)
def rereview(
    agent_type: str | None, older_than: float | None, dry_run: bool, batch_size: int | None
) -> None:
    """Re-review resumes whose latest review used a prompt version no longer active.

    With a broker configured the requests are published to the workers; without one
    (the embedded default) they run in this process."""
    from sqlalchemy import func, select

    from database.engine import session_scope
    from pipelines.chain import run_review
    from pipelines.maintenance import rereview_batch, rereview_candidates

    settings = get_settings()
    engine = _engine()
    candidates = rereview_candidates(agent_type=agent_type, older_than_days=older_than)
    with session_scope(engine) as session:
        total = session.scalar(select(func.count()).select_from(candidates.subquery())) or 0
        if dry_run:
            for resume in session.scalars(candidates.limit(50)):
                click.echo(f"would re-review resume {resume.id} ({resume.original_filename})")
            click.echo(f"{total} resumes would be re-reviewed")
            return
    if settings.broker_url:
        from worker.dispatch import publish_review as publish
    else:

        def publish(request_id: uuid.UUID) -> bool:
            run_review(engine, settings, request_id)
            return True

    done = not_published = 0
    with click.progressbar(length=total, label="re-reviewing", file=sys.stderr) as bar:
        while done < total:
            batch = rereview_batch(
                engine,
                publish,
                limit=batch_size or settings.rereview_batch_size,
                agent_type=agent_type,
                older_than_days=older_than,
            )
            done += batch.requested
            not_published += batch.not_published
            bar.update(batch.requested)
            if not batch.remaining or not batch.requested:
                break
    click.echo(
        f"{done} re-reviews requested"
        + (f"; {not_published} stay pending until the broker is back" if not_published else "")
    )


if __name__ == "__main__":
    main()
