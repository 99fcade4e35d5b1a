"""Schema v1.2, agent tasks that cost only their call (issue 23): ``review_requests.
agent_inputs``, what every agent of a request would otherwise work out again (what the
injection detector finds, the output check's reference scores), stored once by the split
step. Additive only (docs/schema_v1.2.md).

Revision ID: 0014_agent_inputs
Revises: 0013_candidate_search
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_agent_inputs"
down_revision: str | None = "0013_candidate_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("review_requests") as batch:
        batch.add_column(sa.Column("agent_inputs", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("review_requests") as batch:
        batch.drop_column("agent_inputs")
