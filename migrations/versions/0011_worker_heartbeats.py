"""Schema v1.2, recovery by heartbeat (issue 22): ``worker_heartbeats``, one row per
worker process with when it was last alive and the review requests its tasks are running.
Additive only (docs/schema_v1.2.md).

Revision ID: 0011_worker_heartbeats
Revises: 0010_work_limits
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011_worker_heartbeats"
down_revision: str | None = "0010_work_limits"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "worker_heartbeats",
        sa.Column("process", sa.String(255), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("in_flight", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("process", name=op.f("pk_worker_heartbeats")),
    )
    op.create_index(op.f("ix_worker_heartbeats_seen_at"), "worker_heartbeats", ["seen_at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_worker_heartbeats_seen_at"), table_name="worker_heartbeats")
    op.drop_table("worker_heartbeats")
