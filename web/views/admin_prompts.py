"""Admin: the prompts. Every version per agent type; one version beside the active one
(a line diff, shown as escaped text); activating a version, after seeing how many resumes
the batch re-review will take and what it should cost in tokens."""

from __future__ import annotations

import difflib
import uuid
from dataclasses import dataclass

from flask import redirect, render_template, url_for
from werkzeug.wrappers import Response

from api.access import audit
from api.db import get_session
from core.errors import NotFound
from database.models import Prompt
from database.queries import prompts, usage
from pipelines.maintenance import rereview_count_if_activated
from web.auth import login_required
from web.views import blueprint
from web.views.admin_users import require_admin

bp = blueprint("web_admin_prompts", __name__)


@dataclass(frozen=True)
class Estimate:
    """What activating a version sets off: the re-review of ``resumes`` resumes by this one
    agent (re-reviews run in ``changed`` mode), each call ``average_tokens`` on average."""

    resumes: int
    average_tokens: float | None

    @property
    def total_tokens(self) -> int | None:
        if self.average_tokens is None:
            return None
        return round(self.average_tokens * self.resumes)


def prompt_text(prompt: Prompt) -> list[str]:
    return [
        "# System prompt",
        *prompt.system_prompt.splitlines(),
        "",
        "# User prompt template",
        *prompt.user_prompt_template.splitlines(),
        "",
        f"# Model: {prompt.model or 'default'}, temperature {prompt.temperature}, "
        f"max tokens {prompt.max_tokens}",
    ]


def prompt_diff(active: Prompt | None, prompt: Prompt) -> list[str]:
    """Unified diff lines from the active version to ``prompt`` (empty when they are one)."""
    if active is None or active.id == prompt.id:
        return []
    return list(
        difflib.unified_diff(
            prompt_text(active),
            prompt_text(prompt),
            fromfile=f"version {active.version} (active)",
            tofile=f"version {prompt.version}",
            lineterm="",
        )
    )


def _prompt_or_404(prompt_id: uuid.UUID) -> Prompt:
    prompt = prompts.get_prompt(get_session(), prompt_id)
    if prompt is None:
        raise NotFound()
    return prompt


@bp.get("/admin/prompts")
@login_required
def list_page() -> str:
    require_admin()
    by_agent: dict[str, list[Prompt]] = {}
    for prompt in prompts.list_prompts(get_session()):
        by_agent.setdefault(prompt.agent_type, []).append(prompt)
    return render_template("web/admin/prompts.html", by_agent=by_agent)


@bp.get("/admin/prompts/<uuid:prompt_id>")
@login_required
def show(prompt_id: uuid.UUID) -> str:
    require_admin()
    session = get_session()
    prompt = _prompt_or_404(prompt_id)
    active = prompts.active_prompts(session).get(prompt.agent_type)
    estimate = None
    if not prompt.is_active:
        estimate = Estimate(
            resumes=rereview_count_if_activated(session, prompt),
            average_tokens=usage.average_call_tokens(session, prompt.agent_type),
        )
    return render_template(
        "web/admin/prompt.html",
        prompt=prompt,
        active=active,
        diff=prompt_diff(active, prompt),
        text=prompt_text(prompt),
        estimate=estimate,
    )


@bp.post("/admin/prompts/<uuid:prompt_id>/activate")
@login_required
def activate(prompt_id: uuid.UUID) -> Response:
    require_admin()
    session = get_session()
    prompt = _prompt_or_404(prompt_id)
    rereviews = rereview_count_if_activated(session, prompt)
    prompts.activate_prompt(session, prompt)
    audit("prompt.activate", entity_type="prompt", entity_id=prompt.id,
          details={"agent_type": prompt.agent_type, "version": prompt.version,
                   "rereview_resumes": rereviews, "via": "web"})  # fmt: skip
    return redirect(url_for(".show", prompt_id=prompt.id, activated=rereviews), 303)
