"""Helpers shared by the views: response shaping and pages of a listing."""

from __future__ import annotations

from typing import Any, TypeVar

from pydantic import BaseModel

from api.errors import ErrorResponse
from database.queries.common import Page

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


def page_body(model: type[M], page: Page[Any], number: int, size: int) -> dict[str, object]:
    """A listing page as the API answers it: items, total (and whether it is an
    estimate), page number and size."""
    return {
        "items": [dump(model, row) for row in page.items],
        "total": page.total,
        "total_is_estimate": page.total_is_estimate,
        "page": number,
        "size": size,
    }
