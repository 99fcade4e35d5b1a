"""Running Alembic from code (the CLI and the tests use this, not a shell-out)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from core.config import PROJECT_ROOT

# Objects that migrations create for one dialect only, or in a shape per dialect, and the
# models cannot declare.
MIGRATION_ONLY_INDEXES = frozenset({"ix_candidates_search_trgm"})
# The search documents (0013): tsvectors on PostgreSQL, texts and an FTS5 index (with its
# shadow tables) on SQLite. database/queries/search.py reads and writes them.
MIGRATION_ONLY_TABLE_PREFIX = "candidate_search"


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Autogenerate filter: ignore what only migrations manage."""
    if type_ == "table" and reflected and (name or "").startswith(MIGRATION_ONLY_TABLE_PREFIX):
        return False
    return not (type_ == "index" and reflected and name in MIGRATION_ONLY_INDEXES)


def alembic_config(url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "migrations"))
    # ConfigParser interpolation would choke on '%' in passwords.
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(url), revision)


def downgrade(url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(url), revision)
