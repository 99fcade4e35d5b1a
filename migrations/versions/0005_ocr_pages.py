"""Schema v1.2, OCR: which pages of a resume were read by OCR (no text layer). Additive
only (docs/schema_v1.2.md).

Revision ID: 0005_ocr_pages
Revises: 0004_review_record
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_ocr_pages"
down_revision: str | None = "0004_review_record"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("resume_layouts") as batch:
        batch.add_column(sa.Column("ocr_pages", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("resume_layouts") as batch:
        batch.drop_column("ocr_pages")
