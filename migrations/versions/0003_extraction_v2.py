"""Schema v1.2, extraction v2: the extractor version of each resume and its layout (offset
map, hidden text, page images). Additive only (docs/schema_v1.2.md).

Revision ID: 0003_extraction_v2
Revises: 0002_candidate_search_index
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_extraction_v2"
down_revision: str | None = "0002_candidate_search_index"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("resumes") as batch:
        batch.add_column(sa.Column("extractor_version", sa.String(length=40), nullable=True))
    op.create_table(
        "resume_layouts",
        sa.Column("resume_id", sa.Uuid(), nullable=False),
        sa.Column("extractor_version", sa.String(length=40), nullable=False),
        sa.Column("page_count", sa.Integer(), nullable=False),
        sa.Column("text_map", sa.LargeBinary(), nullable=False),
        sa.Column("hidden_text", sa.JSON(), nullable=True),
        sa.Column("page_images", sa.JSON(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "page_count >= 0", name=op.f("ck_resume_layouts_page_count_nonnegative")
        ),
        sa.ForeignKeyConstraint(
            ["resume_id"],
            ["resumes.id"],
            name=op.f("fk_resume_layouts_resume_id_resumes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("resume_id", name=op.f("pk_resume_layouts")),
    )


def downgrade() -> None:
    op.drop_table("resume_layouts")
    with op.batch_alter_table("resumes") as batch:
        batch.drop_column("extractor_version")
