"""Schema v1.2, jobs: a job's requirements, the candidates attached to it, and each
evaluation's verdict per requirement. Additive only (docs/schema_v1.2.md).

An evaluation is a review request that carries the job (``review_requests.job_id``); its
fit score (``review_requests.fit_score``) is kept apart from ``overall_score``.

Revision ID: 0007_jobs
Revises: 0006_candidate_from_resume
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007_jobs"
down_revision: str | None = "0006_candidate_from_resume"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

CATEGORIES = (
    "skill", "years_experience", "education", "certification", "language", "location",
    "domain", "other",
)  # fmt: skip
STAGES = ("new", "screening", "shortlisted", "rejected", "hired")
VERDICTS = ("met", "partial", "missing", "unclear")


def _in(column: str, labels: Sequence[str]) -> str:
    return f"{column} IN ({', '.join(repr(label) for label in labels)})"


def _timestamp(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False)


def _fk(table: str, column: str, target: str, ondelete: str | None = None) -> sa.Constraint:
    return sa.ForeignKeyConstraint(
        [column],
        [f"{target}.id"],
        name=op.f(f"fk_{table}_{column}_{target}"),
        ondelete=ondelete,
    )


def _indexes(table: str, *columns: str) -> None:
    for column in columns:
        op.create_index(op.f(f"ix_{table}_{column}"), table, [column])


def upgrade() -> None:
    op.create_table(
        "jobs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False, server_default=""),
        sa.Column("status", sa.String(20), nullable=False, server_default="open"),
        sa.Column("owner_user_id", sa.Uuid(), nullable=False),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.CheckConstraint(_in("status", ("open", "closed")), name=op.f("ck_jobs_status")),
        _fk("jobs", "owner_user_id", "users"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jobs")),
    )
    _indexes("jobs", "owner_user_id")
    op.create_index("ix_jobs_status_created", "jobs", ["status", "created_at"])

    op.create_table(
        "job_requirements",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False, server_default="2"),
        sa.Column("category", sa.String(30), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="1"),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.CheckConstraint(_in("kind", ("must", "nice")), name=op.f("ck_job_requirements_kind")),
        sa.CheckConstraint(_in("category", CATEGORIES), name=op.f("ck_job_requirements_category")),
        sa.CheckConstraint(
            "weight >= 1 AND weight <= 3", name=op.f("ck_job_requirements_weight_range")
        ),
        sa.CheckConstraint("revision >= 1", name=op.f("ck_job_requirements_revision_positive")),
        _fk("job_requirements", "job_id", "jobs", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_requirements")),
    )
    _indexes("job_requirements", "job_id")

    with op.batch_alter_table("review_requests") as batch:
        batch.add_column(sa.Column("job_id", sa.Uuid(), nullable=True))
        batch.add_column(sa.Column("fit_score", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_review_requests_job_id_jobs"), "jobs", ["job_id"], ["id"], ondelete="CASCADE"
        )
        batch.create_index(op.f("ix_review_requests_job_id"), ["job_id"])
        batch.create_check_constraint(
            op.f("ck_review_requests_fit_score_range"),
            "fit_score IS NULL OR (fit_score >= 0 AND fit_score <= 100)",
        )

    op.create_table(
        "job_applications",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("job_id", sa.Uuid(), nullable=False),
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column("stage", sa.String(20), nullable=False, server_default="new"),
        sa.Column("created_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("evaluation_request_id", sa.Uuid(), nullable=True),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.CheckConstraint(_in("stage", STAGES), name=op.f("ck_job_applications_stage")),
        _fk("job_applications", "job_id", "jobs", "CASCADE"),
        _fk("job_applications", "candidate_id", "candidates", "CASCADE"),
        _fk("job_applications", "created_by_user_id", "users"),
        _fk("job_applications", "evaluation_request_id", "review_requests", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_applications")),
        sa.UniqueConstraint("job_id", "candidate_id", name="uq_job_applications_job_candidate"),
    )
    _indexes(
        "job_applications", "job_id", "candidate_id", "created_by_user_id", "evaluation_request_id"
    )

    op.create_table(
        "requirement_verdicts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("review_request_id", sa.Uuid(), nullable=False),
        sa.Column("requirement_id", sa.Uuid(), nullable=False),
        sa.Column("requirement_revision", sa.Integer(), nullable=False),
        sa.Column("verdict", sa.String(10), nullable=False),
        sa.Column("uncertain", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("votes", sa.JSON(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.Column("prompt_id", sa.Uuid(), nullable=True),
        sa.Column("carried_from_request_id", sa.Uuid(), nullable=True),
        _timestamp("created_at"),
        sa.CheckConstraint(_in("verdict", VERDICTS), name=op.f("ck_requirement_verdicts_verdict")),
        _fk("requirement_verdicts", "review_request_id", "review_requests", "CASCADE"),
        _fk("requirement_verdicts", "requirement_id", "job_requirements", "CASCADE"),
        _fk("requirement_verdicts", "prompt_id", "prompts"),
        _fk("requirement_verdicts", "carried_from_request_id", "review_requests", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_requirement_verdicts")),
        sa.UniqueConstraint(
            "review_request_id", "requirement_id", name="uq_requirement_verdicts_request_req"
        ),
    )
    _indexes(
        "requirement_verdicts",
        "review_request_id",
        "requirement_id",
        "prompt_id",
        "carried_from_request_id",
    )


def downgrade() -> None:
    op.drop_table("requirement_verdicts")
    op.drop_table("job_applications")
    with op.batch_alter_table("review_requests") as batch:
        batch.drop_constraint(op.f("ck_review_requests_fit_score_range"), type_="check")
        batch.drop_index(op.f("ix_review_requests_job_id"))
        batch.drop_constraint(op.f("fk_review_requests_job_id_jobs"), type_="foreignkey")
        batch.drop_column("fit_score")
        batch.drop_column("job_id")
    op.drop_table("job_requirements")
    op.drop_table("jobs")
