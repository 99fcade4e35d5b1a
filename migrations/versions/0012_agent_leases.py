"""Schema v1.2, paid calls across hosts (issue 22): ``agent_leases``, taken before an
agent's model call so that no two worker processes, on one host or several, pay for the
same agent of a request. Additive only (docs/schema_v1.2.md).

Revision ID: 0012_agent_leases
Revises: 0011_worker_heartbeats
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_agent_leases"
down_revision: str | None = "0011_worker_heartbeats"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "agent_leases",
        sa.Column("review_request_id", sa.Uuid(), nullable=False),
        sa.Column("agent_type", sa.String(30), nullable=False),
        sa.Column("holder", sa.String(255), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["review_request_id"],
            ["review_requests.id"],
            name=op.f("fk_agent_leases_review_request_id_review_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("review_request_id", "agent_type", name=op.f("pk_agent_leases")),
    )


def downgrade() -> None:
    op.drop_table("agent_leases")
