"""Helpers shared by the views: response shaping and pagination."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel
from sqlalchemy import Select, func, select

from api.db import get_session
from api.errors import ErrorResponse

M = TypeVar("M", bound=BaseModel)

# Documented on every operation of a protected blueprint.
COMMON_ERRORS: dict[int, type[BaseModel]] = {
    401: ErrorResponse,
    403: ErrorResponse,
    404: ErrorResponse,
    422: ErrorResponse,
}
# Every operation documents the one error shape (flask-openapi3 would otherwise add its
# own list-shaped 422).
BASE_ERRORS: dict[int, type[BaseModel]] = {422: ErrorResponse}


def dump(model: type[M], obj: Any, **extra: Any) -> dict[str, Any]:
    if extra:
        data = {name: getattr(obj, name) for name in model.model_fields if name not in extra}
        return model.model_validate(data | extra).model_dump(mode="json")
    return model.model_validate(obj).model_dump(mode="json")


def paginate(statement: Select[Any], page: int, size: int) -> tuple[list[Any], int]:
    """One page of ``statement`` (already ordered) and the total count of its rows."""
    session = get_session()
    total = session.scalar(select(func.count()).select_from(statement.order_by(None).subquery()))
    rows = list(session.scalars(statement.limit(size).offset((page - 1) * size)))
    return rows, int(total or 0)
