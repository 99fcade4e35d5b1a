"""Prompt versions per agent type."""

from __future__ import annotations

from flask_openapi3 import APIBlueprint, Tag

from api.access import ADMIN_ONLY, BEARER_SECURITY, audit, authenticate, guard
from api.db import get_session
from api.errors import ErrorResponse
from api.schemas import PromptCreate, PromptList, PromptOut, PromptPath, PromptQuery
from api.views.common import COMMON_ERRORS, dump
from core.errors import NotFound
from database.queries import prompts

bp = APIBlueprint(
    "prompts",
    __name__,
    url_prefix="/prompts",
    abp_tags=[Tag(name="prompts")],
    abp_security=BEARER_SECURITY,
    abp_responses=COMMON_ERRORS,
)
bp.before_request(guard({"create_prompt": ADMIN_ONLY, "activate_prompt": ADMIN_ONLY}))


@bp.get("", responses={200: PromptList, 422: ErrorResponse})
def list_prompts(query: PromptQuery) -> dict[str, object]:
    authenticate()
    rows = prompts.list_prompts(get_session(), agent_type=query.agent_type, active=query.active)
    return {"items": [dump(PromptOut, row) for row in rows]}


@bp.post("", responses={201: PromptOut, 409: ErrorResponse, 422: ErrorResponse})
def create_prompt(body: PromptCreate) -> tuple[dict[str, object], int]:
    """Admin: a new version of an agent type's prompt; inactive unless ``activate``."""
    admin = authenticate()
    prompt = prompts.create_prompt(
        get_session(), body, created_by_user_id=admin.id, activate=body.activate
    )
    audit(
        "prompt.create",
        entity_type="prompt",
        entity_id=prompt.id,
        details={
            "agent_type": prompt.agent_type,
            "version": prompt.version,
            "activated": body.activate,
        },
    )
    return dump(PromptOut, prompt), 201


@bp.post("/<uuid:prompt_id>/activate", responses={200: PromptOut})
def activate_prompt(path: PromptPath) -> dict[str, object]:
    """Admin: make this version the active one for its agent type."""
    session = get_session()
    prompt = prompts.get_prompt(session, path.prompt_id)
    if prompt is None:
        raise NotFound()
    prompts.activate_prompt(session, prompt)
    audit(
        "prompt.activate",
        entity_type="prompt",
        entity_id=prompt.id,
        details={"agent_type": prompt.agent_type, "version": prompt.version},
    )
    return dump(PromptOut, prompt)
