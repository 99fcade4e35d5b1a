"""Schema v1.2, revocation that does not depend on Redis: ``users.sessions_not_before``.
Every access token, refresh token and workspace session issued before it is refused.
Logging out everywhere, a reused refresh token, a password change and a deactivation move
it forward. Additive only (docs/schema_v1.2.md).

Revision ID: 0009_sessions_not_before
Revises: 0008_known_answer
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009_sessions_not_before"
down_revision: str | None = "0008_known_answer"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("sessions_not_before", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("sessions_not_before")
