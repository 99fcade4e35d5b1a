"""Schema v1.2, quotas and the LLM budget (issue 21): the indexes their checks read.
A user's quota counts their review and evaluation requests of the last minute and day
(``review_requests (requested_by_user_id, requested_at)``); the day's budget sums today's
``prompt_usage_history.cost_usd`` (``(created_at)``). Additive only (docs/schema_v1.2.md).

Revision ID: 0010_work_limits
Revises: 0009_sessions_not_before
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010_work_limits"
down_revision: str | None = "0009_sessions_not_before"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index(
        "ix_review_requests_requester_requested",
        "review_requests",
        ["requested_by_user_id", "requested_at"],
    )
    op.create_index("ix_prompt_usage_history_created_at", "prompt_usage_history", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_prompt_usage_history_created_at", table_name="prompt_usage_history")
    op.drop_index("ix_review_requests_requester_requested", table_name="review_requests")
