"""Temporary: re-exports the shared queries from their new homes in :mod:`database.queries`
(one module per domain), so that callers not yet switched keep working. Import from
``database.queries.<domain>`` instead; this module will be deleted once every caller has.
"""

from __future__ import annotations

from core.errors import Conflict
from database.queries.access import (
    active_assignment_exists,
    restrict_to_visible,
    sees_all_candidates,
)
from database.queries.activity import log_activity
from database.queries.assignments import active_assignments, assign_candidate, end_assignment
from database.queries.candidates import (
    candidate_search_text,
    create_candidate,
    get_visible_candidate,
    search_candidates,
    visible_candidates,
)
from database.queries.common import like_pattern
from database.queries.prompts import (
    PromptSource,
    activate_prompt,
    active_prompts,
    next_prompt_version,
    sync_prompts,
)
from database.queries.resumes import (
    get_visible_resume,
    next_resume_version,
    resume_by_hash,
    resume_sections,
)
from database.queries.reviews import feedback_for_request, get_visible_review_request
from database.queries.users import create_user, get_user_by_email, normalise_email

__all__ = [
    "Conflict",
    "PromptSource",
    "activate_prompt",
    "active_assignment_exists",
    "active_assignments",
    "active_prompts",
    "assign_candidate",
    "candidate_search_text",
    "create_candidate",
    "create_user",
    "end_assignment",
    "feedback_for_request",
    "get_user_by_email",
    "get_visible_candidate",
    "get_visible_resume",
    "get_visible_review_request",
    "like_pattern",
    "log_activity",
    "next_prompt_version",
    "next_resume_version",
    "normalise_email",
    "restrict_to_visible",
    "resume_by_hash",
    "resume_sections",
    "search_candidates",
    "sees_all_candidates",
    "sync_prompts",
    "visible_candidates",
]
