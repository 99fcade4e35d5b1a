"""Schema v1.2, the review record: request stages and mode, agent outcomes, what the score
is computed from, finding keys, cached tokens and call ids on usage, finding triage.
Additive only (docs/schema_v1.2.md).

Revision ID: 0004_review_record
Revises: 0003_extraction_v2
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004_review_record"
down_revision: str | None = "0003_extraction_v2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STAGES = (
    "pending", "queued", "extracting", "splitting", "reviewing", "finalizing",
    "completed", "failed", "cancelled",
)  # fmt: skip


def _in(column: str, labels: Sequence[str]) -> str:
    return f"{column} IN ({', '.join(repr(label) for label in labels)})"


def _timestamp(name: str) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False)


def _create_outcomes() -> None:
    op.create_table(
        "review_agent_outcomes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("review_request_id", sa.Uuid(), nullable=False),
        sa.Column("agent_type", sa.String(length=30), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("prompt_id", sa.Uuid(), nullable=True),
        sa.Column("carried_from_request_id", sa.Uuid(), nullable=True),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.CheckConstraint(
            _in("outcome", ("completed", "failed", "carried", "excluded")),
            name=op.f("ck_review_agent_outcomes_outcome"),
        ),
        sa.ForeignKeyConstraint(
            ["carried_from_request_id"],
            ["review_requests.id"],
            name=op.f("fk_review_agent_outcomes_carried_from_request_id_review_requests"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["prompt_id"], ["prompts.id"], name=op.f("fk_review_agent_outcomes_prompt_id_prompts")
        ),
        sa.ForeignKeyConstraint(
            ["review_request_id"],
            ["review_requests.id"],
            name=op.f("fk_review_agent_outcomes_review_request_id_review_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_agent_outcomes")),
        sa.UniqueConstraint(
            "review_request_id", "agent_type", name="uq_review_agent_outcomes_request_agent"
        ),
    )
    for column in ("carried_from_request_id", "prompt_id", "review_request_id"):
        op.create_index(
            op.f(f"ix_review_agent_outcomes_{column}"), "review_agent_outcomes", [column]
        )


def _create_triage() -> None:
    op.create_table(
        "feedback_triage",
        sa.Column("feedback_item_id", sa.Uuid(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        _timestamp("updated_at"),
        sa.CheckConstraint(
            _in("status", ("dismissed", "addressed")), name=op.f("ck_feedback_triage_status")
        ),
        sa.ForeignKeyConstraint(
            ["feedback_item_id"],
            ["review_feedback_items.id"],
            name=op.f("fk_feedback_triage_feedback_item_id_review_feedback_items"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_feedback_triage_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("feedback_item_id", name=op.f("pk_feedback_triage")),
    )
    op.create_index(op.f("ix_feedback_triage_user_id"), "feedback_triage", ["user_id"])


def upgrade() -> None:
    _create_outcomes()
    _create_triage()
    with op.batch_alter_table("prompt_usage_history") as batch:
        batch.add_column(sa.Column("cached_tokens", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("call_id", sa.String(length=64), nullable=True))
        batch.create_unique_constraint(op.f("uq_prompt_usage_history_call_id"), ["call_id"])
    with op.batch_alter_table("review_feedback_items") as batch:
        batch.add_column(sa.Column("finding_key", sa.String(length=64), nullable=True))
        batch.create_index(op.f("ix_review_feedback_items_finding_key"), ["finding_key"])
    with op.batch_alter_table("review_requests") as batch:
        batch.add_column(sa.Column("stage", sa.String(length=20), nullable=True))
        batch.add_column(sa.Column("agents_done", sa.Integer(), server_default="0", nullable=False))
        batch.add_column(
            sa.Column("mode", sa.String(length=20), server_default="full", nullable=False)
        )
        batch.add_column(sa.Column("score_agents", sa.JSON(), nullable=True))
        batch.add_column(
            sa.Column("needs_attention", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
        batch.create_check_constraint(
            op.f("ck_review_requests_stage"), f"stage IS NULL OR {_in('stage', STAGES)}"
        )
        batch.create_check_constraint(
            op.f("ck_review_requests_mode"), _in("mode", ("full", "changed"))
        )


def downgrade() -> None:
    with op.batch_alter_table("review_requests") as batch:
        batch.drop_constraint(op.f("ck_review_requests_mode"), type_="check")
        batch.drop_constraint(op.f("ck_review_requests_stage"), type_="check")
        for column in ("needs_attention", "score_agents", "mode", "agents_done", "stage"):
            batch.drop_column(column)
    with op.batch_alter_table("review_feedback_items") as batch:
        batch.drop_index(op.f("ix_review_feedback_items_finding_key"))
        batch.drop_column("finding_key")
    with op.batch_alter_table("prompt_usage_history") as batch:
        batch.drop_constraint(op.f("uq_prompt_usage_history_call_id"), type_="unique")
        batch.drop_column("call_id")
        batch.drop_column("cached_tokens")
    op.drop_table("feedback_triage")
    op.drop_table("review_agent_outcomes")
