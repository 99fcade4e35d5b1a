"""Schema v1.2, the known-answer check: what the one short call that asks the model to
repeat a random key, with the resume given as data, found for a review request
(``review_requests.known_answer``: passed, steered or unsure; null when not run).
Additive only (docs/schema_v1.2.md).

Revision ID: 0008_known_answer
Revises: 0007_jobs
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008_known_answer"
down_revision: str | None = "0007_jobs"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

RESULTS = ("passed", "steered", "unsure")


def upgrade() -> None:
    with op.batch_alter_table("review_requests") as batch:
        batch.add_column(sa.Column("known_answer", sa.String(20), nullable=True))
        batch.create_check_constraint(
            op.f("ck_review_requests_known_answer"),
            "known_answer IS NULL OR known_answer IN ("
            + ", ".join(repr(result) for result in RESULTS)
            + ")",
        )


def downgrade() -> None:
    with op.batch_alter_table("review_requests") as batch:
        batch.drop_constraint(op.f("ck_review_requests_known_answer"), type_="check")
        batch.drop_column("known_answer")
