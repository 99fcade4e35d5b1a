"""Prompt versions per agent type: at most one active version per type."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from typing import Protocol

from sqlalchemy import func, select, true, update
from sqlalchemy.orm import Session

from database.models import Prompt


class PromptSource(Protocol):
    """The fields of a prompt version: a prompt file, or an admin's request body."""

    agent_type: str
    name: str
    system_prompt: str
    user_prompt_template: str
    model: str | None
    temperature: float
    max_tokens: int


def get_prompt(session: Session, prompt_id: uuid.UUID) -> Prompt | None:
    return session.get(Prompt, prompt_id)


def list_prompts(
    session: Session, *, agent_type: str | None = None, active: bool | None = None
) -> list[Prompt]:
    """By agent type, newest version first."""
    statement = select(Prompt)
    if agent_type is not None:
        statement = statement.where(Prompt.agent_type == agent_type)
    if active is not None:
        statement = statement.where(Prompt.is_active.is_(active))
    return list(session.scalars(statement.order_by(Prompt.agent_type, Prompt.version.desc())))


def active_prompts(session: Session) -> dict[str, Prompt]:
    rows = session.scalars(select(Prompt).where(Prompt.is_active == true()))
    return {row.agent_type: row for row in rows}


def activate_prompt(session: Session, prompt: Prompt) -> None:
    # Deactivate first and flush so the one-active-per-type index never sees two.
    session.execute(
        update(Prompt)
        .where(Prompt.agent_type == prompt.agent_type, Prompt.id != prompt.id)
        .values(is_active=False)
    )
    session.flush()
    prompt.is_active = True
    session.flush()


def next_prompt_version(session: Session, agent_type: str) -> int:
    current = session.scalar(
        select(func.max(Prompt.version)).where(Prompt.agent_type == agent_type)
    )
    return (current or 0) + 1


def create_prompt(
    session: Session,
    source: PromptSource,
    *,
    created_by_user_id: uuid.UUID | None = None,
    activate: bool = False,
) -> Prompt:
    """The next version of ``source.agent_type``'s prompt; inactive unless ``activate``."""
    prompt = Prompt(
        name=source.name,
        agent_type=source.agent_type,
        version=next_prompt_version(session, source.agent_type),
        system_prompt=source.system_prompt,
        user_prompt_template=source.user_prompt_template,
        model=source.model,
        temperature=source.temperature,
        max_tokens=source.max_tokens,
        is_active=False,
        created_by_user_id=created_by_user_id,
    )
    session.add(prompt)
    session.flush()
    if activate:
        activate_prompt(session, prompt)
    return prompt


def _same_text(prompt: Prompt, source: PromptSource) -> bool:
    return (
        prompt.system_prompt,
        prompt.user_prompt_template,
        prompt.model,
        float(prompt.temperature),
        prompt.max_tokens,
        prompt.name,
    ) == (
        source.system_prompt,
        source.user_prompt_template,
        source.model,
        float(source.temperature),
        source.max_tokens,
        source.name,
    )


def sync_prompts(session: Session, sources: Iterable[PromptSource]) -> list[Prompt]:
    """Load prompt files idempotently: a new active version only when the text changed.

    Returns the prompts created by this call.
    """
    created: list[Prompt] = []
    for source in sources:
        # Compare with the last version loaded from a file, so a version an admin made
        # through the API is not overwritten by an unchanged file on the next release.
        latest = session.scalars(
            select(Prompt)
            .where(Prompt.agent_type == source.agent_type, Prompt.created_by_user_id.is_(None))
            .order_by(Prompt.version.desc())
            .limit(1)
        ).one_or_none()
        if latest is not None and _same_text(latest, source):
            continue
        created.append(create_prompt(session, source, activate=True))
    return created
