"""Trigram index for candidate search (PostgreSQL only).

The index serves ``database.queries.candidates.candidate_search_text() LIKE '%…%'``; SQLite,
the embedded default, scans instead. The index is not in the models (SQLAlchemy cannot
declare it for one dialect only); ``database.migrate.include_object`` keeps autogenerate
from proposing to drop it.

Revision ID: 0002_candidate_search_index
Revises: 0001_schema_v1_1
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0002_candidate_search_index"
down_revision: str | None = "0001_schema_v1_1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEX = "ix_candidates_search_trgm"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    op.execute(
        f"CREATE INDEX {INDEX} ON candidates USING gin "
        "(lower(first_name || ' ' || last_name || ' ' || coalesce(email, '')) gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"DROP INDEX IF EXISTS {INDEX}")
    # The extension stays: other objects may use it, and it holds no data.
