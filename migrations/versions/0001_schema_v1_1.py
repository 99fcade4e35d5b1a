"""Schema v1.1 (candidate-centric): every table from empty.

Revision ID: 0001_schema_v1_1
Revises:
Create Date: 2026-11-25 16:28:00.102055
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_schema_v1_1"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=True),
        sa.Column("last_name", sa.String(length=100), nullable=True),
        sa.Column(
            "role",
            sa.Enum(
                "junior_recruiter",
                "senior_recruiter",
                "admin",
                name="user_roles",
                create_constraint=True,
            ),
            server_default="junior_recruiter",
            nullable=False,
        ),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.Column("last_login_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint("email = lower(email)", name=op.f("ck_users_email_lowercase")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("email", name=op.f("uq_users_email")),
    )
    op.create_index(op.f("ix_users_role"), "users", ["role"], unique=False)
    op.create_table(
        "activity_logs",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=50), nullable=False),
        sa.Column("entity_type", sa.String(length=50), nullable=True),
        sa.Column("entity_id", sa.Uuid(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.Column("ip_address", sa.String(length=45), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_activity_logs_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_activity_logs")),
    )
    op.create_index(op.f("ix_activity_logs_action"), "activity_logs", ["action"], unique=False)
    op.create_index("ix_activity_logs_created_at", "activity_logs", ["created_at"], unique=False)
    op.create_index(
        "ix_activity_logs_entity", "activity_logs", ["entity_type", "entity_id"], unique=False
    )
    op.create_index(op.f("ix_activity_logs_user_id"), "activity_logs", ["user_id"], unique=False)
    op.create_table(
        "candidates",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("email", sa.String(length=255), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("current_company", sa.String(length=255), nullable=True),
        sa.Column("current_position", sa.String(length=255), nullable=True),
        sa.Column("years_experience", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=20), server_default="active", nullable=False),
        sa.Column("created_by_user_id", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint("status IN ('active', 'archived')", name=op.f("ck_candidates_status")),
        sa.CheckConstraint(
            "years_experience IS NULL OR years_experience >= 0", name=op.f("ck_candidates_years")
        ),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"],
            ["users.id"],
            name=op.f("fk_candidates_created_by_user_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_candidates")),
        sa.UniqueConstraint("email", name=op.f("uq_candidates_email")),
    )
    op.create_index("ix_candidates_created_at", "candidates", ["created_at"], unique=False)
    op.create_index(
        op.f("ix_candidates_created_by_user_id"), "candidates", ["created_by_user_id"], unique=False
    )
    op.create_index("ix_candidates_name", "candidates", ["last_name", "first_name"], unique=False)
    op.create_index(
        "ix_candidates_status_name",
        "candidates",
        ["status", "last_name", "first_name"],
        unique=False,
    )
    op.create_table(
        "prompts",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("agent_type", sa.String(length=30), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("system_prompt", sa.Text(), nullable=False),
        sa.Column("user_prompt_template", sa.Text(), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=True),
        sa.Column(
            "temperature", sa.Numeric(precision=3, scale=2), server_default="0.2", nullable=False
        ),
        sa.Column("max_tokens", sa.Integer(), server_default="2000", nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("false"), nullable=False),
        sa.Column("created_by_user_id", sa.Uuid(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column(
            "updated_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint("max_tokens > 0", name=op.f("ck_prompts_max_tokens_positive")),
        sa.CheckConstraint(
            "temperature >= 0 AND temperature <= 2", name=op.f("ck_prompts_temperature_range")
        ),
        sa.CheckConstraint("version >= 1", name=op.f("ck_prompts_version_positive")),
        sa.ForeignKeyConstraint(
            ["created_by_user_id"], ["users.id"], name=op.f("fk_prompts_created_by_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prompts")),
        sa.UniqueConstraint("agent_type", "version", name="uq_prompts_agent_type_version"),
    )
    op.create_index(op.f("ix_prompts_agent_type"), "prompts", ["agent_type"], unique=False)
    op.create_index(
        op.f("ix_prompts_created_by_user_id"), "prompts", ["created_by_user_id"], unique=False
    )
    op.create_index(
        "uq_prompts_one_active_per_agent_type",
        "prompts",
        ["agent_type"],
        unique=True,
        postgresql_where=sa.text("is_active"),
        sqlite_where=sa.text("is_active"),
    )
    op.create_table(
        "resumes",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column("uploaded_by_user_id", sa.Uuid(), nullable=False),
        sa.Column("original_filename", sa.String(length=255), nullable=False),
        sa.Column("stored_filename", sa.String(length=255), nullable=False),
        sa.Column("file_hash", sa.String(length=64), nullable=False),
        sa.Column("file_size", sa.Integer(), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("version_number", sa.Integer(), server_default="1", nullable=False),
        sa.Column("status", sa.String(length=20), server_default="pending", nullable=False),
        sa.Column("progress", sa.Integer(), server_default="0", nullable=False),
        sa.Column("extracted_text", sa.Text(), nullable=True),
        sa.Column("word_count", sa.Integer(), nullable=True),
        sa.Column(
            "uploaded_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("processed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("extraction_meta", sa.JSON(), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'processing', 'completed', 'failed')",
            name=op.f("ck_resumes_status"),
        ),
        sa.CheckConstraint("file_size >= 0", name=op.f("ck_resumes_file_size_nonnegative")),
        sa.CheckConstraint(
            "progress >= 0 AND progress <= 100", name=op.f("ck_resumes_progress_range")
        ),
        sa.CheckConstraint("version_number >= 1", name=op.f("ck_resumes_version_positive")),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_resumes_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["uploaded_by_user_id"], ["users.id"], name=op.f("fk_resumes_uploaded_by_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resumes")),
        sa.UniqueConstraint("candidate_id", "version_number", name="uq_resumes_candidate_version"),
        sa.UniqueConstraint("file_hash", name=op.f("uq_resumes_file_hash")),
    )
    op.create_index(op.f("ix_resumes_candidate_id"), "resumes", ["candidate_id"], unique=False)
    op.create_index(
        op.f("ix_resumes_uploaded_by_user_id"), "resumes", ["uploaded_by_user_id"], unique=False
    )
    op.create_table(
        "user_candidate_assignments",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("candidate_id", sa.Uuid(), nullable=False),
        sa.Column(
            "assignment_type", sa.String(length=20), server_default="primary", nullable=False
        ),
        sa.Column(
            "assigned_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("unassigned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("assigned_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("unassigned_reason", sa.Text(), nullable=True),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
        sa.CheckConstraint(
            "assignment_type IN ('primary', 'secondary')",
            name=op.f("ck_user_candidate_assignments_assignment_type"),
        ),
        sa.CheckConstraint(
            "(is_active AND unassigned_at IS NULL) OR (NOT is_active AND unassigned_at IS NOT NULL)",
            name=op.f("ck_user_candidate_assignments_active_consistent"),
        ),
        sa.ForeignKeyConstraint(
            ["assigned_by_user_id"],
            ["users.id"],
            name=op.f("fk_user_candidate_assignments_assigned_by_user_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["candidate_id"],
            ["candidates.id"],
            name=op.f("fk_user_candidate_assignments_candidate_id_candidates"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_user_candidate_assignments_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_user_candidate_assignments")),
    )
    op.create_index(
        "ix_assignment_user_active_candidate",
        "user_candidate_assignments",
        ["user_id", "candidate_id"],
        unique=False,
        postgresql_where=sa.text("is_active"),
        sqlite_where=sa.text("is_active"),
    )
    op.create_index(
        op.f("ix_user_candidate_assignments_assigned_by_user_id"),
        "user_candidate_assignments",
        ["assigned_by_user_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_user_candidate_assignments_candidate_id"),
        "user_candidate_assignments",
        ["candidate_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_user_candidate_assignments_user_id"),
        "user_candidate_assignments",
        ["user_id"],
        unique=False,
    )
    op.create_index(
        "uq_assignment_active_user_candidate",
        "user_candidate_assignments",
        ["user_id", "candidate_id"],
        unique=True,
        postgresql_where=sa.text("is_active"),
        sqlite_where=sa.text("is_active"),
    )
    op.create_table(
        "resume_sections",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("resume_id", sa.Uuid(), nullable=False),
        sa.Column("section_type", sa.String(length=30), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("content", sa.Text(), nullable=False),
        sa.Column("sequence_order", sa.Integer(), nullable=False),
        sa.Column("start_offset", sa.Integer(), nullable=False),
        sa.Column("end_offset", sa.Integer(), nullable=False),
        sa.Column("word_count", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "section_type IN ('contact', 'summary', 'experience', 'education', 'skills', 'projects', 'certifications', 'awards', 'publications', 'languages', 'volunteer', 'interests', 'references', 'other')",
            name=op.f("ck_resume_sections_section_type"),
        ),
        sa.CheckConstraint(
            "start_offset >= 0 AND start_offset <= end_offset",
            name=op.f("ck_resume_sections_offsets"),
        ),
        sa.ForeignKeyConstraint(
            ["resume_id"],
            ["resumes.id"],
            name=op.f("fk_resume_sections_resume_id_resumes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_resume_sections")),
        sa.UniqueConstraint("resume_id", "sequence_order", name="uq_resume_sections_resume_order"),
    )
    op.create_index(
        op.f("ix_resume_sections_resume_id"), "resume_sections", ["resume_id"], unique=False
    )
    op.create_table(
        "review_requests",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("resume_id", sa.Uuid(), nullable=False),
        sa.Column("requested_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("agent_types", sa.JSON(), nullable=False),
        sa.Column("job_description", sa.Text(), nullable=True),
        sa.Column("trigger", sa.String(length=20), server_default="manual", nullable=False),
        sa.Column("status", sa.String(length=20), server_default="pending", nullable=False),
        sa.Column("overall_score", sa.Integer(), nullable=True),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column("celery_task_id", sa.String(length=255), nullable=True),
        sa.Column(
            "requested_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("completed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), server_default="0", nullable=False),
        sa.Column("last_activity_at", sa.DateTime(timezone=True), nullable=True),
        sa.CheckConstraint(
            "status IN ('pending', 'queued', 'processing', 'completed', 'failed', 'cancelled')",
            name=op.f("ck_review_requests_status"),
        ),
        sa.CheckConstraint(
            "trigger IN ('manual', 'upload', 'batch_rereview')",
            name=op.f("ck_review_requests_trigger"),
        ),
        sa.CheckConstraint(
            "overall_score IS NULL OR (overall_score >= 0 AND overall_score <= 100)",
            name=op.f("ck_review_requests_overall_score_range"),
        ),
        sa.ForeignKeyConstraint(
            ["requested_by_user_id"],
            ["users.id"],
            name=op.f("fk_review_requests_requested_by_user_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["resume_id"],
            ["resumes.id"],
            name=op.f("fk_review_requests_resume_id_resumes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_requests")),
    )
    op.create_index(
        op.f("ix_review_requests_requested_by_user_id"),
        "review_requests",
        ["requested_by_user_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_review_requests_resume_id"), "review_requests", ["resume_id"], unique=False
    )
    op.create_index(
        "ix_review_requests_resume_requested",
        "review_requests",
        ["resume_id", "requested_at"],
        unique=False,
    )
    op.create_index(
        "ix_review_requests_status_activity",
        "review_requests",
        ["status", "last_activity_at"],
        unique=False,
    )
    op.create_table(
        "prompt_usage_history",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("prompt_id", sa.Uuid(), nullable=True),
        sa.Column("review_request_id", sa.Uuid(), nullable=True),
        sa.Column("agent_type", sa.String(length=30), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=True),
        sa.Column("prompt_tokens", sa.Integer(), nullable=True),
        sa.Column("completion_tokens", sa.Integer(), nullable=True),
        sa.Column("total_tokens", sa.Integer(), nullable=True),
        sa.Column("latency_ms", sa.Integer(), nullable=True),
        sa.Column("cost_usd", sa.Numeric(precision=12, scale=6), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("error_message", sa.Text(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "status IN ('success', 'error')", name=op.f("ck_prompt_usage_history_status")
        ),
        sa.ForeignKeyConstraint(
            ["prompt_id"], ["prompts.id"], name=op.f("fk_prompt_usage_history_prompt_id_prompts")
        ),
        sa.ForeignKeyConstraint(
            ["review_request_id"],
            ["review_requests.id"],
            name=op.f("fk_prompt_usage_history_review_request_id_review_requests"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prompt_usage_history")),
    )
    op.create_index(
        op.f("ix_prompt_usage_history_prompt_id"),
        "prompt_usage_history",
        ["prompt_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_prompt_usage_history_review_request_id"),
        "prompt_usage_history",
        ["review_request_id"],
        unique=False,
    )
    op.create_table(
        "review_results",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("review_request_id", sa.Uuid(), nullable=False),
        sa.Column("agent_type", sa.String(length=30), nullable=False),
        sa.Column("prompt_id", sa.Uuid(), nullable=True),
        sa.Column("model", sa.String(length=100), nullable=True),
        sa.Column("score", sa.Integer(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("details", sa.JSON(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "score IS NULL OR (score >= 0 AND score <= 100)",
            name=op.f("ck_review_results_score_range"),
        ),
        sa.ForeignKeyConstraint(
            ["prompt_id"], ["prompts.id"], name=op.f("fk_review_results_prompt_id_prompts")
        ),
        sa.ForeignKeyConstraint(
            ["review_request_id"],
            ["review_requests.id"],
            name=op.f("fk_review_results_review_request_id_review_requests"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_results")),
        sa.UniqueConstraint(
            "review_request_id", "agent_type", name="uq_review_results_request_agent"
        ),
    )
    op.create_index(
        op.f("ix_review_results_prompt_id"), "review_results", ["prompt_id"], unique=False
    )
    op.create_index(
        op.f("ix_review_results_review_request_id"),
        "review_results",
        ["review_request_id"],
        unique=False,
    )
    op.create_table(
        "review_feedback_items",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("review_result_id", sa.Uuid(), nullable=False),
        sa.Column("resume_section_id", sa.Uuid(), nullable=True),
        sa.Column("category", sa.String(length=50), nullable=False),
        sa.Column("severity", sa.String(length=20), nullable=False),
        sa.Column("message", sa.Text(), nullable=False),
        sa.Column("suggestion", sa.Text(), nullable=True),
        sa.Column("quoted_text", sa.Text(), nullable=True),
        sa.Column("start_offset", sa.Integer(), nullable=True),
        sa.Column("end_offset", sa.Integer(), nullable=True),
        sa.Column(
            "created_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False
        ),
        sa.CheckConstraint(
            "severity IN ('info', 'suggestion', 'warning', 'critical')",
            name=op.f("ck_review_feedback_items_severity"),
        ),
        sa.CheckConstraint(
            "(start_offset IS NULL AND end_offset IS NULL) OR (start_offset IS NOT NULL AND end_offset IS NOT NULL AND start_offset >= 0 AND start_offset < end_offset AND quoted_text IS NOT NULL)",
            name=op.f("ck_review_feedback_items_offsets"),
        ),
        sa.ForeignKeyConstraint(
            ["resume_section_id"],
            ["resume_sections.id"],
            name=op.f("fk_review_feedback_items_resume_section_id_resume_sections"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["review_result_id"],
            ["review_results.id"],
            name=op.f("fk_review_feedback_items_review_result_id_review_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_feedback_items")),
    )
    op.create_index(
        op.f("ix_review_feedback_items_resume_section_id"),
        "review_feedback_items",
        ["resume_section_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_review_feedback_items_review_result_id"),
        "review_feedback_items",
        ["review_result_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index(
        op.f("ix_review_feedback_items_review_result_id"), table_name="review_feedback_items"
    )
    op.drop_index(
        op.f("ix_review_feedback_items_resume_section_id"), table_name="review_feedback_items"
    )
    op.drop_table("review_feedback_items")
    op.drop_index(op.f("ix_review_results_review_request_id"), table_name="review_results")
    op.drop_index(op.f("ix_review_results_prompt_id"), table_name="review_results")
    op.drop_table("review_results")
    op.drop_index(
        op.f("ix_prompt_usage_history_review_request_id"), table_name="prompt_usage_history"
    )
    op.drop_index(op.f("ix_prompt_usage_history_prompt_id"), table_name="prompt_usage_history")
    op.drop_table("prompt_usage_history")
    op.drop_index("ix_review_requests_status_activity", table_name="review_requests")
    op.drop_index("ix_review_requests_resume_requested", table_name="review_requests")
    op.drop_index(op.f("ix_review_requests_resume_id"), table_name="review_requests")
    op.drop_index(op.f("ix_review_requests_requested_by_user_id"), table_name="review_requests")
    op.drop_table("review_requests")
    op.drop_index(op.f("ix_resume_sections_resume_id"), table_name="resume_sections")
    op.drop_table("resume_sections")
    op.drop_index(
        "uq_assignment_active_user_candidate",
        table_name="user_candidate_assignments",
        postgresql_where=sa.text("is_active"),
        sqlite_where=sa.text("is_active"),
    )
    op.drop_index(
        op.f("ix_user_candidate_assignments_user_id"), table_name="user_candidate_assignments"
    )
    op.drop_index(
        op.f("ix_user_candidate_assignments_candidate_id"), table_name="user_candidate_assignments"
    )
    op.drop_index(
        op.f("ix_user_candidate_assignments_assigned_by_user_id"),
        table_name="user_candidate_assignments",
    )
    op.drop_index(
        "ix_assignment_user_active_candidate",
        table_name="user_candidate_assignments",
        postgresql_where=sa.text("is_active"),
        sqlite_where=sa.text("is_active"),
    )
    op.drop_table("user_candidate_assignments")
    op.drop_index(op.f("ix_resumes_uploaded_by_user_id"), table_name="resumes")
    op.drop_index(op.f("ix_resumes_candidate_id"), table_name="resumes")
    op.drop_table("resumes")
    op.drop_index(
        "uq_prompts_one_active_per_agent_type",
        table_name="prompts",
        postgresql_where=sa.text("is_active"),
        sqlite_where=sa.text("is_active"),
    )
    op.drop_index(op.f("ix_prompts_created_by_user_id"), table_name="prompts")
    op.drop_index(op.f("ix_prompts_agent_type"), table_name="prompts")
    op.drop_table("prompts")
    op.drop_index("ix_candidates_status_name", table_name="candidates")
    op.drop_index("ix_candidates_name", table_name="candidates")
    op.drop_index(op.f("ix_candidates_created_by_user_id"), table_name="candidates")
    op.drop_index("ix_candidates_created_at", table_name="candidates")
    op.drop_table("candidates")
    op.drop_index(op.f("ix_activity_logs_user_id"), table_name="activity_logs")
    op.drop_index("ix_activity_logs_entity", table_name="activity_logs")
    op.drop_index("ix_activity_logs_created_at", table_name="activity_logs")
    op.drop_index(op.f("ix_activity_logs_action"), table_name="activity_logs")
    op.drop_table("activity_logs")
    op.drop_index(op.f("ix_users_role"), table_name="users")
    op.drop_table("users")
    # The PostgreSQL enum type outlives its table unless dropped explicitly.
    sa.Enum(name="user_roles").drop(op.get_bind(), checkfirst=True)
