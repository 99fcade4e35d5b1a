"""Schema v1.2, intake: a candidate filled in from its resume. Additive only
(docs/schema_v1.2.md).

Existing candidates count as typed by a recruiter: ``profile_from_resume`` stays null.

Revision ID: 0006_candidate_from_resume
Revises: 0005_ocr_pages
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_candidate_from_resume"
down_revision: str | None = "0005_ocr_pages"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("candidates") as batch:
        batch.add_column(sa.Column("profile_from_resume", sa.JSON(), nullable=True))
        batch.add_column(
            sa.Column("awaiting_resume", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch.add_column(sa.Column("resume_email", sa.String(255), nullable=True))
        batch.add_column(sa.Column("phone_key", sa.String(20), nullable=True))
        batch.create_index("ix_candidates_resume_email", ["resume_email"])
        batch.create_index("ix_candidates_phone_key", ["phone_key"])
    with op.batch_alter_table("resumes") as batch:
        batch.add_column(sa.Column("extracted_contacts", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("resumes") as batch:
        batch.drop_column("extracted_contacts")
    with op.batch_alter_table("candidates") as batch:
        batch.drop_index("ix_candidates_phone_key")
        batch.drop_index("ix_candidates_resume_email")
        batch.drop_column("phone_key")
        batch.drop_column("resume_email")
        batch.drop_column("awaiting_resume")
        batch.drop_column("profile_from_resume")
