"""Helpers every domain uses: LIKE patterns for search and one page of a listing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

T = TypeVar("T")


def like_pattern(text: str) -> str:
    """``%text%`` for LIKE with escape character backslash: the user's % and _ are literal."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a listing and the number of rows in the whole listing: exact, or, when
    ``total_is_estimate``, the planner's estimate (counting them would cost too much)."""

    items: list[T]
    total: int
    total_is_estimate: bool = False


def paginate(session: Session, statement: Select[Any], page: int, size: int) -> Page[Any]:
    """One page of ``statement`` (already ordered; ``page`` counts from 1) and its total."""
    total = session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))
    rows = list(session.scalars(statement.limit(size).offset((page - 1) * size)))
    return Page(items=rows, total=int(total or 0))


def ping(session: Session) -> None:
    """A round trip to the database; raises when it cannot be reached."""
    session.execute(select(1))
